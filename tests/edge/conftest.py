"""A real edge cache for the tests: deploy/local-stack.sh starts gunicorn (production
settings) and Varnish (deploy/varnish/hiwar.vcl) on free loopback ports, on the test
PostgreSQL database and the test Redis, once per module."""

import http.client
import os
import shutil
import subprocess
import tempfile
import time
import types
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.db import connection

from tests.core.test_database_faults import free_port

ROOT = Path(__file__).resolve().parents[2]


def stack_env(directory, ports):
    db = connection.settings_dict
    database_url = f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    if db.get("PASSWORD"):
        database_url = database_url.replace(f"{db['USER']}@", f"{db['USER']}:{db['PASSWORD']}@")
    return {
        **os.environ,
        "STACK_DIR": directory,
        "APP_PORT": str(ports[0]),
        "EDGE_PORT": str(ports[1]),
        "EDGE_ADMIN_PORT": str(ports[2]),
        "GUNICORN_WORKERS": "2",
        "DATABASE_URL": database_url,
        "REDIS_URL": os.environ["REDIS_URL"],
        "DATABASE_REQUEST_DEADLINE": "60",
        # The test process's key: a session it makes (force_login) is valid in gunicorn.
        "SECRET_KEY": django_settings.SECRET_KEY,
    }


class Edge:
    """The running stack: `get` through the edge, `app_get` straight to gunicorn."""

    def __init__(self, app_port, edge_port, directory):
        self.app_port, self.port, self.directory = app_port, edge_port, directory

    def request(self, method, path, *, port=None, host=None, headers=None, source=None, body=None):
        conn = http.client.HTTPConnection(
            "127.0.0.1", port or self.port, timeout=30, source_address=(source, 0) if source else None
        )
        try:
            conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
            conn.putheader("Host", host if host is not None else f"127.0.0.1:{port or self.port}")
            for name, value in (headers or {}).items():
                conn.putheader(name, value)
            conn.endheaders(body.encode() if body is not None else None)
            response = conn.getresponse()
            body = response.read().decode("utf-8", "replace")
            return types.SimpleNamespace(status=response.status, headers=response.headers, text=body)
        finally:
            conn.close()

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def app_get(self, path, **kwargs):
        return self.request("GET", path, port=self.app_port, **kwargs)

    def purge_everything(self):
        response = self.request("BAN", "/", host="localhost")
        assert response.status == 200, response.text

    def stats(self):
        import json

        out = subprocess.run(
            ["varnishstat", "-n", f"{self.directory}/varnish", "-1", "-j"],
            capture_output=True, text=True, timeout=30, check=True,
        ).stdout  # fmt: skip
        counters = json.loads(out)
        counters = counters.get("counters", counters)
        return {name: value.get("value") for name, value in counters.items() if isinstance(value, dict)}

    def objects(self):
        return self.stats()["MAIN.n_object"]


@pytest.fixture(scope="session")
def stack_static():
    """Collected static files shared by the modules' stacks (collectstatic takes ~30 s)."""
    directory = tempfile.mkdtemp(prefix="hiwar-edge-static-")
    yield directory
    shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture(scope="module")
def edge_stack(request, stack_static, django_db_setup, django_db_blocker):
    if shutil.which("varnishd") is None:
        pytest.skip("varnishd is missing (make test installs Debian's varnish: apt-get install -y varnish)")
    if connection.vendor != "postgresql" or not os.environ.get("REDIS_URL"):
        pytest.skip("the edge tests run on PostgreSQL with Redis (DATABASE_URL, REDIS_URL)")
    directory = tempfile.mkdtemp(prefix="hiwar-edge-test-")
    ports = [free_port() for _ in range(3)]
    env = {
        **stack_env(directory, ports),
        "STATIC_ROOT": stack_static,
        **getattr(request.module, "STACK_ENV", {}),
    }
    started = subprocess.run(
        [str(ROOT / "deploy/local-stack.sh"), "start"], env=env, cwd=ROOT,
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    try:
        assert started.returncode == 0, started.stdout + started.stderr
        yield Edge(ports[0], ports[1], directory)
    finally:
        subprocess.run(
            [str(ROOT / "deploy/local-stack.sh"), "stop"], env=env, cwd=ROOT, timeout=60, check=False
        )
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def edge(edge_stack, settings):
    """The stack, emptied, and this test process's purges pointed at it."""
    settings.WAGTAILFRONTENDCACHE = {
        "edge": {
            "BACKEND": "hiwar.edge.backends.VarnishBackend",
            "LOCATION": f"http://127.0.0.1:{edge_stack.port}",
        }
    }
    edge_stack.purge_everything()
    yield edge_stack
    edge_stack.purge_everything()


def poll(check, seconds=1.0):
    """Call `check` until it returns a true value or `seconds` pass; its last value."""
    deadline = time.monotonic() + seconds
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.05)
