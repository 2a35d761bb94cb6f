"""Names across scripts: one transliteration key for `Лавров`, `لافروف` and `Lavrov`.

A name is written in each language's letters, so the three versions of a story
share no index term. The key is the name's consonant skeleton in a small common
alphabet (vowels dropped, letters grouped by how they are transliterated between
Arabic, Russian and English), after the endings that differ between the scripts:

- `Лавров`, `Лаврова`, `Лавровым`, `Lavrov`, `لافروف`, `للافروف` → `lfr`
  (case endings and the surname ending `-ов`/`-ov`/`وف` go; `в`/`v`/`ف` are one letter);
- `Путин`, `Putin`, `بوتين` → `btn` (Arabic has no `p`: `п`/`p`/`ب` are one letter);
- `Захарова`, `Zakharova`, `زاخاروفا` → `zhr` (`х`/`kh`/`خ` are one letter; so are
  `g`/`k`/`q`/`غ`/`ق`/`ك`: `Эрдоган`, `Erdogan`, `أردوغان` → `rdkn`).

The key is stored as an index term `0` + skeleton (`0lfr`): a number is never glued
to letters in a term, so no word can be a key. `analysis` indexes the key of every
Arabic word (Arabic has no capitals to tell a name) and of every capitalised
Latin or Cyrillic word; only a query with `lang=all` looks keys up, so a search in
one language is unchanged. Keys shorter than three letters are not made
(`Сиси` → `ss` would meet too many words), so short names (`Шойгу` → `xk`) are not
joined across scripts by a key: only the translation links of their stories join them.
"""

import re

KEY_PREFIX = "0"
MIN_KEY_LETTERS = 3

# --- Arabic ------------------------------------------------------------------------
# Letters → key letters; the long vowels and the letters that carry them (`ا و ي`), ayn
# and hamza give nothing (`لافروف` → `lfrf` before the ending goes).
ARABIC_KEY_LETTERS = str.maketrans(
    {
        "ب": "b",  # `بوتين` Putin: Arabic writes p as ب
        "ت": "t",
        "ث": "t",
        "ج": "j",  # `جواد` Javad, Джавад
        "ح": "h",
        "خ": "h",  # `زاخاروفا` Zakharova, Захарова
        "د": "d",
        "ذ": "z",
        "ر": "r",
        "ز": "z",
        "س": "s",
        "ش": "x",  # x stands for sh: `شويغو` Shoigu, Шойгу
        "ص": "s",
        "ض": "d",
        "ط": "t",
        "ظ": "z",
        "غ": "k",  # g and k are one key letter: `شويغو` Shoigu, `أردوغان` Erdogan
        "ف": "f",  # f and v: `لافروف` Lavrov
        "ق": "k",
        "ك": "k",
        "ل": "l",
        "م": "m",
        "ن": "n",
        "ه": "h",
        "ا": "",
        "و": "",
        "ي": "",
        "ع": "",
        "ء": "",
    }
)
# The Russian surname endings as Arabic writes them: `-ов` → `وف` (`لافروف`), `-ев` → `يف`
# (`ميدفيديف` Medvedev), with the feminine `ا` already gone (`زاخاروفا`).
ARABIC_SURNAME_ENDINGS = ("وف", "يف")
ARABIC_FINAL_VOWELS = "اوي"

# --- Russian -------------------------------------------------------------------------
RUSSIAN_KEY_LETTERS = str.maketrans(
    {
        "б": "b",
        "п": "b",
        "в": "f",
        "ф": "f",
        "г": "k",
        "к": "k",
        "х": "h",
        "д": "d",
        "т": "t",
        "з": "z",
        "ж": "j",
        "с": "s",
        "ц": "ts",
        "ш": "x",
        "щ": "x",
        "ч": "tx",  # `Чубайс`, `تشوبايس`, Chubais
        "л": "l",
        "м": "m",
        "н": "n",
        "р": "r",
        **dict.fromkeys("аеёиоуыэюяйьъ", ""),
    }
)
RUSSIAN_FINAL_VOWELS = "аеёиоуыэюяй"
# `дж` is one sound, written `ج` and `j`/`dzh`: `Худжанд`, `خوجند`, Khujand → `hjnd`
# (not `hdjnd`); `Джавад` → `jfd` like Javad.
RUSSIAN_DIGRAPHS = (("дж", "ж"),)
# Case endings with a consonant, after the vowels of the other cases are gone:
# `Путиным` → `путин`, `Эрдоганом` → `эрдоган`.
RUSSIAN_CONSONANT_ENDINGS = ("ом", "ем", "ым", "им")
RUSSIAN_SURNAME_ENDINGS = ("ов", "ев")

