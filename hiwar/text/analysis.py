"""One entry point for search analysis: `analyze(text, lang)` → index terms.

Documents and queries go through the same rules. Each word is analysed by the
rules of its script — Arabic letters by `arabic`, Cyrillic by `russian`, Latin
by `english`, digits as they are — so a Latin name inside an Arabic article
(`BRICS`) is stemmed exactly as in an English query, and `lang='all'` needs no
guess. `lang` is checked, and only chooses which articles a search looks at.

For queries, `analyze_query` keeps one group of alternative terms per word
(`للافروف` → (`افروف`, `لافروف`)): a document matches a word when it has any
term of its group.

Names also get a transliteration key (`names`: `Лавров`, `لافروف`, `Lavrov` → `0lfr`),
indexed beside the word's terms for every Arabic word and every capitalised Latin or
Cyrillic one. Only `analyze_query(text, "all")` adds keys to a query, so a search in one
language matches exactly as before.
"""

import itertools
import re
import unicodedata
from dataclasses import dataclass, field

from . import arabic, english, names, russian
from .languages import LANGUAGE_CODES, spelled_out
from .normalize import TASHKEEL, TATWEEL, normalize_arabic, unify_apostrophe

# Words (letters, with an inner apostrophe for `Russia's`) and numbers; a number
# glued to a word is split off (`30الماضية` → `30`, `الماضيه`).
WORD_OR_NUMBER = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*|\d+")
# Runs of raw text that hold words: letters and digits with their tashkeel,
# tatweel, combining accents and apostrophes (`العَلاقاتُ`, `Erdoğan`, `Russia’s`).
# Text is cut into these first, so each distinct run is analysed only once and
# highlighting can point at the very characters that matched.
RAW_WORD = re.compile(rf"[\w\u0300-\u036f{TASHKEEL}{TATWEEL}'\u2019]+")
CACHE_SIZE = 300_000

MAX_QUERY_WORDS = 32
MAX_TERM_LENGTH = 60  # longer "words" are noise (URLs, pasted base64); they are cut


def script_of(char: str) -> str:
    """`ع` → arabic, `ж` → cyrillic, `w` → latin, `7` → digit."""
    if char.isdigit():
        return "digit"
    code = ord(char)
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF:
        return "arabic"
    if 0x0400 <= code <= 0x052F:
        return "cyrillic"
    return "latin"


def normalize_text(text: str) -> str:
    """Unicode compatibility forms (`ﻻ` → `لا`), Arabic normalisation, Western digits."""
    return unify_apostrophe(normalize_arabic(unicodedata.normalize("NFKC", text)))


def split_by_script(token: str) -> list[tuple[str, str]]:
    """`gالعلاقات` → [(latin, `g`), (arabic, `العلاقات`)]."""
    return [(script, "".join(chars)) for script, chars in itertools.groupby(token, key=script_of)]


