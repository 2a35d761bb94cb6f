"""Scraped article pages (a browser's "save as text") → structured data.

The reference page (`seed/000_e58cfb67f5e5646e.txt`) reads, top to bottom:

    Ru En                                   ← language switcher (chrome)
    لافروف يصف العلاقات …                    ← title
    ١٤ سبتمبر ٢٠٢٢                           ← date line
    أكد وزير الخارجية …                      ← paragraphs, separated by lines
    \u00a0                                    holding only U+00A0
    تطوير التعاون في مجالات التجارة والاقتصاد   ← subheading (shape rule below)
    …
    مجموعة الرؤية الاستراتيجية "روسيا - العالم الإسلامي"   ← site name (chrome)
    الصورة: مجلس الاتحاد الروسي               ← photo credit
    المصدر: تاس                              ← source

Every non-blank line is one block; lines holding only whitespace or U+00A0
separate blocks. The rules are written down with examples in docs/import.md.
Nothing here imports Django.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from hiwar.text.arabic import CLITIC_CHAINS
from hiwar.text.controls import remove_controls
from hiwar.text.dates import parse_date_line
from hiwar.text.languages import LANGUAGE_CODES, spelled_out
from hiwar.text.normalize import ARABIC_LETTERS, TASHKEEL, fold, fold_arabic
from hiwar.text.organisation import ORGANISATION_NAMES, SITE_NAMES

PARAGRAPH = "paragraph"
SUBHEADING = "subheading"


@dataclass
class Block:
    type: str  # PARAGRAPH or SUBHEADING
    text: str
    html: str | None = None  # sanitized inline HTML, when the input had markup (feeds)


@dataclass
class ParsedPage:
    lang: str | None = None
    title: str | None = None
    date: dt.date | None = None
    # The date-time with its UTC offset when the input has one (feed items:
    # `Wed, 14 Sep 2022 10:00:00 +0300`); scraped pages carry a date only.
    published: dt.datetime | None = None
    blocks: list[Block] = field(default_factory=list)
    photo_credit: str | None = None
    source: str | None = None
    translations_offered: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Not part of the --json schema: filled by HTML pages and feed items.
    source_url: str | None = None
    summary: str | None = None
    author: str | None = None

    @property
    def paragraphs(self) -> list[str]:
        return [block.text for block in self.blocks if block.type == PARAGRAPH]

    @property
    def subheadings(self) -> list[str]:
        return [block.text for block in self.blocks if block.type == SUBHEADING]

    def problems(self) -> list[str]:
        """Why this page cannot become an article (empty when it can)."""
        problems = []
        if not self.title:
            problems.append("no title found")
        if not self.date:
            problems.append("no publication date found")
        if not self.blocks:
            problems.append("no body text found")
        if self.lang not in LANGUAGE_CODES:
            problems.append(f"language not recognised (expected {spelled_out()})")
        return problems

    def remove_controls(self, already: dict[str, int] | None = None) -> ParsedPage:
        """Control characters (hiwar.text.controls) out of every text field, with one
        warning per field that had any: `control-characters in title: 1 removed`.

        `already` counts what a parser removed from its raw input before parsing it
        (`{"body": 2}` for a feed item's HTML): those fields are named in the warnings
        too. Derived values (language codes, the warnings' excerpts) are cleaned silently.
        Returns the page; a second call finds nothing.
        """
        removed = {name: count for name, count in (already or {}).items() if count}

        def clean(value, name=None):
            if not isinstance(value, str):
                return value
            value, count = remove_controls(value)
            if count and name:
                removed[name] = removed.get(name, 0) + count
            return value

        self.title = clean(self.title, "title")
        for number, block in enumerate(self.blocks, start=1):
            block.text = clean(block.text, f"block {number}")
            block.html = clean(block.html, f"block {number}")
        self.blocks = [block for block in self.blocks if block.text.strip()]  # it held only controls
        self.photo_credit = clean(self.photo_credit, "photo credit")
        self.source = clean(self.source, "source")
        self.source_url = clean(self.source_url, "source URL")
        self.summary = clean(self.summary, "summary")
        self.author = clean(self.author, "author")
        self.lang = clean(self.lang)
        self.translations_offered = [clean(code) for code in self.translations_offered]
        self.warnings = [clean(warning) for warning in self.warnings]
        self.warnings.extend(
            f"control-characters in {name}: {count} removed" for name, count in removed.items()
        )
        return self

    def as_json(self, file: str | None) -> dict:
        """The --json object (schema in docs/import.md); absent values are None."""
        return {
            "file": file,
            "lang": self.lang,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "published": self.published.isoformat() if self.published else None,
            "blocks": [{"type": block.type, "text": block.text} for block in self.blocks],
            "photo_credit": self.photo_credit,
            "source": self.source,
            "translations_offered": list(self.translations_offered),
            "warnings": list(self.warnings),
        }


# --- whitespace -------------------------------------------------------------

_SPACES = re.compile(r"\s+")  # \s covers U+00A0 (no-break space) in Python 3


def clean_line(line: str) -> str:
    """NFC, no-break spaces and runs of spaces folded: `"خوفار"\u00a0قال` → `"خوفار" قال`."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", line)).strip()


