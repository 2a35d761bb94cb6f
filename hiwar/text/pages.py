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

from hiwar.text.controls import remove_controls
from hiwar.text.dates import parse_date_line
from hiwar.text.languages import LANGUAGE_CODES, detect_language, spelled_out
from hiwar.text.normalize import fold
from hiwar.text.organisation import ORGANISATION_NAMES, SITE_NAMES
from hiwar.text.proofreading import proofread

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

# detect_language (the script most letters are written in) lives in hiwar.text.languages,
# shared with the publish check and proofreading; imported above for the importer's callers.


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

# The checks themselves live in hiwar.text.proofreading (shared with the editor and
# `manage.py proofread`); the importer reports them as `<check> in <where>: <excerpt>`.


def find_slips(title: str | None, blocks: list[Block], lang: str | None = None, date=None) -> list[str]:
    """Warnings for the editor: `glued-number in block 2: 30الماضية`, in page order.

    Every check of hiwar.text.proofreading but spelling (the importer runs without
    the site's vocabulary, which names need).
    """
    warnings = proofread(title, [block.text for block in blocks], lang=lang, published=date)
    return [
        f"{warning.check} in {'title' if warning.block == 0 else f'block {warning.block}'}: {warning.excerpt}"
        for warning in warnings
    ]


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
    warnings = find_slips(title, blocks, page_lang if page_lang in LANGUAGE_CODES else None, date)
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
