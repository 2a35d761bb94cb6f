"""The payload corpus (tests/payloads.py) in every reader and editor output besides
the feeds: pages, tag pages, search, JSON-LD, sitemaps, the API and admin screens.

An HTML output must never contain a payload as it was typed (`<svg onload=…>`
would be markup there); a JSON or XML output must give back exactly the text typed
(escaped by its serializer, never stripped or double-escaped). User-supplied
queries and filters carrying a payload get an answer, never a 500.
"""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth.models import User

from tests.conftest import kept_for_module
from tests.payloads import PAYLOADS, make_hostile_articles

pytestmark = pytest.mark.django_db

NEWS_NS = {"news": "http://www.google.com/schemas/sitemap-news/0.9"}
MARKUP_PAYLOADS = [p for p in PAYLOADS if "<" in p]


@pytest.fixture(scope="module")
def hostile_world(news_world, django_db_blocker):
    """Built once for the module, inside the news world's transaction."""
    with kept_for_module(django_db_blocker):
        yield make_hostile_articles(news_world.tree.sections[("news", "en")])


@pytest.fixture
def hostile(db, hostile_world):
    return hostile_world


def typed_markup_in(html):
    """The payloads that appear in `html` exactly as typed (live markup)."""
    return [payload for payload in MARKUP_PAYLOADS if payload in html]


def get_html(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, (url, params, response.status_code)
    return response.content.decode()


def test_article_pages_and_their_json_ld(client, hostile):
    for number, article in hostile.items():
        html = get_html(client, article.url)
        assert typed_markup_in(html) == [], article.url
        blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        graph = [json.loads(block) for block in blocks]
        headlines = [item.get("headline") for item in graph if isinstance(item, dict)]
        assert PAYLOADS[number] in headlines, (number, headlines)


def test_listings_and_tag_pages(client, hostile):
    for url in ("/en/", "/en/news/", "/en/news/?page=2"):
        assert typed_markup_in(get_html(client, url)) == [], url
    for article in list(hostile.values())[:12]:
        tag = article.tags.get()
        html = get_html(client, f"/en/tags/{tag.slug}/")
        assert typed_markup_in(html) == [], tag.slug


def test_search_page_with_payload_queries(client, hostile):
    for payload in PAYLOADS:
        html = get_html(client, "/en/search/", q=payload)
        assert typed_markup_in(html) == [], payload


def test_sitemaps_are_well_formed_and_carry_the_text(client, hostile):
    news = ET.fromstring(client.get("/news-sitemap.xml").content)
    titles = {element.text for element in news.iterfind(".//news:title", NEWS_NS)}
    assert set(PAYLOADS) <= titles
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    ET.fromstring(index.content)
    for location in re.findall(rb"<loc>[^<]*/(sitemap-[^<]+\.xml)</loc>", index.content):
        response = client.get("/" + location.decode())
        assert response.status_code == 200, location
        ET.fromstring(response.content)


def test_the_api_gives_the_text_back_exactly(client, hostile):
    data = client.get("/api/v1/articles", {"lang": "en", "section": "news", "per_page": 100}).json()
    by_slug = {item["url"].rstrip("/").rsplit("/", 1)[-1]: item for item in data["results"]}
    for number, article in hostile.items():
        item = by_slug[article.slug]
        assert item["title"] == PAYLOADS[number]
        detail = client.get(f"/api/v1/articles/{article.pk}").json()
        assert detail["summary"] == f"Summary {number}: {PAYLOADS[number]}"
        assert detail["image"]["credit"] == PAYLOADS[number]


@pytest.mark.parametrize("parameter", ["q", "tag", "section", "since", "until", "lang", "page"])
def test_api_filters_answer_payloads_without_a_500(client, hostile, parameter):
    endpoint = "/api/v1/search" if parameter == "q" else "/api/v1/articles"
    for payload in PAYLOADS:
        response = client.get(endpoint, {parameter: payload})
        assert response.status_code in (200, 400, 404, 422), (parameter, payload, response.status_code)
        assert response["Content-Type"].startswith("application/json")


def test_admin_screens_escape_every_payload(client, hostile, site_tree):
    admin = User.objects.create_superuser("payload-admin", "admin@example.org", "not-a-default-5521")
    client.force_login(admin)
    section = site_tree.sections[("news", "en")]
    screens = [f"/admin/pages/{section.pk}/", "/admin/images/", "/admin/pages/search/?q=alert"]
    screens += [f"/admin/pages/{article.pk}/edit/" for article in list(hostile.values())[:12]]
    for url in screens:
        assert typed_markup_in(get_html(client, url)) == [], url
