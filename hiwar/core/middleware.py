from django.http import Http404

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
