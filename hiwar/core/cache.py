"""Django's RedisCache, made an optimisation rather than a dependency.

When Redis is down, refuses connections or accepts them and never answers, every
call here logs the failure and behaves as a miss: `get` returns the default, `set`
and `delete` do nothing, `add` says it added nothing. Pages are then built from
the database, as on a cold cache.

A dead Redis must not cost a socket timeout per call either (a page makes several):
after a failure a circuit breaker skips Redis for `REDIS_RETRY_AFTER` seconds, then
one call tries again. The breaker is shared by the threads of a process (each has
its own cache object), keyed by the server's address.

Used only when REDIS_URL is set; the settings pass short socket timeouts
(`REDIS_SOCKET_TIMEOUT`, `REDIS_CONNECT_TIMEOUT`) in OPTIONS, which Django hands to
redis-py's connection pool. django-redis has a comparable IGNORE_EXCEPTIONS option,
but no breaker, and would replace the built-in backend for this one feature.
"""

import functools
import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# What a failing or slow server raises: redis-py's errors (ConnectionError,
# TimeoutError, ResponseError…) and the socket's own.
FAILURES = (RedisError, OSError)


class CircuitBreaker:
    """Open (skip the server) for `retry_after` seconds after a failure."""

    def __init__(self, retry_after: float):
        self.retry_after = retry_after
        self.open_until = 0.0
        self.lock = threading.Lock()

    def is_open(self) -> bool:
        return time.monotonic() < self.open_until

    def trip(self):
        with self.lock:
            self.open_until = time.monotonic() + self.retry_after

    def reset(self):
        self.open_until = 0.0


_breakers: dict[str, CircuitBreaker] = {}
_breakers_lock = threading.Lock()


def breaker_for(location: str, retry_after: float) -> CircuitBreaker:
    with _breakers_lock:
        breaker = _breakers.get(location)
        if breaker is None or breaker.retry_after != retry_after:
            breaker = _breakers[location] = CircuitBreaker(retry_after)
        return breaker


def miss_on_failure(miss):
    """Run the method; if Redis fails (or is known to be down), return `miss()` instead."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            if self.breaker.is_open():
                return miss(*args, **kwargs)
            try:
                result = method(self, *args, **kwargs)
            except FAILURES as error:
                self.breaker.trip()
                logger.warning(
                    "cache %s failed (%s: %s); serving without the cache for %s s",
                    method.__name__,
                    type(error).__name__,
                    error,
                    self.breaker.retry_after,
                )
                return miss(*args, **kwargs)
            self.breaker.reset()
            return result

        return wrapper

    return decorate


def _nothing(*args, **kwargs):
    return None


def _false(*args, **kwargs):
    return False


def _default(key, default=None, version=None):
    return default


def _no_values(keys, version=None):
    return {}


def _all_failed(data, timeout=DEFAULT_TIMEOUT, version=None):
    return list(data)  # set_many returns the keys it could not store


def _not_stored(key, delta=1, version=None):
    raise ValueError(f"Key {key!r} not found (the cache is unavailable)")


class ResilientRedisCache(RedisCache):
    """RedisCache whose failures are logged misses, with a circuit breaker.

    OPTIONS may hold `RETRY_AFTER` (seconds the breaker stays open, default 30);
    everything else goes to redis-py as in RedisCache.
    """

    def __init__(self, server, params):
        params = {**params, "OPTIONS": dict(params.get("OPTIONS") or {})}
        retry_after = float(params["OPTIONS"].pop("RETRY_AFTER", 30))
        super().__init__(server, params)
        self.breaker = breaker_for(repr(self._servers), retry_after)

    get = miss_on_failure(_default)(RedisCache.get)
    get_many = miss_on_failure(_no_values)(RedisCache.get_many)
    has_key = miss_on_failure(_false)(RedisCache.has_key)
    add = miss_on_failure(_false)(RedisCache.add)
    set = miss_on_failure(_nothing)(RedisCache.set)
    set_many = miss_on_failure(_all_failed)(RedisCache.set_many)
    touch = miss_on_failure(_false)(RedisCache.touch)
    delete = miss_on_failure(_false)(RedisCache.delete)
    delete_many = miss_on_failure(_nothing)(RedisCache.delete_many)
    incr = miss_on_failure(_not_stored)(RedisCache.incr)
    clear = miss_on_failure(_false)(RedisCache.clear)

    def is_reachable(self) -> bool:
        """Ask the server itself, past the breaker (for /healthz): True if it answers PING."""
        try:
            answered = bool(self._cache.get_client(write=True).ping())
        except FAILURES:
            logger.warning("cache: Redis does not answer PING", exc_info=True)
            self.breaker.trip()
            return False
        self.breaker.reset()
        return answered
