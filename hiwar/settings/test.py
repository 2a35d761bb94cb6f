"""pytest: fast on purpose (MD5 hasher, local memory cache), same database
choice through DATABASE_URL (SQLite file in a temp dir by default)."""

import tempfile

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="hiwar-test-media-"))  # noqa: F405
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = "http://testserver"
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="hiwar-test-static-"))  # noqa: F405
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Wagtail's own (admin) search index is not what the site's search uses
# (hiwar.search); keeping it current costs a task per save, so tests skip it.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}}
# A loaded test machine is not a hung database: only the fault tests (which set
# these in the environment) get the production-short limits.
HIWAR_REQUEST_DEADLINE = env_seconds("DATABASE_REQUEST_DEADLINE", 120)  # noqa: F405
if "DATABASE_STATEMENT_TIMEOUT" not in os.environ and "options" in DATABASES["default"].get("OPTIONS", {}):  # noqa: F405
    HIWAR_STATEMENT_TIMEOUT_MS = 60_000
    DATABASES["default"]["OPTIONS"]["options"] = f"-c statement_timeout={HIWAR_STATEMENT_TIMEOUT_MS}"  # noqa: F405
