"""`/healthz` against the real services: SQLite or PostgreSQL, local memory or Redis,
and a Redis that is not there."""

import pytest
from django.core.cache import caches

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def test_healthy_server_says_ok_and_is_not_cached(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok", "media": "ok"}
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert client.head("/healthz").status_code == 200


def test_an_unreachable_cache_is_degraded_not_down(client, settings, caplog):
    settings.CACHES = {
        **settings.CACHES,
        # Nothing listens on port 1: a refused connection, as when Redis is down.
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        },
    }
    # Django's setting_changed handler gives `caches` the new CACHES.
    assert type(caches["default"]).__name__ == "RedisCache"
    response = client.get("/healthz")
    # Pages are served without the cache: a load balancer must keep this server.
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "degraded", "media": "ok"}
    assert "Connection" not in response.content.decode()  # the reason is logged, not shown
    assert any("health check cache failed" in record.getMessage() for record in caplog.records)


def test_other_methods_are_refused(client):
    assert client.post("/healthz").status_code == 405
