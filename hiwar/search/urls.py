"""Included by hiwar.urls inside i18n_patterns, before Wagtail's catch-all:
`path("search/", include("hiwar.search.urls"))`."""

from django.urls import path

from .views import search_page

app_name = "search"
urlpatterns = [path("", search_page, name="search")]
