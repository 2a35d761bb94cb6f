"""Tests that run Hiwar's own commands in processes of their own (an import, the task
worker), against a database those processes can open.

`shared_database_url(tmp_path)` (in a `transactional_db` test, after the rows the test
needs are written): on SQLite a copy of the test's migrated database made with
`VACUUM INTO`; on PostgreSQL the test's own database, whose rows are committed.
`run_python(url, code)` runs a script with Django set up against it and returns what
it printed last, as JSON.
"""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[1]


def shared_database_url(tmp_path) -> str:
    if connection.vendor == "sqlite":
        copy = tmp_path / "shared.sqlite3"
        with connection.cursor() as cursor:
            cursor.execute("VACUUM INTO %s", [str(copy)])
        return f"sqlite:///{copy}"
    settings = connection.settings_dict
    user = settings["USER"] or "postgres"
    return (
        f"postgres://{user}@{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}/{settings['NAME']}"
    )


def environment(database_url, **variables) -> dict:
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "hiwar.settings.test",
        "PYTHONUNBUFFERED": "1",  # each line as it is written
        **variables,
    }


def manage(database_url, *arguments, **variables) -> subprocess.Popen:
    """`manage.py ARGUMENTS` started in its own process (stdout and stderr piped, text)."""
    return subprocess.Popen(
        [sys.executable, "manage.py", *map(str, arguments)],
        cwd=ROOT,
        env=environment(database_url, **variables),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_python(database_url, code: str, timeout=120, **variables):
    """Run `code` after django.setup() in a process of its own; its last printed line, as JSON."""
    run = subprocess.run(
        [sys.executable, "-c", "import django\ndjango.setup()\n" + code],
        cwd=ROOT,
        env=environment(database_url, **variables),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])


def query(database_url, sql, parameters=()):
    """Rows of one SQL query, read by this process without Django (SQLite file or PostgreSQL)."""
    if database_url.startswith("sqlite:///"):
        database = sqlite3.connect(database_url.removeprefix("sqlite:///"), timeout=20)
        try:
            return database.execute(sql, parameters).fetchall()
        finally:
            database.close()
    with connection.cursor() as cursor:  # the same database as the test's own connection
        cursor.execute(sql.replace("?", "%s"), parameters)
        return cursor.fetchall()
