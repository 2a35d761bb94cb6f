"""An anonymous reader's article page from one cache read: the page bundle.

Without an edge cache every article view used to route through the page tree, find
the site and the locale, check view restrictions, and read tags, corrections, the
switcher's translations, the original language, the body's images and their
renditions: 14 SQL queries and 6 cache round trips (docs/benchmarks.md). Here all of
it is kept, per URL, in one cache entry, the *bundle*: the article (with its section,
lead and body images and their renditions, tags, corrections, original language),
its visible language versions, the site and its root paths, the menu and the date
style. A reader's request reads the content generation and the bundle in one MGET
and renders the page from them: no SQL for the page itself (a body's links to other
pages are still looked up as Wagtail renders them).

A bundle is used only while

- its generation is the current one: `bump()` writes a new one after every save or
  delete of any content model (pages, revisions published, images, view
  restrictions, sites, settings, redirects, tags, corrections, translation links…),
  every publish, unpublish and move (`connect_signals`); once at the change and
  again after the transaction commits, so a bundle built from the data before the
  commit is not kept;
- the clock has not reached `valid_until`: the first moment after the build at
  which the publication policy (hiwar/news/visibility.py) could answer differently
  for the article, a language version of it, a home or a section (an expiry, a
  version's own date arriving), and at most PAGE_BUNDLE_MAX_AGE seconds (what a
  bump lost to a Redis outage can cost; the cache entry expires then too).

Only anonymous readers' GET/HEAD requests without a session cookie use bundles
(editors, a reader who gave a page password, previews never do), and only articles
that every reader may see are bundled: the build runs Wagtail's serving hooks (view
restrictions, the publication policy) first, on the primary database (a replica a
second behind would bundle the page as it was). Anything else — a 404, a private or
future-dated article, a section, a home, a routable page — is served by Wagtail as
before. With the cache down (hiwar.core.cache turns failures into misses) every
request is built from SQL and nothing is stored.
"""

import hashlib
import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.http import Http404, HttpResponse
from django.utils import timezone
from wagtail import hooks
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from hiwar.core import wagtail_compat
from hiwar.core.routing import read_from_primary

from . import visibility

logger = logging.getLogger(__name__)

GENERATION_KEY = "hiwar:content-generation"
BUNDLE_KEY = "hiwar:page-bundle:{digest}"

RENDITIONS = ("wagtailimages.rendition", "core.creditedrendition")
# Saves and deletes of these change nothing a reader sees (or come with a change that
# bumps anyway); bumping on them would throw every bundle away for nothing. A new
# rendition is made while a reader's page renders: it must not bump. A deleted one
# does (the image changed).
IGNORED_MODELS = frozenset(
    {
        "sessions.session",
        "wagtailcore.pagelogentry",
        "wagtailcore.modellogentry",
        "wagtailcore.referenceindex",
        "wagtailcore.taskstate",
        "wagtailcore.workflowstate",
        "wagtailcore.comment",
        "wagtailcore.commentreply",
        "wagtailcore.pagesubscription",
        "wagtailusers.userprofile",
        "wagtailadmin.editingsession",
        *RENDITIONS,
        "django_tasks_database.dbtaskresult",
        "django_tasks_db.dbtaskresult",
        "modelsearch.indexentry",
        "wagtailsearch.indexentry",
    }
)
IGNORED_APPS = frozenset({"axes", "admin", "contenttypes", "auth"})

# A hit runs the before_serve_page hooks (the request method, the publication policy:
# no query) but not on_serve_page's chain, whose only hook here is Wagtail's view
# restriction check (a bundled page has none, and adding one bumps). Any other hook
# registered there turns bundles off.
KNOWN_ON_SERVE = frozenset({"check_view_restrictions"})


def max_age() -> float:
    return settings.HIWAR_PAGE_BUNDLE_MAX_AGE


def enabled() -> bool:
    return max_age() > 0


# --- The content generation -----------------------------------------------------------


