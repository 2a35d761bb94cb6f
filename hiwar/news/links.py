"""Absolute URLs of pages and of their visible language versions, in bulk.

Feeds, sitemaps, head tags and the API all need them; which versions count is
the publication policy's answer (`visibility.visible_pages`).
"""

from collections import defaultdict

from hiwar.core.languages import language_codes

from .visibility import visible_pages


def absolute_url(page, request):
    """The page's full URL on the host the request came to; None if not routable."""
    url = page.get_url(request)
    if not url:
        return None
    return request.build_absolute_uri(url)


class PageUrls:
    """Full URLs from `url_path` alone, for thousands of pages (sitemaps).

    The same URL `Page.get_url()` gives, without building a Page object and
    reversing a URL per page: the language prefix of each site root is
    reversed once (`/ar/`), the rest of the path appended.
    """

    def __init__(self, request):
        from django.urls import reverse
        from django.utils import translation
        from wagtail.models import Site

        self.base = request.build_absolute_uri("/")[:-1]
        self.roots = []
        for root in Site.get_site_root_paths():
            with translation.override(root.language_code):
                prefix = reverse("wagtail_serve", args=("",))
            self.roots.append((root.root_path, prefix))

    def __call__(self, url_path):
        for root_path, prefix in self.roots:
            if url_path.startswith(root_path):
                return f"{self.base}{prefix}{url_path[len(root_path) :]}"
        return None


def translations_of(pages, request, now=None, urls=None):
    """{translation_key: {lang: absolute URL}} of the visible versions of `pages`.

    One query whatever the number of pages: the keys are passed in a subquery when
    `pages` is a queryset, as a list otherwise.
    """
    if hasattr(pages, "values"):
        keys = pages.values("translation_key")
    else:
        keys = list({page.translation_key for page in pages})
        if not keys:
            return {}
    urls = urls or PageUrls(request)
    rows = (
        visible_pages(now)
        .filter(translation_key__in=keys)
        .values_list("translation_key", "locale__language_code", "url_path")
    )
    result = defaultdict(dict)
    for key, lang, url_path in rows:
        url = urls(url_path)
        if url:
            result[key][lang] = url
    return result


def ordered_alternates(by_lang: dict):
    """[(lang, url)] in the site's language order, then `x-default`."""
    from django.conf import settings

    ordered = [(code, by_lang[code]) for code in language_codes() if code in by_lang]
    if ordered:
        default = by_lang.get(settings.LANGUAGE_CODE, ordered[0][1])
        ordered.append(("x-default", default))
    return ordered
