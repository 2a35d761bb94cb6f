import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern

from hiwar.core import health, media, security
from hiwar.news import bundles
from hiwar.news import views as news_views
from hiwar.syndication import feeds, sitemaps

# A database that does not answer is a 503 page with Retry-After, not a 500.
handler500 = "hiwar.core.outage.server_error"

urlpatterns = [
    path("healthz", health.healthz, name="hiwar-health"),
    path("sitemap.xml", sitemaps.sitemap, name="hiwar-sitemap"),
    path("sitemap-<str:section>.xml", sitemaps.sitemap_section, name="hiwar-sitemap-section"),
    path("news-sitemap.xml", sitemaps.news_sitemap, name="hiwar-news-sitemap"),
    path("robots.txt", sitemaps.robots_txt, name="hiwar-robots"),
    path("api/v1/", include(("hiwar.api.urls", "api"), namespace="api-v1")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.SERVE_MEDIA:
    # Not django.conf.urls.static.static(): it serves nothing unless DEBUG is on, so a
    # site run with DEBUG off and no web server in front showed no pictures. A day in
    # the browser's cache is how long a picture replaced under the same name may linger.
    urlpatterns.append(
        re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$", media.serve_media),
    )

# Every public page lives under its language: /ar/…, /ru/…, /en/…; `/` is
# redirected by LocaleMiddleware to the reader's best language (Accept-Language,
# falling back to Arabic).
urlpatterns += i18n_patterns(
    path("search/", include("hiwar.search.urls")),
    path("feed/", feeds.rss_feed, name="hiwar-feed"),
    path("feed/atom/", feeds.atom_feed, name="hiwar-feed-atom"),
    # Before Wagtail's pages: a section slugged `tags` would be shadowed here.
    path("tags/<slug:slug>/", news_views.tag_page, name="hiwar-tag"),
    path("tags/<slug:tag>/feed/", feeds.rss_feed, name="hiwar-tag-feed"),
    path("tags/<slug:tag>/feed/atom/", feeds.atom_feed, name="hiwar-tag-feed-atom"),
    path("<slug:section>/feed/", feeds.rss_feed, name="hiwar-section-feed"),
    path("<slug:section>/feed/atom/", feeds.atom_feed, name="hiwar-section-feed-atom"),
    # Wagtail's private-page password form, with a limit on wrong tries (same URL and name).
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        security.throttled_page_password,
        name="wagtailcore_authenticate_with_password",
    ),
    # Wagtail's page serving, from a page bundle for an anonymous reader (news/bundles.py),
    # after Wagtail's own other URLs (its front-end login); `wagtail_serve` in the include
    # still names the same pattern for reversing page URLs.
    *[pattern for pattern in wagtail_urls.urlpatterns if getattr(pattern, "name", "") != "wagtail_serve"],
    re_path(serve_pattern, bundles.serve, name="hiwar-serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
