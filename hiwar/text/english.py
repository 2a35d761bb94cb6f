"""English search analysis: lower case, possessive `'s`, transliterated names, Snowball English."""

import unicodedata

import Stemmer

from .normalize import unify_apostrophe

_SNOWBALL = Stemmer.Stemmer("english")

# Function words that match almost every article (`the`, `of`, `and`…).
STOP_WORDS = frozenset(
    """
    a an and are as at be but by for if in into is it no not of on or such that
    the their then there these they this to was will with from has have had its
    were been which who whom whose said says he she his her we our s
    """.split()
)


# Letters with no decomposition that readers type without their mark: Turkish
# dotless `ı` (`Çanakkale`/`Kırıkkale` → `kirikkale`), `ø`, `ł`, `ß`.
UNDECOMPOSABLE_LATIN = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "ß": "ss", "đ": "d"})
# Marks for ayn and hamza in transliterated Arabic: `Qurʾān`, `Shiʿa`, `Sana'a`.
TRANSLITERATION_MARKS = "'\u02bf\u02be\u2018\u2019\u02bc"


def normalize_english(word: str) -> str:
    """`Russia’s` → `russia's`: lower case, typographic apostrophe → ASCII."""
    return unify_apostrophe(word.lower())


def fold_latin_diacritics(word: str) -> str:
    """Names reach English copy with and without their marks: `Erdoğan` → `erdogan`,
    `Ḥajj` → `hajj`, `Qurʾān` → `quran`, `Kırşehir` → `kirsehir`."""
    decomposed = unicodedata.normalize("NFKD", word.translate(UNDECOMPOSABLE_LATIN))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def drop_transliteration_marks(word: str) -> str:
    """`qur'an` → `quran`, `sana'a` → `sanaa`, `shiʿa` → `shia` (after `'s` is gone)."""
    return "".join(char for char in word if char not in TRANSLITERATION_MARKS)


def drop_possessive(word: str) -> str:
    """`russia's` → `russia`, `ministers'` → `ministers`."""
    if word.endswith("'s"):
        return word[:-2]
    return word.rstrip("'")


def english_terms(word: str) -> set[str]:
    """`talks` → {`talk`}, `sanctioned` → {`sanction`}; none for a stop word (`the`)."""
    word = drop_transliteration_marks(drop_possessive(fold_latin_diacritics(word)))
    if not word or word in STOP_WORDS:
        return set()
    return {_SNOWBALL.stemWord(word)}
