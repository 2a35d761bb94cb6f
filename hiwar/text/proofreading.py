"""Proofreading: the slips real news copy has, in Arabic, Russian and English.

One function per check; each takes one block's text (and what else it needs) and
yields `Warning`s. `proofread()` runs them all over a page: its title (block 0) and
its body blocks (1, 2, …). The importer (`hiwar.text.pages`), the editor
(`hiwar.proofreading`) and `manage.py proofread` all call `proofread()`; no other
copy of these rules exists. The rules, with examples, are in docs/proofreading.md.

Hunspell-style spell-checkers miss most of these slips (`الوزيرلافروف` is one
unknown word to them, `إن"إهذا` two known ones), so the checks below come first and
spelling (`hiwar.text.spelling`) comes last, skipping words another check has
already quoted.

Bad input never raises: empty text gives nothing, lone surrogates are read as
U+FFFD, bidi override characters are reported (`bidi-control`), and a page yields
at most MAX_WARNINGS warnings (a pasted 5 MB dump would otherwise bury the editor).
Nothing here imports Django.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from hiwar.text.analysis import DEFAULT_ANALYZER
from hiwar.text.arabic import CLITIC_CHAINS, prefix_readings
from hiwar.text.dates import find_dates
from hiwar.text.languages import LANGUAGE_CODES, detect_language
from hiwar.text.names import arabic_key
from hiwar.text.normalize import ARABIC_LETTERS, TASHKEEL, TATWEEL, fold, fold_arabic, yo_as_ye


def gettext_noop(message: str) -> str:
    """Marks a message for the catalogues (makemessages reads this name); the
    Django side translates it with gettext at display time."""
    return message


# Words are folded again and again (the site's vocabulary on every call, each word of
# a page): once per distinct word and process.
fold_word = functools.lru_cache(maxsize=200_000)(fold)

MAX_WARNINGS = 500
EXCERPT_MAX = 80  # characters of a quoted excerpt
MAX_SUGGESTIONS = 20  # spelling suggestions asked of Hunspell per page (the slow part)


@dataclass(frozen=True)
class Warning:  # noqa: A001 - the issue's name; never raised, only reported
    """One slip: which check, where (0 = title, 1… = body blocks), the words, a fix.

    `message` is the untranslated English template (`%(excerpt)s`, `%(fix)s`);
    `suggestion` is it filled in. The editor translates `message` instead.
    """

    check: str
    block: int
    excerpt: str
    message: str
    fix: str = ""

    @property
    def suggestion(self) -> str:
        return self.message % {"excerpt": self.excerpt, "fix": self.fix}

    @property
    def key(self) -> str:
        """Stable across saves of the same words: what a dismissal remembers."""
        return hashlib.sha1(f"{self.check}\0{self.excerpt}".encode("utf-8", "replace")).hexdigest()[:16]

    def as_json(self) -> dict:
        return {
            "check": self.check,
            "block": self.block,
            "excerpt": self.excerpt,
            "suggestion": self.suggestion,
        }


# --- shared pieces ------------------------------------------------------------------

_ARABIC_LETTER = f"[{ARABIC_LETTERS}]"
_ARABIC_WORD = re.compile(f"[{ARABIC_LETTERS}{TASHKEEL}{TATWEEL}]+")
# Words of eight letters or more (marks aside): the only ones run-together can split.
_LONG_ARABIC_WORD = re.compile(f"(?:[{ARABIC_LETTERS}][{TASHKEEL}{TATWEEL}]*){{8,}}")
_CYRILLIC = "\u0400-\u04ff"
_SURROGATES = re.compile("[\ud800-\udfff]")
_TRAILING_PUNCTUATION = ".,;:!?،؛؟…)]}»”\"'"
_LEADING_PUNCTUATION = "([{«“\"'"


def _safe(text: str | None) -> str:
    """Lone surrogates (from broken JSON or clipboard) → U+FFFD, same length."""
    if not text:
        return ""
    return _SURROGATES.sub("\ufffd", text)


def _words_around(text: str, start: int, end: int, before: int = 0) -> str:
    """The whitespace-delimited words covering text[start:end], plus `before` words to
    the left, outer punctuation trimmed unless it is part of the match."""
    # Looked for within a window: a pasted megabyte without spaces costs no more.
    low, high = max(0, start - 2 * EXCERPT_MAX), min(len(text), end + 2 * EXCERPT_MAX)
    left = start
    for _ in range(before + 1):
        left = text.rfind(" ", low, max(low, left - (0 if _ == 0 else 1)))
        if left < 0:
            break
    left = left + 1 if left >= 0 else low
    right = text.find(" ", end, high)
    right = right if right >= 0 else high
    while right > end and text[right - 1] in _TRAILING_PUNCTUATION:
        right -= 1
    while left < start and text[left] in _LEADING_PUNCTUATION:
        left += 1
    excerpt = text[left:right].strip()
    if len(excerpt) > EXCERPT_MAX:
        excerpt = text[max(start - EXCERPT_MAX // 2, 0) : end + EXCERPT_MAX // 2].strip()
    return excerpt


def _has_arabic(text: str) -> bool:
    return re.search(_ARABIC_LETTER, text) is not None


def _has_cyrillic(text: str) -> bool:
    return re.search(f"[{_CYRILLIC}]", text) is not None


# --- Arabic ---------------------------------------------------------------------------

# A digit glued to an Arabic letter: `الـ 30الماضية` ("the past 30") → `30 الماضية`;
# `عام2022` → `عام 2022`. Not reported: the era letter after a year (`2022م`, "AD"),
# and the article written with tatweel before a number (`الـ30`), a deliberate join.
_GLUED_NUMBER = re.compile(
    f"(?P<digits>[0-9\u0660-\u0669]+)(?P<letters>(?!م(?![{ARABIC_LETTERS}])){_ARABIC_LETTER})"
    f"|(?P<letter>[\u0621-\u063f\u0641-\u064a])(?P<digits2>[0-9\u0660-\u0669])"
)


def check_glued_number(text: str, block: int) -> Iterator[Warning]:
    """`السنوات الـ 30الماضية` → glued-number `30الماضية`, write `30 الماضية`."""
    for match in _GLUED_NUMBER.finditer(text):
        cut = match.end("digits") if match.group("digits") else match.end("letter")
        previous = text[max(0, match.start() - 40) : text.rfind(" ", 0, match.start()) + 1].rstrip()
        # `الـ 30الماضية`: the article written before the number belongs in the quote.
        excerpt = _words_around(
            text, match.start(), match.end(), before=1 if previous.endswith(TATWEEL) else 0
        )
        glued = text[text.rfind(" ", 0, match.start()) + 1 : match.end()]
        fix = excerpt.replace(glued, glued[: cut - match.end()] + " " + glued[cut - match.end() :], 1)
        yield Warning(
            "glued-number",
            block,
            excerpt,
            gettext_noop("A number is glued to a word in “%(excerpt)s”: write “%(fix)s”."),
            fix,
        )


# Words that often start or end a run-together pair in agency copy, besides the
# page's own words: titles before a name (`الوزيرلافروف` = `الوزير` + `لافروف`).
# Written folded (no marks, one alef).
COMMON_ARABIC_WORDS = frozenset(
    """
    الوزير وزير الرئيس رئيس رئيسة الخارجية الداخلية الحكومة الدولة الامين العام
    الشيخ الملك الامير السفير المتحدث الناطق المدير الدكتور الجنرال النائب البرلمان
    الروسي الروسية روسيا موسكو الاتحاد المتحدة العربية الاسلامي الاسلامية العالم
    """.split()
)
_MIN_PART = 4  # letters in each part of a run-together word
_MAX_RUN_TOGETHER = 40  # longer "words" are pasted noise, not two words (and would cost n² to split)


def _run_together_cut(word: str, known: Callable[[str], bool], anchor: Callable[[str], bool]) -> int | None:
    """Where `word` (folded) splits into two words, or None.

    A split counts when both parts are `known`, or when one part is an `anchor` (a
    common word or a name of the site) and the other is `known` or at least unknown
    to nobody (see check_run_together). Both parts need four letters or more and the
    left part must not be a clitic chain, so `بالإضافة` (بال + إضافة) and `بينهما`
    (بين + هما) are not split.
    """
    if len(word) < 2 * _MIN_PART or len(word) > _MAX_RUN_TOGETHER:
        return None
    for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
        left, right = word[:cut], word[cut:]
        if left in CLITIC_CHAINS:
            continue
        if (
            (known(left) and known(right))
            or (anchor(left) and known(right, weak=True))
            or (anchor(right) and known(left, weak=True))
        ):
            return cut
    return None


def check_run_together(
    text: str,
    block: int,
    page_words: Counter,
    vocabulary: frozenset[str] = frozenset(),
    speller=None,
) -> Iterator[Warning]:
    """`أشار الوزيرلافروف إلى` → run-together `الوزيرلافروف`, write `الوزير لافروف`.

    A word used once on the page, which the dictionary (when given) does not know,
    made of two halves: both known from the page itself (used elsewhere on it), the
    common words above or the site's vocabulary; or one of them a common word or a
    site name and the other a dictionary word (any four letters without a dictionary).
    `page_words` counts the page's folded Arabic words (`page_words(texts, "ar")`).
    """

    def anchor(part: str) -> bool:
        return part in COMMON_ARABIC_WORDS or part in vocabulary

    def known(part: str, weak: bool = False) -> bool:
        if page_words.get(part, 0) > 0 or anchor(part):
            return True
        return weak and (speller is None or speller.known(part))

    for match in _LONG_ARABIC_WORD.finditer(text):
        word = fold_arabic(match.group())
        if len(word) < 2 * _MIN_PART or page_words.get(word, 0) > 1 or word in vocabulary:
            continue
        cut = _run_together_cut(word, known, anchor)
        if cut is None or (speller is not None and speller.known(match.group())):
            continue
        written = match.group()
        fix = (
            f"{written[:cut]} {written[cut:]}" if len(written) == len(word) else f"{word[:cut]} {word[cut:]}"
        )
        yield Warning(
            "run-together",
            block,
            written,
            gettext_noop("Two words run together in “%(excerpt)s”: write “%(fix)s”."),
            fix,
        )
    # Cyrillic and Latin: a capital inside a word, `министрЛавров`, `ministerLavrov`.
    for match in _RUN_TOGETHER_CASE.finditer(text):
        written = match.group()
        if fold_word(written) in vocabulary or written in CAMEL_CASE_NAMES:
            continue
        cut = next(i for i in range(1, len(written)) if written[i].isupper() and written[i - 1].islower())
        yield Warning(
            "run-together",
            block,
            written,
            gettext_noop("Two words run together in “%(excerpt)s”: write “%(fix)s”."),
            f"{written[:cut]} {written[cut:]}",
        )


# `министрЛавров` (three lower-case letters, then a capital). Brand names written so on
# purpose are known; the site's vocabulary can add more.
# Bounded, so a pasted 5 MB "word" costs no backtracking (a longer token is noise).
_RUN_TOGETHER_CASE = re.compile(r"\b[A-Za-zА-Яа-яЁё]{0,30}[a-zа-яё]{3}[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]{0,30}\b")
CAMEL_CASE_NAMES = frozenset(
    "YouTube WhatsApp PayPal LinkedIn TikTok MacBook PlayStation JavaScript GitHub BlackRock "
    "SpaceX OpenAI DeepMind FedEx PepsiCo McDonald McDonald's ВКонтакте СберБанк".split()
)

# The same mark twice, or two vowel marks on one letter: `خاصاًً` (fathatan doubled)
# → `خاصاً`; `كتابٌُ` (dammatan then damma). Shadda with one vowel is normal: `جيّد`, `الرُّوسيّة`.
_VOWELS = "\u064b-\u0650\u0652"  # tanween (3), fatha, damma, kasra, sukun
_DOUBLED_MARK = re.compile(f"([{TASHKEEL}])\\1+|[{_VOWELS}]\u0651?[{_VOWELS}]")


def check_doubled_diacritic(text: str, block: int) -> Iterator[Warning]:
    """`دوراً خاصاًً` → doubled-diacritic `خاصاًً`, write `خاصاً`."""
    for match in _DOUBLED_MARK.finditer(text):
        excerpt = _words_around(text, match.start(), match.end())
        kept = match.group()[0]
        yield Warning(
            "doubled-diacritic",
            block,
            excerpt,
            gettext_noop("A diacritic is doubled in “%(excerpt)s”: write “%(fix)s”."),
            excerpt.replace(match.group(), kept, 1),
        )


# A quote mark with letters on both sides: `إن"إهذا`, `أن"اللجنة` (a space is missing
# before the opening quote); `قال«` likewise, for the typographic opening quotes.
_GLUED_QUOTE = re.compile(r'(?<=[^\W\d_])"(?=[^\W\d_])|(?<=[^\W\d_])[«“](?=\S)')


# One-letter proclitics that are written joined to the next word, a quoted one too:
# `و«شتاب»` ("and «Shtab»"), `ب"الشراكة"`. Not a slip.
_JOINED_PROCLITICS = frozenset("و ف ب ل ك وب ول فب فل وك".split())


def check_glued_quote(text: str, block: int) -> Iterator[Warning]:
    """`وأن"اللجنة` → glued-quote `أن"اللجنة`, write `أن "اللجنة`. `و«شتاب»` is not reported."""
    for match in _GLUED_QUOTE.finditer(text):
        before = text[text.rfind(" ", 0, match.start()) + 1 : match.start()]
        if fold_arabic(before) in _JOINED_PROCLITICS:
            continue
        excerpt = _words_around(text, match.start(), match.end())
        mark = match.group()
        yield Warning(
            "glued-quote",
            block,
            excerpt,
            gettext_noop("A quote mark is glued to the word before it in “%(excerpt)s”: write “%(fix)s”."),
            excerpt.replace(mark, " " + mark, 1),
        )


# Quotes and brackets within one paragraph. A straight quote `"` opens when a letter
# follows it (`"شعبينا`, `أن"اللجنة`) and closes otherwise (`حقيقي"،`); nested straight
# quotes (`"هذا … "روسيا - طاجيكستان" … منتظم"`) pair up inside out.
# `… استراتيجي حقيقي"، مبيناً` with no quote before → a quote closes without opening.
_PAIRS = {"«": "»", "“": "”", "„": "“", "(": ")", "[": "]"}
_CLOSERS = {closer: opener for opener, closer in _PAIRS.items()}
_QUOTES_AND_BRACKETS = re.compile('["«»“”„()\\[\\]]')


def _straight_quote_opens(text: str, index: int) -> bool:
    after = text[index + 1 : index + 2]
    before = text[index - 1 : index] if index else ""
    if not after or after.isspace() or after in _TRAILING_PUNCTUATION:
        return False
    return not before or not (before.isalnum() or before in ".,!?،؟؛:…") or after.isalnum()


def check_unbalanced(text: str, block: int) -> Iterator[Warning]:
    """`حقيقي"، مبيناً أن "شعبينا … المتبادلة".` → unbalanced-quotes at `حقيقي"`."""
    stack: list[tuple[str, int]] = []
    problems: list[tuple[int, str]] = []  # (position, message)
    for found in _QUOTES_AND_BRACKETS.finditer(text):
        index, char = found.start(), found.group()
        if char == '"':
            if stack and stack[-1][0] == '"' and not _straight_quote_opens(text, index):
                stack.pop()
            elif _straight_quote_opens(text, index):
                stack.append((char, index))
            elif stack and stack[-1][0] == '"':
                stack.pop()
            else:
                problems.append((index, CLOSED_NOT_OPENED))
        elif char == "“" and stack and stack[-1][0] == "„":
            stack.pop()  # Russian inner quotes: „готовы“
        elif char in _PAIRS:
            stack.append((char, index))
        elif char in _CLOSERS:
            opener = _CLOSERS[char]
            if any(mark == opener for mark, _ in stack):
                while stack and stack[-1][0] != opener:
                    problems.append((stack.pop()[1], OPENED_NOT_CLOSED))
                stack.pop()
            else:
                problems.append((index, CLOSED_NOT_OPENED))
    problems.extend((position, OPENED_NOT_CLOSED) for _, position in stack)
    for position, message in sorted(problems):
        yield Warning(
            "unbalanced-quotes", block, _words_around(text, position, position + 1, before=1), message
        )


CLOSED_NOT_OPENED = gettext_noop(
    "A quote mark or bracket closes here without opening: “%(excerpt)s”. Add the opening one or remove it."
)
OPENED_NOT_CLOSED = gettext_noop(
    "A quote mark or bracket opens here and never closes in this paragraph: “%(excerpt)s”."
)

# Latin punctuation after an Arabic word: `روسيا, الصين` → `روسيا، الصين`; `لماذا?` → `لماذا؟`;
# `؛` for `;`. Between digits (`1,5`) the comma is a number's and is left alone.
_LATIN_PUNCTUATION = re.compile(f"(?<=[{ARABIC_LETTERS}{TASHKEEL}])\\s?[,?;](?![0-9])")
_ARABIC_FOR_LATIN = {",": "،", "?": "؟", ";": "؛"}


def check_latin_punctuation(text: str, block: int) -> Iterator[Warning]:
    """`موسكو, بكين` → latin-punctuation `موسكو,`, write `موسكو،`."""
    for match in _LATIN_PUNCTUATION.finditer(text):
        mark = match.group().strip()
        excerpt = _words_around(text, match.start(), match.end())
        yield Warning(
            "latin-punctuation",
            block,
            excerpt,
            gettext_noop("Latin punctuation in Arabic text in “%(excerpt)s”: write “%(fix)s”."),
            excerpt.replace(mark, _ARABIC_FOR_LATIN[mark]),
        )


# A space before a punctuation mark: `روسيا ، الصين` → `روسيا، الصين`, `Moscow , Beijing`.
# Not before a decimal point (` .5`) or an ellipsis opening a quote (` ...`).
_SPACE_BEFORE = re.compile(r"(?<=\S)[ \u00a0]+(?P<mark>[,.;:!?،؛؟])(?![.\d])")
# Two spaces or more between words: `إلى  أن` → `إلى أن`.
_DOUBLE_SPACE = re.compile(r"(?<=\S)[ \u00a0]{2,}(?=\S)")


def check_spacing(text: str, block: int) -> Iterator[Warning]:
    """`روسيا ، والصين` → space-before-punctuation; `إلى  أن` → double-space."""
    for match in _SPACE_BEFORE.finditer(text):
        excerpt = _words_around(text, match.start(), match.end(), before=1)
        excerpt = text[text.rfind(" ", 0, match.start()) + 1 : match.end()].strip()
        yield Warning(
            "space-before-punctuation",
            block,
            excerpt,
            gettext_noop("A space before a punctuation mark in “%(excerpt)s”: write “%(fix)s”."),
            re.sub(r"[ \u00a0]+(?=[,.;:!?،؛؟]$)", "", excerpt),
        )
    for match in _DOUBLE_SPACE.finditer(text):
        left = text.rfind(" ", 0, match.start()) + 1
        right = text.find(" ", match.end())
        excerpt = text[left : right if right >= 0 else len(text)]
        yield Warning(
            "double-space",
            block,
            excerpt,
            gettext_noop("Two spaces in “%(excerpt)s”: write “%(fix)s”."),
            re.sub(r"[ \u00a0]{2,}", " ", excerpt),
        )


# Tatweel (kashida, U+0640) stretches letters for display: `روســيا` → `روسيا`. In body
# text it breaks search and spelling. The article before a number, `الـ 30` / `الـ30`,
# is the accepted use and is not reported.
_TATWEEL = re.compile(f"{TATWEEL}+")


def check_tatweel(text: str, block: int) -> Iterator[Warning]:
    """`روســيا` → tatweel `روســيا`, write `روسيا`."""
    for match in _TATWEEL.finditer(text):
        before = text[max(0, match.start() - 3) : match.start()]
        after = text[match.end() : match.end() + 2]
        if before[-2:] == "ال" and (before[:1] in ("", " ", "و", "ب", "ل") or len(before) < 3):
            if not after[:1] or not re.match(_ARABIC_LETTER, after[:1]):
                continue  # `الـ 30`, `والـ30`
        excerpt = _words_around(text, match.start(), match.end())
        yield Warning(
            "tatweel",
            block,
            excerpt,
            gettext_noop("Tatweel (ـ) inside a word in “%(excerpt)s”: write “%(fix)s”."),
            excerpt.replace(TATWEEL, ""),
        )


# --- Russian -----------------------------------------------------------------------------

# Straight quotes in Russian text: `агентству "Ховар"` → `агентству «Ховар»` («ёлочки»;
# „лапки“ inside them). Reported once per quoted phrase.
_STRAIGHT_QUOTED = re.compile(r'"([^"\n]{1,200})"|"')


def check_russian_quotes(text: str, block: int) -> Iterator[Warning]:
    """`агентство "Ховар"` → russian-quotes `"Ховар"`, write `«Ховар»`."""
    if '"' not in text or not _has_cyrillic(text):
        return
    for match in _STRAIGHT_QUOTED.finditer(text):
        inner = match.group(1)
        if (
            inner is not None
            and not _has_cyrillic(inner)
            and not _has_cyrillic(text[max(0, match.start() - 20) : match.start()])
        ):
            continue  # an English quotation inside Russian text
        excerpt = match.group() if inner is not None else _words_around(text, match.start(), match.end())
        yield Warning(
            "russian-quotes",
            block,
            excerpt,
            gettext_noop("Straight quotes in Russian text: “%(excerpt)s”. Write «%(fix)s»."),
            inner if inner is not None else "…",
        )


# A hyphen between spaces in Russian text: `Россия - Таджикистан` → `Россия — Таджикистан`
# (em dash); between numbers `1990 - 2000` → `1990–2000` (en dash, no spaces).
# Words start at a space (no backtracking through a pasted 5 MB token) and are short.
_SPACED_HYPHEN = re.compile(r"(?<!\S)(?P<left>\S{1,60})[ \u00a0]-[ \u00a0](?P<right>\S{1,60})")


def check_russian_dash(text: str, block: int) -> Iterator[Warning]:
    """`Москва - столица` → russian-dash, write `Москва — столица`."""
    if not _has_cyrillic(text):
        return
    for match in _SPACED_HYPHEN.finditer(text):
        left, right = match.group("left"), match.group("right")
        if left[-1:].isdigit() and right[:1].isdigit():
            fix = f"{left}–{right}"
        else:
            fix = f"{left} — {right}"
        yield Warning(
            "russian-dash",
            block,
            match.group(),
            gettext_noop("A hyphen between spaces in “%(excerpt)s”: write “%(fix)s”."),
            fix,
        )


# ё and е in one word within an article: `партнёрство` in one paragraph and `партнерство`
# in another. Pairs that are different words are not compared: `все`/`всё` ("all"/"everything"),
# `узнаем`/`узнаём`, `совершенный`/`совершённый`, `осел`/`осёл`, `небо`/`нёбо`.
_CYRILLIC_WORD = re.compile(f"[{_CYRILLIC}]+")
YO_DISTINCT = frozenset("всё узнаём совершённый осёл нёбо мёл передохнёт сёла лён".split())


def yo_spellings(blocks: Iterable[str]) -> dict[str, Counter]:
    """{word with е: Counter of its spellings (lower case)} for words written with ё somewhere."""
    spellings: dict[str, Counter] = {}
    words = [word.lower() for text in blocks for word in _CYRILLIC_WORD.findall(text)]
    with_yo = {word for word in words if "ё" in word and word not in YO_DISTINCT}
    plain = {yo_as_ye(word) for word in with_yo}
    for word in words:
        base = yo_as_ye(word)
        if base in plain:
            spellings.setdefault(base, Counter())[word] += 1
    return {base: counts for base, counts in spellings.items() if len(counts) > 1}


def check_yo(text: str, block: int, spellings: dict[str, Counter], reported: set[str]) -> Iterator[Warning]:
    """`партнёрства … партнерства` → yo-consistency at the rarer spelling (first time only)."""
    if not spellings:
        return
    for match in _CYRILLIC_WORD.finditer(text):
        word = match.group().lower()
        base = yo_as_ye(word)
        counts = spellings.get(base)
        if not counts or base in reported:
            continue
        usual, _ = max(counts.items(), key=lambda item: (item[1], "ё" in item[0]))
        if word == usual:
            continue
        reported.add(base)
        yield Warning(
            "yo-consistency",
            block,
            match.group(),
            gettext_noop(
                "“%(excerpt)s” is written with ё elsewhere in the article, or without it: write “%(fix)s” throughout."
            ),
            usual,
        )


# --- every language ---------------------------------------------------------------------

SCRIPT_MIN_LETTERS = 20  # a shorter block (a name, an acronym) is not judged


def check_script(text: str, block: int, lang: str | None) -> Iterator[Warning]:
    """Cyrillic paragraph under /en/ → script-mismatch. The publish check's rule
    (hiwar.text.languages.detect_language: the script most letters are in)."""
    if lang not in LANGUAGE_CODES:
        return
    if sum(1 for char in text[:4000] if char.isalpha()) < SCRIPT_MIN_LETTERS:
        return
    found = detect_language(text)
    if found and found != lang:
        yield Warning(
            "script-mismatch",
            block,
            _words_around(text, 0, min(len(text), 30)),
            gettext_noop("This block is mostly in another script (%(fix)s) than the page's language."),
            found,
        )


# A full date in the body one year off the publication year, which would be within a
# month of publication with the right year: in an article of 5 January 2023,
# `في 3 يناير 2022` → probably 2023 (the old year typed in January).
YEAR_SLIP_DAYS = 31


def check_date_year(text: str, block: int, published: dt.date | None) -> Iterator[Warning]:
    """Published 2023-01-05: `3 January 2022` → date-year, did you mean 2023?"""
    if published is None or not re.search(r"(19|20)\d\d|[١٢][٠٩]", text):
        return
    for written, date in find_dates(text):
        if abs(date.year - published.year) != 1:
            continue
        try:
            corrected = date.replace(year=published.year)
        except ValueError:  # 29 February
            continue
        if abs((corrected - published).days) <= YEAR_SLIP_DAYS:
            yield Warning(
                "date-year",
                block,
                written,
                gettext_noop("“%(excerpt)s” is a year away from the publication date: did you mean %(fix)s?"),
                str(published.year),
            )


# Invisible direction controls pasted from other sites: U+202A–U+202E (embeddings and
# overrides, `‮` reverses what follows) and U+2066–U+2069 (isolates). The marks U+200E/U+200F
# (LRM/RLM), which Arabic copy uses legitimately around Latin words, are not reported.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def check_bidi_controls(text: str, block: int) -> Iterator[Warning]:
    """`سيرغي‮لافروف` → bidi-control (an invisible right-to-left override)."""
    for match in _BIDI_CONTROLS.finditer(text):
        yield Warning(
            "bidi-control",
            block,
            f"U+{ord(match.group()):04X}",
            gettext_noop(
                "An invisible text-direction control character (%(excerpt)s) is in this block: delete it."
            ),
        )
        return  # once per block


# --- spelling -----------------------------------------------------------------------------

_WORDS_BY_LANG = {
    "ar": re.compile(f"[{ARABIC_LETTERS}{TASHKEEL}{TATWEEL}]+"),
    "ru": re.compile(f"[{_CYRILLIC}]+(?:-[{_CYRILLIC}]+)*"),
    "en": re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*"),
}


def page_words(texts: Iterable[str], lang: str | None) -> Counter:
    """Folded words of the page in its language's script, counted."""
    pattern = _WORDS_BY_LANG.get(lang or "")
    if pattern is None:
        return Counter()
    raw = Counter(word for text in texts for word in pattern.findall(text))
    counts: Counter = Counter()
    for word, count in raw.items():  # fold each distinct word once: news copy repeats its words
        counts[fold_word(word)] += count
    return counts


