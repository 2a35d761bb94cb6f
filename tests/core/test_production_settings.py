"""The production settings, loaded as an operator would: in a separate process with
only environment variables (they refuse to load without SECRET_KEY and ALLOWED_HOSTS)."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def production_env(tmp_path, **extra):
    # Only what an operator sets: nothing of this test process's own environment (the
    # browser tests, for one, set DJANGO_ALLOW_ASYNC_UNSAFE, which --deploy refuses).
    env = {name: os.environ[name] for name in ("PATH", "HOME", "LANG", "TMPDIR") if name in os.environ}
    env.update(
        DJANGO_SETTINGS_MODULE="hiwar.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="hiwar.example.org,testserver",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        STATIC_ROOT=str(tmp_path / "static"),
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    env.update(extra)
    return env


def run(args, env):
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_deploy_checks_pass_once_hsts_is_set(tmp_path):
    """Django's own deployment checklist, for an operator whose whole domain is on HTTPS."""
    hsts = {
        "SECURE_HSTS_SECONDS": "31536000",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": "true",
        "SECURE_HSTS_PRELOAD": "true",
    }
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"], production_env(tmp_path, **hsts)
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_without_a_secret_key_production_refuses_to_start(tmp_path):
    env = production_env(tmp_path)
    del env["SECRET_KEY"]
    result = run(["manage.py", "check"], env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set in production" in result.stderr


def test_http_goes_to_https_but_the_health_check_answers(tmp_path):
    script = (
        "import django; django.setup()\n"
        "from django.test import Client\n"
        "client = Client()\n"
        "page = client.get('/ar/', HTTP_HOST='hiwar.example.org')\n"
        "print(page.status_code, page['Location'])\n"
        "proxied = client.get('/healthz', HTTP_HOST='hiwar.example.org', HTTP_X_FORWARDED_PROTO='https')\n"
        "health = client.get('/healthz', HTTP_HOST='hiwar.example.org')\n"
        "print(health.status_code, health.json()['database'], proxied.status_code)\n"
    )
    result = run(["-c", script], production_env(tmp_path))
    assert result.returncode == 0, result.stderr
    redirect, health = result.stdout.split("\n")[:2]
    assert redirect == "301 https://hiwar.example.org/ar/"
    assert health == "200 ok 200"


def test_a_malformed_number_is_named(tmp_path):
    result = run(["manage.py", "check"], production_env(tmp_path, SECURE_HSTS_SECONDS="a year"))
    assert result.returncode != 0
    assert "SECURE_HSTS_SECONDS must be a whole number of 0 or more, not 'a year'" in result.stderr


def test_debug_is_refused_in_production(tmp_path):
    result = run(["manage.py", "check"], production_env(tmp_path, DEBUG="true"))
    assert result.returncode != 0
    assert "DEBUG=true is refused in production" in result.stderr
    assert run(["manage.py", "check"], production_env(tmp_path, DEBUG="false")).returncode == 0