# --- Latin -----------------------------------------------------------------------------
# Digraphs first (`kh` before `k`, `dzh` before `zh`), then single letters.
LATIN_DIGRAPHS = (
    ("dzh", "j"),
    ("kh", "h"),
    ("sh", "x"),
    ("ch", "tx"),
    ("zh", "j"),
    ("dj", "j"),
    ("gh", "k"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "z"),
    ("ck", "k"),
)
LATIN_KEY_LETTERS = str.maketrans(
    {
        "p": "b",
        "v": "f",
        "g": "k",
        "q": "k",
        "c": "k",
        **dict.fromkeys("aeiouyw", ""),
    }
)
LATIN_FINAL_VOWELS = "aeiouy"
LATIN_SURNAME_ENDINGS = ("off", "ov", "ev")
LATIN_DIGRAPH_PATTERN = re.compile("|".join(digraph for digraph, _ in LATIN_DIGRAPHS))
LATIN_DIGRAPH_KEYS = dict(LATIN_DIGRAPHS)

_REPEATS = re.compile(r"(.)\1+")


def strip_ending(word: str, vowels: str, endings: tuple[str, ...], keep: int = 3) -> str:
    """Final vowels, then one of `endings`, while `keep` letters stay: `лаврова` → `лавров`."""
    while len(word) > keep and word[-1] in vowels:
        word = word[:-1]
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= keep:
            return word[: -len(ending)]
    return word


def skeleton_key(letters: str) -> str | None:
    """`lfr` → `0lfr`; repeated key letters are one (`محمد`, `Mohammed`, `Мухаммед` → `mhmd`);
    None when fewer than three letters are left."""
    letters = _REPEATS.sub(r"\1", letters)
    if len(letters) < MIN_KEY_LETTERS:
        return None
    return KEY_PREFIX + letters


def arabic_key(word: str) -> str | None:
    """A normalised Arabic word (clitics already removed): `لافروف` → `0lfr`, `بوتين` → `0btn`."""
    word = strip_ending(word, ARABIC_FINAL_VOWELS, ARABIC_SURNAME_ENDINGS)
    return skeleton_key(word.translate(ARABIC_KEY_LETTERS))


def russian_key(word: str) -> str | None:
    """A lower-case Russian word: `лавровым` → `лавров` → `лавр` → `0lfr`; `путину` → `0btn`."""
    word = strip_ending(word, RUSSIAN_FINAL_VOWELS, ())
    for ending in RUSSIAN_CONSONANT_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    word = strip_ending(word, "", RUSSIAN_SURNAME_ENDINGS)
    for digraph, letter in RUSSIAN_DIGRAPHS:
        word = word.replace(digraph, letter)
    return skeleton_key(word.translate(RUSSIAN_KEY_LETTERS))


def latin_key(word: str) -> str | None:
    """A lower-case Latin word, marks folded: `lavrov` → `0lfr`, `zakharova` → `0zhr`,
    `mishustin` → `0mxstn` (`x` is the key letter of sh, so a written `x` is `ks` first)."""
    word = strip_ending(word, LATIN_FINAL_VOWELS, LATIN_SURNAME_ENDINGS).replace("x", "ks")
    word = LATIN_DIGRAPH_PATTERN.sub(lambda digraph: LATIN_DIGRAPH_KEYS[digraph.group()], word)
    return skeleton_key(word.translate(LATIN_KEY_LETTERS))


def is_name_key(term: str) -> bool:
    """`0lfr` is a key; `2022`, `lavrov` are not."""
    return term[:1] == KEY_PREFIX and not term.isdigit()
