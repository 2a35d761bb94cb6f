"""The publication's name and the site's home pages, per language."""

from django.conf import settings

from hiwar.text.languages import language
from hiwar.text.organisation import ORGANISATION_NAMES as DEFAULT_NAMES


def publication_name(lang: str) -> str:
    """`HIWAR_PUBLICATION_NAMES` ({lang: name}) overrides the built-in names.

    Google News matches the name in the news sitemap against the publication's
    registered name, so an operator may need to set it exactly.
    """
    names = {**DEFAULT_NAMES, **getattr(settings, "HIWAR_PUBLICATION_NAMES", {})}
    return names.get(lang) or names.get(settings.LANGUAGE_CODE) or "Hiwar"


def og_locale(lang: str) -> str:
    """Open Graph wants language_TERRITORY: `ar` → `ar_AR`."""
    found = language(lang)
    return found.og_locale if found else lang


def home_page(lang: str):
    from hiwar.news.models import HomePage
    from hiwar.news.visibility import visible

    return visible(HomePage.objects.filter(locale__language_code=lang)).order_by("path").first()
