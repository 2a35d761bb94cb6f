"""Arabic search analysis: normalisation and light stemming.

The same rules run on articles and on queries, so whatever spelling a reader
types (with or without hamza, tashkeel, ta marbuta, clitics) meets the spelling
an editor wrote. Every rule names an example word. The rules and the measured
comparison with Snowball Arabic are explained in docs/search.md.

A word may yield more than one term: a leading `و ف ب ك ل` can be a clitic
(`وروسيا` = `و` + `روسيا`) or part of the word itself (`وزير` "minister"), and
`لل` can be `ل` + `ال` (`للعلاقات`) or `ل` + a word starting with `ل`
(`للافروف` = `ل` + `لافروف`). Instead of guessing, both readings are kept; a query
word matches when any of its readings meets any reading of a document word.
"""

import re

import Stemmer

from .digits import to_western_digits

# --- Normalisation ------------------------------------------------------------

# Tashkeel (fatha, damma, kasra, tanween, shadda, sukun, dagger alef…) and tatweel
# carry no letters: `العَلاقات` → `العلاقات`, `روســيا` → `روسيا`.
TASHKEEL_AND_TATWEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")

LETTER_VARIANTS = str.maketrans(
    {
        # Alef with hamza above/below, madda, wasla are written and typed
        # interchangeably with bare alef: `أحمد` `إيران` `آسيا` `ٱلله` → `احمد` `ايران` `اسيا` `الله`.
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        # Alef maqsura and final yeh are confused in typing: `على`/`علي`, `موسى`/`موسي` → `ي`.
        "ى": "ي",
        # Ta marbuta and final heh are confused in typing: `الروسية`/`الروسيه` → `ه`.
        "ة": "ه",
        # Hamza on waw or yeh varies between Egyptian and Levantine spelling:
        # `مسؤول`/`مسئول`, `شؤون`/`شئون` → hamza on the line `ء` (`مسءول`, `شءون`).
        "ؤ": "ء",
        "ئ": "ء",
        # Persian/Urdu keyboard letters in pasted text: `کتاب` → `كتاب`, `علی` → `علي`.
        "ک": "ك",
        "ی": "ي",
    }
)


def normalize_arabic(text: str) -> str:
    """`العَلاقاتُ الرُّوسيّة ٢٠٢٢` → `العلاقات الروسيه 2022`."""
    text = TASHKEEL_AND_TATWEEL.sub("", text)
    return to_western_digits(text).translate(LETTER_VARIANTS)


# --- Stop words -----------------------------------------------------------------

# Function words that match almost every article; written already normalised
# (`إلى` → `الي`, `على` → `علي`, `التى` → `التي`).
STOP_WORDS = frozenset(
    """
    في من الي علي عن مع ان او ام ثم لا لم لن ما قد كل بين عند حتي منذ خلال
    هذا هذه ذلك تلك هو هي هم هما نحن انا انت الذي التي الذين اللذين اللتين
    كان كانت يكون تكون قال قالت وقال وقالت اي لكن بل اذا لقد ايضا حيث الا ال
    """.split()
)

# --- Clitics (prefixes) ---------------------------------------------------------

# Conjunction + preposition + article, longest first. The article `ال` is a
# strong signal, so when a word starts with one of these the bare stem is the
# only reading: `والعلاقات` `بالعلاقات` `وبالعلاقات` `فالعلاقات` `كالعاده` → `علاقات`…
ARTICLE_PREFIXES = ("وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال", "ال")

# `لل` is `ل` + `ال` with the alef dropped (`للعلاقات` = `ل` + `العلاقات`) or `ل` + a
# word that starts with `ل` (`للافروف` = `ل` + `لافروف`): both readings are kept.
LAM_LAM_PREFIXES = ("ولل", "فلل", "لل")

# One-letter clitics: conjunction `و ف`, then preposition `ب ك ل`
# (`وروسيا`, `فموسكو`, `بموسكو`, `كرئيس`, `لروسيا`, `ولروسيا`).
CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ك", "ل")

# A stem left after removing a clitic must keep this many letters
# (`بحث` "research" is not `ب` + `حث`).
MIN_STEM_AFTER_ARTICLE = 2
MIN_STEM_AFTER_LETTER = 3


