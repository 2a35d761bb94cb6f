"""The publication's name and the site's home pages, per language."""

from django.conf import settings

DEFAULT_NAMES = {
    "ar": "مجموعة الرؤية الاستراتيجية «روسيا - العالم الإسلامي»",
    "ru": "Группа стратегического видения «Россия – исламский мир»",
    "en": "Group of Strategic Vision “Russia – Islamic World”",
}

# Open Graph wants language_TERRITORY.
OG_LOCALES = {"ar": "ar_AR", "ru": "ru_RU", "en": "en_US"}


def publication_name(lang: str) -> str:
    """`HIWAR_PUBLICATION_NAMES` ({lang: name}) overrides the built-in names.

    Google News matches the name in the news sitemap against the publication's
    registered name, so an operator may need to set it exactly.
    """
    names = {**DEFAULT_NAMES, **getattr(settings, "HIWAR_PUBLICATION_NAMES", {})}
    return names.get(lang) or names.get(settings.LANGUAGE_CODE) or "Hiwar"


def og_locale(lang: str) -> str:
    return OG_LOCALES.get(lang, lang)


def home_page(lang: str):
    from hiwar.news.models import HomePage
    from hiwar.news.visibility import visible

    return visible(HomePage.objects.filter(locale__language_code=lang)).order_by("path").first()
