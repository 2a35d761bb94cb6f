"""The site's languages: the one list that settings, the commands and the text rules read.

Arabic comes first: it is the default language (`LANGUAGE_CODE`) and the first
in every switcher. Nothing here imports Django; `hiwar.settings.base` builds
`LANGUAGES` from this list and `hiwar.core.languages` answers questions about it.
"""

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1, the URL prefix: /ar/
    name: str  # the language's own name (endonym), as the switcher shows it
    direction: str  # "rtl" or "ltr"
    og_locale: str  # Open Graph wants language_TERRITORY


SITE_LANGUAGES = (
    Language("ar", "العربية", "rtl", "ar_AR"),
    Language("ru", "Русский", "ltr", "ru_RU"),
    Language("en", "English", "ltr", "en_US"),
)
DEFAULT_LANGUAGE = SITE_LANGUAGES[0].code
LANGUAGE_CODES = tuple(language.code for language in SITE_LANGUAGES)
RTL_LANGUAGES = frozenset(language.code for language in SITE_LANGUAGES if language.direction == "rtl")

_BY_CODE = {language.code: language for language in SITE_LANGUAGES}


def language(code: str) -> Language | None:
    """`ar` → Language("ar", "العربية", "rtl", "ar_AR"); an unknown code → None."""
    return _BY_CODE.get(code)


def codes_or(*extra: str) -> list[str]:
    """Choices for a command-line option: `codes_or("auto")` → ["ar", "ru", "en", "auto"]."""
    return [*LANGUAGE_CODES, *extra]


def spelled_out(*extra: str) -> str:
    """For messages: `spelled_out("all")` → "ar, ru, en or all"; `spelled_out()` → "ar, ru or en"."""
    words = [*LANGUAGE_CODES, *extra]
    return f"{', '.join(words[:-1])} or {words[-1]}"


# --- which script a text is written in ---------------------------------------------

_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")
_LATIN_LETTER = re.compile("[A-Za-z]")

LANGUAGE_SAMPLE = 4000  # characters: enough to tell the script, cheap on long pages


def detect_language(text: str) -> str | None:
    """The script most letters are written in: Arabic → ar, Cyrillic → ru, Latin → en.

    The one rule the importer, the publish check (hiwar.news.forms) and proofreading's
    script-mismatch check use: `روسيا وطاجيكستان` → ar, `Россия` → ru, `2022 - 14` → None.
    """
    text = text[:LANGUAGE_SAMPLE]
    counts = {
        "ar": len(_ARABIC_LETTER.findall(text)),
        "ru": len(_CYRILLIC_LETTER.findall(text)),
        "en": len(_LATIN_LETTER.findall(text)),
    }
    lang, count = max(counts.items(), key=lambda item: item[1])
    return lang if count else None
