"""Production: every secret and host comes from the environment; a missing
one stops the process at start-up, not at the first request."""

from .base import *  # noqa: F401,F403
from .base import ImproperlyConfigured, env_bool, env_int, env_list

DEBUG = env_bool("DEBUG", False)
if DEBUG:
    # DEBUG shows settings, SQL and source code to whoever triggers an error.
    raise ImproperlyConfigured(
        "DEBUG=true is refused in production (it shows settings and code to anyone); "
        "unset DEBUG, or use hiwar.settings.dev on your own machine"
    )

for _required in ("SECRET_KEY", "ALLOWED_HOSTS"):
    if not os.environ.get(_required):  # noqa: F405
        raise ImproperlyConfigured(f"{_required} must be set in production")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Plain HTTP is redirected to HTTPS, except the health check: load balancers probe
# app servers directly, over HTTP.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
# Strict-Transport-Security: off until the operator has HTTPS working for good
# (browsers remember it); then e.g. SECURE_HSTS_SECONDS=31536000.
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
# SAMEORIGIN, not DENY: Wagtail's admin shows the page preview in a frame.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]  # the DENY advice, for the reason above
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},  # noqa: F405
}
