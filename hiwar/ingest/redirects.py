"""An imported article's old URL answers 301 to it, through Wagtail's redirects app.

The old path is kept on the article's ImportRecord (`old_url`) from the import on.
The Redirect row is made when the article becomes visible (published, and past its
go-live moment: hiwar.news.visibility decides), never before: a redirect to a draft
would tell anyone the draft's address and title (its slug). Unpublishing removes the
redirects the import made (not those an editor made by hand).

Wagtail stores `old_path` normalised (Redirect.normalise_path: no trailing slash,
query parameters sorted, percent-encoding decoded), and its middleware looks up a
404's path both decoded and as sent, so `/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/2001`
and `/ar/article.php?id=1234` find their rows.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from wagtail.contrib.redirects.models import Redirect

from hiwar.news.visibility import is_visible


def old_path(url: str) -> str:
    """The path (and query) of an old URL, as Wagtail's redirects store it."""
    parts = urlsplit(url)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return Redirect.normalise_path(path)


def redirect_old_urls(page) -> int:
    """Make (or point again) the 301s of `page`'s old URLs, when it is visible."""
    from hiwar.ingest.models import ImportRecord

    if not is_visible(page, check_restrictions=False):
        return 0
    made = 0
    for url in (
        ImportRecord.objects.filter(article_id=page.pk).exclude(old_url="").values_list("old_url", flat=True)
    ):
        path = old_path(url)
        if path == "/":
            continue
        Redirect.objects.update_or_create(
            old_path=path,
            site=None,
            defaults={"redirect_page": page, "is_permanent": True, "redirect_link": ""},
        )
        made += 1
    return made


def drop_old_url_redirects(page) -> int:
    from hiwar.ingest.models import ImportRecord

    paths = [
        old_path(url)
        for url in ImportRecord.objects.filter(article_id=page.pk)
        .exclude(old_url="")
        .values_list("old_url", flat=True)
    ]
    deleted, _ = Redirect.objects.filter(redirect_page_id=page.pk, old_path__in=paths).delete()
    return deleted
