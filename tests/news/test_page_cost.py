"""What an uncached Arabic article costs the server: SQL queries and cache round trips.

Counted on the real database and the real cache (Redis when REDIS_URL is set, the
local-memory cache otherwise): every call passes through to the backend, the wrapper
only counts. With Redis, the round trips are also counted where redis-py sends
a command to the server (one send per round trip; a pipeline or MGET is one).

Issue 17's target is 6 queries and 2 round trips. Served from its page bundle
(hiwar/news/bundles.py) the article costs no query and one round trip (an MGET of the
content generation and the bundle); these budgets hold it there. The request that
builds the bundle is counted too, so that the counters are seen to count.
"""

import contextlib
import datetime

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import make_article, make_image, paragraph

pytestmark = pytest.mark.postgres

QUERY_BUDGET = 0
ROUND_TRIP_BUDGET = 1
BUILD_QUERY_BUDGET = 25  # the first request after a change: routing, checks and the bundle
CACHE_METHODS = (
    "get",
    "get_many",
    "set",
    "set_many",
    "add",
    "delete",
    "delete_many",
    "has_key",
    "touch",
    "incr",
    "get_or_set",
)


@contextlib.contextmanager
def counted_cache_calls(monkeypatch):
    """[(method, first argument)] of every call to the default cache backend (and, with
    Redis, `redis_sends`: the commands redis-py sent to the server)."""
    backend = caches["default"]
    calls, sends, depth = [], [], [0]
    for name in CACHE_METHODS:
        method = getattr(backend, name)

        def counting(*args, _method=method, _name=name, **kwargs):
            if not depth[0]:  # not a backend's own inner call (locmem's get_many calls get)
                calls.append((_name, args[0] if args else None))
            depth[0] += 1
            try:
                return _method(*args, **kwargs)
            finally:
                depth[0] -= 1

        monkeypatch.setattr(backend, name, counting)
    try:
        import redis.connection

        connection_class = getattr(redis.connection, "AbstractConnection", redis.connection.Connection)
        send = connection_class.send_packed_command

        def counting_send(self, command, check_health=True):
            sends.append(command)
            return send(self, command, check_health)

        monkeypatch.setattr(connection_class, "send_packed_command", counting_send)
    except ImportError:  # redis-py is a dependency; without it only the backend counts
        pass
    yield calls, sends


@pytest.fixture
def arabic_article(site_tree):
    """An Arabic article with a lead image, an image in its body, a tag and a Russian
    and an English version (the switcher lists them)."""
    date = timezone.now() - datetime.timedelta(hours=1)
    image = make_image(credit="وكالة الأنباء")
    body_image = make_image(credit="مصور", size=(960, 540))
    versions = {}
    for lang in ("ar", "ru", "en"):
        versions[lang] = make_article(
            site_tree.sections[("news", lang)],
            {"ar": "قمة قازان تبحث التعاون", "ru": "Казанский саммит", "en": "Kazan summit"}[lang],
            date=date,
            image=image,
            summary="ملخص",
            body=[
                paragraph("نص الفقرة الأولى."),
                ("image", {"image": body_image, "caption": "جانب من اللقاء"}),
                paragraph("نص الفقرة الثانية."),
            ],
            translation_of=versions.get("ar"),
        )
    versions["ar"].tags.add("قازان")
    versions["ar"].save_revision().publish()
    return versions["ar"]


@pytest.mark.django_db
def test_uncached_arabic_article_stays_within_its_query_and_round_trip_budget(
    client, arabic_article, monkeypatch
):
    url = arabic_article.url
    assert client.get(url).status_code == 200  # the site's date settings are created on first read
    arabic_article.save_revision().publish()  # a change: the next request builds the bundle
    with CaptureQueriesContext(connection) as built:
        assert client.get(url).status_code == 200
    assert 0 < len(built.captured_queries) <= BUILD_QUERY_BUDGET, len(built.captured_queries)
    with counted_cache_calls(monkeypatch) as (calls, sends), CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert "قمة قازان تبحث التعاون" in response.content.decode()
    statements = [query["sql"] for query in queries.captured_queries]
    assert len(statements) <= QUERY_BUDGET, "\n".join(statements)
    assert len(calls) <= ROUND_TRIP_BUDGET, calls
    if sends:  # Redis: what reached the server
        assert len(sends) <= ROUND_TRIP_BUDGET, sends
    # A rendition read from the cache is not written back to it.
    assert not [call for call in calls if call[0] in ("set", "set_many")], calls
    # An anonymous reader's request opens no transaction (no empty BEGIN/ROLLBACK).
    assert not [sql for sql in statements if sql.upper() in ("BEGIN", "ROLLBACK", "COMMIT")]
