"""A Redis outage is not a site outage (issue 13, item 2).

Against real sockets: a port where nothing listens (Redis down) and a listener that
accepts connections and never answers (Redis hung). Readers' pages, feeds, sitemaps,
the API and search are served from the database; /healthz says the cache is
degraded, with a 200; a dead Redis costs one short timeout, not one per call.
"""

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.core.cache import caches

from hiwar.core.cache import ResilientRedisCache
from tests.factories import make_article

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 0.2


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SilentListener:
    """Accepts every connection and never sends a byte: a hung Redis."""

    def __init__(self):
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(64)
        self.server.settimeout(0.1)
        self.port = self.server.getsockname()[1]
        self.accepted = []
        self.running = True
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self):
        while self.running:
            try:
                connection, _ = self.server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.accepted.append(connection)

    def close(self):
        self.running = False
        self.thread.join(2)
        for connection in self.accepted:
            connection.close()
        self.server.close()


@pytest.fixture
def silent_redis():
    listener = SilentListener()
    yield listener
    listener.close()


def use_redis(settings, port, retry_after=30, location=None):
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "hiwar.core.cache.ResilientRedisCache",
            "LOCATION": location or f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {
                "socket_connect_timeout": TIMEOUT,
                "socket_timeout": TIMEOUT,
                "RETRY_AFTER": retry_after,
            },
        },
    }
    assert isinstance(caches["default"], ResilientRedisCache)
    caches["default"].breaker.reset()


def readers_urls(site_tree):
    article = make_article(site_tree.sections[("news", "ar")], title="خبر تجريبي عن الطقس")
    english = make_article(site_tree.sections[("news", "en")], title="A test story about rain")
    return [
        "/ar/",
        "/ru/",
        "/en/news/",
        article.url,
        english.url,
        "/ar/feed/",
        "/en/news/feed/atom/",
        "/sitemap.xml",
        "/news-sitemap.xml",
        "/robots.txt",
        "/api/v1/articles",
        "/api/v1/sections",
        "/en/search/?q=rain",
    ]


def test_with_redis_down_every_page_is_served_from_the_database(client, settings, site_tree, caplog):
    urls = readers_urls(site_tree)
    use_redis(settings, free_port())  # nothing listens there: connection refused
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
    assert "خبر تجريبي عن الطقس" in client.get("/ar/").content.decode()
    assert any("serving without the cache" in record.getMessage() for record in caplog.records)

    health = client.get("/healthz")
    assert health.status_code == 200
    assert health.json() == {"status": "degraded", "database": "ok", "cache": "degraded", "media": "ok"}


def test_a_hung_redis_costs_one_short_timeout_not_one_per_call(client, settings, site_tree, silent_redis):
    urls = readers_urls(site_tree)
    use_redis(settings, silent_redis.port)
    started = time.monotonic()
    for url in urls:
        assert client.get(url).status_code == 200, url
    elapsed = time.monotonic() - started
    # Without the breaker each of the pages' many cache calls opens a connection and
    # waits TIMEOUT (without the timeout, forever): with it, the first call trips it.
    # The count is the measure; the time bound only catches a hang (a loaded test
    # machine makes wall-clock figures noisy).
    assert len(silent_redis.accepted) <= 2, f"{len(silent_redis.accepted)} connections to a hung Redis"
    assert elapsed < 30, f"{len(urls)} pages took {elapsed:.1f} s"

    health_started = time.monotonic()
    health = client.get("/healthz")
    assert time.monotonic() - health_started < 3 * TIMEOUT + 1
    assert health.status_code == 200 and health.json()["cache"] == "degraded"


def test_the_breaker_lets_redis_back_in_after_its_pause(settings):
    use_redis(settings, free_port(), retry_after=0.3)
    cache = caches["default"]
    assert cache.get("key", "missed") == "missed"
    assert cache.breaker.is_open()
    started = time.monotonic()
    for _ in range(200):  # while open: no connection attempt at all
        assert cache.get("key") is None
        cache.set("key", "value")
    assert time.monotonic() - started < TIMEOUT
    time.sleep(0.35)
    assert not cache.breaker.is_open()


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="needs a real Redis: set REDIS_URL")
def test_a_working_redis_is_used_and_reported_ok(client, settings):
    use_redis(settings, None, location=os.environ["REDIS_URL"])
    cache = caches["default"]
    cache.set("hiwar-test-key", "value", 10)
    assert cache.get("hiwar-test-key") == "value"
    cache.delete("hiwar-test-key")
    assert client.get("/healthz").json()["cache"] == "ok"


def test_redis_url_selects_the_resilient_backend_with_timeouts_from_the_environment():
    env = {
        **os.environ,
        "REDIS_URL": "redis://127.0.0.1:6379/4",
        "REDIS_SOCKET_TIMEOUT": "0.4",
        "REDIS_CONNECT_TIMEOUT": "0.3",
        "REDIS_RETRY_AFTER": "7",
    }
    script = (
        "from hiwar.settings import base\n"
        "c = base.CACHES['default']\n"
        "print(c['BACKEND'], c['OPTIONS']['socket_timeout'], c['OPTIONS']['socket_connect_timeout'],"
        " c['OPTIONS']['RETRY_AFTER'])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["hiwar.core.cache.ResilientRedisCache", "0.4", "0.3", "7.0"]

    env["REDIS_SOCKET_TIMEOUT"] = "soon"
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert "REDIS_SOCKET_TIMEOUT must be a number of seconds above 0, not 'soon'" in result.stderr
