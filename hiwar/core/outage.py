"""When the database is down or hung: a quick 503, not a 30-second wait and a 500.

Three parts, each for one way PostgreSQL fails:

- refused or unreachable: libpq's `connect_timeout` (DATABASE_CONNECT_TIMEOUT) bounds
  a new connection, and the error is answered by `server_error` below;
- slow (a lock, a runaway query): the server cancels a statement after
  `statement_timeout` (DATABASE_STATEMENT_TIMEOUT; the admin gets
  DATABASE_ADMIN_STATEMENT_TIMEOUT, see `AdminStatementTimeoutMiddleware`);
- hung (the server is paused: it accepts bytes and never answers, so neither of the
  above fires — the server itself times statements, and the kernel still completes
  TCP): `RequestDeadlineMiddleware` shuts the socket of a request whose query (or
  first contact with the database) is still unanswered after
  DATABASE_REQUEST_DEADLINE seconds. The blocked query then fails
  with OperationalError, Django drops the connection, and the next request opens a
  new one: recovery needs no restart.

`server_error` (handler500) answers any OperationalError or InterfaceError from the
database with the site's 503 page in the language of the URL, and `Retry-After`.
"""

import heapq
import itertools
import logging
import socket
import sys
import threading
import time

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, InterfaceError, OperationalError, connections
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.template import loader
from django.utils import translation
from django.views.decorators.csrf import requires_csrf_token

logger = logging.getLogger(__name__)

RETRY_AFTER = "30"
DATABASE_FAILURES = (OperationalError, InterfaceError)


def language_of(path: str) -> str:
    codes = [code for code, _name in settings.LANGUAGES]
    first = path.lstrip("/").split("/", 1)[0]
    return first if first in codes else settings.LANGUAGE_CODE


def database_unavailable(request) -> HttpResponse:
    if request.path.startswith("/api/"):
        response = JsonResponse({"detail": "The database is unavailable; try again shortly."}, status=503)
    else:
        with translation.override(language_of(request.path)):
            body = loader.render_to_string("503.html", request=None)
            response = HttpResponse(body, status=503)
            response["Content-Language"] = translation.get_language()
    response["Retry-After"] = RETRY_AFTER
    response["Cache-Control"] = "no-store"
    return response


@requires_csrf_token
def server_error(request, template_name="500.html"):
    """handler500: a 503 when the database failed, else Django's plain 500 page."""
    error = sys.exception()
    if isinstance(error, DATABASE_FAILURES):
        logger.error("database unavailable on %s: %s", request.path[:200], error)
        return database_unavailable(request)
    return HttpResponseServerError(loader.get_template(template_name).render())


class AdminStatementTimeoutMiddleware:
    """Editors' requests may run longer statements than readers' (saving a large page,
    the admin's reports): `SET statement_timeout` for /admin/, `RESET` (back to the
    connection's readers' value) afterwards, so a persistent connection reused by a
    reader gets the short one again. PostgreSQL only; nothing to do when both are equal."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_ms = settings.HIWAR_ADMIN_STATEMENT_TIMEOUT_MS
        self.enabled = (
            connections[DEFAULT_DB_ALIAS].vendor == "postgresql"
            and self.admin_ms != settings.HIWAR_STATEMENT_TIMEOUT_MS
        )

    def __call__(self, request):
        if not (self.enabled and request.path_info.startswith("/admin/")):
            return self.get_response(request)
        connection = connections[DEFAULT_DB_ALIAS]
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config('statement_timeout', %s, false)", [f"{self.admin_ms}ms"])
        try:
            return self.get_response(request)
        finally:
            if connection.connection is not None and not connection.needs_rollback:
                try:
                    with connection.cursor() as cursor:
                        cursor.execute("RESET statement_timeout")
                except DATABASE_FAILURES:
                    connection.close()


class _Watchdog:
    """One thread per process: shuts the database socket of requests past their deadline."""

    def __init__(self):
        self.lock = threading.Lock()
        self.heap = []  # (deadline, ticket)
        self.active = {}  # ticket: database connection wrapper
        self.tickets = itertools.count()
        self.thread = None

    def start(self, connection, seconds) -> int:
        ticket = next(self.tickets)
        with self.lock:
            self.active[ticket] = connection
            heapq.heappush(self.heap, (time.monotonic() + seconds, ticket))
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self.run, name="hiwar-db-deadline", daemon=True)
                self.thread.start()
        return ticket

    def stop(self, ticket):
        with self.lock:
            self.active.pop(ticket, None)

    def run(self):
        while True:
            time.sleep(0.2)
            now = time.monotonic()
            with self.lock:
                while self.heap and self.heap[0][0] <= now:
                    _, ticket = heapq.heappop(self.heap)
                    connection = self.active.pop(ticket, None)
                    if connection is not None:
                        shut_socket(connection)


def shut_socket(connection):
    """Make a query blocked on this connection fail now (psycopg 3)."""
    raw = connection.connection
    if raw is None:
        return
    try:
        fd = raw.pgconn.socket
        sock = socket.socket(fileno=fd)
        try:
            sock.shutdown(socket.SHUT_RDWR)
        finally:
            sock.detach()  # the descriptor stays psycopg's
        logger.error("database did not answer within the request deadline; connection dropped")
    except Exception:  # already closed, or not a socket any more
        logger.warning("could not shut a database connection past its deadline", exc_info=True)


_watchdog = _Watchdog()


class RequestDeadlineMiddleware:
    """A request still waiting on PostgreSQL after DATABASE_REQUEST_DEADLINE seconds
    has its connection shut, so it fails (and is answered 503) instead of hanging
    until gunicorn kills the worker. Only the connection of this request's thread."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.seconds = settings.HIWAR_REQUEST_DEADLINE
        self.enabled = connections[DEFAULT_DB_ALIAS].vendor == "postgresql" and self.seconds > 0

    def __call__(self, request):
        if not self.enabled:
            return self.get_response(request)
        seconds = self.seconds
        if request.path_info.startswith("/admin/"):  # editors may run longer statements
            seconds = max(seconds, settings.HIWAR_ADMIN_STATEMENT_TIMEOUT_MS / 1000 + 5)
        connection = connections[DEFAULT_DB_ALIAS]
        # Armed from the start until the first query is answered (that span holds the
        # connection's health check and the connecting, which no query wrapper sees),
        # then only while a query is in flight: a page slow for want of CPU is not a
        # hung database and keeps its connection.
        armed = {"ticket": _watchdog.start(connection, seconds)}

        def watch(execute, sql, params, many, context):
            if armed["ticket"] is None:
                armed["ticket"] = _watchdog.start(connection, seconds)
            try:
                return execute(sql, params, many, context)
            finally:
                _watchdog.stop(armed["ticket"])
                armed["ticket"] = None

        try:
            with connection.execute_wrapper(watch):
                return self.get_response(request)
        finally:
            if armed["ticket"] is not None:
                _watchdog.stop(armed["ticket"])
