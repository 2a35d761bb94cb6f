"""A database that is stopped or paused gives readers a quick 503, and the site
recovers when it is back, without a restart (issue 13, item 6).

Against a real PostgreSQL cluster made for this test (pg_createcluster on port 5441;
the shared cluster on 5432 is never touched), migrated, and served by a real
gunicorn. Every step has a time limit; the cluster is dropped even on failure.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PORT = 5441
CLUSTER = "hiwar_faults_test"
DEADLINE = 3  # DATABASE_REQUEST_DEADLINE for the app under test
CONNECT = 2  # DATABASE_CONNECT_TIMEOUT (libpq's minimum)


def pg_version():
    versions = (
        sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
        if Path("/usr/lib/postgresql").exists()
        else []
    )
    return versions[-1].parts[-3] if versions else None


def run(*args, timeout=60, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False, **kwargs)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(url, timeout=20):
    """(status, headers, body, seconds) of one GET; never raises on an HTTP status."""
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.headers, response.read().decode(), time.monotonic() - started
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode(), time.monotonic() - started


def cluster_pids():
    pid_file = Path(f"/var/run/postgresql/{PORT}.pid")
    if not pid_file.exists():
        data = Path(f"/var/lib/postgresql/{pg_version()}/{CLUSTER}/postmaster.pid")
        pid_file = data
    postmaster = int(pid_file.read_text().split()[0])
    children = run("ps", "-o", "pid=", "--ppid", str(postmaster)).stdout.split()
    return [postmaster, *map(int, children)]


@pytest.fixture
def private_cluster():
    version = pg_version()
    if version is None or shutil.which("pg_createcluster") is None:
        pytest.skip("needs PostgreSQL's server and pg_createcluster (postgresql-common)")
    run("pg_dropcluster", "--stop", version, CLUSTER)  # left over from an interrupted run
    created = run(
        "pg_createcluster", version, CLUSTER, "-p", str(PORT), "--start",
        "--", "--auth-local=trust", "--auth-host=trust",
        timeout=120,
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    try:
        yield f"postgres://postgres@127.0.0.1:{PORT}/hiwar"
    finally:
        for pid in cluster_pids_or_none():
            os.kill(pid, signal.SIGCONT)
        run("pg_dropcluster", "--stop", version, CLUSTER, timeout=120)


def cluster_pids_or_none():
    try:
        return cluster_pids()
    except (OSError, ValueError, IndexError):
        return []


def test_stopped_and_paused_database_answer_503_quickly_and_recover(private_cluster):
    version = pg_version()
    assert (
        run(
            "psql", "-h", "127.0.0.1", "-p", str(PORT), "-U", "postgres", "-c", "CREATE DATABASE hiwar"
        ).returncode
        == 0
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hiwar.settings.test",
        "DATABASE_URL": private_cluster,
        "DATABASE_REQUEST_DEADLINE": str(DEADLINE),
        "DATABASE_CONNECT_TIMEOUT": str(CONNECT),
    }
    env.pop("REDIS_URL", None)
    migrated = run(sys.executable, "manage.py", "migrate", "--noinput", cwd=ROOT, env=env, timeout=900)
    assert migrated.returncode == 0, migrated.stderr[-2000:]

    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "hiwar.wsgi:application", "-b", f"127.0.0.1:{port}",
         "-w", "1", "--timeout", "60", "--graceful-timeout", "2"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):  # gunicorn up within 60 s
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.5)
        status, _, _, _ = get(f"{base}/ar/")
        assert status < 500, "the site should answer while the database is up"
        assert get(f"{base}/healthz")[0] == 200

        # --- stopped: connections are refused --------------------------------
        assert run("pg_ctlcluster", version, CLUSTER, "stop", "-m", "fast", timeout=60).returncode == 0
        status, headers, body, seconds = get(f"{base}/ar/")
        assert status == 503 and headers["Retry-After"] == "30", body[:500]
        assert 'lang="ar"' in body and "css/site.css" in body
        assert seconds < CONNECT + 3
        status, _, body, _ = get(f"{base}/ru/news/")
        assert status == 503 and 'lang="ru"' in body
        status, _, body, _ = get(f"{base}/api/v1/articles")
        assert status == 503 and "database" in body
        assert get(f"{base}/robots.txt")[0] == 200  # needs no database
        assert get(f"{base}/healthz")[0] == 503  # this one must take the server out

        # --- started again: no restart of the app ------------------------------
        assert run("pg_ctlcluster", version, CLUSTER, "start", timeout=60).returncode == 0
        assert get(f"{base}/ar/")[0] < 500
        assert get(f"{base}/healthz")[0] == 200

        # --- paused: accepts bytes, never answers --------------------------------
        pids = cluster_pids()
        for pid in pids:
            os.kill(pid, signal.SIGSTOP)
        try:
            status, headers, body, seconds = get(f"{base}/en/")
            assert status == 503 and 'lang="en"' in body, body[:500]
            assert seconds < DEADLINE + CONNECT + 3, f"{seconds:.1f} s, not the 30 s of gunicorn's timeout"
            status, _, _, seconds = get(f"{base}/robots.txt")
            assert status == 200 and seconds < DEADLINE + CONNECT + 3
        finally:
            for pid in pids:
                os.kill(pid, signal.SIGCONT)

        # --- continued: recovery ----------------------------------------------------
        time.sleep(1)
        assert get(f"{base}/ar/")[0] < 500
        assert get(f"{base}/healthz")[0] == 200
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
