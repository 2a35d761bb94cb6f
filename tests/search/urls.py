"""The URL setup hiwar.urls is to have for search, alone (so these tests do not
depend on the other faces being importable): the search page inside
i18n_patterns, before Wagtail's catch-all (and the API, which has a search endpoint)."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls

urlpatterns = [path("api/v1/", include(("hiwar.api.urls", "api"), namespace="api-v1"))] + i18n_patterns(
    path("search/", include("hiwar.search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
