from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import Http404
from django.middleware.locale import LocaleMiddleware

MAX_PATH_LENGTH = 2048


class RejectMalformedPathMiddleware:
    """An over-long URL gets the site's 404 page before any routing work.

    No page path comes near this length; refusing early keeps a hostile URL
    from costing database lookups, one per path segment.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if len(request.path_info) > MAX_PATH_LENGTH:
            raise Http404("URL too long")
        return self.get_response(request)


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus one guess.

    For a 404 on a path without a language prefix, Django redirects to
    `/<lang>/<path>` whenever that path would resolve — and Wagtail's catch-all
    resolves every path, so `/api/v1/nothing` would become a redirect to an
    Arabic page. Machine endpoints answer their own 404 instead.
    """

    NO_LANGUAGE_PREFIXES = (
        "/api/",
        "/admin/",
        "/documents/",
        "/media/",
        "/static/",
        "/sitemap",
        "/news-sitemap",
        "/robots.txt",
    )

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(self.NO_LANGUAGE_PREFIXES):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)


class ContentSecurityPolicyMiddleware:
    """A strict Content-Security-Policy on the readers' pages (`/ar/…`, `/ru/…`, `/en/…`).

    Those pages run no script at all and load only our own stylesheets, fonts and
    pictures, so the policy can forbid everything else: an injected `<script>`, an
    inline event handler or a stylesheet from elsewhere does nothing, even if a bug
    ever let one into a page. (JSON-LD is data, not script: CSP does not block it.)
    The admin and the API's docs run scripts and are left to Wagtail and Django.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = tuple(f"/{code}/" for code, _ in settings.LANGUAGES)
        self.policy = content_security_policy()

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith(self.prefixes) and response.get("Content-Type", "").startswith(
            "text/html"
        ):
            response.headers.setdefault("Content-Security-Policy", self.policy)
        return response


def media_origins() -> list:
    """Hosts other than ours that pictures come from: MEDIA_URL's, and the one the media
    storage's own URLs name (a bucket's endpoint or MEDIA_S3_CUSTOM_DOMAIN; building one
    URL asks nothing of the store)."""
    origins = []
    for url in (settings.MEDIA_URL, default_storage.url("csp-probe.jpg")):
        origin = urlsplit(url)
        if origin.netloc and origin[:2] not in [found[:2] for found in origins]:
            origins.append(origin)
    return origins


def content_security_policy() -> str:
    images = ["'self'", "data:"]
    for media_origin in media_origins():  # pictures on object storage or a CDN
        images.append(f"{media_origin.scheme}://{media_origin.netloc}")
    static_origin = urlsplit(settings.STATIC_URL)
    styles = ["'self'"] + (
        [f"{static_origin.scheme}://{static_origin.netloc}"] if static_origin.netloc else []
    )
    directives = {
        "default-src": ["'none'"],
        "style-src": styles,
        "font-src": styles,
        "img-src": images,
        # No script runs, so this allows nothing in practice; tools that fetch from
        # inside the page (Lighthouse reads robots.txt that way) need it.
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'self'"],  # Wagtail's preview frames the page from the admin
    }
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())
