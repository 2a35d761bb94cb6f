"""Settings shared by every environment.

Everything an operator may change comes from an environment variable; the
defaults here are the embedded ones `make run` uses (SQLite in var/, local
memory cache, no other service). See README.md for the table of variables.
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from hiwar.text.languages import DEFAULT_LANGUAGE, SITE_LANGUAGES

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = Path(os.environ.get("HIWAR_VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_int(name, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise ImproperlyConfigured(f"{name} must be a whole number of 0 or more, not {value!r}")
    return number


def env_seconds(name, default: float) -> float:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        number = float(value)
    except ValueError:
        number = -1
    if number <= 0:
        raise ImproperlyConfigured(f"{name} must be a number of seconds above 0, not {value!r}")
    return number


def env_list(name, default=()):
    value = os.environ.get(name)
    if not value:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "hiwar.core",
    "hiwar.news",
    "hiwar.search",
    "hiwar.ingest",
    "hiwar.api",
    "hiwar.syndication",
    "hiwar.newsroom",
    "hiwar.translations",
    "hiwar.proofreading",
    "hiwar.operations",
    "hiwar.edge",
    "django_tasks_db",  # the task queue's table, used when TASK_BACKEND=database
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "ninja",  # serves the API docs (Swagger UI) from our static files, not from a CDN
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Wagtail's admin says "a second ago" through humanize's naturaltime; installed,
    # humanize brings its Arabic and Russian catalogues (else English in both).
    "django.contrib.humanize",
    "axes",  # brute-force protection of the admin's login (hiwar.core.security)
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Compresses pages (Django pads the output against BREACH); WhiteNoise
    # serves pre-compressed static files in production.
    "django.middleware.gzip.GZipMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Cache-Control of every answer, once the session and CSRF cookies are set (hiwar.edge).
    "hiwar.edge.headers.CacheHeadersMiddleware",
    "hiwar.core.middleware.RejectMalformedPathMiddleware",
    "hiwar.core.outage.RequestDeadlineMiddleware",
    "hiwar.core.outage.AdminStatementTimeoutMiddleware",
    "hiwar.core.middleware.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "hiwar.core.middleware.SiteLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "hiwar.core.routing.ReaderRoutingMiddleware",  # readers' reads on the replica, if any
    "hiwar.newsroom.middleware.AdminLanguageMiddleware",
    # A withdrawn article's address: 410 Gone instead of the 404 (newsroom/takedowns.py).
    "hiwar.newsroom.middleware.GoneMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "hiwar.urls"
WSGI_APPLICATION = "hiwar.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------
# DATABASE_URL selects the engine: sqlite:///path (default, embedded) or
# postgres://user@host:port/name (production).
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Readers and the importer share one file: wait instead of failing on a lock.
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
    DATABASES["default"]["CONN_MAX_AGE"] = 0

# A database that is down or hung must cost a reader seconds, not half a minute
# (hiwar.core.outage): a bounded connection, a bounded statement, a bounded request.
HIWAR_STATEMENT_TIMEOUT_MS = int(env_seconds("DATABASE_STATEMENT_TIMEOUT", 5) * 1000)
HIWAR_ADMIN_STATEMENT_TIMEOUT_MS = int(env_seconds("DATABASE_ADMIN_STATEMENT_TIMEOUT", 60) * 1000)
HIWAR_REQUEST_DEADLINE = env_seconds("DATABASE_REQUEST_DEADLINE", 10)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update(
        {
            "connect_timeout": env_int("DATABASE_CONNECT_TIMEOUT", 3),  # libpq: 2 at least
            "options": f"-c statement_timeout={HIWAR_STATEMENT_TIMEOUT_MS}",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Read replica (hiwar.core.routing; docs/operations.md) -------------------------
# DATABASE_REPLICA_URL: a streaming replica of DATABASE_URL's PostgreSQL. Anonymous
# readers' reads go there while it is up and no more than DATABASE_REPLICA_MAX_LAG
# seconds behind; everything else (the admin, signed-in users, writes, transactions,
# the pinned models, a browser that wrote in the last DATABASE_REPLICA_READ_YOUR_WRITES
# seconds) uses the primary. Unset: one database, no router.
if os.environ.get("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = dj_database_url.parse(
        os.environ["DATABASE_REPLICA_URL"],
        conn_max_age=DATABASES["default"]["CONN_MAX_AGE"],
        conn_health_checks=True,
    )
    if DATABASES["replica"]["ENGINE"] != "django.db.backends.postgresql":
        raise ImproperlyConfigured("DATABASE_REPLICA_URL must be a postgres:// URL (a PostgreSQL replica)")
    DATABASES["replica"]["OPTIONS"] = {**DATABASES["default"].get("OPTIONS", {})}
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}  # tests: the same database
    DATABASE_ROUTERS = ["hiwar.core.routing.PrimaryReplicaRouter"]
HIWAR_REPLICA_MAX_LAG = env_seconds("DATABASE_REPLICA_MAX_LAG", 5)
HIWAR_REPLICA_READ_YOUR_WRITES = env_seconds("DATABASE_REPLICA_READ_YOUR_WRITES", 10)
HIWAR_REPLICA_RETRY_AFTER = env_seconds("DATABASE_REPLICA_RETRY_AFTER", 10)
HIWAR_REPLICA_CHECK_INTERVAL = env_seconds("DATABASE_REPLICA_CHECK_INTERVAL", 1)
HIWAR_REPLICA_CHECK_TIMEOUT = env_seconds("DATABASE_REPLICA_CHECK_TIMEOUT", 2)
# --- End of read replica --------------------------------------------------------------


# --- Cache ----------------------------------------------------------------
# REDIS_URL switches the cache to Redis (production, many app servers).
# The cache is an optimisation: when Redis is down or slow, pages are built from
# the database (hiwar.core.cache), after at most a short socket timeout, and Redis
# is then skipped for REDIS_RETRY_AFTER seconds.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "hiwar.core.cache.ResilientRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "hiwar",
            "OPTIONS": {
                "socket_connect_timeout": env_seconds("REDIS_CONNECT_TIMEOUT", 0.25),
                "socket_timeout": env_seconds("REDIS_SOCKET_TIMEOUT", 0.25),
                "RETRY_AFTER": env_seconds("REDIS_RETRY_AFTER", 10),
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Background tasks ---------------------------------------------------------
# Wagtail's tasks (its admin search and reference index) and ours (the site's search
# index, hiwar.search.tasks) are django-tasks tasks. TASK_BACKEND=immediate (the
# default, `make run`) runs each one inline, inside the editor's request;
# TASK_BACKEND=database queues it in the database (django-tasks-db) for
# `manage.py run_worker` (hiwar.operations), so a publish returns at once.
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
TASK_BACKEND = os.environ.get("TASK_BACKEND", "immediate")
if TASK_BACKEND not in TASK_BACKENDS:
    raise ImproperlyConfigured(f"TASK_BACKEND must be immediate or database, not {TASK_BACKEND!r}")
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASK_BACKEND]}}

# --- Brute-force protection (django-axes; hiwar.core.security) ----------------
# After LOGIN_FAILURE_LIMIT wrong passwords for one username, or from one address,
# that username / address is locked out of the admin for LOGIN_COOLOFF_MINUTES.
# Unlock sooner: `manage.py axes_reset` (all), `axes_reset_username NAME`,
# `axes_reset_ip ADDRESS`.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # each on its own
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "hiwar.core.security.lockout_response"
# Proxies (nginx, the edge cache) whose X-Forwarded-For is believed: addresses or
# networks, comma-separated. Nobody else's header is read.
HIWAR_TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
AXES_CLIENT_IP_CALLABLE = "hiwar.core.security.client_ip"
AXES_SENSITIVE_PARAMETERS = ["password"]
# The private pages' password form (Wagtail's view, throttled by hiwar.core.security).
HIWAR_PAGE_PASSWORD_FAILURE_LIMIT = env_int("PAGE_PASSWORD_FAILURE_LIMIT", 10)
HIWAR_PAGE_PASSWORD_COOLOFF = env_int("PAGE_PASSWORD_COOLOFF_SECONDS", 900)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages --------------------------------------------------------------
# Arabic is the default language; every public URL starts with its language.
# The list itself is hiwar/text/languages.py (the text rules and the commands read it too).
LANGUAGE_CODE = DEFAULT_LANGUAGE
LANGUAGES = [(language.code, language.name) for language in SITE_LANGUAGES]
LOCALE_PATHS = [PROJECT_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Moscow")

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Slugs are ASCII: Arabic and Cyrillic titles are transliterated (hiwar.text.slugs).
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# A translation starts as a draft holding the source's text and becomes public
# only when a person publishes it: wagtail-localize's default (True) made the
# Russian copy of an Arabic article live at once, Arabic text under /ru/.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# --- Static and media -------------------------------------------------------
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "/media/"


def s3_media_storage() -> dict:
    """STORAGES["default"] for media in an S3-compatible bucket (hiwar.core.storage).

    Unset values are left to django-storages and boto3: no MEDIA_S3_ACCESS_KEY_ID means
    boto3's own chain (AWS_ACCESS_KEY_ID, ~/.aws, an instance role)."""
    endpoint = os.environ.get("MEDIA_S3_ENDPOINT_URL") or None
    querystring_auth = env_bool("MEDIA_S3_QUERYSTRING_AUTH", False)
    expire = env_int("MEDIA_S3_QUERYSTRING_EXPIRE", 7 * 24 * 3600)
    # A signed URL in a page the edge or a browser still holds after it expired is a
    # broken picture: it must outlive every cached copy of the page.
    cached_for = env_int("HTTP_CACHE_SHARED_MAX_AGE", 600) + env_int("HTTP_CACHE_MAX_AGE", 60)
    if querystring_auth and expire <= cached_for:
        raise ImproperlyConfigured(
            f"MEDIA_S3_QUERYSTRING_EXPIRE ({expire} s) must be longer than a page may be cached "
            f"(HTTP_CACHE_SHARED_MAX_AGE + HTTP_CACHE_MAX_AGE = {cached_for} s)"
        )
    custom_domain = os.environ.get("MEDIA_S3_CUSTOM_DOMAIN") or None
    if querystring_auth and custom_domain:
        # django-storages signs a custom domain's URLs only for CloudFront's own keys.
        raise ImproperlyConfigured(
            "MEDIA_S3_QUERYSTRING_AUTH=true cannot sign MEDIA_S3_CUSTOM_DOMAIN's URLs: unset one of them"
        )
    options = {
        "bucket_name": os.environ["MEDIA_S3_BUCKET"],
        "endpoint_url": endpoint,
        "region_name": os.environ.get("MEDIA_S3_REGION") or None,
        "access_key": os.environ.get("MEDIA_S3_ACCESS_KEY_ID") or None,
        "secret_key": os.environ.get("MEDIA_S3_SECRET_ACCESS_KEY") or None,
        "location": os.environ.get("MEDIA_S3_LOCATION", "").strip("/"),
        "custom_domain": custom_domain,
        "querystring_auth": querystring_auth,
        "querystring_expire": expire,
        # MinIO, Ceph and the like answer at one host: bucket in the path, not the name.
        "addressing_style": os.environ.get("MEDIA_S3_ADDRESSING_STYLE") or ("path" if endpoint else None),
        # Two uploads called photo.jpg are two objects (photo.jpg, photo_AbC123.jpg), as
        # on the file system; django-storages' default overwrites the first one's picture.
        "file_overwrite": False,
        "timeout": env_seconds("MEDIA_S3_TIMEOUT", 5),
    }
    return {"BACKEND": "hiwar.core.storage.MediaS3Storage", "OPTIONS": options}


