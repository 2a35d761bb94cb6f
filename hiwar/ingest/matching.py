"""Is this page a translation of one already on the site? Signals that survive translation.

- the date: translations of a news story carry the same publication day;
- the source: `تاس`, `ТАСС` and `TASS` are one agency (AGENCIES below);
- named entities: numbers (`2021`, `44.7`, `300`) are written alike in all three
  languages, and proper names keep their consonants across scripts once
  transliterated: `لافروف` → lfrf, `Лавров` → lfrf, `Lavrov` → lfrf.

Nothing here touches the database: `translation_score` compares two texts.
"""

from __future__ import annotations

import functools
import re

from hiwar.text.arabic import prefix_readings
from hiwar.text.normalize import ARABIC_LETTERS, fold, fold_arabic, to_western_digits
from hiwar.text.slugs import transliterate

# One agency, its names in Arabic, Russian and English (compared case-folded).
AGENCIES = {
    "tass": ("تاس", "تاس للأنباء", "ТАСС", "TASS"),
    "ria": ("ريا نوفوستي", "РИА Новости", "RIA Novosti", "RIA"),
    "interfax": ("إنترفاكس", "انترفاكس", "Интерфакс", "Interfax"),
    "sputnik": ("سبوتنيك", "Спутник", "Sputnik"),
    "rt": ("روسيا اليوم", "آر تي", "RT", "Russia Today"),
    "reuters": ("رويترز", "Рейтер", "Рейтерс", "Reuters"),
    "afp": ("فرانس برس", "أ ف ب", "Франс Пресс", "AFP"),
    "ap": ("أسوشيتد برس", "Ассошиэйтед Пресс", "AP", "Associated Press"),
    "khovar": ("خوفار", "Ховар", "Khovar"),
    "wam": ("وام", "WAM"),
    "sana": ("سانا", "САНА", "SANA"),
    "ina": ("واع", "INA"),
}


def _fold_name(name: str) -> str:
    return re.sub(r"\s+", " ", fold(name)).strip(" .\"'«»")


_AGENCY_BY_NAME = {_fold_name(name): agency for agency, names in AGENCIES.items() for name in names}


def agency_of(source: str | None) -> str | None:
    """`ТАСС` → "tass", `المصدر: تاس` already stripped to `تاس` → "tass"; unknown → the folded name."""
    if not source:
        return None
    folded = _fold_name(source)
    return _AGENCY_BY_NAME.get(folded, folded)


_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_NAME_WORD = re.compile(r"[^\W\d_]{4,}")
_ARABIC_LETTERS = re.compile(f"[{ARABIC_LETTERS}]")
_VOWELS_AND_GLIDES = re.compile("[aeiouyhw']")
# Spellings that differ between transliterations of one sound.
_SOUND_FOLDS = (
    ("dzh", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("sh", "s"),
    ("ch", "s"),
    ("th", "t"),
    ("dh", "d"),
    ("ts", "s"),
    ("v", "f"),
    ("p", "b"),
    ("q", "k"),
    ("c", "k"),
    ("x", "ks"),
)


@functools.lru_cache(maxsize=50_000)
def consonant_key(word: str) -> str:
    """The consonants of a name in Latin letters: `Лавров` → lfrf, `Tajikistan` → tjkstn."""
    latin = transliterate(word).lower()
    for spelling, sound in _SOUND_FOLDS:
        latin = latin.replace(spelling, sound)
    consonants = _VOWELS_AND_GLIDES.sub("", latin)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z]", "", consonants))


def entity_keys(text: str) -> set[str]:
    """Numbers and name-like words, comparable across ar/ru/en.

    Russian and English names are the capitalised words; Arabic has no capitals,
    so every Arabic word (without its clitic prefix) is taken.
    """
    text = to_western_digits(text)
    keys = {f"#{number.replace(',', '.')}" for number in _NUMBER.findall(text) if len(number) >= 2}
    for word in set(_NAME_WORD.findall(text)):
        if _ARABIC_LETTERS.match(word):
            # Arabic words carry prefixed clitics (arabic.prefix_readings: و and, ال the, ب with,
            # ل for); `لافروف` (Lavrov) starts with ل as if it were a clitic: keep every reading.
            folded = fold_arabic(word)
            readings = {folded} | prefix_readings(folded)
        elif word[0].isupper():
            readings = {word}
        else:
            continue
        keys.update(key for key in map(consonant_key, readings) if len(key) >= 3)
    return keys


def entity_overlap(first: set[str], second: set[str]) -> float:
    """Share of the smaller side's keys found in the other: 0–1."""
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))


SUGGESTION_THRESHOLD = 0.5


def translation_score(
    *, same_day: bool, source_a: str | None, source_b: str | None, entities_a: set[str], entities_b: set[str]
) -> float:
    """0–1: same day is required; then entity overlap, raised when the agencies match."""
    if not same_day:
        return 0.0
    score = entity_overlap(entities_a, entities_b)
    agency_a, agency_b = agency_of(source_a), agency_of(source_b)
    if agency_a and agency_b:
        score = min(1.0, score + 0.25) if agency_a == agency_b else score * 0.5
    return score
