"""Russian search analysis: lower case, `ё` → `е`, Snowball Russian, surnames.

Every rule names an example word; docs/search.md explains them and the
measurements behind them.
"""

import Stemmer

from .normalize import fold_case

_SNOWBALL = Stemmer.Stemmer("russian")

# Function words that match almost every article (`в`, `и`, `на`…), folded like the
# words they are compared with (`всё`, `её`, `ещё` → `все`, `ее`, `еще`).
STOP_WORDS = frozenset(
    fold_case(
        """
    и в во не что он она оно они на я с со как а то все всё так его но да ты к
    у же вы за бы по только ее её мне было вот от меня еще ещё нет о из ему
    теперь когда даже ну вдруг ли если уже или ни быть был была были него до вас
    нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо
    ней для мы тебя их чем сам чтобы без будто чего раз тоже себе под будет ж
    тогда кто этот этого этой эти этом тем того ним здесь при об также который
    которая которые которых том между после через это
    """
    ).split()
)

# Snowball reads the `-ов`/`-ев` of a surname's nominative as a genitive plural
# ending and drops it (`Лавров` → `лавр`) but keeps it in every other case
# (`Лаврова`, `Лаврову`, `Лавровым` → `лавров`). Dropping a trailing `ов`/`ев`
# from the stem as well makes all cases meet (`лавров` → `лавр`). The few common
# words this touches stay consistent across their own forms (`готов`/`готова` → `гот`).
SURNAME_STEM_ENDINGS = ("ов", "ев")
MIN_STEM_AFTER_SURNAME_ENDING = 3


def normalize_russian(word: str) -> str:
    """`Ёлкин` → `елкин` (normalize.fold_case)."""
    return fold_case(word)


def snowball_stem(word: str) -> str:
    """`переговоров` → `переговор`."""
    return _SNOWBALL.stemWord(word)


def drop_surname_ending(stem: str) -> str:
    """`лавров` (stem of `Лаврова`) → `лавр`, the stem of `Лавров`; `слов` stays (too short)."""
    for ending in SURNAME_STEM_ENDINGS:
        if stem.endswith(ending) and len(stem) - len(ending) >= MIN_STEM_AFTER_SURNAME_ENDING:
            return stem[: -len(ending)]
    return stem


def surname_aware_stems(word: str) -> set[str]:
    """`Лавров`, `Лаврова`, `Лаврову` → `лавр` (Snowball alone gives `лавр`, `лавров`, `лавров`)."""
    return {drop_surname_ending(snowball_stem(word))}


def russian_terms(word: str) -> set[str]:
    """Index terms of one Russian word (already normalised), none for a stop word."""
    if word in STOP_WORDS:
        return set()
    return surname_aware_stems(word)