# Russian compounds with a productive first part, which the dictionary lists only in
# part: `туроператоров` (тур + операторов), `немусульман`, `многополярной`,
# `сельхозмашиностроения`, `старотатарском`. The rest must be a dictionary word of four
# letters or more.
RUSSIAN_COMBINING_FORMS = tuple(
    sorted(
        """
        не тур сельхоз много мало старо ново обще полу сверх меж анти контр пост пред псевдо
        авиа авто агро аэро био гео гидро евро кибер медиа микро макро мини мульти нео радио
        теле транс ультра фото эко электро энерго инфо спец гос нефте газо водо лесо
        """.split(),
        key=len,
        reverse=True,
    )
)


def _russian_compound(word: str, speller) -> bool:
    lower = word.lower()
    for form in RUSSIAN_COMBINING_FORMS:
        rest = lower[len(form) :]
        if lower.startswith(form) and len(rest) >= 4 and speller.known(rest):
            return True
    return False


def story_name_keys(texts: Iterable[str]) -> frozenset[str]:
    """Transliteration keys (hiwar.text.names) of the names in a story's other versions:
    the capitalised Russian and English words (`Астрахань`, `Astrakhan` → `0strhn`)."""
    keys = set()
    for lang, script in (("ru", "cyrillic"), ("en", "latin")):
        for text in texts:
            for word in _WORDS_BY_LANG[lang].findall(text or ""):
                if word[:1].isupper():
                    keys.add(DEFAULT_ANALYZER.word_key(script, word))
    keys.discard(None)
    return frozenset(keys)


def _named_in_another_version(folded: str, name_keys: frozenset[str]) -> bool:
    """Arabic has no capitals to tell a name, and the dictionary lacks most places: a word
    is taken for a name when the story's Russian or English version writes one with the
    same transliteration key, with or without a proclitic (`وغروزني` beside `Грозный`,
    `أستراخان` beside `Astrakhan`). A slip in a common word keeps its warning: its
    skeleton is not that of a name the other versions write."""
    return bool(name_keys) and any(arabic_key(reading) in name_keys for reading in prefix_readings(folded))


def _accepted(
    word: str,
    lang: str,
    vocabulary: frozenset[str],
    counts: Counter,
    speller=None,
    name_keys: frozenset[str] = frozenset(),
) -> bool:
    folded = fold_word(word)
    if counts.get(folded, 0) > 1 or folded in vocabulary:
        return True  # used twice in the article, or the site's own word: a name, not a slip
    if lang == "ar":  # `ولافروف`, and `وآستارا` beside `آستارا`: one name twice
        return any(
            reading in vocabulary or counts.get(reading, 0) > 1 for reading in prefix_readings(folded)
        ) or _named_in_another_version(folded, name_keys)
    if lang == "ru" and speller is not None:
        if "-" in word:  # `халяль-индустрия`: each part on its own
            return all(
                _accepted(part, lang, vocabulary, counts, speller) or speller.known(part)
                for part in word.split("-")
            )
        return _russian_compound(word, speller)
    return False


def check_spelling(
    text: str,
    block: int,
    lang: str | None,
    speller,
    vocabulary: frozenset[str] = frozenset(),
    counts: Counter | None = None,
    quoted: set[str] | None = None,
    suggest: Callable[[str], list[str]] | None = None,
    name_keys: frozenset[str] = frozenset(),
) -> Iterator[Warning]:
    """`Lavrov arived in Dushanbe` → spelling `arived`, with Hunspell's suggestions.

    Words are those of the page's script only. Not checked: words with a capital in
    Russian and English (names: `Лавров`, `Dushanbe`), words of one or two letters,
    the article before a number (`الـ`), words used twice in the article (a name
    repeated is no slip), the site's vocabulary, words another check quoted, and
    Arabic words named in the story's other versions (`name_keys`, story_name_keys).
    """
    pattern = _WORDS_BY_LANG.get(lang or "")
    if speller is None or pattern is None:
        return
    counts = counts if counts is not None else Counter()
    quoted = quoted or set()
    for match in pattern.finditer(text):
        word = match.group()
        if len(word) < 3 or word.endswith(TATWEEL) or (lang != "ar" and not word[0].islower()):
            continue
        if word in quoted or _accepted(word, lang, vocabulary, counts, name_keys=name_keys):
            continue
        if lang == "en" and word.lower().endswith(("'s", "’s")):
            word = word[:-2]
        if speller.known(word) or _accepted(word, lang, vocabulary, counts, speller):
            continue
        suggestions = (suggest or speller.suggest)(word)[:3]
        if suggestions:
            message = gettext_noop("“%(excerpt)s” is not in the dictionary. Perhaps: %(fix)s.")
        else:
            message = gettext_noop("“%(excerpt)s” is not in the dictionary: check its spelling.")
        yield Warning("spelling", block, match.group(), message, ", ".join(suggestions))


# --- the page ------------------------------------------------------------------------------

ARABIC_CHECKS = (
    check_glued_number,
    check_doubled_diacritic,
    check_glued_quote,
    check_latin_punctuation,
    check_tatweel,
)
RUSSIAN_CHECKS = (check_russian_quotes, check_russian_dash)
EVERY_LANGUAGE_CHECKS = (check_unbalanced, check_spacing, check_bidi_controls)

CHECK_NAMES = (
    "glued-number",
    "run-together",
    "doubled-diacritic",
    "glued-quote",
    "unbalanced-quotes",
    "latin-punctuation",
    "space-before-punctuation",
    "double-space",
    "tatweel",
    "russian-quotes",
    "russian-dash",
    "yo-consistency",
    "script-mismatch",
    "date-year",
    "bidi-control",
    "spelling",
)


@dataclass
class Proofreader:
    """The page-wide context the checks share; `proofread()` is the usual entry."""

    lang: str | None = None
    published: dt.date | None = None
    vocabulary: frozenset[str] = frozenset()  # folded words of the site (tags, titles, editors' list)
    speller: object | None = None  # hiwar.text.spelling.Speller, or None: no spelling check
    name_keys: frozenset[str] = frozenset()  # names in the story's other versions (story_name_keys)
    suggestions_left: int = MAX_SUGGESTIONS

    @property
    def arabic_speller(self):
        return self.speller if self.lang == "ar" else None

    def _suggest(self, word: str) -> list[str]:
        """Words one edit away (Speller.quick_suggest, 5–15 ms a word; Hunspell's own
        suggest() takes 10–160 ms): for the first MAX_SUGGESTIONS words of a page only."""
        if self.suggestions_left <= 0:
            return []
        self.suggestions_left -= 1
        quick = getattr(self.speller, "quick_suggest", None)
        return quick(word) if quick is not None else self.speller.suggest(word)

    def run(self, title: str | None, blocks: Iterable[str]) -> list[Warning]:
        texts = [_safe(title)] + [_safe(text) for text in blocks]
        arabic_words = page_words(texts, "ar")
        counts = arabic_stem_counts(arabic_words) if self.lang == "ar" else page_words(texts, self.lang)
        spellings = yo_spellings(texts) if any(_has_cyrillic(text) for text in texts) else {}
        reported_yo: set[str] = set()
        found: list[Warning] = []
        for block, text in enumerate(texts):
            if not text:
                continue
            here = list(
                islice(self._block_checks(text, block, arabic_words, spellings, reported_yo), MAX_WARNINGS)
            )
            quoted = {
                word
                for warning in here
                for pattern in _WORDS_BY_LANG.values()
                for word in pattern.findall(warning.excerpt)
            }
            spelling = check_spelling(
                text,
                block,
                self.lang,
                self.speller,
                self.vocabulary,
                counts,
                quoted,
                self._suggest,
                self.name_keys,
            )
            here.extend(islice(spelling, MAX_WARNINGS))
            found.extend(here)
            if len(found) >= MAX_WARNINGS:
                return found[:MAX_WARNINGS]
        return found

    def _block_checks(self, text, block, arabic_words, spellings, reported_yo) -> Iterator[Warning]:
        if _has_arabic(text):
            for check in ARABIC_CHECKS:
                yield from check(text, block)
            yield from check_run_together(text, block, arabic_words, self.vocabulary, self.arabic_speller)
        else:  # a quote glued to the word before it is as much a slip in `сказал«Мы`, `said"we`
            yield from check_glued_quote(text, block)
            if _RUN_TOGETHER_CASE.search(text):
                yield from check_run_together(text, block, Counter(), self.vocabulary)
        if _has_cyrillic(text):
            for check in RUSSIAN_CHECKS:
                yield from check(text, block)
            yield from check_yo(text, block, spellings, reported_yo)
        for check in EVERY_LANGUAGE_CHECKS:
            yield from check(text, block)
        yield from check_script(text, block, self.lang)
        yield from check_date_year(text, block, self.published)


def proofread(
    title: str | None,
    blocks: Iterable[str],
    lang: str | None = None,
    published: dt.date | None = None,
    vocabulary: Iterable[str] = (),
    speller=None,
    other_versions: Iterable[str] = (),
) -> list[Warning]:
    """Every warning on a page, in page order: block 0 is the title, 1… the body blocks.

    `lang` is the page's language (ar, ru, en; None: script checks are skipped),
    `published` its publication date, `vocabulary` the site's own words (folded or
    not), `speller` a `hiwar.text.spelling.Speller` for the page's language,
    `other_versions` the texts of the same story in the other languages (their names).
    """
    words = frozenset(fold_word(word) for word in vocabulary)
    keys = story_name_keys(other_versions)
    return Proofreader(lang, published, words, speller, name_keys=keys).run(title, list(blocks))


def vocabulary_words(texts: Iterable[str]) -> set[str]:
    """The folded words of `texts` in every script (tags, titles, accepted words): the
    site's vocabulary, `KazanForum` included on an Arabic page."""
    found: set[str] = set()
    for lang in _WORDS_BY_LANG:
        found.update(page_words(texts, lang))
    return found


def corpus_vocabulary(documents: Iterable[Iterable[str]], lang: str, least: int = 2) -> set[str]:
    """Words of `lang`'s script used in at least `least` of `documents` (each a page's
    texts): the names a site writes again and again are not slips."""
    in_documents: Counter = Counter()
    for texts in documents:
        in_documents.update(set(page_words(texts, lang)))
    return {word for word, count in in_documents.items() if count >= least}


def arabic_stem_counts(words: Counter) -> Counter:
    """Folded Arabic words counted with their proclitics removed as well: `آستارا` and
    `وآستارا` count twice under `آستارا` (spelling takes a name used twice for a name)."""
    stems: Counter = Counter()
    for word, count in words.items():
        for reading in {word} | prefix_readings(word):
            stems[reading] += count
    return stems


def arabic_word_counts(texts: Iterable[str]) -> Counter:
    """Folded Arabic words of `texts`, counted (what `check_run_together` compares with)."""
    return page_words(texts, "ar")