@dataclass(frozen=True)
class Analyzer:
    """The rules in use, with a cache of the words already analysed.

    (bench/stemmers.py subclasses it to measure other stemmers on the relevance set.)
    """

    _cache: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def word_terms(self, script: str, word: str) -> set[str]:
        word = word[:MAX_TERM_LENGTH]
        if script == "digit":
            return {word}
        if script == "arabic":
            return arabic.arabic_terms(word)
        if script == "cyrillic":
            return russian.russian_terms(russian.normalize_russian(word))
        return english.english_terms(english.normalize_english(word))

    def word_key(self, script: str, word: str) -> str | None:
        """The transliteration key of one word (`names`), None for digits and short skeletons.

        Arabic: the key of each clitic reading, the longest that gives one
        (`للافروف` → `لافروف` → `0lfr`)."""
        word = word[:MAX_TERM_LENGTH]
        if script == "arabic":
            keys = [names.arabic_key(reading) for reading in arabic.prefix_readings(word)]
            keys = sorted((key for key in keys if key), key=len, reverse=True)
            return keys[0] if keys else None
        if script == "cyrillic":
            return names.russian_key(russian.normalize_russian(word))
        if script == "latin":
            return names.latin_key(
                english.drop_transliteration_marks(
                    english.drop_possessive(english.fold_latin_diacritics(english.normalize_english(word)))
                )
            )
        return None

    def analysed_words(self, text: str):
        """(terms, key, script, word) per word, stop words left out; cached per raw run. `key` is
        computed for words that look like names (every Arabic word, capitalised Latin or Cyrillic
        ones), else left None: a query in all languages computes it when it needs it."""
        for chunk in RAW_WORD.findall(text):
            words = self._cache.get(chunk)
            if words is None:
                words = self._cache[chunk] = self.chunk_words(chunk)
                if len(self._cache) > CACHE_SIZE:
                    self._cache.clear()
            yield from words

    def chunk_words(self, chunk: str) -> tuple[tuple[tuple[str, ...], str | None, str, str], ...]:
        """`والعَلاقاتُ` → (((`علاق`,), `0lkt`, `arabic`, `والعلاقات`),)."""
        words = []
        for token in WORD_OR_NUMBER.findall(normalize_text(chunk)):
            for script, word in split_by_script(token):
                terms = self.word_terms(script, word)
                if terms:
                    # Arabic has no capitals to tell a name: every Arabic word may be one.
                    name_like = script == "arabic" or (script != "digit" and word[:1].isupper())
                    key = self.word_key(script, word) if name_like else None
                    words.append((tuple(sorted(terms)), key, script, word))
        return tuple(words)

    def word_groups(self, text: str, keys: str = "names"):
        """One sorted tuple of alternative terms per word, stop words left out, with the
        word's transliteration key: `keys="names"` for words that look like names (documents),
        `"all"` for every word (a query in all languages), `"none"` for none."""
        for terms, key, script, word in self.analysed_words(text):
            if keys == "all" and key is None:
                key = self.word_key(script, word)
            if key and keys != "none":
                yield (*terms, key)
            else:
                yield terms

    def chunk_groups(self, chunk: str) -> tuple[tuple[str, ...], ...]:
        """`والعَلاقاتُ` → ((`علاق`, `0lkt`),); `30الماضية` → ((`30`,), (`ماض`, …))."""
        return tuple(self.word_groups(chunk))

    def analyze(self, text: str) -> list[str]:
        return [term for terms in self.word_groups(text) for term in terms]

    def analyze_query(self, text: str, all_languages: bool = False) -> list[tuple[str, ...]]:
        groups: list[tuple[str, ...]] = []
        for group in self.word_groups(text, "all" if all_languages else "none"):
            if group not in groups:
                groups.append(group)
            if len(groups) == MAX_QUERY_WORDS:
                break
        return groups


DEFAULT_ANALYZER = Analyzer()


def check_language(lang: str) -> None:
    if lang not in LANGUAGE_CODES and lang != "all":
        raise ValueError(f"unknown language {lang!r}: expected {spelled_out('all')}")


def analyze(text: str, lang: str) -> list[str]:
    """Index terms of a text: `والعلاقات الروسية ٢٠٢٢` → [`علاق`, `روس`, `2022`]."""
    check_language(lang)
    return DEFAULT_ANALYZER.analyze(text)


def analyze_query(text: str, lang: str) -> list[tuple[str, ...]]:
    """Query terms, one group of alternatives per word: `للافروف` → [(`افروف`, `لافروف`)];
    with `lang="all"` each word's transliteration key too: `Лавров` → [(`лавр`, `0lfr`)]."""
    check_language(lang)
    return DEFAULT_ANALYZER.analyze_query(text, all_languages=lang == "all")


def highlight_spans(text: str, query_terms: set[str], analyzer: Analyzer = DEFAULT_ANALYZER):
    """(start, end) of each raw word of `text` that has a term in `query_terms`."""
    for match in RAW_WORD.finditer(text):
        terms = set().union(*analyzer.word_groups(match.group(), "all"))
        if terms & query_terms:
            yield match.start(), match.end()
