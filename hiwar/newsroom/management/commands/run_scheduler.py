"""python manage.py run_scheduler [--interval SECONDS] [--once]

Runs Wagtail's `publish_scheduled` every minute, so an article scheduled for 14:05
is live by 14:06 without anyone running a command: `make run` starts it beside
the development server; in production it runs as a systemd service
(deploy/systemd/hiwar-scheduler.service), or the timer there runs
`publish_scheduled` once a minute instead (docs/newsroom.md).

Each run also purges the edge cache of the live articles whose own date arrived since
the last run (hiwar.edge.purge.purge_articles_dated_between): they appear by the clock,
with no publish to purge them. The first run looks back `s-maxage`, the longest the
edge may have kept a page from before.
"""

import time
from datetime import timedelta

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections, connections
from django.utils import timezone

from hiwar.edge.purge import purge_articles_dated_between


def refresh_connections():
    """Drop a connection the database has closed since the last minute. Not inside a
    transaction (a test's): Django would close that connection, the transaction with it
    (PostgreSQL: "the connection is closed")."""
    if not any(connection.in_atomic_block for connection in connections.all(initialized_only=True)):
        close_old_connections()


class Command(BaseCommand):
    help = "Publish and unpublish scheduled pages every --interval seconds (Wagtail's publish_scheduled)."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=60, help="seconds between runs (default 60)")
        parser.add_argument("--once", action="store_true", help="run once and stop")

    def handle(self, *args, interval, once, **options):
        if interval < 1:
            interval = 1
        self.clock_seen = timezone.now() - timedelta(seconds=settings.HIWAR_HTTP_CACHE_SHARED_MAX_AGE)
        while True:
            self.tick()
            if once:
                return
            time.sleep(interval)

    def tick(self):
        refresh_connections()
        try:
            call_command("publish_scheduled", stdout=self.stdout, stderr=self.stderr)
        except Exception as error:  # a database blip must not stop publishing for good
            self.stderr.write(f"publish_scheduled failed: {error}")
        try:
            now = timezone.now()
            purge_articles_dated_between(self.clock_seen, now)
            self.clock_seen = now
        except Exception as error:  # the next run retries the same window
            self.stderr.write(f"purging the articles whose date arrived failed: {error}")
        finally:
            refresh_connections()
