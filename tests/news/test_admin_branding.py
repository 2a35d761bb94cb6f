"""The admin is branded as the site and asks no other site for anything (no gravatar)."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile


def admin_client(client, language):
    user = get_user_model().objects.create_superuser(f"brand-{language}", f"b-{language}@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client


def assert_branded(html):
    soup = BeautifulSoup(html, "html.parser")
    assert "Wagtail" not in soup.title.text
    assert soup.title.text.strip().endswith(settings.WAGTAIL_SITE_NAME)
    assert "gravatar" not in html
    assert soup.select_one('link[rel="icon"][href$="img/favicon.svg"]') is not None
    return soup


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["ar", "ru", "en"])
def test_admin_pages_carry_the_site_name_and_mark(client, site_tree, language):
    admin_client(client, language)
    for url in ("/admin/", "/admin/pages/", "/admin/account/"):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert_branded(html)
        # the sidebar logo is our mark, not the bird (the template the sidebar copies it from)
        assert 'data-wagtail-sidebar-branding-logo><img src="/static/img/favicon.svg"' in html


@pytest.mark.django_db
def test_sign_in_page_is_branded(client):
    html = client.get("/admin/login/").content.decode()
    soup = assert_branded(html)
    assert settings.WAGTAIL_SITE_NAME in soup.h1.text
    assert "Wagtail" not in soup.h1.text
