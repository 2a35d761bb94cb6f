"""The readers' pages carry a strict Content-Security-Policy; the admin and the API
docs, which run scripts, do not get ours. (tests/browser checks that no page breaks it.)"""

import pytest

from tests.factories import make_article

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def policy_of(response) -> dict[str, list[str]]:
    header = response.headers.get("Content-Security-Policy")
    if header is None:
        return {}
    return {name: sources for name, *sources in (part.split() for part in header.split(";"))}


@pytest.mark.parametrize("lang", ["ar", "ru", "en"])
def test_reader_pages_allow_nothing_but_our_own_files(client, site_tree, lang):
    article = make_article(site_tree.sections[("news", lang)])
    for url in (f"/{lang}/", f"/{lang}/news/", article.url, f"/{lang}/search/?q=x", f"/{lang}/no-such-page/"):
        policy = policy_of(client.get(url))
        assert policy["default-src"] == ["'none'"], url
        assert "script-src" not in policy  # so default-src 'none' forbids every script
        assert policy["style-src"] == ["'self'"] and policy["font-src"] == ["'self'"]
        assert policy["img-src"] == ["'self'", "data:"] and policy["connect-src"] == ["'self'"]
        assert policy["base-uri"] == ["'none'"] and policy["frame-ancestors"] == ["'self'"]


def test_feeds_admin_and_api_docs_are_left_alone(client, site_tree):
    assert policy_of(client.get("/ar/feed/")) == {}
    assert policy_of(client.get("/admin/login/")) == {}
    assert policy_of(client.get("/api/v1/docs")) == {}


def test_pictures_on_another_host_are_allowed(settings):
    from hiwar.core.middleware import content_security_policy

    settings.MEDIA_URL = "https://media.example.org/hiwar/"
    assert "img-src 'self' data: https://media.example.org" in content_security_policy()
