"""The language versions of a page a reader may see, looked up once per request,
and which of them is the original.

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


def original_language(page, dated_versions):
    """The language `page`'s article was written in, among `dated_versions`
    ([(lang, first published)] in the site's order; `page` is one of them).

    wagtail-localize records the source locale of a translation; pages linked
    otherwise (the importer, other tools) are taken to be written in the
    language of their earliest published version (1 query). JSON-LD says which
    version is a translation; a takedown of the original tells its translators.
    """
    from wagtail_localize.models import TranslationSource

    # Kept on the page for the same versions: a page bundle (news/bundles.py) carries it.
    memo = getattr(page, "_hiwar_original_language", None)
    if memo is not None and memo[0] == tuple(dated_versions):
        return memo[1]
    langs = [lang for lang, _date in dated_versions]
    source = (
        TranslationSource.objects.filter(object_id=page.translation_key)
        .order_by("created_at")
        .values_list("locale__language_code", flat=True)
        .first()
    )
    if source in langs:
        original = source
    else:
        original = min(
            dated_versions, key=lambda version: (version[1] or page.date, langs.index(version[0]))
        )[0]
    page._hiwar_original_language = (tuple(dated_versions), original)
    return original