def split_lines(text: str) -> list[str]:
    """Non-blank lines, cleaned; blank and U+00A0-only lines are separators."""
    return [cleaned for cleaned in (clean_line(line) for line in text.splitlines()) if cleaned]


# --- language ---------------------------------------------------------------

_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")
_LATIN_LETTER = re.compile("[A-Za-z]")


LANGUAGE_SAMPLE = 4000  # characters: enough to tell the script, cheap on long pages


def detect_language(text: str) -> str | None:
    """The script most letters are written in: Arabic → ar, Cyrillic → ru, Latin → en."""
    text = text[:LANGUAGE_SAMPLE]
    counts = {
        "ar": len(_ARABIC_LETTER.findall(text)),
        "ru": len(_CYRILLIC_LETTER.findall(text)),
        "en": len(_LATIN_LETTER.findall(text)),
    }
    lang, count = max(counts.items(), key=lambda item: item[1])
    return lang if count else None


# --- metadata lines ------------------------------------------------------------

# The language switcher: `Ru En` on the Arabic page, `عربي En` on the Russian one.
SWITCHER_TOKENS = {
    "ar": "ar",
    "arabic": "ar",
    "عربي": "ar",
    "العربية": "ar",
    "عربى": "ar",
    "араб": "ar",
    "ru": "ru",
    "rus": "ru",
    "рус": "ru",
    "русский": "ru",
    "russian": "ru",
    "ру": "ru",
    "روسي": "ru",
    "en": "en",
    "eng": "en",
    "english": "en",
    "англ": "en",
    "английский": "en",
    "انجليزي": "en",
}
_SWITCHER_SPLIT = re.compile(r"[\s|/•·]+")

# `الصورة: مجلس الاتحاد الروسي` ("Photo: Federation Council of Russia").
_CREDIT_LINE = re.compile(
    r"^(?:الصورة|صورة|تصوير|الصور|фото|фотография|photo|photos|photograph|image|picture)"
    r"\s*[:：]\s*(?P<value>.+)$",
    re.IGNORECASE,
)
# `المصدر: تاس` ("Source: TASS").
_SOURCE_LINE = re.compile(
    r"^(?:المصدر|مصدر|источник|source)\s*[:：]\s*(?P<value>.+)$",
    re.IGNORECASE,
)

# The site's own name, printed in the page footer: page chrome, never body. Compared
# folded, without quotes and with one dash, so `مجموعة الرؤية الاستراتيجية "روسيا - العالم الإسلامي"`
# is the organisation's name as hiwar.text.organisation writes it.
KNOWN_SITE_NAMES = (*ORGANISATION_NAMES.values(), *SITE_NAMES.values())
# Single-word menu entries a saved page keeps between its lines.
_NAVIGATION_WORDS = {
    "الرئيسية",
    "القائمة",
    "بحث",
    "طباعة",
    "مشاركة",
    "شارك",
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "главная",
    "меню",
    "поиск",
    "печать",
    "поделиться",
    "читайте также",
    "home",
    "menu",
    "search",
    "print",
    "share",
    "read also",
    "read more",
}
# Breadcrumbs and menus: `الرئيسية » أخبار » سياسة`, `Home | News | World`.
_NAVIGATION_SEPARATORS = re.compile(r"\s*[|»›>•·]\s*")


def _fold_for_comparison(text: str) -> str:
    text = fold(text)
    text = re.sub(r"[\"'«»“”„‘’]", "", text)
    text = re.sub(r"[\-–—]", "-", text)
    return _SPACES.sub(" ", text).strip()


_SITE_NAMES_FOLDED = {_fold_for_comparison(name) for name in KNOWN_SITE_NAMES}
_NAVIGATION_WORDS_FOLDED = {_fold_for_comparison(word) for word in _NAVIGATION_WORDS}


