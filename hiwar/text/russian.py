"""Russian search analysis: lower case, `ё` → `е`, Snowball Russian, surnames.

Every rule names an example word; docs/search.md explains them and the
measurements behind them.
"""

import Stemmer

_SNOWBALL = Stemmer.Stemmer("russian")

# Function words that match almost every article (`в`, `и`, `на`…).
STOP_WORDS = frozenset(
    """
    и в во не что он она оно они на я с со как а то все всё так его но да ты к
    у же вы за бы по только ее её мне было вот от меня еще ещё нет о из ему
    теперь когда даже ну вдруг ли если уже или ни быть был была были него до вас
    нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо
    ней для мы тебя их чем сам чтобы без будто чего раз тоже себе под будет ж
    тогда кто этот этого этой эти этом тем того ним здесь при об также который
    которая которые которых том между после через это
    """.replace("ё", "е").split()
)

# Snowball reads the `-ов`/`-ев` of a surname's nominative as a genitive plural
# ending and drops it (`Лавров` → `лавр`) but keeps it in every other case
# (`Лаврова`, `Лаврову`, `Лавровым` → `лавров`). Dropping a trailing `ов`/`ев`
# from the stem as well makes all cases meet (`лавров` → `лавр`). The few common
# words this touches stay consistent across their own forms (`готов`/`готова` → `гот`).
SURNAME_STEM_ENDINGS = ("ов", "ев")
MIN_STEM_AFTER_SURNAME_ENDING = 3


def normalize_russian(word: str) -> str:
    """`Ёлкин` → `елкин`: lower case, and `ё` is written as `е` in most news copy."""
    return word.lower().replace("ё", "е")


def snowball_stem(word: str) -> str:
    """`переговоров` → `переговор`."""
    return _SNOWBALL.stemWord(word)


def drop_surname_ending(stem: str) -> str:
    """`лавров` (stem of `Лаврова`) → `лавр`, the stem of `Лавров`; `слов` stays (too short)."""
    for ending in SURNAME_STEM_ENDINGS:
        if stem.endswith(ending) and len(stem) - len(ending) >= MIN_STEM_AFTER_SURNAME_ENDING:
            return stem[: -len(ending)]
    return stem


def snowball_stems(word: str) -> set[str]:
    """Snowball Russian alone (kept to measure against): `Лаврова` → `лавров` ≠ `лавр`."""
    return {snowball_stem(word)}


def surname_aware_stems(word: str) -> set[str]:
    """The stemmer in use: `Лавров`, `Лаврова`, `Лаврову` → `лавр`."""
    return {drop_surname_ending(snowball_stem(word))}


STEMMERS = {"snowball+surnames": surname_aware_stems, "snowball": snowball_stems}


def russian_terms(word: str, stemmer: str = "snowball+surnames") -> set[str]:
    """Index terms of one Russian word (already normalised), none for a stop word."""
    if word in STOP_WORDS:
        return set()
    return STEMMERS[stemmer](word)
