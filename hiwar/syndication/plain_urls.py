"""The site's URL configuration without its language-prefixed part.

LocaleMiddleware answers a 404 on a path without a language prefix by
redirecting to `/ar/<path>` whenever that path resolves, and Wagtail's
catch-all resolves every path: a 404 of `/api/v1/…` or `/sitemap-xx.xml`
would become a redirect to an Arabic page. Views outside `i18n_patterns` set
`request.urlconf` to this module (`hiwar.syndication.http.keep_not_found`) so that their 404 stays a
404 with its message.
"""

from importlib import import_module

from django.conf import settings
from django.urls import LocalePrefixPattern, URLResolver

urlpatterns = [
    pattern
    for pattern in import_module(settings.ROOT_URLCONF).urlpatterns
    if not (isinstance(pattern, URLResolver) and isinstance(pattern.pattern, LocalePrefixPattern))
]
