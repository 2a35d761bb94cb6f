"""`GET /healthz`: is this app server able to serve? For load balancers and monitors.

200 `{"status": "ok", "database": "ok", "cache": "ok", "media": "ok"}` when a query
runs on the database, a value goes into the cache and comes back, and a file can be
written to the media storage.

Only the database is essential: without it the answer is 503 (`"database": "error"`)
and a load balancer takes this server out. The cache and the media storage are not:
pages are served without them (from the database; without new picture sizes), so a
failure there is `"degraded"` with a 200 and `"status": "degraded"` — taking every
app server out because the shared Redis is down would turn a slow site into no site.
With a read replica (DATABASE_REPLICA_URL) the answer also holds `"replica": "ok"`,
`"lagging"` or `"down"` and `"replica_lag"` (seconds, null when down); a replica that
is down or behind is `"degraded"` too — readers are then served by the primary.
The reason itself goes to the log, not to the response, which anyone may request.
Never cached, never redirected to a language.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from hiwar.core.media import storage_is_writable
from hiwar.core.routing import replica_status

logger = logging.getLogger(__name__)


def database_answers() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def cache_answers() -> bool:
    # The resilient Redis backend turns failures into misses; ask Redis itself.
    if hasattr(cache, "is_reachable") and not cache.is_reachable():
        return False
    key, value = f"health:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, timeout=10)
    try:
        return cache.get(key) == value
    finally:
        cache.delete(key)


# name: (check, what its failure makes the whole answer)
CHECKS = {
    "database": (database_answers, "error"),
    "cache": (cache_answers, "degraded"),
    "media": (storage_is_writable, "degraded"),
}


def run_check(name, check, failure) -> str:
    try:
        if check():
            return "ok"
        logger.error("health check %s: wrong answer", name)
    except Exception:  # any failure of the service is the answer, not a 500
        logger.exception("health check %s failed", name)
    return failure


@never_cache
@require_safe
def healthz(request):
    results = {name: run_check(name, check, failure) for name, (check, failure) in CHECKS.items()}
    if "error" in results.values():
        status = "error"
    elif "degraded" in results.values():
        status = "degraded"
    else:
        status = "ok"
    replica = replica_status()
    if replica is not None:
        results.update({"replica": replica.state, "replica_lag": replica.lag})
        if replica.state != "ok" and status == "ok":
            status = "degraded"
    return JsonResponse({"status": status, **results}, status=503 if status == "error" else 200)
