import io
import types

import pytest
from django.core.management import call_command

from tests.factories import make_article, make_site_tree

PASSWORD = "Kazan-Desk-2026-quince!"
HERE = __import__("pathlib").Path(__file__).parent


def pytest_collection_modifyitems(config, items):
    """Every newsroom test runs on PostgreSQL too (`make test-postgres`, `-m postgres`):
    the issue asks for every role × action on both databases."""
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.postgres)


ROLES = ("ar-desk", "ru-desk", "en-desk", "translator", "chief", "admin")


def add_staff(username, role, language=None, password=PASSWORD):
    """The account made the documented way: add_staff, password on standard input."""
    import sys

    stdin, sys.stdin = sys.stdin, io.StringIO(password + "\n")
    try:
        args = [username, "--role", role, "--password-stdin", "--email", f"{username}@example.org"]
        if language:
            args += ["--language", language]
        call_command("add_staff", *args, stdout=io.StringIO())
    finally:
        sys.stdin = stdin


def login(client, username, password=PASSWORD):
    """Through the admin's login form, as a person would: no force_login."""
    response = client.post("/admin/login/", {"username": username, "password": password})
    assert response.status_code == 302, f"login of {username} failed"
    assert response.url.rstrip("/").endswith("/admin")
    return client


@pytest.fixture
def newsroom(db):
    locales, homes, sections = make_site_tree()
    users = {}
    for role in ROLES:
        username = role.replace("-", ".")
        add_staff(username, role, language="en")
        users[role] = username
    articles = {
        lang: make_article(sections[("news", lang)], f"Published {lang}") for lang in ("ar", "ru", "en")
    }
    return types.SimpleNamespace(
        locales=locales, homes=homes, sections=sections, users=users, articles=articles
    )
