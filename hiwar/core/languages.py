"""The site's languages and their writing direction."""

from django.conf import settings

RTL_LANGUAGES = {"ar"}


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def language_name(code: str) -> str:
    """The language's own name (endonym): `ar` → `العربية`."""
    return dict(settings.LANGUAGES).get(code, code)


def direction(code: str) -> str:
    return "rtl" if code in RTL_LANGUAGES else "ltr"
