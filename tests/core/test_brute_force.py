"""Brute-force protection (issue 13, item 5): the admin's real login form, through
django-axes, and the private pages' password form.

Before: 20 wrong passwords, then the right one, logged in.
"""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from wagtail.models import PageViewRestriction
from wagtail.users.models import UserProfile

from tests.factories import make_article

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
PASSWORD = "the-right-pass-9"


def make_admin(username, language):
    user = get_user_model().objects.create_superuser(username, f"{username}@example.org", PASSWORD)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def log_in(client, username, password, **extra):
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"}, **extra)


def test_twenty_wrong_passwords_then_the_right_one_is_still_locked_out(settings):
    assert settings.AXES_FAILURE_LIMIT == 5
    make_admin("arabic-editor", "ar")
    client = Client(REMOTE_ADDR="198.51.100.7", HTTP_ACCEPT_LANGUAGE="en")
    statuses = [log_in(client, "arabic-editor", f"wrong-{n}").status_code for n in range(20)]
    assert statuses[:4] == [200] * 4  # the form again, with its error
    assert set(statuses[5:]) == {429}
    locked = log_in(client, "arabic-editor", PASSWORD)
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
    page = locked.content.decode()
    # In the admin's language (Arabic), though the browser asked for English.
    assert 'lang="ar"' in page and 'dir="rtl"' in page
    assert "محاولات كثيرة" in page
    assert int(locked["Retry-After"]) == 15 * 60

    # Locked per username: from another address too.
    elsewhere = Client(REMOTE_ADDR="203.0.113.9")
    assert log_in(elsewhere, "arabic-editor", PASSWORD).status_code == 429

    # The unlock command is axes' own.
    call_command("axes_reset_username", "arabic-editor")
    assert log_in(elsewhere, "arabic-editor", PASSWORD).status_code == 302


def test_an_address_is_locked_out_whatever_names_it_tries():
    make_admin("russian-editor", "ru")
    attacker = Client(REMOTE_ADDR="198.51.100.20")
    for n in range(6):
        log_in(attacker, f"guess-{n}", "password")
    response = log_in(attacker, "russian-editor", PASSWORD)
    assert response.status_code == 429
    assert 'lang="ru"' in response.content.decode() and "Слишком много" in response.content.decode()
    assert log_in(Client(REMOTE_ADDR="198.51.100.21"), "russian-editor", PASSWORD).status_code == 302
    call_command("axes_reset")
    assert log_in(attacker, "russian-editor", PASSWORD).status_code == 302


def test_forwarded_for_is_believed_only_from_a_trusted_proxy(settings):
    settings.HIWAR_TRUSTED_PROXIES = ["127.0.0.1", "10.0.0.0/8"]
    make_admin("editor", "en")
    proxy = Client(REMOTE_ADDR="127.0.0.1")
    for n in range(6):  # an attacker behind the proxy, who also forges a header
        log_in(proxy, f"guess-{n}", "x", HTTP_X_FORWARDED_FOR="1.2.3.4, 192.0.2.50, 10.1.2.3")
    # The attacker (192.0.2.50, as the proxy saw it) is locked out...
    blocked = log_in(proxy, "editor", PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.50")
    assert blocked.status_code == 429
    # ...the proxy itself, and so every other reader behind it, is not.
    assert log_in(proxy, "editor", PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.99").status_code == 302

    # Straight from the internet, the header is ignored: a forged one changes nothing.
    direct = Client(REMOTE_ADDR="192.0.2.77")
    for n in range(6):
        log_in(direct, f"guess-{n}", "x", HTTP_X_FORWARDED_FOR=f"198.18.0.{n}")
    assert log_in(direct, "editor", PASSWORD, HTTP_X_FORWARDED_FOR="198.18.0.200").status_code == 429


def test_the_private_page_password_form_refuses_after_ten_wrong_tries(site_tree, settings):
    assert settings.HIWAR_PAGE_PASSWORD_FAILURE_LIMIT == 10
    article = make_article(site_tree.sections[("news", "ar")], title="صفحة خاصة")
    restriction = PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="sesame-42"
    )
    url = f"/ar/_util/authenticate_with_password/{restriction.pk}/{article.pk}/"
    attacker = Client(REMOTE_ADDR="198.51.100.30")
    assert attacker.get(article.url).status_code == 200  # the password form
    statuses = [
        attacker.post(url, {"password": f"guess-{n}", "return_url": article.url}).status_code
        for n in range(12)
    ]
    assert statuses[:10] == [200] * 10 and statuses[10:] == [429, 429]
    refused = attacker.post(url, {"password": "sesame-42", "return_url": article.url})
    assert refused.status_code == 429 and 'lang="ar"' in refused.content.decode()

    reader = Client(REMOTE_ADDR="198.51.100.31")  # someone else, with the password
    assert reader.post(url, {"password": "sesame-42", "return_url": article.url}).status_code == 302
    assert "صفحة خاصة" in reader.get(article.url).content.decode()