def switcher_languages(line: str) -> list[str] | None:
    """`Ru En` → ["ru", "en"]; a line that is not a switcher → None."""
    if len(line) > 40:
        return None
    tokens = [token for token in _SWITCHER_SPLIT.split(line.strip().lower()) if token]
    if not 1 <= len(tokens) <= 3 or not all(token in SWITCHER_TOKENS for token in tokens):
        return None
    languages = []
    for token in tokens:
        if SWITCHER_TOKENS[token] not in languages:
            languages.append(SWITCHER_TOKENS[token])
    return languages


def photo_credit_of(line: str) -> str | None:
    match = _CREDIT_LINE.match(line)
    return match.group("value").strip() if match else None


def source_of(line: str) -> str | None:
    match = _SOURCE_LINE.match(line)
    return match.group("value").strip() if match else None


def is_site_name(line: str, site_names: set[str] = _SITE_NAMES_FOLDED) -> bool:
    return len(line) <= 150 and _fold_for_comparison(line) in site_names


def is_navigation(line: str) -> bool:
    """Menu words and breadcrumbs: `Home | News | World`, `الرئيسية » أخبار`."""
    if len(line) < 30 and _fold_for_comparison(line) in _NAVIGATION_WORDS_FOLDED:
        return True
    parts = [part for part in _NAVIGATION_SEPARATORS.split(line) if part]
    separators = len(_NAVIGATION_SEPARATORS.findall(line))
    return separators >= 1 and len(parts) >= 2 and all(len(part.split()) <= 3 for part in parts)


# --- subheadings ----------------------------------------------------------------

# A subheading is told from a paragraph by its shape:
#   short        – at most SUBHEADING_MAX_WORDS words and SUBHEADING_MAX_CHARS characters;
#   unfinished   – it does not end with sentence punctuation (. ! ? ؟ … : ; ؛ , ،),
#                  looking through closing quotes and brackets;
#   standing alone – a block of its own, not the first body block (the lead), and
#                  followed by a block that is a paragraph (a subheading introduces text).
# `تطوير التعاون في مجالات التجارة والاقتصاد` → subheading;
# `كما وشدد الوزير على أن … بشكل جيّد.` → paragraph (ends with a full stop);
# `Лавров прибыл в Душанбе` as the last block → paragraph (nothing follows it).
SUBHEADING_MAX_WORDS = 12
SUBHEADING_MAX_CHARS = 90
_SENTENCE_END = set(".!?؟…:;؛,،")
_CLOSERS = "\"'»”’)]}"


def has_subheading_shape(text: str) -> bool:
    if len(text) > SUBHEADING_MAX_CHARS or len(text.split()) > SUBHEADING_MAX_WORDS:
        return False
    if not any(char.isalpha() for char in text):
        return False
    if text[0] in "-–—•*":  # a list item, not a heading
        return False
    return text.rstrip(_CLOSERS)[-1:] not in _SENTENCE_END


def classify_blocks(texts: list[str], headings: set[int] | None = None) -> list[Block]:
    """Each body text a paragraph or a subheading (shape rule above).

    `headings` holds indexes already known to be headings (an HTML `<h2>`).
    """
    headings = headings or set()
    shaped = [has_subheading_shape(text) for text in texts]
    blocks = []
    for index, text in enumerate(texts):
        followed_by_paragraph = index + 1 < len(texts) and not shaped[index + 1]
        if index in headings or (index > 0 and shaped[index] and followed_by_paragraph):
            blocks.append(Block(SUBHEADING, text))
        else:
            blocks.append(Block(PARAGRAPH, text))
    return blocks


# --- the slips news copy has ------------------------------------------------------

