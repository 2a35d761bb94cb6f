"""Feeds and sitemaps are built once and kept in the cache until the published
content changes (hiwar/syndication/cache.py).

Marked `postgres`: the second run of the suite has PostgreSQL and Redis, so the
cache here is the production one there."""

import pytest
from django.core.cache import caches

from hiwar.syndication.cache import TIMEOUT
from tests.factories import make_article

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

URLS = ("/ar/feed/", "/ru/news/feed/atom/", "/sitemap.xml", "/news-sitemap.xml")
CHANGED_AT_QUERIES = 2  # content_changed_at: the log's last entry, the pages' last moments


def get(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, url
    return response


@pytest.mark.parametrize("url", URLS)
def test_a_second_request_costs_only_the_change_check(client, news, url, django_assert_num_queries):
    first = get(client, url)
    with django_assert_num_queries(CHANGED_AT_QUERIES):
        second = get(client, url)
    assert second.content == first.content
    for header in ("Content-Type", "Last-Modified", "ETag"):
        assert second[header] == first[header], header


@pytest.mark.parametrize("url", URLS)
def test_unknown_query_parameters_share_the_entry(client, news, url, django_assert_num_queries):
    get(client, url)
    with django_assert_num_queries(CHANGED_AT_QUERIES):
        get(client, url + "?utm_source=x&nocache=123")


def test_publishing_and_unpublishing_show_at_once(client, news):
    get(client, "/ar/feed/"), get(client, "/sitemap.xml")
    fresh = make_article(news.tree.sections[("news", "ar")], "خبر عاجل عن منتدى قازان")
    assert "خبر عاجل عن منتدى قازان" in get(client, "/ar/feed/").content.decode()
    assert fresh.url_path.split("/")[-2] in get(client, "/sitemap.xml").content.decode()

    fresh.unpublish()
    assert "خبر عاجل عن منتدى قازان" not in get(client, "/ar/feed/").content.decode()
    assert fresh.url_path.split("/")[-2] not in get(client, "/sitemap.xml").content.decode()


def test_each_host_gets_its_own_links(client, news, settings):
    settings.ALLOWED_HOSTS = ["*"]
    one = get(client, "/en/feed/", HTTP_HOST="news.example.org").content.decode()
    other = get(client, "/en/feed/", HTTP_HOST="mirror.example.net").content.decode()
    assert "news.example.org" in one and "mirror.example.net" not in one
    assert "mirror.example.net" in other


def test_a_sitemap_page_is_its_own_entry(client, news, settings):
    settings.HIWAR_SITEMAP_LIMIT = 2  # an index of per-language sitemaps, each paged by 2
    first = get(client, "/sitemap-ar.xml?p=1").content
    second = get(client, "/sitemap-ar.xml?p=2").content
    assert first != second
    assert client.get("/sitemap-ar.xml?p=99").status_code == 404  # errors are not kept


def test_conditional_requests_still_get_304(client, news):
    first = get(client, "/sitemap.xml")
    again = client.get("/sitemap.xml", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    feed = get(client, "/ar/feed/")
    assert client.get("/ar/feed/", HTTP_IF_MODIFIED_SINCE=feed["Last-Modified"]).status_code == 304


def test_entries_expire(client, news):
    """What does not move the content's moment (a credit edited on an image) lasts at most TIMEOUT."""
    get(client, "/ar/feed/")
    lifetimes = syndication_entry_lifetimes()
    assert lifetimes, "the feed was stored"
    assert all(0 < seconds <= TIMEOUT for seconds in lifetimes)


def syndication_entry_lifetimes() -> list[float]:
    """Seconds left for each stored feed or sitemap, from Redis or from local memory."""
    import time

    store = caches["default"]
    backend = type(store).__name__
    if hasattr(store, "_cache") and hasattr(store._cache, "get_client"):  # Django's RedisCache or a subclass
        redis = store._cache.get_client()
        return [redis.ttl(key) for key in redis.keys("*syndication:*")]
    if backend == "LocMemCache":
        return [expiry - time.time() for key, expiry in store._expire_info.items() if "syndication:" in key]
    raise AssertionError(f"no way to read expiry times from {backend}")
