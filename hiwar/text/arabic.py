"""Arabic search analysis: normalisation and light stemming.

The same rules run on articles and on queries, so whatever spelling a reader
types (with or without hamza, tashkeel, ta marbuta, clitics) meets the spelling
an editor wrote. Every rule names an example word. The spelling rules live in
`normalize`; this module owns the stop words, the clitic (prefix) list and the
suffixes. The rules and the measured comparison with Snowball Arabic are
explained in docs/search.md.

A word may yield more than one term: a leading `و ف ب ك ل` can be a clitic
(`وروسيا` = `و` + `روسيا`) or part of the word itself (`وزير` "minister"), and
`لل` can be `ل` + `ال` (`للعلاقات`) or `ل` + a word starting with `ل`
(`للافروف` = `ل` + `لافروف`). Instead of guessing, both readings are kept; a query
word matches when any of its readings meets any reading of a document word.

A broken plural also yields its singular's stem (`بالمعارض` → {`معارض`, `معرض`};
`للطلاب` → {`طلاب`, `طالب`, …}): the lexicon is `broken_plurals`, written for Hiwar.
"""

from .broken_plurals import plural_pairs
from .normalize import normalize_arabic

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

# Every chain of more than one letter: `وبال` in `وبالإضافة` is clitics, not a word
# (the importer's run-together check, hiwar.text.pages, does not split there).
CLITIC_CHAINS = frozenset(ARTICLE_PREFIXES + LAM_LAM_PREFIXES)

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


def strip_one_suffix(word: str) -> str:
    """The word without its first matching suffix, or the word itself: `علاقاتها` → `علاقات`."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM_AFTER_SUFFIX:
            return word[: -len(suffix)]
    return word


def strip_suffixes(word: str) -> str:
    """`علاقاتها` → `علاق`, `الروسيه`-less `روسيه` → `روس`, `تعاون` → `تعا`."""
    while (shorter := strip_one_suffix(word)) != word:
        word = shorter
    return word


# --- Broken plurals ----------------------------------------------------------------


def plural_table() -> dict[str, frozenset[str]]:
    """Normalised broken plural → the stems of its singulars: `معارض` → {`معرض`},
    `مكاتب` → {`مكتب`} (from `مكتب` and `مكتبة`), `طلبه` (`طلبة`) → {`طالب`}.
    A pair whose stems already meet is left out (`دولة`/`دول`: both `دول`)."""
    table: dict[str, set[str]] = {}
    for singular, plural in plural_pairs():
        singular, plural = normalize_arabic(singular), normalize_arabic(plural)
        singular_stem = strip_suffixes(singular)
        if singular_stem != strip_suffixes(plural):
            table.setdefault(plural, set()).add(singular_stem)
    return {plural: frozenset(stems) for plural, stems in table.items()}


PLURAL_STEMS = plural_table()


def reading_stems(reading: str) -> set[str]:
    """The reading without suffixes, plus its singular's stem when it is a broken plural,
    with or without a pronoun: `مشاريعها` → {`مشاريع`, `مشروع`}; `وزراءهم` → {`وزراء`, `وزير`}."""
    stems = set()
    form = reading
    while True:
        if form in PLURAL_STEMS:
            stems |= PLURAL_STEMS[form]
        shorter = strip_one_suffix(form)
        if shorter == form:
            break
        form = shorter
    stems.add(form)
    return stems


# --- The stemmer ------------------------------------------------------------------


def light_stems(word: str) -> set[str]:
    """Every clitic reading, each without suffixes (and a broken plural's singular stem).

    `والعلاقات` → {`علاق`}; `للافروف` → {`افروف`, `لافروف`}; `الروسية` → {`روس`};
    `بالمعارض` → {`معارض`, `معرض`}.
    (bench/stemmers.py holds Lucene's and Snowball's Arabic stemmers, measured against this one.)
    """
    return set().union(*(reading_stems(reading) for reading in prefix_readings(word)))


def arabic_terms(word: str) -> set[str]:
    """Index terms of one Arabic word (already normalised), none for a stop word."""
    if is_stop_word(word):
        return set()
    return light_stems(word)


def is_stop_word(word: str) -> bool:
    """`في` and `وفي`/`ففي` (with a conjunction) are stop words."""
    if word in STOP_WORDS:
        return True
    return word[:1] in CONJUNCTIONS and word[1:] in STOP_WORDS
