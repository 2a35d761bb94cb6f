"""Feeds and sitemaps kept in the cache (Redis in production) until the published
content changes.

Feed readers and crawlers ask for the same few URLs all day, and a 50-item feed
with full text takes about 100 ms to build. A response is stored under its URL
(scheme, host, path and query: its links are absolute) *and* the moment published
content last changed (`content_changed_at`, two aggregate queries). Publishing,
unpublishing, moving or deleting a page, an article's date or a page's expiry
passing: each moves that moment, so the next request looks under a new key and
builds a fresh response. No purge is needed and no app server can serve another's
stale copy; old entries simply expire.

What does not move the moment (an editor changing a photo credit, an article
leaving the news sitemap's 48-hour window) is bounded by `TIMEOUT`.
"""

import functools
import hashlib

from django.core.cache import cache
from django.http import HttpResponse
from django.utils.http import http_date

from hiwar.news.visibility import content_changed_at

TIMEOUT = 600  # seconds
KEPT_HEADERS = ("Content-Type", "Last-Modified", "X-Robots-Tag")
# The only query parameter these views read (a sitemap's page). Others are left
# out of the key, so `?x=1`, `?x=2`… cannot fill the cache with copies.
QUERY_PARAMETERS = ("p",)


def cache_key(request, changed) -> str:
    query = "&".join(f"{name}={request.GET.get(name)}" for name in QUERY_PARAMETERS if name in request.GET)
    url = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    version = changed.timestamp() if changed else "never"
    return "syndication:" + hashlib.sha256(f"{url}|{version}".encode()).hexdigest()


def until_content_changes(view):
    """Decorate a GET view whose response depends only on its URL and the published content.

    A response without `Last-Modified` gets the moment the content last changed."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        changed = content_changed_at()
        key = cache_key(request, changed)
        stored = cache.get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content)
            for name, value in headers.items():
                response.headers[name] = value
            return response
        response = view(request, *args, **kwargs)
        if changed is not None and "Last-Modified" not in response.headers:
            response.headers["Last-Modified"] = http_date(changed.timestamp())
        if response.status_code == 200 and not response.streaming:
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            headers = {name: response.headers[name] for name in KEPT_HEADERS if name in response.headers}
            cache.set(key, (response.content, headers), TIMEOUT)
        return response

    return wrapped
