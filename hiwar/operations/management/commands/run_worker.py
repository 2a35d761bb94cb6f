"""python manage.py run_worker [--interval 0.5] [--stale-after 900] [db_worker's options]

The task worker of production (TASK_BACKEND=database): django-tasks-db's `db_worker`,
plus what it does not do. A worker killed in the middle of a task (SIGKILL, a lost
machine) leaves that task marked RUNNING for ever, and no worker takes it again. On
start, this command puts such tasks back in the queue:

- a task whose worker ran on this machine (worker id `HOST:PID`) under a process
  that no longer exists;
- any task RUNNING for longer than --stale-after seconds (a worker on another machine).

Every task of ours and Wagtail's reads its pages when it runs, so running one twice is
harmless. systemd unit: deploy/systemd/hiwar-worker.service.
"""

import datetime as dt
import os
import socket

from django.conf import settings
from django.core.management.base import CommandError
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand
from django_tasks_db.models import DBTaskResult

HOST = socket.gethostname()[:40]


def this_worker_id() -> str:
    return f"{HOST}:{os.getpid()}"


def process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, under another user
        return True
    return True


def left_by_a_stopped_worker(result: DBTaskResult, stale_before) -> bool:
    last = result.worker_ids[-1] if result.worker_ids else ""
    host, _, pid = last.rpartition(":")
    if host == HOST and pid.isdigit():
        return not process_exists(int(pid))
    return result.started_at is None or result.started_at < stale_before


def requeue_abandoned(stale_after: float) -> int:
    """Put tasks left RUNNING by a worker that is gone back in the queue; how many."""
    stale_before = timezone.now() - dt.timedelta(seconds=stale_after)
    abandoned = [
        result.pk
        for result in DBTaskResult.objects.running().only("pk", "worker_ids", "started_at")
        if left_by_a_stopped_worker(result, stale_before)
    ]
    if abandoned:
        DBTaskResult.objects.filter(pk__in=abandoned, status=TaskResultStatus.RUNNING).update(
            status=TaskResultStatus.READY, started_at=None
        )
    return len(abandoned)


def no_queue_message() -> str:
    return (
        f"TASK_BACKEND is {settings.TASK_BACKEND}: tasks run inline and there is no queue to work "
        "on; set TASK_BACKEND=database for the site and the worker"
    )


class Command(DatabaseWorkerCommand):
    help = "Run the background task worker (TASK_BACKEND=database), first re-queueing tasks a killed worker left."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.set_defaults(interval=0.5, worker_id=this_worker_id(), reload=False)
        parser.add_argument(
            "--stale-after",
            type=float,
            default=900,
            help="seconds after which a task still RUNNING under a worker of another machine is "
            "taken again (default 900)",
        )

    def run_from_argv(self, argv):
        # Before the arguments are parsed: db_worker's --backend check would otherwise
        # answer with its usage text and "Backend 'default' is not a database backend".
        if settings.TASK_BACKEND != "database":
            self.stderr.write(f"error: {no_queue_message()}")
            raise SystemExit(1)
        super().run_from_argv(argv)

    def handle(self, *args, stale_after, **options):
        if settings.TASK_BACKEND != "database":
            raise CommandError(no_queue_message())
        requeued = requeue_abandoned(stale_after)
        if requeued:
            self.stdout.write(f"re-queued {requeued} task(s) left running by a stopped worker")
        super().handle(*args, **options)
