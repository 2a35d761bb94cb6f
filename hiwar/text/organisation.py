"""The organisation's name, in each site language: written here once.

The importer drops the name as page chrome when a scraped page prints it
(`hiwar.text.pages`); the feeds, sitemaps and head tags print it
(`hiwar.syndication.publication`); the page header, the demo pages and the
benchmarks quote it. Nothing here imports Django.
"""

# The name has two parts: the group, and what it is about (the header prints them
# on two lines). These spellings are the ones registered with Google News.
GROUP = {
    "ar": "مجموعة الرؤية الاستراتيجية",
    "ru": "Группа стратегического видения",
    "en": "Group of Strategic Vision",
}
TAGLINE = {
    "ar": "روسيا - العالم الإسلامي",
    "ru": "Россия – исламский мир",
    "en": "Russia – Islamic World",
}
# Each language quotes the tagline its own way: «…» in Arabic and Russian, “…” in English.
_QUOTES = {"ar": "«»", "ru": "«»", "en": "“”"}

ORGANISATION_NAMES = {
    lang: f"{GROUP[lang]} {_QUOTES[lang][0]}{TAGLINE[lang]}{_QUOTES[lang][1]}" for lang in GROUP
}
# The site's short name, which scraped pages' footers also print.
SITE_NAMES = {"ar": "حوار", "ru": "Хивар", "en": "Hiwar"}


def organisation_name(lang: str) -> str:
    """`ru` → `Группа стратегического видения «Россия – исламский мир»`; another code → English."""
    return ORGANISATION_NAMES.get(lang, ORGANISATION_NAMES["en"])
