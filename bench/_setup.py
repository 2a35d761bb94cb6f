"""Shared start-up for benchmarks: a throw-away SQLite database (or the
DATABASE_URL given), migrated, with Django configured."""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup_django(db_name="bench"):
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hiwar.settings.test")
    if "DATABASE_URL" not in os.environ:
        path = Path(tempfile.mkdtemp(prefix=f"hiwar-{db_name}-")) / "db.sqlite3"
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def percentile(values, fraction):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]