def bump(*args, **kwargs):
    """A new content generation: every bundle stored so far is stale. Now and, inside a
    transaction, again once it commits (a reader between the two may have built a
    bundle from the data before the commit; the second bump throws it away)."""
    _write_generation()
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.in_atomic_block:
        pending = getattr(connection, "_hiwar_bundle_bump", None)
        if pending is not None and any(entry[1] is pending for entry in connection.run_on_commit):
            return  # one bump per commit is enough
        connection._hiwar_bundle_bump = _write_generation_after_commit
        transaction.on_commit(_write_generation_after_commit)


def _write_generation():
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def _write_generation_after_commit():
    _write_generation()


def bump_on_model_change(sender, instance=None, **kwargs):
    if sender is not None and _ignored(sender._meta):
        return
    bump()


def bump_on_delete(sender, instance=None, **kwargs):
    # A rendition deleted is an image changed (its focal point, its file): that bumps.
    if _ignored(sender._meta) and sender._meta.label_lower not in RENDITIONS:
        return
    bump()


def _ignored(meta) -> bool:
    return meta.app_label in IGNORED_APPS or meta.label_lower in IGNORED_MODELS


def connect_signals():
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.signals import page_published, page_unpublished, post_page_move

    post_save.connect(bump_on_model_change, dispatch_uid="hiwar-bundle-save")
    m2m_changed.connect(bump_on_model_change, dispatch_uid="hiwar-bundle-m2m")
    post_delete.connect(bump_on_delete, dispatch_uid="hiwar-bundle-delete")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(bump, dispatch_uid=f"hiwar-bundle-{id(signal)}")


# --- Serving --------------------------------------------------------------------------


def reader_request(request) -> bool:
    """An anonymous reader's GET or HEAD: no session (nobody signed in, no page password
    given), no write of its own a moment ago."""
    from hiwar.core.routing import wrote_recently

    return (
        enabled()
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not wrote_recently(request)
    )


def bundle_key(request) -> str:
    where = f"{request.get_host()}|{request.path_info}"
    return BUNDLE_KEY.format(digest=hashlib.sha256(where.encode()).hexdigest()[:32])


def serve(request, path):
    """Wagtail's `serve` view, from the bundle when there is a fresh one."""
    if not reader_request(request):
        return wagtail_views.serve(request, path)
    key = bundle_key(request)
    stored = cache.get_many([GENERATION_KEY, key])  # one round trip
    generation, bundle = stored.get(GENERATION_KEY), stored.get(key)
    if bundle is not None and generation is not None:
        try:
            bundle = wagtail_compat.loads_with_blocks(bundle)
        except Exception:  # an older code's bundle, a truncated value: rebuild it
            logger.warning("page bundle %s unreadable; rebuilding", key, exc_info=True)
            bundle = None
        if bundle is not None and bundle.fresh(generation):
            return bundle.serve_hit(request)
    return build_and_serve(request, path, key, generation)


def build_and_serve(request, path, key, generation):
    """Route and check as Wagtail does, on the primary; bundle the article if every
    reader may see it, and render it from that bundle. Anything else is Wagtail's
    (on the replica, if any, as before)."""
    if could_be_article(path) and generation is None:
        generation = _new_generation()  # None with the cache down: Wagtail serves from SQL
    if could_be_article(path) and generation is not None:
        with read_from_primary():
            route = Page.route_for_request(request, path)
            if route is None:
                raise Http404  # as Wagtail's serve view does
            if bundleable(route):
                return _build(request, route, key, generation)
        del request._wagtail_route_for_request  # read on the primary: route again as a reader
    return wagtail_views.serve(request, path)


def could_be_article(path) -> bool:
    """Articles live at `<lang>/<section>/<slug>/`: other paths are not routed twice."""
    return len([part for part in path.split("/") if part]) == 2


def _build(request, route, key, generation):
    """Wagtail's serve view (before_serve_page hooks, then on_serve_page's chain, whose
    check_view_restrictions asks for a login or a password), ending in the bundle."""
    page, args, kwargs = route
    refused = before_serve(page, request)
    if refused is not None:
        return refused

    def bundle_and_serve(page, request, args, kwargs):
        if not visibility.is_visible(page):  # and no view restriction at all, whoever asks
            return page.serve(request, *args, **kwargs)  # served, never bundled
        bundle = PageBundle.build(page, request, generation, timezone.now().timestamp())
        response = bundle.serve(request)
        response.render()  # renditions made now join the bundle's images
        bundle.store(key)
        return response

    chain = bundle_and_serve
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        chain = fn(chain)
    return chain(page, request, args, kwargs)


