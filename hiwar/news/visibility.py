"""The publication policy: what an anonymous reader may see now. Every face asks here.

A page may be shown when it is

- live (a draft, a page scheduled with `go_live_at` and not yet published, a page
  unpublished after being live, and a page taken down in the newsroom — a takedown
  unpublishes it; hiwar/newsroom only turns the 404 of its address into a 410 — are not);
- public: no view restriction (login, password, groups) on it or an ancestor;
- not expired: `expire_at` has not passed, whether or not `publish_scheduled` has
  run yet to unpublish it;
- published by the clock: an article's own `date` (its publication date-time) has
  come; any other page's `first_published_at` has come (or was never recorded).

`visible(queryset)` applies the rule in the database, `is_visible(page)` to one
page. A new rule (an embargo, a legal hold) is added here and nowhere else;
tests/news/test_visibility_faces.py then checks it on every face.

The rule is applied when a face reads, never stored: a page that becomes visible
by the clock alone (its date arrives) appears everywhere at that moment, without
anyone saving it. Search follows the same rule at query time (hiwar/search/query.py).

Who asks: page serving (news/wagtail_hooks.py), listings, home blocks and the lead
story (news/models.py), the menu (news/navigation.py), the language switcher and
hreflang (news/translations.py), body links (news/bodies.py), search (index and
query), feeds, sitemaps, the Google News sitemap, JSON-LD (syndication) and the API.
"""

from django.db.models import Max, Min, Q
from django.utils import timezone
from wagtail.models import Page

# Page types whose own field says when they are published; others use first_published_at.
PUBLICATION_DATE_FIELDS = {"news.ArticlePage": "date"}


def _dated_models():
    from django.apps import apps

    return {apps.get_model(label): field for label, field in PUBLICATION_DATE_FIELDS.items()}


def _not_expired(now) -> Q:
    return Q(expire_at__isnull=True) | Q(expire_at__gt=now)


def _published_by_clock(model, now) -> Q:
    """The publication moment has come, for a queryset of `model` (Page or a page type)."""
    undated = Q(first_published_at__isnull=True) | Q(first_published_at__lte=now)
    dated_pages, of_no_dated_type = Q(pk__in=[]), Q()
    for dated, field in _dated_models().items():
        if issubclass(model, dated):
            return Q(**{f"{field}__lte": now})
        if issubclass(dated, model):  # a queryset of Page (or a base) holding every type
            relation = dated._meta.model_name
            dated_pages |= Q(**{f"{relation}__{field}__lte": now})
            of_no_dated_type &= Q(**{f"{relation}__isnull": True})
    return dated_pages | (of_no_dated_type & undated)


def visible(queryset, now=None):
    """The pages of `queryset` (Page.objects or a page type's) a reader may see at `now`."""
    now = now or timezone.now()
    return queryset.live().public().filter(_not_expired(now)).filter(_published_by_clock(queryset.model, now))


def visible_pages(now=None):
    """Every page of the site a reader may see (homes, sections, articles, standard pages)."""
    return visible(Page.objects.filter(depth__gt=1), now).select_related("locale")


def visible_articles(now=None):
    """Articles a reader may see (a plain queryset: choose the fields yourself)."""
    from .models import ArticlePage

    return visible(ArticlePage.objects.all(), now)


def listed_articles(now=None):
    """Visible articles, newest first, with what listings need (no body)."""
    return visible_articles(now).for_listing()


def _publication_moment(page):
    for model, field in _dated_models().items():
        if isinstance(page, model):
            return getattr(page, field)
    return page.first_published_at


def is_visible(page, now=None, *, check_restrictions=True) -> bool:
    """The same rule for one page. `check_restrictions=False` leaves view restrictions
    to Wagtail's own serving hook, which lets a reader who logged in or gave the
    password through (1 query saved)."""
    now = now or timezone.now()
    page = page.specific  # no query when it already is
    moment = _publication_moment(page)
    return may_become_visible(page, now, check_restrictions=check_restrictions) and (
        moment is None or moment <= now
    )


def may_become_visible(page, now=None, *, check_restrictions=True) -> bool:
    """Visible now, or once its publication date comes with nothing else to change
    (live, public, not expired): what search keeps in its index, so that nobody has
    to re-index an article on the day it is dated."""
    now = now or timezone.now()
    return (
        page.live
        and (page.expire_at is None or page.expire_at > now)
        and not (check_restrictions and page.get_view_restrictions().exists())
    )


def next_visibility_change(queryset, now=None):
    """The first moment after `now` at which the clock alone may change the answer for
    a page of `queryset`: the expiry of a visible page, or the publication moment of a
    page that is otherwise visible (live, public, not expired). None if there is none.
    One query (and Wagtail's one for view restrictions). The page bundles
    (news/bundles.py) are kept no longer than this."""
    now = now or timezone.now()
    pages = queryset.live().public().filter(_not_expired(now))
    moments = {"expires": Min("expire_at", filter=Q(expire_at__gt=now))}
    model = queryset.model
    own = [field for dated, field in _dated_models().items() if issubclass(model, dated)]
    if own:
        moments["dated"] = Min(own[0], filter=Q(**{f"{own[0]}__gt": now}))
    else:
        undated = Q()
        for dated, field in _dated_models().items():
            if issubclass(dated, model):  # a queryset of Page holding every type
                relation = dated._meta.model_name
                lookup = f"{relation}__{field}"
                moments[f"dated_{relation}"] = Min(lookup, filter=Q(**{f"{lookup}__gt": now}))
                undated &= Q(**{f"{relation}__isnull": True})
        moments["first_published"] = Min("first_published_at", filter=undated & Q(first_published_at__gt=now))
    found = [moment for moment in pages.order_by().aggregate(**moments).values() if moment is not None]
    return min(found) if found else None


def content_changed_at(now=None):
    """The last moment what readers may see may have changed: 2 queries.

    Publishing, unpublishing, moving and deleting are logged by Wagtail; an
    article whose date passes, or a page whose expiry passes, changes what is
    visible without a log entry, so those moments count too. Caches of feeds,
    sitemaps and API answers are keyed on it.
    """
    from wagtail.models import PageLogEntry

    now = now or timezone.now()
    moments = [PageLogEntry.objects.aggregate(at=Max("timestamp"))["at"]]
    dated = {
        f"dated_{field}": Max(
            f"{model._meta.model_name}__{field}", filter=Q(**{f"{model._meta.model_name}__{field}__lte": now})
        )
        for model, field in _dated_models().items()
    }
    moments += Page.objects.aggregate(
        published=Max("last_published_at"),
        expired=Max("expire_at", filter=Q(expire_at__lte=now)),
        went_live=Max("go_live_at", filter=Q(go_live_at__lte=now)),
        **dated,
    ).values()
    moments = [moment for moment in moments if moment is not None and moment <= now]
    return max(moments) if moments else None
