"""Spelling variants folded before text is compared: the one home of each rule.

Search (`analysis`), date parsing (`dates`), slugs, the importer (`pages`,
`hiwar.ingest`) all call these functions; none keeps its own copy. Two
strengths are offered:

- `fold` (and `fold_arabic`): marks out, one alef, Western digits, lower case,
  `ё` → `е`. For comparing names, month names, site names and fingerprints,
  where the letters themselves must survive (`ة` stays `ة`).
- `normalize_arabic`: `fold_arabic` plus the letters typists confuse (`ى`/`ي`,
  `ة`/`ه`, the seats of hamza, Persian keyboard letters). For search terms only.

Regular expressions, not `str.translate`, strip and fold: translate with a
dict walks non-ASCII text character by character in Python and is ~6× slower
on an article. Nothing here imports Django.
"""

import re

# --- Arabic marks --------------------------------------------------------------

# Tashkeel carries no letters: the short vowels, tanween, shadda and sukun
# (U+064B–U+065F: `العَلاقاتُ` → `العلاقات`, `خاصاً` → `خاصا`, `الرُّوسيّة` → `الروسية`),
# the dagger alef (U+0670: `هٰذا` → `هذا`), the small honorific and Quranic signs
# above letters (U+0610–U+061A: `محمدؐ` → `محمد`) and the Quranic annotation marks
# (U+06D6–U+06ED: `الرحيمۖ` → `الرحيم`). A character-class body, for reuse in patterns.
TASHKEEL = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
# Tatweel (kashida) stretches a word for layout: `روســيا` → `روسيا`, `سبتمبـر` → `سبتمبر`.
TATWEEL = "\u0640"
# The Arabic letters proper, hamza to yeh (`ء` … `ي`), without marks or tatweel.
ARABIC_LETTERS = "\u0621-\u063f\u0641-\u064a"

_MARKS = re.compile(f"[{TASHKEEL}{TATWEEL}]")


def strip_tashkeel(text: str) -> str:
    """Tashkeel and tatweel out: `العَلاقـاتُ` → `العلاقات`."""
    return _MARKS.sub("", text)


# --- Alef and hamza --------------------------------------------------------------

# Alef with hamza above or below, with madda, and alef wasla are written and
# typed interchangeably with bare alef: `أحمد` `إيران` `آسيا` `ٱلله` → `احمد` `ايران` `اسيا` `الله`;
# `أبريل`/`ابريل`, `آذار`/`اذار` in month names.
ALEF_FORMS = "أإآٱ"
_ALEF_FORMS = re.compile(f"[{ALEF_FORMS}]")


def unify_alef(text: str) -> str:
    """`أبريل` → `ابريل`, `آذار` → `اذار`."""
    return _ALEF_FORMS.sub("ا", text)


def fold_arabic(text: str) -> str:
    """Marks out and one alef: `أبريل` → `ابريل`, `سبتمبـر` → `سبتمبر`, `خاصاً` → `خاصا`."""
    return unify_alef(strip_tashkeel(text))


# Letters typists confuse, folded for search (after `fold_arabic`):
LETTER_VARIANTS = str.maketrans(
    {
        # Alef maqsura and final yeh: `على`/`علي`, `موسى`/`موسي` → `ي`.
        "ى": "ي",
        # Ta marbuta and final heh: `الروسية`/`الروسيه` → `ه`.
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
    """Search spelling: `العَلاقاتُ الرُّوسيّة ٢٠٢٢` → `العلاقات الروسيه 2022`."""
    return to_western_digits(fold_arabic(text)).translate(LETTER_VARIANTS)


# --- Digits ------------------------------------------------------------------------

ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"  # U+0660–U+0669, used in Arabic news copy: ١٤ سبتمبر ٢٠٢٢
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"  # U+06F0–U+06F9, "extended" digits seen in pasted Persian/Urdu text
WESTERN = "0123456789"

_TO_WESTERN = str.maketrans(ARABIC_INDIC + PERSIAN, WESTERN * 2)
_TO_ARABIC_INDIC = str.maketrans(WESTERN, ARABIC_INDIC)
_EASTERN_DIGIT_RUN = re.compile("[\u0660-\u0669\u06f0-\u06f9]+")


def to_western_digits(text: str) -> str:
    """`٢٠٢٢` → `2022`, `۲۰۲۲` → `2022`; everything else untouched.

    Only the runs of digits are translated: `str.translate` over a whole article
    looks up every character (about 1.5 ms for 8 KB), the regex skips letters.
    """
    return _EASTERN_DIGIT_RUN.sub(lambda run: run.group().translate(_TO_WESTERN), text)


def to_arabic_indic_digits(text: str) -> str:
    """`14 سبتمبر 2022` → `١٤ سبتمبر ٢٠٢٢` (for display, the inverse of `to_western_digits`).

    Babel writes Latin digits even for `ar`, whose CLDR default numbering
    system is `arab`, so formatted dates are converted here.
    """
    return text.translate(_TO_ARABIC_INDIC)


# --- Cyrillic and Latin ----------------------------------------------------------


def yo_as_ye(text: str) -> str:
    """`ё` written `е`, as most Russian news copy does: `партнёрства` → `партнерства`, `всё` → `все`
    (lower-case `ё` only: fold the case first)."""
    return text.replace("ё", "е")


def fold_case(text: str) -> str:
    """Lower case, and `ё` as `е`: `Ёлкин` → `елкин`, `всё` → `все`."""
    return yo_as_ye(text.lower())


def unify_apostrophe(text: str) -> str:
    """The typographic apostrophe typed as the ASCII one: `Russia’s` → `Russia's`."""
    return text.replace("\u2019", "'")


# --- All together ------------------------------------------------------------------


def fold(text: str) -> str:
    """For comparing names and dates in any of the three scripts:
    `١٤ أيلول` → `14 ايلول`, `Ёлкин` → `елкин`, `TASS` → `tass`."""
    return fold_case(fold_arabic(to_western_digits(text)))
