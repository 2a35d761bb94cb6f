"""Production: every secret and host comes from the environment; a missing
one stops the process at start-up, not at the first request."""

from .base import *  # noqa: F401,F403
from .base import ImproperlyConfigured, env_bool, env_list

DEBUG = env_bool("DEBUG", False)

for _required in ("SECRET_KEY", "ALLOWED_HOSTS"):
    if not os.environ.get(_required):  # noqa: F405
        raise ImproperlyConfigured(f"{_required} must be set in production")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "SAMEORIGIN"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},  # noqa: F405
}
