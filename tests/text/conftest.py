"""tests/text tests hiwar/text, which imports no Django: they need no settings and no database.

`make test-text` runs them alone, in about a second of CPU: no pytest plugin is loaded
(`PYTEST_DISABLE_PLUGIN_AUTOLOAD=1`, so neither pytest-django nor the heavy schemathesis
and hypothesis plugins) and tests/conftest.py, which builds Wagtail pages, is not read
(`--confcutdir tests/text`). In the full run (`make test`) they run with the others, unchanged.
"""

import sys

import pytest


def pytest_collection_finish(session):
    """Run alone, the tests must have imported no Django (hiwar/text stays pure Python)."""
    if not session.config.pluginmanager.hasplugin("django") and "django" in sys.modules:
        raise pytest.UsageError("tests/text imported Django: hiwar/text and its tests must not")