# MEDIA_S3_BUCKET set: uploaded media (original images, renditions, documents) go to
# that bucket; unset: files in MEDIA_ROOT. Static files stay local either way.
HIWAR_MEDIA_S3 = bool(os.environ.get("MEDIA_S3_BUCKET"))
STORAGES = {
    "default": s3_media_storage()
    if HIWAR_MEDIA_S3
    else {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail ----------------------------------------------------------------
WAGTAIL_SITE_NAME = "Hiwar"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "core.CreditedImage"
# An upload the media storage refuses is a form error, not a 500 (hiwar.core.forms).
WAGTAILIMAGES_IMAGE_FORM_BASE = "hiwar.core.forms.StorageCheckedImageForm"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatar requests to gravatar.com from the newsroom (Wagtail shows initials' default).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Pages in a listing.
HIWAR_SECTION_PAGE_SIZE = 20
# An anonymous reader's article from one cache read (hiwar/news/bundles.py): kept until
# the next change of content, and at most this many seconds (0 turns bundles off).
HIWAR_PAGE_BUNDLE_MAX_AGE = env_int("PAGE_BUNDLE_MAX_AGE", 300)

# --- Proofreading (hiwar/proofreading, docs/proofreading.md) -------------------
# Spelling on the edit page and in `manage.py proofread` (Debian's Hunspell dictionaries).
HIWAR_PROOFREADING_SPELLING = env_bool("PROOFREADING_SPELLING", True)
# Besides tags, published titles and the editors' accepted words, spelling accepts the
# words used in at least MIN_ARTICLES of the latest ARTICLES published articles of the
# page's language (the names the site writes); 0 articles turns this off.
HIWAR_PROOFREADING_CORPUS_ARTICLES = env_int("PROOFREADING_CORPUS_ARTICLES", 1000)
HIWAR_PROOFREADING_CORPUS_MIN_ARTICLES = env_int("PROOFREADING_CORPUS_MIN_ARTICLES", 2)

# Uploaded media served by Django itself: on for `make run` and tests; in
# production put a web server in front and switch it off. Off by default with media
# in a bucket (MEDIA_S3_BUCKET): the pictures' URLs point there.
SERVE_MEDIA = env_bool("SERVE_MEDIA", not HIWAR_MEDIA_S3)

# --- Newsroom (hiwar/newsroom, docs/newsroom.md) ------------------------------
# Desk → Chief editor approval. Not "re-approval on edit": with it, a chief editor
# who pressed Approve in the page editor (which saves the form first, a new revision)
# revoked their own approval, and the story went back to "in moderation" unpublished
# (tests/newsroom/test_workflow.py). The workflow has one task, so an approval ends
# it and publishes: there is no later step for an edit to slip past.
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = False
# Two editors on one article: the editor pings every 10 s, shows who else is
# there, and a save over a newer revision is refused until confirmed.
WAGTAIL_EDITING_SESSION_PING_INTERVAL = 10_000
WAGTAILADMIN_GLOBAL_EDIT_LOCK = False  # a lock stops everyone but its holder
# Notifications (submitted, approved, rejected): SMTP from the environment in
# production; dev prints them on the console.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "newsroom@localhost")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False

# --- Edge cache (hiwar/edge, docs/deploy.md) ----------------------------------
# Anonymous readers' pages: `public, max-age=…, s-maxage=…`. Browsers keep a page
# HTTP_CACHE_MAX_AGE seconds (nobody can purge them); the edge cache (Varnish)
# HTTP_CACHE_SHARED_MAX_AGE, purged on every publish, unpublish, move and delete.
HIWAR_HTTP_CACHE_MAX_AGE = env_int("HTTP_CACHE_MAX_AGE", 60)
HIWAR_HTTP_CACHE_SHARED_MAX_AGE = env_int("HTTP_CACHE_SHARED_MAX_AGE", 600)
# Where purges go: the edge cache's address as the app servers reach it
# (e.g. http://127.0.0.1:6081). Unset: nothing is purged (`make run`, no edge).
HIWAR_EDGE_PURGE_URL = os.environ.get("EDGE_PURGE_URL", "")
if HIWAR_EDGE_PURGE_URL:
    WAGTAILFRONTENDCACHE = {
        "edge": {
            "BACKEND": "hiwar.edge.backends.VarnishBackend",
            "LOCATION": HIWAR_EDGE_PURGE_URL,
            "TIMEOUT": env_seconds("EDGE_PURGE_TIMEOUT", 2),
        }
    }
# Our purges name every language's URLs themselves (hiwar.edge.purge): Wagtail's
# default would also send each path under the two other language prefixes.
WAGTAILFRONTENDCACHE_LANGUAGES = []
