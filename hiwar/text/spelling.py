"""Spelling with Debian's Hunspell dictionaries (hunspell-ar, hunspell-ru, hunspell-en-us,
hunspell-en-gb: English copy is accepted in either spelling, `organise` and `organize`).

The binding is `hunspell` (pyhunspell, the one Debian itself ships as python3-hunspell),
a C extension over libhunspell. Measured on this machine (2 cores, shared; bench in
docs/benchmarks.md): it loads the Arabic dictionary in 0.7 s and checks about 51,000
distinct Arabic words/s; spylls, the pure-Python port, takes 16 s to load it and checks
about 250 words/s, 200 times slower than the 20,000 words/s proofreading must keep.
cyhunspell does not build on CPython 3.11 (its generated C++ includes `longintrepr.h`,
which 3.11 removed). Answers are cached per word: news copy repeats its words.

`speller_for(lang)` raises `SpellingUnavailable`, with the command that fixes it, when
the binding or a dictionary is missing. Nothing here imports Django.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

DICTIONARY_DIR = Path(os.environ.get("HUNSPELL_DICTIONARY_DIR", "/usr/share/hunspell"))
# Language → [(dictionary file stem, Debian package)]: a word is known when any of them
# knows it; suggestions come from the first.
DICTIONARIES = {
    "ar": [("ar", "hunspell-ar")],
    "ru": [("ru_RU", "hunspell-ru")],
    "en": [("en_US", "hunspell-en-us"), ("en_GB", "hunspell-en-gb")],
}
INSTALL_HINT = "apt-get install -y hunspell-ar hunspell-ru hunspell-en-us hunspell-en-gb libhunspell-dev (or: make hunspell)"
CACHE_SIZE = 200_000
MAX_WORD = 60  # longer "words" are pasted noise: unknown, no suggestions asked


class SpellingUnavailable(RuntimeError):
    """The binding or a dictionary is missing; the message says how to install it."""


class Speller:
    """One language's dictionary: `known(word)`, `suggest(word)`."""

    def __init__(self, lang: str, directory: Path = DICTIONARY_DIR):
        if lang not in DICTIONARIES:
            raise SpellingUnavailable(f"no dictionary for language {lang!r}")
        files = []
        for stem, package in DICTIONARIES[lang]:
            dic, aff = directory / f"{stem}.dic", directory / f"{stem}.aff"
            if not dic.exists() or not aff.exists():
                raise SpellingUnavailable(
                    f"the {lang} spelling dictionary is missing ({dic}); install Debian's {package}: {INSTALL_HINT}"
                )
            files.append((dic, aff))
        try:
            import hunspell  # noqa: PLC0415 - optional until spelling is asked for
        except ImportError as error:
            raise SpellingUnavailable(
                f"the hunspell Python binding is missing ({error}); "
                f"pip install -r requirements/base.txt after {INSTALL_HINT}"
            ) from error
        self.lang = lang
        self._dictionaries = [hunspell.HunSpell(str(dic), str(aff)) for dic, aff in files]
        self._hunspell = self._dictionaries[0]
        self.known = functools.lru_cache(maxsize=CACHE_SIZE)(self._known)

    def _known(self, word: str) -> bool:
        if len(word) > MAX_WORD:
            return False
        try:
            return any(dictionary.spell(word) for dictionary in self._dictionaries)
        except (UnicodeError, ValueError):
            return True  # what the library cannot read is not reported as a misspelling

    def quick_suggest(self, word: str, limit: int = 3) -> list[str]:
        """Dictionary words one edit away (a letter left out, added, changed, or two
        swapped), the likely confusions first (`الحكومه` → `الحكومة`, ى/ي, the hamzas).

        About 5–15 ms a word against Hunspell's own suggest(), 10–160 ms: proofreading
        must keep 20,000 words/s. A name one edit from nothing gets no suggestion."""
        return list(self._quick_suggest(word, limit))

    @functools.lru_cache(maxsize=20_000)  # noqa: B019 - one Speller per language, kept for the process
    def _quick_suggest(self, word: str, limit: int) -> tuple[str, ...]:
        if len(word) > MAX_WORD or len(word) < 2:
            return ()
        found: list[str] = []
        for candidate in _edits(word, self.lang):
            if candidate != word and candidate not in found and self.known(candidate):
                found.append(candidate)
                if len(found) >= limit:
                    break
        return tuple(found)

    def suggest(self, word: str) -> list[str]:
        if len(word) > MAX_WORD:
            return []
        try:
            return list(self._hunspell.suggest(word))
        except (UnicodeError, ValueError):
            return []

    def add(self, word: str) -> None:
        """Accept `word` for this process (the site's vocabulary is passed to proofread instead)."""
        for dictionary in self._dictionaries:
            dictionary.add(word)
        self.known.cache_clear()


