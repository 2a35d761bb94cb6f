"""Purge the edge cache of every URL whose content a page change touched.

Triggers (Wagtail's signals): publish (the editor's, a scheduled one, a translation's
first publication), unpublish (an editor's, a takedown, an expiry), move, delete (a
translation removed included). For a change to an article, the URLs are, in each of
its language versions (live or not: a version's switcher and hreflang list the
others):

- the article itself;
- its section (every page of the listing: a PURGE drops every query variant),
  the section's feeds, the language's home and feeds;
- every tag page and tag feed of the language (a ban of `/<lang>/tags/`: the
  tags the article had before this edit are not known any more, and tag pages
  are cheap to rebuild);
- the sitemaps and the news sitemap (one set for the site).

A home, section or standard page appears in the menu of every page of its
language: a change to one bans the whole language (`/<lang>/*`).

Search pages are not cached at the edge (hiwar/edge/headers.py), so nothing there.

The URLs of one transaction are gathered and sent once, after it commits (before
that the edge would fetch the old page again), through Wagtail's
`purge_urls_from_cache`, which enqueues its task (django-tasks): run at once with
the immediate backend, by the worker once there is one. Nothing happens when no edge
is configured (`EDGE_PURGE_URL` unset).
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import pre_delete
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from hiwar.core.languages import language_codes

from .backends import PREFIX_MARK


def enabled() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _reverse(lang, name, *args, **kwargs):
    with translation.override(lang):
        return reverse(name, args=args or None, kwargs=kwargs or None)


def urls_for(page) -> set[str]:
    """Every URL whose content shows `page` (absolute, on its site's root URL)."""
    from hiwar.news.models import ArticlePage

    urls = set()
    versions = Page.objects.filter(translation_key=page.translation_key).select_related("locale")
    roots = set()
    for version in versions:
        _, root_url, page_path = version.get_url_parts() or (None, None, None)
        if root_url is None or page_path is None:  # not routable (no site, or no slug yet)
            continue
        lang = version.locale.language_code
        roots.add(root_url)
        if version.specific_class is not None and issubclass(version.specific_class, ArticlePage):
            urls.add(root_url + page_path)
            urls.add(root_url + _reverse(lang, "wagtail_serve", ""))
            urls.add(root_url + _reverse(lang, "hiwar-feed"))
            urls.add(root_url + _reverse(lang, "hiwar-feed-atom"))
            urls.add(root_url + _reverse(lang, "wagtail_serve", "") + "tags/" + PREFIX_MARK)
            section = version.get_parent()
            section_parts = section.get_url_parts()
            if section_parts is not None:
                urls.add(section_parts[1] + section_parts[2])
            urls.add(root_url + _reverse(lang, "hiwar-section-feed", section=section.slug))
            urls.add(root_url + _reverse(lang, "hiwar-section-feed-atom", section=section.slug))
        else:
            urls.add(root_url + _reverse(lang, "wagtail_serve", "") + PREFIX_MARK)
    for root_url in roots:
        urls.add(root_url + reverse("hiwar-sitemap"))
        urls.add(root_url + reverse("hiwar-news-sitemap"))
        for code in language_codes():
            for section in (code, f"{code}-tags"):
                urls.add(root_url + reverse("hiwar-sitemap-section", kwargs={"section": section}))
    return urls


class _Batch:
    def __init__(self, urls):
        self.urls = set(urls)

    def flush(self):
        from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

        purge_urls_from_cache(sorted(self.urls))


def purge_after_commit(page):
    """Gather `page`'s URLs now (its place before a move or delete) and purge them
    when the current transaction commits, with the others of that transaction."""
    if not enabled():
        return
    urls = urls_for(page)
    connection = transaction.get_connection()
    batch = getattr(connection, "_hiwar_purge_batch", None)
    # Still waiting for this transaction's commit (a rollback drops the callback)?
    if batch is not None and connection.in_atomic_block:
        if any(entry[1] == batch.flush for entry in connection.run_on_commit):
            batch.urls.update(urls)
            return
    batch = connection._hiwar_purge_batch = _Batch(urls)
    transaction.on_commit(batch.flush)


def purge_articles_dated_between(start, end) -> int:
    """Purge the URLs of the live articles whose own date came in (start, end].

    Such an article was published ahead of its date and becomes visible by the clock
    alone (hiwar/news/visibility.py): no signal fires, so without this the edge would
    keep the section, home and feeds without it for up to `s-maxage`. The scheduler
    (hiwar/newsroom/management/commands/run_scheduler.py) calls this every minute.
    Returns how many articles were purged."""
    from hiwar.news.models import ArticlePage

    if not enabled():
        return 0
    arrived = list(ArticlePage.objects.live().filter(date__gt=start, date__lte=end))
    for article in arrived:
        purge_after_commit(article)
    return len(arrived)


def _on_change(sender, instance, **kwargs):
    purge_after_commit(instance)


def _on_delete(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.depth > 1:
        purge_after_commit(instance)


def connect_signals():
    page_published.connect(_on_change, dispatch_uid="hiwar-edge-published")
    page_unpublished.connect(_on_change, dispatch_uid="hiwar-edge-unpublished")
    pre_page_move.connect(_on_change, dispatch_uid="hiwar-edge-pre-move")
    post_page_move.connect(_on_change, dispatch_uid="hiwar-edge-post-move")
    pre_delete.connect(_on_delete, dispatch_uid="hiwar-edge-delete")
