"""python manage.py run_scheduler [--interval SECONDS] [--once]

Runs Wagtail's `publish_scheduled` every minute, so an article scheduled for 14:05
is live by 14:06 without anyone running a command: `make run` starts it beside
the development server; in production it runs as a systemd service
(deploy/systemd/hiwar-scheduler.service), or the timer there runs
`publish_scheduled` once a minute instead (docs/newsroom.md).
"""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections, connections


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
        finally:
            refresh_connections()