def _new_generation():
    """The first generation (none in the cache: new, flushed or evicted). None when
    another process wrote one first, or the cache is down: serve without a bundle."""
    token = uuid.uuid4().hex
    return token if cache.add(GENERATION_KEY, token, None) else None


def bundleable(route) -> bool:
    from .models import ArticlePage

    if route is None or route[1] or route[2]:  # a 404, or a routable page's sub-route
        return False
    if type(route[0]) is not ArticlePage:
        return False
    # A hit skips on_serve_page's chain: only hooks a bundle answers for may be in it.
    return {fn.__qualname__ for fn in hooks.get_hooks("on_serve_page")} <= KNOWN_ON_SERVE


def before_serve(page, request):
    """Wagtail's before_serve_page hooks (the request method, the publication policy):
    their answer if one refuses, else None. An Http404 they raise goes up."""
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, (), {})
        if isinstance(result, HttpResponse):
            return result
    return None


class PageBundle:
    """What an article page needs, pickled as one value."""

    def __init__(
        self, generation, valid_until, page, site, site_root_paths, translations, navigation, date_style
    ):
        self.generation = generation
        self.valid_until = valid_until
        self.page = page
        self.site = site
        self.site_root_paths = site_root_paths
        self.translations = translations
        self.navigation = navigation
        self.date_style = date_style

    def __getstate__(self):
        # The body as its blocks' values (its images with their renditions), not as
        # the raw JSON a StreamValue pickles into (which would fetch them again).
        state = self.__dict__.copy()
        state["page"] = wagtail_compat.without_field(self.page, "body")
        state["body"] = wagtail_compat.stream_children(self.page, "body")
        return state

    def __setstate__(self, state):
        body = state.pop("body")
        self.__dict__.update(state)
        wagtail_compat.restore_stream(self.page, "body", body)

    def fresh(self, generation, now=None) -> bool:
        return self.generation == generation and (now or timezone.now().timestamp()) < self.valid_until

    @classmethod
    def build(cls, page, request, generation, now):
        from hiwar.core.models import DateFormatSettings

        from .navigation import navigation_for
        from .translations import visible_translations

        lang = page.locale.language_code
        site = Site.find_for_request(request)
        translations = visible_translations(page, request)
        page.prepare_for_bundle()
        return cls(
            generation=generation,
            valid_until=valid_until(page, now),
            page=page,
            site=site,
            site_root_paths=wagtail_compat.site_root_paths(request),
            translations=translations,
            navigation=navigation_for(lang, request),
            date_style=DateFormatSettings.style_for_request(request),
        )

    def serve(self, request):
        page = self.page
        wagtail_compat.seed_request(request, self.site, self.site_root_paths, page)
        request._hiwar_translations = {page.pk: self.translations}
        request._hiwar_navigation = {page.locale.language_code: self.navigation}
        request._hiwar_date_style = self.date_style
        return page.serve(request)

    def serve_hit(self, request):
        return before_serve(self.page, request) or self.serve(request)

    def store(self, key):
        try:
            value = wagtail_compat.dumps_with_blocks(self, type(self.page), "body")
        except Exception:  # something unpicklable joined the page: serve, do not store
            logger.warning("page bundle of %s not picklable", self.page.pk, exc_info=True)
            return
        timeout = max(1, int(self.valid_until - timezone.now().timestamp()) + 1)
        cache.set(key, value, timeout)


def valid_until(page, now: float) -> float:
    """The bundle's last moment: PAGE_BUNDLE_MAX_AGE from `now`, or sooner when the
    clock alone changes what readers may see of the article, of a version of it, or
    of a home or a section (the menu and the kicker)."""
    from datetime import UTC, datetime

    moment = datetime.fromtimestamp(now, tz=UTC)
    changes = [
        visibility.next_visibility_change(page.get_translations(inclusive=True), moment),
        visibility.next_visibility_change(Page.objects.filter(depth__in=(2, 3)), moment),
    ]
    until = now + max_age()
    for change in changes:
        if change is not None:
            until = min(until, change.timestamp())
    return until
