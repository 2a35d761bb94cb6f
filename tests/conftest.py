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
