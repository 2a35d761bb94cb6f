"""`GET /healthz`: is this app server able to serve? For load balancers and monitors.

200 `{"status": "ok", "database": "ok", "cache": "ok"}` when a query runs on the
database and a value goes into the cache and comes back; otherwise 503, naming the
part that failed as `"error"`. The reason itself goes to the log, not to the
response, which anyone may request. Never cached, never redirected to a language.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def database_answers() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def cache_answers() -> bool:
    key, value = f"health:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, timeout=10)
    try:
        return cache.get(key) == value
    finally:
        cache.delete(key)


CHECKS = {"database": database_answers, "cache": cache_answers}


def run_check(name, check) -> str:
    try:
        if check():
            return "ok"
        logger.error("health check %s: wrong answer", name)
    except Exception:  # any failure of the service is the answer, not a 500
        logger.exception("health check %s failed", name)
    return "error"


@never_cache
@require_safe
def healthz(request):
    results = {name: run_check(name, check) for name, check in CHECKS.items()}
    healthy = all(result == "ok" for result in results.values())
    return JsonResponse({"status": "ok" if healthy else "error", **results}, status=200 if healthy else 503)
