"""Which pages are in the search index, and what is stored for each.

A page is indexed when it has text to search (a `plain_text()` method, as
ArticlePage and StandardPage have), is in one of the site's languages and the
publication policy says it may be visible now or once its date comes
(`visibility.may_become_visible`: live, public, not expired). Drafts, scheduled,
expired and private pages never reach the index.

An article dated in the future is indexed when it is published, and the query
hides it until its date (query.py applies `visibility.visible` at read time): it
appears in search the moment its date comes, without being saved or re-indexed.
"""

from wagtail.models import Page

from hiwar.news.visibility import may_become_visible
from hiwar.text.analysis import analyze
from hiwar.text.languages import LANGUAGE_CODES as LANGUAGES

from .backends import IndexRow, get_backend


def is_searchable(page: Page) -> bool:
    page = page.specific
    return (
        callable(getattr(page, "plain_text", None))
        and page.locale.language_code in LANGUAGES
        and may_become_visible(page)
    )


def page_date(page):
    """An article's publication date; other pages, when first published."""
    return getattr(page, "date", None) or page.first_published_at


def index_row(page: Page) -> IndexRow:
    page = page.specific
    lang = page.locale.language_code
    body = page.plain_text()
    return IndexRow(
        page_id=page.pk,
        lang=lang,
        title=page.title,
        url=page.get_url() or page.url_path,
        date=page_date(page),
        body=body,
        title_terms=" ".join(analyze(page.title, lang)),
        body_terms=" ".join(analyze(body, lang)),
    )


def index_pages(pages) -> int:
    """Write the searchable pages among `pages`, remove the others; returns how many were written."""
    backend = get_backend()
    rows, gone = [], []
    for page in pages:
        if is_searchable(page):
            rows.append(index_row(page))
        else:
            gone.append(page.pk)
    backend.delete(gone)
    backend.write(rows)
    return len(rows)


def index_subtree(page: Page) -> int:
    """Re-evaluate a page and its descendants (after unpublish, move, slug change, privacy change)."""
    return index_pages(Page.objects.descendant_of(page, inclusive=True).specific())


def remove_pages(page_ids) -> None:
    get_backend().delete(page_ids)


def rebuild_index() -> int:
    get_backend().clear()
    root = Page.get_first_root_node()
    return index_subtree(root) if root else 0
