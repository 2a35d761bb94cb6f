"""English search analysis: lower case, possessive `'s`, Snowball English."""

import Stemmer

_SNOWBALL = Stemmer.Stemmer("english")

# Function words that match almost every article (`the`, `of`, `and`…).
STOP_WORDS = frozenset(
    """
    a an and are as at be but by for if in into is it no not of on or such that
    the their then there these they this to was will with from has have had its
    were been which who whom whose said says he she his her we our s
    """.split()
)


def normalize_english(word: str) -> str:
    """`Russia’s` → `russia's`: lower case, typographic apostrophe → ASCII."""
    return word.lower().replace("\u2019", "'")


def drop_possessive(word: str) -> str:
    """`russia's` → `russia`, `ministers'` → `ministers`."""
    if word.endswith("'s"):
        return word[:-2]
    return word.rstrip("'")


def english_terms(word: str) -> set[str]:
    """`talks` → {`talk`}, `sanctioned` → {`sanction`}; none for a stop word (`the`)."""
    word = drop_possessive(word)
    if not word or word in STOP_WORDS:
        return set()
    return {_SNOWBALL.stemWord(word)}
