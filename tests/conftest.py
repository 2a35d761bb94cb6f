import contextlib
import shutil
import types

import pytest
from django.conf import settings

from tests.factories import make_site_tree


@pytest.fixture
def site_tree(db):
    """Home pages in ar, ru, en and the sections `news` and `analysis` in each.

    Returns a namespace with `locales`, `homes` ({lang: HomePage}) and
    `sections` ({(slug, lang): SectionPage}).
    """
    locales, homes, sections = make_site_tree()
    return types.SimpleNamespace(locales=locales, homes=homes, sections=sections)


@contextlib.contextmanager
def kept_for_module(django_db_blocker):
    """Rows written inside stay for every test of a module and are rolled back after it.

    For a module-scoped fixture (`django_db_setup`, `django_db_blocker`): each test's
    own transaction is a savepoint inside this one, as with Django's setUpTestData,
    so what a test changes is undone before the next test.
    """
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache (navigation, renditions, settings)."""
    from django.core.cache import caches

    for alias in settings.CACHES:
        caches[alias].clear()
    yield


def pytest_sessionfinish(session, exitstatus):
    media = getattr(settings, "MEDIA_ROOT", None)
    if media and "hiwar-test-media-" in str(media):
        shutil.rmtree(media, ignore_errors=True)


@pytest.fixture(scope="module")
def s3_server():
    """moto_server on a free loopback port for the module that asks (tests/s3server.py)."""
    from tests.s3server import moto_server

    with moto_server() as server:
        yield server
