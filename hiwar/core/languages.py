"""The site's languages and their writing direction (the list: hiwar/text/languages.py)."""

from hiwar.text.languages import LANGUAGE_CODES, language


def language_codes() -> list[str]:
    return list(LANGUAGE_CODES)


def language_name(code: str) -> str:
    """The language's own name (endonym): `ar` → `العربية`."""
    found = language(code)
    return found.name if found else code


def direction(code: str) -> str:
    found = language(code)
    return found.direction if found else "ltr"