@functools.cache
def speller_for(lang: str) -> Speller:
    """The loaded dictionary for `lang` (ar, ru, en), once per process."""
    return Speller(lang)


def spelling_available(lang: str) -> str | None:
    """None when spelling works for `lang`, else the reason (with the fix)."""
    try:
        speller_for(lang)
    except SpellingUnavailable as error:
        return str(error)
    return None


ALPHABETS = {
    "ar": "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "en": "abcdefghijklmnopqrstuvwxyz",
}
# Letters typed for one another in Arabic copy, tried first: ه/ة, ى/ي, the hamzas, and
# letters of one shape told apart by their dots (`مشروغ` → `مشروع`, `القمخ` → `القمح`).
ARABIC_CONFUSIONS = {"ه": "ة", "ة": "ه", "ى": "ي", "ي": "ى", "ا": "أإآ", "أ": "اإ", "إ": "اأ", "آ": "اأ"}
for _group in ("عغ", "حخج", "بتثني", "دذ", "رز", "سش", "صض", "طظ", "فق"):
    for _letter in _group:
        ARABIC_CONFUSIONS[_letter] = ARABIC_CONFUSIONS.get(_letter, "") + _group.replace(_letter, "")


# Keyboard rows (Arabic PC layout, ЙЦУКЕН, QWERTY): a slip of the finger lands on a
# neighbouring key, so one letter for another is tried among neighbours only (and the
# confusions above, and Russian's unstressed vowels, `безопастности`).
KEYBOARD_ROWS = {
    "ar": ("ضصثقفغعهخحجد", "شسيبلاتنمكط", "ئءؤرىةوزظ"),
    "ru": ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"),
    "en": ("qwertyuiop", "asdfghjkl", "zxcvbnm"),
}
EXTRA_REPLACEMENTS = {"ru": "аоеиыяюэё", "en": "aeiou"}
# Letters most often left out (long vowels, the article's lam, common endings); English
# and Russian try every letter, their dictionaries answer fast.
ARABIC_OFTEN_LEFT_OUT = "اأإويىنلتمةهرب"


def _keyboard_neighbours(lang: str) -> dict[str, str]:
    rows = KEYBOARD_ROWS.get(lang, ())
    neighbours: dict[str, set[str]] = {}
    for row_index, row in enumerate(rows):
        for column, letter in enumerate(row):
            near = neighbours.setdefault(letter, set())
            near.update(row[max(0, column - 1) : column + 2])
            for other_index in (row_index - 1, row_index + 1):
                if 0 <= other_index < len(rows):
                    near.update(rows[other_index][max(0, column - 1) : column + 2])
            near.discard(letter)
    return {
        letter: "".join(sorted(near)) + EXTRA_REPLACEMENTS.get(lang, "")
        for letter, near in neighbours.items()
    }


NEIGHBOURS = {lang: _keyboard_neighbours(lang) for lang in KEYBOARD_ROWS}


def _edits(word: str, lang: str):
    """Candidates one edit from `word`, the likely ones first (generated lazily)."""
    if lang == "ar":
        for index, char in enumerate(word):
            for other in ARABIC_CONFUSIONS.get(char, ""):
                yield word[:index] + other + word[index + 1 :]
    lower = word.lower() if lang != "ar" else word
    inserted = ARABIC_OFTEN_LEFT_OUT if lang == "ar" else ALPHABETS.get(lang, "")
    neighbours = NEIGHBOURS.get(lang, {})
    for index in range(len(lower) - 1):  # two letters swapped: `strenghten`
        yield lower[:index] + lower[index + 1] + lower[index] + lower[index + 2 :]
    for index in range(len(lower) + 1):  # a letter left out: `arived`, `goverment`
        for letter in inserted:
            yield lower[:index] + letter + lower[index:]
    for index in range(len(lower)):  # a letter too many: `бизнесса`
        yield lower[:index] + lower[index + 1 :]
    for index in range(len(lower)):  # a neighbouring key: `significently`, `مشروغ`
        for letter in neighbours.get(lower[index], ""):
            if letter != lower[index]:
                yield lower[:index] + letter + lower[index + 1 :]
