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

    NO_LANGUAGE_PREFIXES = ("/api/", "/admin/", "/documents/", "/media/", "/static/", "/sitemap", "/news-sitemap", "/robots.txt")

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(self.NO_LANGUAGE_PREFIXES):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)
