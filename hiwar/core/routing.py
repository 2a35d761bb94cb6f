"""Readers' reads on the PostgreSQL replica, everything else on the primary.

Only when DATABASE_REPLICA_URL is set (the `replica` alias exists); without it there
is one database and none of this does anything.

The rules (docs/operations.md says why):

- `ReaderRoutingMiddleware` decides once per request whether it is an anonymous
  reader's: a GET or HEAD outside /admin/, from nobody signed in, whose browser has not
  written in the last DATABASE_REPLICA_READ_YOUR_WRITES seconds (the `hiwar_primary`
  cookie, set on the answer to any POST/PUT/PATCH/DELETE — an editor's publish, save,
  unpublish). Only then, and only while the replica is up and caught up, does the
  request get the replica; the choice lives in a context variable for that request.
- `PrimaryReplicaRouter` sends a read to that alias, except reads of the pinned
  models (revisions, workflow and task states, tagged items, the reference index,
  sessions, users and groups, django-axes, the task queue) and anything inside a
  transaction on the primary: Wagtail may read and write those within one operation
  and does not promise one database per transaction (wagtail#13008; the ONS pins the
  same ones, dis-wagtail#191 and #236). Every write goes to the primary, and only the
  primary is migrated.
- `replica_status()` knows whether the replica is usable: a failed connection or
  query marks it down for DATABASE_REPLICA_RETRY_AFTER seconds (so readers do not each
  pay a connect timeout); its lag, read at most every DATABASE_REPLICA_CHECK_INTERVAL
  seconds, above DATABASE_REPLICA_MAX_LAG makes it "lagging". Either way readers get
  the primary. /healthz reports it (hiwar.core.health).
- `read_from_primary()`: for values kept in the cache until a change deletes them.

Lag is `now() - pg_last_xact_replay_timestamp()` on the replica, except when it has
replayed all it has received from a streaming primary (receive LSN <= replay LSN): then
it is caught up, 0, however long ago the primary last wrote (an idle primary would
otherwise look like a replica falling further behind every second). "<=", not "=": a
restarted standby streams again from the start of its current WAL segment, so until
the primary writes something new its receive LSN is *behind* what it already
replayed from its own pg_wal (e.g. 0/3000000 received, 0/3000398 replayed) — with
"=" an idle primary made a freshly restarted or freshly built replica read as
lagging by the age of the last commit.
"""

import contextlib
import contextvars
import logging
import threading
import time
from dataclasses import dataclass

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

logger = logging.getLogger(__name__)

REPLICA = "replica"
COOKIE = "hiwar_primary"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
READER_METHODS = frozenset({"GET", "HEAD"})

# The alias this request's reads may use: REPLICA for an anonymous reader's request
# while the replica is usable, else None (the primary).
_read_alias = contextvars.ContextVar("hiwar_read_alias", default=None)


def replica_configured() -> bool:
    return REPLICA in settings.DATABASES


@contextlib.contextmanager
def read_from_primary():
    """Reads inside go to the primary, whoever's request it is. For what is read to be
    kept in the shared cache until a change deletes it (the menu, the date style): a
    copy rebuilt from a replica a second behind the change would stay stale for hours."""
    token = _read_alias.set(None)
    try:
        yield
    finally:
        _read_alias.reset(token)


# --- Models pinned to the primary -----------------------------------------------------
# (app_label, model_name) pairs; subclasses (e.g. a tagged item model of our own) are
# matched by is_pinned through their bases.
PINNED_MODELS = frozenset(
    {
        ("wagtailcore", "revision"),
        ("wagtailcore", "workflowstate"),
        ("wagtailcore", "taskstate"),
        ("wagtailcore", "referenceindex"),
        ("taggit", "taggeditem"),
        ("sessions", "session"),
        ("django_tasks_database", "dbtaskresult"),
    }
)
PINNED_APPS = frozenset({"auth", "axes", "sessions", "django_tasks_database"})


def is_pinned(model) -> bool:
    from taggit.models import ItemBase
    from wagtail.models import ReferenceIndex, Revision, TaskState, WorkflowState

    meta = model._meta
    if meta.app_label in PINNED_APPS or (meta.app_label, meta.model_name) in PINNED_MODELS:
        return True
    # Our own tagged items (hiwar.news.ArticleTag), TaskState's subclasses, proxies.
    return issubclass(model, (ItemBase, Revision, WorkflowState, TaskState, ReferenceIndex))


class PrimaryReplicaRouter:
    def db_for_read(self, model, **hints):
        alias = _read_alias.get()
        if alias is None or is_pinned(model) or connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return DEFAULT_DB_ALIAS
        return alias

    def db_for_write(self, model, **hints):
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the same rows on both

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == DEFAULT_DB_ALIAS  # the replica gets the schema by replication


# --- Is the replica usable? -------------------------------------------------------------


@dataclass
class ReplicaStatus:
    state: str  # "ok", "lagging", "down"
    lag: float | None  # seconds; None when unknown (down)