_ARABIC_WORD = re.compile(f"[{ARABIC_LETTERS}{TASHKEEL}]+")
_LONG_ARABIC_WORD = re.compile(f"[{ARABIC_LETTERS}{TASHKEEL}]{{8,}}")
# A digit glued to an Arabic letter: `الـ 30الماضية` ("the past 30"). After tatweel
# (`الـ30`) the join is deliberate and not reported.
_GLUED_NUMBER = re.compile(
    "(?:[0-9\u0660-\u0669][\u0621-\u064a]|[\u0621-\u063f\u0641-\u064a][0-9\u0660-\u0669])"
)
# The same diacritic twice: `خاصاًً` (tanween fath doubled) should be `خاصاً`.
_DOUBLED_MARK = re.compile(rf"([{TASHKEEL}])\1")
# A straight quote with letters on both sides: `إن"إهذا` is missing a space.
_GLUED_QUOTE = re.compile(r'(?<=\w)"(?=\w)')
# Two Russian or English words run together: `министрЛавров`, `ministerLavrov`.
_RUN_TOGETHER_CASE = re.compile(r"[a-zа-яё]{3}[A-ZА-ЯЁ]")
# Clitic chains (arabic.CLITIC_CHAINS) legitimately start an Arabic word: و، ف، ب، ك، ل، ال
# and their combinations (`بالإضافة` = بال + إضافة, `وللتعاون` = ولل + تعاون).
_MIN_PART = 4


def _excerpt(text: str, start: int, end: int, margin: int = 12) -> str:
    left = text.rfind(" ", 0, max(0, start - margin))
    right = text.find(" ", min(len(text), end + margin))
    return text[left + 1 if left >= 0 else 0 : right if right >= 0 else len(text)].strip()


def _arabic_vocabulary(texts: list[str]) -> dict[str, int]:
    vocabulary: dict[str, int] = {}
    for word in _ARABIC_WORD.findall(fold_arabic("\n".join(texts))):
        vocabulary[word] = vocabulary.get(word, 0) + 1
    return vocabulary


def _run_together_arabic(word: str, vocabulary: dict[str, int]) -> bool:
    """`الوزيرلافروف` = `الوزير` + `لافروف`, both used on their own elsewhere on the page.

    `word` and the vocabulary are folded (fold_arabic): no diacritics, one alef.
    Both parts need four letters or more, and the left part must not be a clitic
    chain, so `بالإضافة` (بال + إضافة) and `بينهما` (بين + هما) are not reported.
    """
    if vocabulary.get(word, 0) > 1 or len(word) < 2 * _MIN_PART:
        return False
    for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
        left, right = word[:cut], word[cut:]
        if left in CLITIC_CHAINS:
            continue
        if vocabulary.get(left) and vocabulary.get(right):
            return True
    return False


def _quotes_balanced(text: str) -> bool:
    return (
        text.count('"') % 2 == 0 and text.count("«") == text.count("»") and text.count("“") == text.count("”")
    )


def _run_together_words(vocabulary: dict[str, int]) -> set[str]:
    return {
        word
        for word, count in vocabulary.items()
        if count == 1 and len(word) >= 2 * _MIN_PART and _run_together_arabic(word, vocabulary)
    }


def find_slips(title: str | None, blocks: list[Block]) -> list[str]:
    """Warnings for the editor: `<code> in <where>: <excerpt>`.

    Codes: glued-number, run-together, doubled-diacritic, glued-quote, unbalanced-quotes.
    Each pattern is first looked for in the whole page, and block by block only when found.
    """
    places = ([("title", title)] if title else []) + [
        (f"block {number}", block.text) for number, block in enumerate(blocks, start=1)
    ]
    whole = "\n".join(text for _, text in places)
    vocabulary = _arabic_vocabulary([whole])
    run_together = _run_together_words(vocabulary)
    patterns = [
        (code, pattern, margin)
        for code, pattern, margin in (
            ("glued-number", _GLUED_NUMBER, 12),
            ("run-together", _RUN_TOGETHER_CASE, 0),
            ("doubled-diacritic", _DOUBLED_MARK, 0),
            ("glued-quote", _GLUED_QUOTE, 0),
        )
        if pattern.search(whole)
    ]
    warnings = []
    for where, text in places:
        for code, pattern, margin in patterns:
            for match in pattern.finditer(text):
                warnings.append(f"{code} in {where}: {_excerpt(text, match.start(), match.end(), margin)}")
        if run_together:
            for word in _LONG_ARABIC_WORD.findall(fold_arabic(text)):
                if word in run_together:
                    warnings.append(f"run-together in {where}: {word}")
        if not _quotes_balanced(text):
            warnings.append(f"unbalanced-quotes in {where}: {text[:60]}")
    return sorted(warnings, key=_warning_order(places))


def _warning_order(places):
    """Warnings in page order (title, block 1, block 2 …), then in the order found."""
    position = {where: index for index, (where, _) in enumerate(places)}
    return lambda warning: position.get(warning.split(" in ", 1)[1].split(":", 1)[0], 0)


# --- the page ----------------------------------------------------------------------

HEADER_LINES = 12  # the date line is looked for among the first lines only


