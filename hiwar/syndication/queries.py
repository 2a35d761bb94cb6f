"""What may be distributed: the one definition every feed, sitemap and API uses.

A page is distributed when it is live, public (no view restriction on it or an
ancestor), not past its expiry time (even before `publish_scheduled` has run)
and, for an article, its publication date has come.
"""

from collections import defaultdict

from django.db.models import Max, Q
from django.utils import timezone
from wagtail.models import Page

from hiwar.core.languages import language_codes


def visible(queryset, now=None):
    """Live, public, not expired pages of any type."""
    now = now or timezone.now()
    return queryset.live().public().filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))


def visible_articles(now=None):
    """Distributed articles (a plain queryset: choose the fields yourself)."""
    from hiwar.news.models import ArticlePage

    now = now or timezone.now()
    return visible(ArticlePage.objects.all(), now).filter(date__lte=now)


def published_articles(now=None):
    """Distributed articles, newest first, with what listings need (no body)."""
    return visible_articles(now).for_listing()


def published_pages(now=None):
    """Every distributed page of the site (homes, sections, articles, standard pages)."""
    now = now or timezone.now()
    return (
        visible(Page.objects.filter(depth__gt=1), now)
        .exclude(articlepage__date__gt=now)
        .select_related("locale")
    )


def absolute_url(page, request):
    """The page's full URL on the host the request came to; None if not routable."""
    url = page.get_url(request)
    if not url:
        return None
    return request.build_absolute_uri(url)


class PageUrls:
    """Full URLs from `url_path` alone, for thousands of pages (sitemaps).

    The same URL `Page.get_url()` gives, without building a Page object and
    reversing a URL per page: the language prefix of each site root is
    reversed once (`/ar/`), the rest of the path appended.
    """

    def __init__(self, request):
        from django.urls import reverse
        from django.utils import translation
        from wagtail.models import Site

        self.base = request.build_absolute_uri("/")[:-1]
        self.roots = []
        for root in Site.get_site_root_paths():
            with translation.override(root.language_code):
                prefix = reverse("wagtail_serve", args=("",))
            self.roots.append((root.root_path, prefix))

    def __call__(self, url_path):
        for root_path, prefix in self.roots:
            if url_path.startswith(root_path):
                return f"{self.base}{prefix}{url_path[len(root_path) :]}"
        return None


def translations_of(pages, request, now=None, urls=None):
    """{translation_key: {lang: absolute URL}} of the distributed versions of `pages`.

    One query whatever the number of pages: the keys are passed in a subquery when
    `pages` is a queryset, as a list otherwise.
    """
    if hasattr(pages, "values"):
        keys = pages.values("translation_key")
    else:
        keys = list({page.translation_key for page in pages})
        if not keys:
            return {}
    urls = urls or PageUrls(request)
    rows = (
        published_pages(now)
        .filter(translation_key__in=keys)
        .values_list("translation_key", "locale__language_code", "url_path")
    )
    result = defaultdict(dict)
    for key, lang, url_path in rows:
        url = urls(url_path)
        if url:
            result[key][lang] = url
    return result


def ordered_alternates(by_lang: dict):
    """[(lang, url)] in the site's language order, then `x-default`."""
    from django.conf import settings

    ordered = [(code, by_lang[code]) for code in language_codes() if code in by_lang]
    if ordered:
        default = by_lang.get(settings.LANGUAGE_CODE, ordered[0][1])
        ordered.append(("x-default", default))
    return ordered


def content_changed_at(now=None):
    """The last moment the published content may have changed: 2 queries.

    Publishing, unpublishing, moving and deleting are logged by Wagtail; an
    article whose date passes, or a page whose expiry passes, changes what is
    published without a log entry, so those moments count too.
    """
    from wagtail.models import Page, PageLogEntry

    now = now or timezone.now()
    moments = [PageLogEntry.objects.aggregate(at=Max("timestamp"))["at"]]
    moments += Page.objects.aggregate(
        published=Max("last_published_at"),
        expired=Max("expire_at", filter=Q(expire_at__lte=now)),
        went_live=Max("go_live_at", filter=Q(go_live_at__lte=now)),
        dated=Max("articlepage__date", filter=Q(articlepage__date__lte=now)),
    ).values()
    moments = [moment for moment in moments if moment is not None and moment <= now]
    return max(moments) if moments else None
