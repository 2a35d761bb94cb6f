"""Russian search analysis: lower case, `ё` → `е`, Snowball Russian, surnames, fleeting vowels.

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


# A fleeting vowel (`рынок`/`рынка`, `посол`/`посла`, `отец`/`отца`, `ветер`/`ветра`,
# `Египет`/`Египте`): `о`/`е` between the last two consonants of the nominative,
# gone in every other form. Snowball keeps it in the nominative's stem (`рынок`) and
# not in the others' (`рынк`). Dropping `о`/`е` before a final `к ц л н р т` that
# follows a consonant, in every stem, makes them meet; stems without it are untouched.
# A word that never loses its vowel loses it in all its forms alike
# (`человек`, `человека` → `человк`), so it still meets itself.
FLEETING_VOWELS = "ое"
FLEETING_VOWEL_FINALS = "кцлнрт"
RUSSIAN_VOWELS = "аеиоуыэюяй"
MIN_STEM_FOR_FLEETING_VOWEL = 4
# Stems of words too short for Snowball to strip, or whose vowel goes in a way the
# rule cannot see: `день`, `дня`, `дней`, `дни` → `дн`; `лев`/`льва` → `льв`.
IRREGULAR_STEMS = {
    **dict.fromkeys(("ден", "дня", "дню", "днем", "дне", "дни", "дням", "днях"), "дн"),
    **dict.fromkeys(("лев", "льва", "льву", "львом", "льве", "львы", "льв"), "льв"),
    **dict.fromkeys(("сон", "сна", "сну", "сном", "сне", "сны", "снов"), "сн"),
    **dict.fromkeys(("пес", "пса", "псу", "псом", "псе", "псы", "псов"), "пс"),
    **dict.fromkeys(("рот", "рта", "рту", "ртом", "рте", "рты", "ртов"), "рт"),
}


def drop_fleeting_vowel(stem: str) -> str:
    """`рынок` → `рынк` (the stem of `рынка`), `посол` → `посл`, `египет` → `египт`;
    after a vowel the `е` is written `й`: `боец` → `бойц` (the stem of `бойца`)."""
    if (
        len(stem) >= MIN_STEM_FOR_FLEETING_VOWEL
        and stem[-1] in FLEETING_VOWEL_FINALS
        and stem[-2] in FLEETING_VOWELS
    ):
        if stem[-3] not in RUSSIAN_VOWELS:
            return stem[:-2] + stem[-1]
        if stem[-2] == "е" and stem[-1] == "ц":
            return stem[:-2] + "й" + stem[-1]
    return stem


def surname_aware_stems(word: str) -> set[str]:
    """`Лавров`, `Лаврова`, `Лаврову` → `лавр` (Snowball alone gives `лавр`, `лавров`, `лавров`);
    `рынок`, `рынка` → `рынк`; `день`, `дня`, `дней` → `дн`."""
    stem = snowball_stem(word)
    if stem in IRREGULAR_STEMS:
        return {IRREGULAR_STEMS[stem]}
    return {drop_fleeting_vowel(drop_surname_ending(stem))}


def russian_terms(word: str) -> set[str]:
    """Index terms of one Russian word (already normalised), none for a stop word."""
    if word in STOP_WORDS:
        return set()
    return surname_aware_stems(word)