@dataclass
class _Metadata:
    credit: str | None = None
    source: str | None = None
    offered: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)


def _take_metadata(line: str, metadata: _Metadata, site_names: set[str]) -> bool:
    """Record `line` if it is a metadata or chrome line; False for article text."""
    if (credit := photo_credit_of(line)) is not None:
        metadata.credit = metadata.credit or credit
    elif (source := source_of(line)) is not None:
        metadata.source = metadata.source or source
    elif (languages := switcher_languages(line)) is not None:
        metadata.offered = metadata.offered or languages
    elif is_site_name(line, site_names) or is_navigation(line):
        pass
    else:
        return False
    return True


def _find_date_line(lines: list[str]) -> tuple[int, dt.date] | tuple[None, None]:
    for index, line in enumerate(lines[:HEADER_LINES]):
        date = parse_date_line(line)
        if date:
            return index, date
    return None, None


def _drop_trailing_chrome(texts: list[str], metadata: _Metadata) -> list[str]:
    """Short unfinished lines after the last paragraph are footer chrome, not body.

    They cannot be subheadings (no paragraph follows); they are reported, not lost.
    """
    while texts and has_subheading_shape(texts[-1]):
        metadata.dropped.insert(0, texts.pop())
    return texts


def parse_text_page(text: str, lang: str = "auto", site_names=KNOWN_SITE_NAMES) -> ParsedPage:
    """Parse a saved-as-text article page; see the module docstring for the layout."""
    folded_site_names = {_fold_for_comparison(name) for name in site_names}
    metadata = _Metadata()
    article_lines: list[str] = []  # (title, date, body) once metadata and chrome are out
    date_index_in_article = None
    date = None
    lines = split_lines(text)
    date_index, date = _find_date_line(lines)
    for index, line in enumerate(lines):
        if index == date_index:
            date_index_in_article = len(article_lines)
            continue
        if not _take_metadata(line, metadata, folded_site_names):
            article_lines.append(line)

    title, body, before_title = _split_title(article_lines, date_index_in_article)
    metadata.dropped.extend(before_title)
    body = _drop_trailing_chrome(body, metadata)
    return assemble_page(
        lang=lang,
        title=title,
        date=date,
        texts=body,
        metadata=metadata,
    ).remove_controls()


def _split_title(lines: list[str], date_position: int | None) -> tuple[str | None, list[str], list[str]]:
    """(title, body, lines dropped before the title).

    The title is the line just above the date line (`لافروف يصف …` above `١٤ سبتمبر ٢٠٢٢`);
    when the date comes first, the line just below it; with no date, the first line.
    """
    if not lines:
        return None, [], []
    if date_position is None:
        return lines[0], lines[1:], []
    if date_position > 0:
        return lines[date_position - 1], lines[date_position:], lines[: date_position - 1]
    return lines[0], lines[1:], []


def assemble_page(
    *, lang, title, date, texts, metadata: _Metadata | None = None, headings: set[int] | None = None
) -> ParsedPage:
    """The ParsedPage from its parts: language, blocks, translations, warnings."""
    metadata = metadata or _Metadata()
    blocks = classify_blocks(texts, headings)
    detected = detect_language(" ".join([title or ""] + texts))
    page_lang = detected if lang in (None, "", "auto") else lang
    warnings = find_slips(title, blocks)
    if lang not in (None, "", "auto") and detected and detected != lang:
        warnings.insert(0, f"language-mismatch: asked for {lang}, the text looks {detected}")
    for line in metadata.dropped:
        warnings.append(f"dropped-as-chrome: {line}")
    return ParsedPage(
        lang=page_lang,
        title=title,
        date=date,
        blocks=blocks,
        photo_credit=metadata.credit,
        source=metadata.source,
        translations_offered=[code for code in metadata.offered if code != page_lang],
        warnings=warnings,
    )


def new_metadata(credit=None, source=None, offered=None) -> _Metadata:
    """Metadata found outside the text lines (HTML `<meta>`, feed fields)."""
    return _Metadata(credit=credit, source=source, offered=list(offered or []))


def take_metadata_lines(texts: list[str], metadata: _Metadata, site_names=KNOWN_SITE_NAMES) -> list[str]:
    """`texts` without its credit, source, switcher and chrome lines (recorded in `metadata`)."""
    folded = {_fold_for_comparison(name) for name in site_names}
    return [text for text in texts if not _take_metadata(text, metadata, folded)]
