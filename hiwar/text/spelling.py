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
