"""The language versions of a page a reader may see, looked up once per request.

The switcher, the hreflang alternates and the structured data all need them;
they share this one query.
"""

from hiwar.core.languages import language_codes

from .visibility import visible


def visible_translations(page, request=None):
    """{lang: page} of the visible versions of `page` (itself included), in site order."""
    cache = getattr(request, "_hiwar_translations", None) if request is not None else None
    if cache is not None and page.pk in cache:
        return cache[page.pk]
    versions = visible(page.get_translations(inclusive=True)).select_related("locale").specific(defer=True)
    by_code = {version.locale.language_code: version for version in versions}
    ordered = {code: by_code[code] for code in language_codes() if code in by_code}
    if request is not None:
        if cache is None:
            cache = request._hiwar_translations = {}
        cache[page.pk] = ordered
    return ordered
