"""Grace: a copy past its time is served at once while a fresh one is fetched, and
served as long as every app server is down (deploy/varnish/hiwar.vcl). A stack of
its own whose pages live 2 s at the edge (HTTP_CACHE_SHARED_MAX_AGE)."""

import os
import signal
import subprocess
import time

import pytest

from tests.factories import make_article, make_site_tree

# serialized_rollback: the flush after each test leaves the content types as they were, so
# tests/operations/test_backup.py (which restores them from the serialized copy) can follow.
pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

STACK_ENV = {"HTTP_CACHE_SHARED_MAX_AGE": "2"}


def gunicorn_pids(edge):
    master = int(open(f"{edge.directory}/gunicorn.pid").read())
    children = subprocess.run(
        ["ps", "-o", "pid=", "--ppid", str(master)], capture_output=True, text=True, check=False
    ).stdout.split()
    return [master, *map(int, children)]


def test_expired_copy_is_served_while_fresh_one_is_fetched_and_when_app_is_down(edge):
    _, _, sections = make_site_tree()
    article = make_article(sections[("news", "ar")], "خبر قديم في الذاكرة")
    assert edge.get(article.url).headers["X-Cache"] == "MISS"
    time.sleep(2.5)  # past s-maxage, inside grace
    stale = edge.get(article.url)
    assert stale.status == 200 and stale.headers["X-Cache"] == "HIT"
    assert int(stale.headers["Age"]) >= 2

    assert edge.get(article.url).status == 200  # refreshed in the background
    time.sleep(2.5)
    stopped = gunicorn_pids(edge)
    for pid in stopped:
        os.kill(pid, signal.SIGSTOP)
    try:
        time.sleep(4)  # the probe (every 1 s, 2 of 3 failing) marks gunicorn sick
        started = time.monotonic()
        response = edge.get(article.url)
        assert response.status == 200 and article.title in response.text
        assert time.monotonic() - started < 1.5, "the stale copy is served without waiting for gunicorn"
    finally:
        for pid in stopped:
            os.kill(pid, signal.SIGCONT)