class _ReplicaHealth:
    """Per process: the last answer about the replica, and until when it holds."""

    def __init__(self):
        self.lock = threading.Lock()
        self.status = ReplicaStatus("ok", None)
        self.valid_until = 0.0  # monotonic

    def reset(self):
        with self.lock:
            self.status = ReplicaStatus("ok", None)
            self.valid_until = 0.0

    def mark_down(self, error, close=True):
        logger.warning("database replica unavailable, reads go to the primary: %s", error)
        if close:
            connection = connections[REPLICA]
            try:
                connection.close()
            except Exception:  # a dead connection may fail to close; it is dropped anyway
                connection.connection = None
        with self.lock:
            self.status = ReplicaStatus("down", None)
            self.valid_until = time.monotonic() + settings.HIWAR_REPLICA_RETRY_AFTER

    def current(self) -> ReplicaStatus:
        if time.monotonic() < self.valid_until:
            return self.status
        status = self.measure()
        if status is not None:
            with self.lock:
                self.status = status
                self.valid_until = time.monotonic() + settings.HIWAR_REPLICA_CHECK_INTERVAL
        return self.status

    def measure(self) -> ReplicaStatus | None:
        """The replica's lag, asked within a deadline (a paused server never answers)."""
        from hiwar.core.outage import DATABASE_FAILURES, _watchdog

        connection = connections[REPLICA]
        ticket = _watchdog.start(connection, settings.HIWAR_REPLICA_CHECK_TIMEOUT)
        try:
            connection.close_if_health_check_failed()
            with connection.cursor() as cursor:
                cursor.execute(LAG_SQL)
                in_recovery, caught_up, behind = cursor.fetchone()
        except DATABASE_FAILURES as error:
            self.mark_down(error)
            return None
        finally:
            _watchdog.stop(ticket)
        if not in_recovery or caught_up:
            lag = 0.0
        else:
            lag = max(float(behind or 0.0), 0.0)
        state = "lagging" if lag > settings.HIWAR_REPLICA_MAX_LAG else "ok"
        if state == "lagging":
            logger.warning("database replica %.1f s behind, reads go to the primary", lag)
        return ReplicaStatus(state, round(lag, 3))


LAG_SQL = """
SELECT pg_is_in_recovery(),
       COALESCE(pg_last_wal_receive_lsn() <= pg_last_wal_replay_lsn()
                AND EXISTS (SELECT 1 FROM pg_stat_wal_receiver WHERE status = 'streaming'), false),
       EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp())
"""

_health = _ReplicaHealth()


def replica_status() -> ReplicaStatus | None:
    """None when there is no replica; else its (cached) state and lag."""
    if not replica_configured():
        return None
    return _health.current()


# --- Which requests are readers' --------------------------------------------------------


def wrote_recently(request) -> bool:
    try:
        return float(request.COOKIES.get(COOKIE, "0")) > time.time()
    except ValueError:
        return False


def is_reader_request(request) -> bool:
    if request.method not in READER_METHODS or request.path_info.startswith("/admin/"):
        return False
    if wrote_recently(request):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def replica_ready() -> bool:
    """The replica is up and caught up, and this process holds a working connection to
    it: what Django's first query would check (health check, connect), done here under a
    deadline, so a replica gone since the last look costs this reader nothing."""
    from hiwar.core.outage import DATABASE_FAILURES, _watchdog

    if replica_status().state != "ok":
        return False
    connection = connections[REPLICA]
    ticket = _watchdog.start(connection, settings.HIWAR_REPLICA_CHECK_TIMEOUT)
    try:
        connection.close_if_health_check_failed()
        connection.ensure_connection()
    except DATABASE_FAILURES as error:
        _health.mark_down(error)
        return False
    finally:
        _watchdog.stop(ticket)
    return True


class ReaderRoutingMiddleware:
    """After AuthenticationMiddleware: picks this request's read alias, and marks a
    browser that wrote so that its next readings come from the primary.

    A query on the replica that fails (or hangs past DATABASE_REQUEST_DEADLINE) marks
    it down: this request gets the 503 (hiwar.core.outage), the next ones the primary."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not replica_configured():
            return self.get_response(request)
        alias = REPLICA if is_reader_request(request) and replica_ready() else None
        token = _read_alias.set(alias)
        try:
            if alias is None:
                response = self.get_response(request)
            else:
                with connections[REPLICA].execute_wrapper(watch_replica):
                    response = self.get_response(request)
        finally:
            _read_alias.reset(token)
        if request.method not in SAFE_METHODS:
            seconds = settings.HIWAR_REPLICA_READ_YOUR_WRITES
            response.set_cookie(
                COOKIE,
                f"{time.time() + seconds:.3f}",
                max_age=int(seconds) + 1,
                httponly=True,
                samesite="Lax",
                secure=settings.SESSION_COOKIE_SECURE,
            )
        return response


def watch_replica(execute, sql, params, many, context):
    from hiwar.core.outage import DATABASE_FAILURES, _watchdog

    ticket = _watchdog.start(context["connection"], settings.HIWAR_REQUEST_DEADLINE)
    try:
        return execute(sql, params, many, context)
    except DATABASE_FAILURES as error:
        _health.mark_down(error, close=False)  # Django drops the broken connection itself
        raise
    finally:
        _watchdog.stop(ticket)