def prefix_readings(word: str) -> set[str]:
    """The word without its proclitics, in every plausible reading.

    `والعلاقات` → {`علاقات`}; `للافروف` → {`افروف`, `لافروف`};
    `وزير` → {`وزير`, `زير`}; `بحث` → {`بحث`}.
    """
    for prefix in ARTICLE_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM_AFTER_ARTICLE:
            return {word[len(prefix) :]}
    for prefix in LAM_LAM_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM_AFTER_ARTICLE:
            # `للعلاقات` → `علاقات`, and `للافروف` → `لافروف` (drop only the first `ل`).
            return {word[len(prefix) :], word[len(prefix) - 1 :]}
    return one_letter_clitic_readings(word)


def one_letter_clitic_readings(word: str) -> set[str]:
    """`ولروسيا` → {`ولروسيا`, `لروسيا`, `روسيا`}; `وزير` → {`وزير`, `زير`}."""
    readings = {word}
    for conjunction in ("", *CONJUNCTIONS):
        if not word.startswith(conjunction):
            continue
        after_conjunction = word[len(conjunction) :]
        for preposition in ("", *PREPOSITIONS):
            if not after_conjunction.startswith(preposition):
                continue
            stem = after_conjunction[len(preposition) :]
            if len(stem) >= MIN_STEM_AFTER_LETTER:
                readings.add(stem)
    return readings


# --- Suffixes --------------------------------------------------------------------

# Tried in this order, repeatedly, while the stem keeps MIN_STEM_AFTER_SUFFIX letters.
SUFFIXES = (
    "هما",  # pronoun "their (two)": `علاقاتهما` → `علاقات` → `علاق`
    "هم",  # pronoun "their": `وزرائهم` → `وزراء`
    "كم",  # pronoun "your": `بلادكم` → `بلاد`
    "ها",  # pronoun "her/its": `علاقاتها` → `علاقات` → `علاق`
    "ات",  # sound feminine plural: `العلاقات` → `علاق`
    "ون",  # sound masculine plural (nominative): `المسلمون` → `مسلم`
    "ين",  # sound masculine plural / dual (oblique): `المسلمين` → `مسلم`
    "ان",  # dual: `البلدان` → `بلد`; nisba noun: `ايران`/`ايراني` both → `اير`
    "يه",  # feminine nisba, `ية` after normalisation: `الروسية` → `روس`
    "ه",  # ta marbuta (`ة` after normalisation) or pronoun "his": `علاقة` → `علاق`
    "ي",  # nisba or pronoun "my": `روسي` → `روس`
)
MIN_STEM_AFTER_SUFFIX = 3


def strip_suffixes(word: str) -> str:
    """`علاقاتها` → `علاق`, `الروسيه`-less `روسيه` → `روس`, `تعاون` → `تعا`."""
    changed = True
    while changed:
        changed = False
        for suffix in SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM_AFTER_SUFFIX:
                word = word[: -len(suffix)]
                changed = True
                break
    return word


# --- Stemmers compared on the relevance set ---------------------------------------


def light_stems(word: str) -> set[str]:
    """Our stemmer (the one in use): every clitic reading, each without suffixes.

    `والعلاقات` → {`علاق`}; `للافروف` → {`افروف`, `لافروف`}; `الروسية` → {`روس`}.
    """
    return {strip_suffixes(reading) for reading in prefix_readings(word)}


# Lucene's ArabicStemmer, as written (one prefix, one pass over its suffixes),
# kept to measure against: `للافروف` → `افروف` but `لافروف` → `لافروف`.
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


_SNOWBALL = Stemmer.Stemmer("arabic")


def snowball_stems(word: str) -> set[str]:
    """Snowball Arabic (PyStemmer; PostgreSQL's `arabic` config is the same algorithm)."""
    return {_SNOWBALL.stemWord(word)}


STEMMERS = {"light": light_stems, "lucene": lucene_stems, "snowball": snowball_stems}


def arabic_terms(word: str, stemmer: str = "light") -> set[str]:
    """Index terms of one Arabic word (already normalised), none for a stop word."""
    if is_stop_word(word):
        return set()
    return STEMMERS[stemmer](word)


def is_stop_word(word: str) -> bool:
    """`في` and `وفي`/`ففي` (with a conjunction) are stop words."""
    if word in STOP_WORDS:
        return True
    return word[:1] in CONJUNCTIONS and word[1:] in STOP_WORDS
