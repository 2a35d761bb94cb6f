"""Stemmers measured against the ones in use (bench/search_quality.py); not used by the site.

The site's rules are hiwar.text.arabic.light_stems and
hiwar.text.russian.surname_aware_stems; docs/search.md records why, with the
figures these comparisons print.
"""

from collections.abc import Callable
from dataclasses import dataclass

import Stemmer

from hiwar.text import arabic, russian
from hiwar.text.analysis import MAX_TERM_LENGTH, Analyzer

# Lucene's ArabicStemmer, as written (one prefix, one pass over its suffixes):
# `للافروف` → `افروف` but `لافروف` → `لافروف`, so the two never meet.
LUCENE_PREFIXES = ("ال", "وال", "بال", "كال", "فال", "لل", "و")
LUCENE_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")


def lucene_stems(word: str) -> set[str]:
    for prefix in LUCENE_PREFIXES:
        minimum = 4 if len(prefix) == 1 else len(prefix) + 2
        if word.startswith(prefix) and len(word) >= minimum:
            word = word[len(prefix) :]
            break
    for suffix in LUCENE_SUFFIXES:
        if word.endswith(suffix) and len(word) >= len(suffix) + 2:
            word = word[: -len(suffix)]
    return {word}


_SNOWBALL_ARABIC = Stemmer.Stemmer("arabic")


def snowball_arabic_stems(word: str) -> set[str]:
    """Snowball Arabic (PyStemmer; PostgreSQL's `arabic` configuration is the same algorithm)."""
    return {_SNOWBALL_ARABIC.stemWord(word)}


def snowball_russian_stems(word: str) -> set[str]:
    """Snowball Russian alone, without the surname rule: `Лаврова` → `лавров` ≠ `лавр`."""
    return {russian.snowball_stem(word)}


def light_stems_without_plurals(word: str) -> set[str]:
    """Our Arabic light stemmer as it was before the broken-plural lexicon (issue 20)."""
    return {arabic.strip_suffixes(reading) for reading in arabic.prefix_readings(word)}


def surname_stems_only(word: str) -> set[str]:
    """Snowball + the surname rule, without the fleeting-vowel rule and irregular stems (issue 20)."""
    return {russian.drop_surname_ending(russian.snowball_stem(word))}


def pymorphy3_stems():
    """pymorphy3's lemma, then Snowball; None when pymorphy3 is not importable (not a project
    dependency: `pip install --target DIR pymorphy3 pymorphy3-dicts-ru`, DIR on PYTHONPATH)."""
    try:
        import pymorphy3
    except ImportError:
        return None
    morph = pymorphy3.MorphAnalyzer(lang="ru")
    return lambda word: {russian.snowball_stem(morph.parse(word)[0].normal_form)}


@dataclass(frozen=True)
class ComparisonAnalyzer(Analyzer):
    """The site's analysis with another Arabic or Russian stemmer (stop words unchanged)."""

    arabic_stems: Callable[[str], set[str]] | None = None
    russian_stems: Callable[[str], set[str]] | None = None

    def word_terms(self, script: str, word: str) -> set[str]:
        if script == "arabic" and self.arabic_stems:
            word = word[:MAX_TERM_LENGTH]
            return set() if arabic.is_stop_word(word) else self.arabic_stems(word)
        if script == "cyrillic" and self.russian_stems:
            word = russian.normalize_russian(word[:MAX_TERM_LENGTH])
            return set() if word in russian.STOP_WORDS else self.russian_stems(word)
        return super().word_terms(script, word)
