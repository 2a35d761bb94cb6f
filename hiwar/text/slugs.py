"""Readable Latin slugs for Arabic and Cyrillic titles.

A plain `slugify()` drops every non-Latin letter, so an Arabic title would get an
empty slug. Arabic letters are mapped one by one to a simple, readable Latin
spelling with no diacritics (the style of Arabic chat alphabets, without the
digits): `حول المجموعة` → `hwl-almjmwt`. Letters with no simple Latin sound
(ع, ء) are dropped rather than rendered as apostrophes, which are not allowed in
slugs. Every other script goes through anyascii (`О группе` → `o-gruppe`).
"""

import re
import unicodedata

from anyascii import anyascii

from .normalize import strip_tashkeel

ARABIC_TO_LATIN = {
    "ا": "a",
    "أ": "a",
    "إ": "e",
    "آ": "a",
    "ٱ": "a",
    "ب": "b",
    "ت": "t",
    "ث": "th",
    "ج": "j",
    "ح": "h",
    "خ": "kh",
    "د": "d",
    "ذ": "dh",
    "ر": "r",
    "ز": "z",
    "س": "s",
    "ش": "sh",
    "ص": "s",
    "ض": "d",
    "ط": "t",
    "ظ": "z",
    "ع": "",
    "غ": "gh",
    "ف": "f",
    "ق": "q",
    "ك": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ه": "h",
    "ة": "t",
    "و": "w",
    "ؤ": "w",
    "ي": "y",
    "ى": "a",
    "ئ": "y",
    "ء": "",
    "پ": "p",
    "چ": "ch",
    "ژ": "zh",
    "گ": "g",
    "ک": "k",
    "ی": "y",
}
_NOT_SLUG = re.compile(r"[^a-z0-9]+")

MAX_SLUG_LENGTH = 80


def transliterate(text: str) -> str:
    # Tashkeel and tatweel carry no letters: `العَلاقـات` → `allaqat`.
    text = strip_tashkeel(unicodedata.normalize("NFC", text))
    latin = "".join(ARABIC_TO_LATIN.get(char, char) for char in text)
    return anyascii(latin)


def slugify_title(title: str, max_length: int = MAX_SLUG_LENGTH) -> str:
    """A lower-case ASCII slug: `Лавров: визит в Душанбе` → `lavrov-vizit-v-dushanbe`."""
    slug = _NOT_SLUG.sub("-", transliterate(title).lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug
