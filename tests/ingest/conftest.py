"""Ingest-only helpers: run the import commands and capture their output."""

import io
import types
from pathlib import Path

import pytest
from django.core.management import call_command

FIXTURES = Path(__file__).parent / "fixtures"
# The reference page of the brief, kept with the tests so that a bare clone runs them all.
SEED = FIXTURES / "000_e58cfb67f5e5646e.txt"


def run(command, *args):
    """(exit status, stdout, stderr) of a management command, as a shell would see them."""
    stdout, stderr = io.StringIO(), io.StringIO()
    try:
        call_command(command, *[str(arg) for arg in args], stdout=stdout, stderr=stderr)
        status = 0
    except SystemExit as exit_:
        status = exit_.code
    return types.SimpleNamespace(status=status, out=stdout.getvalue(), err=stderr.getvalue())


@pytest.fixture
def seed_page():
    return SEED


@pytest.fixture
def import_page():
    return lambda *args: run("import_page", *args)


@pytest.fixture
def import_feed():
    return lambda *args: run("import_feed", *args)
