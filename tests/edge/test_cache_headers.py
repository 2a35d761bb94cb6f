"""Cache-Control on every face (hiwar/edge/headers.py): public for anonymous readers,
with no cookie; private, no-store for editors, previews, the admin and its login;
search and error pages not stored."""

import pytest
from django.test import override_settings

from tests.factories import make_article
from tests.newsroom.conftest import add_staff, login

pytestmark = pytest.mark.django_db

PUBLIC = "public, max-age=60, s-maxage=600"


@pytest.fixture
def article(site_tree):
    article = make_article(site_tree.sections[("news", "ar")], "خبر عن التعاون")
    article.tags.add("روسيا")
    article.save_revision().publish()
    return article


def reader_urls(article):
    return [
        "/ar/",
        "/ru/",
        "/en/",
        "/ar/news/",
        article.url,
        f"/ar/tags/{article.tags.first().slug}/",
        "/ar/feed/",
        "/ar/feed/atom/",
        "/ar/news/feed/",
        "/sitemap.xml",
        "/news-sitemap.xml",
        "/robots.txt",
    ]


def test_anonymous_reader_pages_are_public_and_set_no_cookie(client, article):
    for url in reader_urls(article):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Cache-Control"] == PUBLIC, url
        assert not response.cookies, f"{url} sets {list(response.cookies)}"
        assert "Set-Cookie" not in response.headers, url


def test_head_and_permanent_redirect_are_public(client, article):
    assert client.head(article.url)["Cache-Control"] == PUBLIC
    response = client.get("/ar/news")  # APPEND_SLASH
    assert response.status_code == 301 and response["Cache-Control"] == PUBLIC


@override_settings(HIWAR_HTTP_CACHE_MAX_AGE=5, HIWAR_HTTP_CACHE_SHARED_MAX_AGE=3600)
def test_ages_come_from_the_settings(client, article):
    assert client.get(article.url)["Cache-Control"] == "public, max-age=5, s-maxage=3600"


def test_search_and_errors_are_not_stored(client, article):
    for url in ("/ar/search/?q=التعاون", "/ar/search/", "/ar/no-such-page/", "/ar/news/?page=99"):
        response = client.get(url)
        assert response["Cache-Control"] == "no-cache", url
        assert not response.cookies, url


def test_signed_in_editor_admin_login_and_preview_are_private(client, article):
    response = client.get("/admin/login/")
    assert response["Cache-Control"] == "private, no-store"
    add_staff("layla", "ar-desk")
    login(client, "layla")
    for url in [
        *reader_urls(article),
        "/admin/",
        f"/admin/pages/{article.pk}/view_draft/",
        "/ar/search/?q=x",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Cache-Control"] == "private, no-store", url
        assert "Expires" not in response.headers, url


def test_preview_is_private(client, article):
    add_staff("amina", "admin")
    login(client, "amina")
    preview = f"/admin/pages/{article.pk}/edit/preview/"
    data = {
        "title": "معاينة",
        "slug": article.slug,
        "date": "2026-01-01 10:00",
        "body-count": "0",
        "tags": "",
    }
    client.post(preview, data)
    response = client.get(preview)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_a_response_that_sets_a_cookie_is_private(client, article):
    """The private page's password form sets the CSRF cookie: never shared."""
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=article, restriction_type="password", password="sesame")
    response = client.get(article.url)
    assert response.status_code == 200 and response.cookies
    assert response["Cache-Control"] == "private, no-store"
