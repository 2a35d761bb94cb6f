"""Small HTTP helpers for the views outside the language-prefixed URLs."""

PLAIN_URLCONF = "hiwar.syndication.plain_urls"


def keep_not_found(request):
    """Let this request's 404 stay a 404 (see hiwar.syndication.plain_urls)."""
    request.urlconf = PLAIN_URLCONF
