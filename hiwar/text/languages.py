"""The site's languages: the one list that settings, the commands and the text rules read.

Arabic comes first: it is the default language (`LANGUAGE_CODE`) and the first
in every switcher. Nothing here imports Django; `hiwar.settings.base` builds
`LANGUAGES` from this list and `hiwar.core.languages` answers questions about it.
"""

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
