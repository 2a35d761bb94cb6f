"""The task worker (TASK_BACKEND=database, `manage.py run_worker`; issue 18).

Against real processes: the site's code publishing in one, the worker in another, on a
database both open (tests/processes.py; SQLite and PostgreSQL):

- a publish returns without indexing: the index task waits in the queue;
- the worker runs it within 2 s, and search then finds the article;
- a worker killed with SIGKILL in the middle of a task loses no task: the next worker
  puts it back in the queue and runs it, and the tasks queued behind it.
"""

import signal
import time

import pytest

from tests.factories import make_site_tree
from tests.processes import manage, query, run_python, shared_database_url

# Committed rows, for other processes; serialized_rollback: the flush after each test leaves
# the content types as they were, so tests/operations/test_backup.py can follow.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

DATABASE_TASKS = {"TASK_BACKEND": "database"}
TABLE = "django_tasks_database_dbtaskresult"

PUBLISH = """
import json, time
from hiwar.news.models import SectionPage
from tests.factories import make_article, paragraph
section = SectionPage.objects.get(slug="news", locale__language_code="ar")
start = time.perf_counter()
article = make_article(section, {title!r}, body=[paragraph("نص الخبر عن الاجتماع الثلاثي في العاصمة.")])
print(json.dumps({{"id": article.pk, "seconds": time.perf_counter() - start}}))
"""
SEARCH = """
import json
from hiwar.search.query import search
print(json.dumps([result.title for result in search({query!r}, "ar").results]))
"""
ENQUEUE_SLOW = """
import json
from tests.operations.worker_tasks import stops_midway_the_first_time
result = stops_midway_the_first_time.enqueue({marker!r})
print(json.dumps(result.id))
"""


@pytest.fixture
def database_url(tmp_path):
    make_site_tree(("news",))
    return shared_database_url(tmp_path)


def statuses(url):
    return dict(query(url, f"SELECT task_path, status FROM {TABLE} ORDER BY enqueued_at"))


def all_statuses(url):
    return [status for (status,) in query(url, f"SELECT status FROM {TABLE}")]


def start_worker(url):
    worker = manage(url, "run_worker", "--no-startup-delay", "--interval", "0.2", "-v", "1", **DATABASE_TASKS)
    lines = []
    for line in worker.stdout:  # django-tasks-db logs its start
        lines.append(line)
        if "Starting worker" in line:
            return worker, "".join(lines)
    raise AssertionError(f"the worker did not start: {worker.stderr.read()}")


def wait_until(condition, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def stop(worker):
    worker.send_signal(signal.SIGTERM)
    try:
        worker.wait(timeout=10)
    except Exception:
        worker.kill()
        worker.wait(timeout=10)


@pytest.mark.postgres
def test_a_publish_queues_the_index_and_the_worker_runs_it_within_two_seconds(database_url):
    published = run_python(database_url, PUBLISH.format(title="اجتماع ثلاثي في العاصمة"), **DATABASE_TASKS)
    queued = statuses(database_url)
    assert queued.get("hiwar.search.tasks.index_pages_by_id") == "READY", queued  # not run by the publish
    assert run_python(database_url, SEARCH.format(query="اجتماع ثلاثي")) == []

    worker, _ = start_worker(database_url)
    try:
        started = time.monotonic()
        done = wait_until(lambda: set(all_statuses(database_url)) == {"SUCCESSFUL"}, seconds=2)
        took = time.monotonic() - started
    finally:
        stop(worker)
    assert done, f"after 2 s the queue holds {statuses(database_url)}"
    assert run_python(database_url, SEARCH.format(query="اجتماع ثلاثي")) == ["اجتماع ثلاثي في العاصمة"]
    print(f"publish {published['seconds']:.3f} s, queue emptied by the worker in {took:.2f} s")


@pytest.mark.postgres
def test_a_worker_killed_midway_loses_no_task(database_url, tmp_path):
    marker = tmp_path / "started"
    run_python(database_url, ENQUEUE_SLOW.format(marker=str(marker)), **DATABASE_TASKS)
    worker, _ = start_worker(database_url)
    try:
        assert wait_until(marker.exists, seconds=20), "the worker never started the task"
        run_python(database_url, PUBLISH.format(title="قمة اقتصادية في المدينة"), **DATABASE_TASKS)
        worker.send_signal(signal.SIGKILL)  # in the middle of the first task
        worker.wait(timeout=10)
    finally:
        if worker.poll() is None:
            worker.kill()
    left = statuses(database_url)
    assert left["tests.operations.worker_tasks.stops_midway_the_first_time"] == "RUNNING", left
    assert left["hiwar.search.tasks.index_pages_by_id"] == "READY", left

    again, start_output = start_worker(database_url)
    try:
        done = wait_until(lambda: set(all_statuses(database_url)) == {"SUCCESSFUL"}, seconds=20)
    finally:
        stop(again)
    assert done, f"tasks left after the restart: {statuses(database_url)}"
    assert "re-queued 1 task(s) left running by a stopped worker" in start_output
    assert run_python(database_url, SEARCH.format(query="قمة اقتصادية")) == ["قمة اقتصادية في المدينة"]


def test_the_worker_refuses_to_start_without_a_queue(database_url):
    worker = manage(database_url, "run_worker", TASK_BACKEND="immediate")
    output, errors = worker.communicate(timeout=60)
    assert worker.returncode == 1
    assert "TASK_BACKEND is immediate: tasks run inline" in errors
