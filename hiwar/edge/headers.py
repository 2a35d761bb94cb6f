"""Who may keep a copy of a response: the `Cache-Control` header of every answer.

- Readers' pages (`/ar/…`, `/ru/…`, `/en/…`, the feeds under them, the sitemaps and
  robots.txt) sent to an anonymous reader with 200 or a permanent redirect:
  `public, max-age=HTTP_CACHE_MAX_AGE, s-maxage=HTTP_CACHE_SHARED_MAX_AGE`. The
  browser keeps its copy briefly (it is never purged); the edge cache keeps its own
  longer, because every publish, unpublish, move and delete purges it
  (hiwar/edge/purge.py). What changes with the clock alone (an article whose date
  arrives) is purged by the scheduler's next run, at most a minute late
  (run_scheduler; without the scheduler, at most `s-maxage`).
- Anything else a reader gets (404, 302 to a login, the 503 page) is `no-cache`:
  the edge stores nothing it would have to be told about.
- Search pages are `no-cache` too: every distinct `q` would be a new entry, so one
  client sending random queries could push the articles out of the edge's memory,
  and every publish changes results. A search costs one indexed query
  (docs/search.md); the articles, which a spike is about, stay cached.
- The admin (its login included), previews, anything sent to a signed-in user and
  any response that sets a cookie: `private, no-store`. An editor's page holds
  the user bar and drafts' links; a cookie is one person's.

A view that chose its own header keeps it (the API's `public, max-age=60`, media's
day, /healthz's never_cache), unless the answer is private by the rules above.
"""

from django.conf import settings

from hiwar.core.languages import language_codes

PRIVATE = "private, no-store"
NOT_STORED = "no-cache"
CACHEABLE_STATUSES = {200, 301, 308}


class CacheHeadersMiddleware:
    """Sets `Cache-Control` after every other middleware has had its say (listed
    before SessionMiddleware, so the session and CSRF cookies are already on the
    response when it looks)."""

    def __init__(self, get_response):
        self.get_response = get_response
        languages = tuple(language_codes())
        self.reader_prefixes = tuple(f"/{code}/" for code in languages)
        self.search_prefixes = tuple(f"/{code}/search/" for code in languages)
        self.machine_paths = ("/sitemap", "/news-sitemap.xml", "/robots.txt")
        self.public = (
            f"public, max-age={settings.HIWAR_HTTP_CACHE_MAX_AGE}, "
            f"s-maxage={settings.HIWAR_HTTP_CACHE_SHARED_MAX_AGE}"
        )

    def __call__(self, request):
        response = self.get_response(request)
        header = self.cache_control(request, response)
        if header is not None:
            response.headers["Cache-Control"] = header
            if header == PRIVATE:
                response.headers.pop("Expires", None)
        return response

    def cache_control(self, request, response):
        path = request.path_info
        if path.startswith("/admin/") or getattr(request, "is_preview", False) or signed_in(request):
            return PRIVATE
        if response.cookies:
            return PRIVATE
        if "Cache-Control" in response.headers:
            return None
        if not (path.startswith(self.reader_prefixes) or path.startswith(self.machine_paths)):
            return None
        if request.method not in ("GET", "HEAD") or path.startswith(self.search_prefixes):
            return NOT_STORED
        if response.status_code in CACHEABLE_STATUSES:
            return self.public
        return NOT_STORED


def signed_in(request) -> bool:
    """A signed-in user (no query for a reader without a session cookie)."""
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)
