"""HTTP behaviour shared by every API URL: validators, conditional GET, CORS.

- `ETag` is a hash of the response body (Django's ConditionalGetMiddleware);
  `Last-Modified` is when published content last changed (see
  `content_changed_at`). `If-None-Match` wins over `If-Modified-Since`; either
  may answer 304.
- CORS: any origin may GET (`Access-Control-Allow-Origin: *`); preflight
  `OPTIONS` requests are answered so that browsers may send the conditional
  headers; `ETag` is exposed to scripts.
"""

from functools import wraps

from django.http import HttpResponse
from django.middleware.http import ConditionalGetMiddleware
from django.urls import URLPattern
from django.utils.http import http_date

from hiwar.news.visibility import content_changed_at

CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Accept-Language, If-None-Match, If-Modified-Since",
    "Access-Control-Expose-Headers": "ETag, Last-Modified",
    "Access-Control-Max-Age": "86400",
}
CACHE_CONTROL = "public, max-age=60"
STATIC_VIEWS = {"openapi-json", "openapi-view", "api-root"}


def http_caching(view, content=True):
    """Wrap `view`; `content=False` for responses that do not depend on the pages
    (the schema, the docs): they get an ETag but no Last-Modified and no query."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method == "HEAD":
            # Answered as GET (same headers, validators and status); the server drops the body.
            request.method = "GET"
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
        else:

            def respond(request):
                response = view(request, *args, **kwargs)
                if request.method in ("GET", "HEAD") and response.status_code == 200:
                    changed = content_changed_at() if content else None
                    if changed is not None and not response.has_header("Last-Modified"):
                        response.headers["Last-Modified"] = http_date(changed.timestamp())
                    response.headers.setdefault("Cache-Control", CACHE_CONTROL)
                return response

            response = ConditionalGetMiddleware(respond)(request)
        for name, value in CORS_HEADERS.items():
            response.headers[name] = value
        vary = response.headers.get("Vary")
        response.headers["Vary"] = f"{vary}, Origin" if vary else "Origin"
        return response

    return wrapped


def with_http_caching(patterns):
    """The same URL patterns with their views wrapped by `http_caching`."""
    return [
        URLPattern(
            pattern.pattern,
            http_caching(pattern.callback, content=pattern.name not in STATIC_VIEWS),
            pattern.default_args,
            pattern.name,
        )
        for pattern in patterns
    ]
