"""HTML article pages → ParsedPage.

trafilatura finds the main text (paragraphs and headings, without menus,
footers and scripts); our own rules then do what it does not know about:
the credit and source lines (`Photo:` / `Фото:` / `الصورة:`), the language
switcher, the site name, and dates written out in Arabic or Russian.
"""

from __future__ import annotations

import datetime as dt
import re

import lxml.etree
import lxml.html
import trafilatura

from hiwar.ingest.reading import InputError
from hiwar.text.controls import remove_controls
from hiwar.text.dates import parse_date_line
from hiwar.text.languages import LANGUAGE_CODES
from hiwar.text.pages import (
    ParsedPage,
    assemble_page,
    clean_line,
    new_metadata,
    photo_credit_of,
    source_of,
    switcher_languages,
    take_metadata_lines,
)

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{1,40}$")  # `Title | Hiwar` → `Title`
_TEXT_ELEMENTS = ("p", "div", "span", "li", "figcaption", "small", "footer", "header", "nav", "a", "time")


def _iso_date(value: str | None) -> dt.date | None:
    match = _ISO_DATE.search(value or "")
    if not match:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def _meta(document, *names: str) -> str | None:
    for name in names:
        for attribute in ("property", "name", "itemprop"):
            found = document.xpath(f'//meta[@{attribute}="{name}"]/@content')
            if found and found[0].strip():
                return found[0].strip()
    return None


def _page_date(document, lines: list[str]) -> dt.date | None:
    """`article:published_time` → `<time datetime>` → a date line (our rules)."""
    for value in (
        _meta(document, "article:published_time", "datePublished", "pubdate", "date"),
        *document.xpath("//time/@datetime"),
    ):
        if date := _iso_date(value):
            return date
    for line in lines:
        if date := parse_date_line(line):
            return date
    return None


def _page_title(document) -> str | None:
    """`og:title` → the first `<h1>` → `<title>` without its `| Site` suffix."""
    for candidate in (
        _meta(document, "og:title"),
        *(clean_line(h1.text_content()) for h1 in document.xpath("//h1")),
        _TITLE_SUFFIX.sub("", clean_line(" ".join(document.xpath("//title//text()")))),
    ):
        if candidate and candidate.strip():
            return clean_line(candidate)
    return None


def _page_language(document) -> str | None:
    for value in document.xpath("/html/@lang") + [_meta(document, "og:locale") or ""]:
        code = value.strip().lower()[:2]
        if code in LANGUAGE_CODES:
            return code
    return None


def _short_text_lines(document) -> list[str]:
    """The text of small elements anywhere on the page (figcaptions, footers, switchers)."""
    lines = []
    for element in document.iter(*_TEXT_ELEMENTS):
        text = clean_line(element.text_content())
        if text and len(text) <= 120:
            lines.append(text)
    return lines


def _offered_languages(document, lines: list[str]) -> list[str]:
    offered = []
    for code in document.xpath("//link[@rel='alternate']/@hreflang"):
        code = code.strip().lower()[:2]
        if code in LANGUAGE_CODES and code not in offered:
            offered.append(code)
    if not offered:
        for line in lines:
            if languages := switcher_languages(line):
                return languages
    return offered


def _main_text(extracted_xml: str | None, title: str | None) -> tuple[list[str], set[int]]:
    """Body texts in order and the indexes of headings, from trafilatura's XML."""
    if not extracted_xml:
        return [], set()
    root = lxml.etree.fromstring(extracted_xml.encode("utf-8"))
    texts, headings = [], set()
    main = root.find("main")
    for element in main if main is not None else root:
        parts = element.findall("item") if element.tag == "list" else [element]
        for part in parts:
            text = clean_line("".join(part.itertext()))
            if not text or (element.tag == "head" and text == title):
                continue
            if element.tag == "head":
                headings.add(len(texts))
            texts.append(text)
    return texts, headings


def parse_html_page(html: str, lang: str = "auto") -> ParsedPage:
    # lxml turns a NUL into U+FFFD and keeps the other controls: they go before parsing,
    # counted as the page's (the field they were in is not known any more afterwards).
    html, controls = remove_controls(html)
    try:
        document = lxml.html.document_fromstring(html)
    except lxml.etree.ParserError:  # nothing but whitespace, comments or a lone <?xml?>
        raise InputError("empty HTML page: no document in it") from None
    # Main text only: trafilatura's own metadata pass (htmldate → dateparser over
    # every locale) takes seconds per page, and our date rules know Arabic months.
    extracted = trafilatura.extract(
        html,
        output_format="xml",
        with_metadata=False,
        favor_recall=True,
        include_tables=False,
        include_images=False,
        include_comments=False,
    )
    title = _page_title(document)
    texts, headings = _main_text(extracted, title)
    all_lines = _short_text_lines(document)
    date = _page_date(document, texts[:3] + all_lines)
    texts, headings = _without_date_lines(texts, headings)

    metadata = new_metadata(offered=_offered_languages(document, all_lines))
    body, headings = _without_metadata(texts, headings, metadata)
    for line in all_lines:  # credits in <figcaption>, sources in a footer trafilatura dropped
        metadata.credit = metadata.credit or photo_credit_of(line)
        metadata.source = metadata.source or source_of(line)

    page_lang = lang if lang not in (None, "", "auto") else (_page_language(document) or "auto")
    page = assemble_page(
        lang=page_lang, title=title, date=date, texts=body, metadata=metadata, headings=headings
    )
    page.source_url = _meta(document, "og:url")
    page.author = _meta(document, "author", "article:author")
    page.summary = _meta(document, "description", "og:description")
    return page.remove_controls(already={"page": controls})


def _without_date_lines(texts, headings):
    kept, kept_headings = [], set()
    for index, text in enumerate(texts):
        if parse_date_line(text):
            continue
        if index in headings:
            kept_headings.add(len(kept))
        kept.append(text)
    return kept, kept_headings


def _without_metadata(texts, headings, metadata):
    kept, kept_headings = [], set()
    for index, text in enumerate(texts):
        if not take_metadata_lines([text], metadata):
            continue
        if index in headings:
            kept_headings.add(len(kept))
        kept.append(text)
    return kept, kept_headings
