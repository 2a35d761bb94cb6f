"""An old site's article page, in any layout → its fields (title, date, body, credit,
source, language links, image).

trafilatura (which `import_page` uses for modern pages, html.py) looks for the
densest block of `<p>` text. Old sites have none: the article is one table cell
of `<font>` text whose paragraphs are separated by `<br><br>`, its subheadings
are a `<b>` alone on a line, and the date is a line of text under the title.
trafilatura drops such a cell or merges it into one paragraph, so this module
reads the page as lines instead, the way a reader sees it:

- every block element (`<p>`, `<div>`, `<td>`, `<center>`, headings, list items)
  and every `<br>` ends a line; `<script>`, `<style>`, forms and the `<head>` are
  not text;
- in a page with an `<article>` (or `<main>`) element, only its lines are the
  article (modern themes put menus and "related" lists around it);
- a line whose every letter is inside `<b>`/`<strong>`/`<h2>`…`<h6>` is a
  subheading when it also has a subheading's shape (hiwar.text.pages);
- then the rules of the reference text format apply (hiwar.text.pages): the date
  is the first line that is only a date (hiwar.text.dates: three languages, both
  digit systems); the title is the `<h1>`, else the line just above the date;
  credit, source, switcher and menu lines are metadata, not body; short
  unfinished lines after the last paragraph are footer chrome;
- the language links are the `<a>` whose text is a switcher word (`Ru`, `En`,
  `عربي`, `Рус`) or that carry `hreflang`, and `<link rel=alternate hreflang>`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from urllib.parse import urljoin

import lxml.etree
import lxml.html

from hiwar.ingest.html import _iso_date, _meta
from hiwar.ingest.reading import InputError
from hiwar.text.controls import remove_controls
from hiwar.text.dates import parse_date_line
from hiwar.text.languages import LANGUAGE_CODES
from hiwar.text.pages import (
    ParsedPage,
    assemble_page,
    clean_line,
    has_subheading_shape,
    is_navigation,
    new_metadata,
    switcher_languages,
    take_metadata_lines,
)

_BLOCKS = frozenset(
    "p div td th tr table tbody thead tfoot center h1 h2 h3 h4 h5 h6 li ul ol blockquote article "
    "section header footer main aside figure figcaption dl dt dd hr address nav body pre".split()
)
_NOT_TEXT = frozenset(
    "script style noscript head select option button iframe svg template textarea form".split()
)
_BOLD = frozenset("b strong h2 h3 h4 h5 h6".split())


@dataclass
class _Line:
    parts: list = field(default_factory=list)  # (text, bold)
    image: str | None = None

    @property
    def text(self) -> str:
        return clean_line("".join(text for text, _bold in self.parts))

    @property
    def bold(self) -> bool:
        letters = [bold for text, bold in self.parts if text.strip()]
        return bool(letters) and all(letters)


class _Lines:
    def __init__(self):
        self.lines: list[_Line] = []
        self.current = _Line()

    def add(self, text, bold):
        if text:
            self.current.parts.append((text, bold))

    def flush(self):
        if self.current.text:
            self.lines.append(self.current)
        self.current = _Line()

    def image(self, src):
        self.flush()
        self.lines.append(_Line(image=src))


def _walk(element, out: _Lines, bold: bool = False):
    tag = element.tag if isinstance(element.tag, str) else None
    if tag is None:  # a comment or processing instruction: only its tail is text
        out.add(element.tail, bold)
        return
    tag = tag.lower()
    if tag in _NOT_TEXT:
        out.add(element.tail, bold)
        return
    if tag == "br":
        out.flush()
        out.add(element.tail, bold)
        return
    if tag == "img":
        src = (element.get("src") or "").strip()
        if src and not src.startswith("data:"):
            out.image(src)
        out.add(element.tail, bold)
        return
    block = tag in _BLOCKS
    inner_bold = bold or tag in _BOLD
    if block:
        out.flush()
    out.add(element.text, inner_bold)
    for child in element:
        _walk(child, out, inner_bold)
    if block:
        out.flush()
    out.add(element.tail, bold)


@dataclass
class ArchivePage:
    """One old page: the parsed article, the encoding it was read in, its links."""

    page: ParsedPage
    encoding: str = ""
    url: str = ""  # the old URL (absolute when known)
    language_links: dict = field(default_factory=dict)  # lang → absolute URL, as the page names them
    image_url: str | None = None


def _language_links(document, base: str) -> dict:
    links = {}
    for element in document.iter("a", "link"):
        href = (element.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        code = (element.get("hreflang") or "").strip().lower()[:2]
        if code not in LANGUAGE_CODES:
            if element.tag != "a":
                continue
            found = switcher_languages(clean_line(element.text_content()))
            if not found or len(found) != 1:
                continue
            code = found[0]
        links.setdefault(code, urljoin(base, href))
    return links


def _content_root(document):
    for path in ("//article", "//main", "//*[@role='main']"):
        found = document.xpath(path)
        if found:
            return found[0]
    body = document.find("body")
    return body if body is not None else document


def _declared_language(document) -> str | None:
    for value in document.xpath("/html/@lang") + [_meta(document, "og:locale", "language") or ""]:
        code = value.strip().lower()[:2]
        if code in LANGUAGE_CODES:
            return code
    return None


def _date_of(document, lines: list[str]) -> tuple[dt.date | None, int | None]:
    """(date, index of its line or None): a date line first (what the reader sees), then
    `article:published_time` / `<time datetime>` (modern themes)."""
    for index, line in enumerate(lines):
        if date := parse_date_line(line):
            return date, index
    for value in (
        _meta(document, "article:published_time", "datePublished", "pubdate", "date"),
        *document.xpath("//time/@datetime"),
    ):
        if date := _iso_date(value):
            return date, None
    return None, None


def parse_archive_page(html: str, url: str = "", lang: str = "auto", encoding: str = "") -> ArchivePage:
    html, controls = remove_controls(html)
    try:
        document = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        raise InputError("empty HTML page: no document in it") from None
    out = _Lines()
    _walk(_content_root(document), out)
    out.flush()
    lines = out.lines
    texts = [line.text if line.image is None else "" for line in lines]
    date, date_index = _date_of(document, texts)

    h1 = next(
        (clean_line(h.text_content()) for h in document.xpath("//h1") if clean_line(h.text_content())), None
    )
    title_index = None
    if h1:
        title_index = next((i for i, text in enumerate(texts) if text == h1), None)
    elif date_index is not None:
        above = next((i for i in range(date_index - 1, -1, -1) if texts[i]), None)
        if above is not None and not _is_chrome(texts[above]):
            title_index = above
        else:  # the date above the title (a menu or the switcher above the date)
            title_index = next((i for i in range(date_index + 1, len(texts)) if texts[i]), None)
    title = h1 or (texts[title_index] if title_index is not None else None)

    start = max(i for i in (title_index, date_index, -1) if i is not None) + 1
    metadata = new_metadata()
    body, headings, image = [], set(), None
    for index in range(start, len(lines)):
        line = lines[index]
        if line.image is not None:
            image = image or (line.image if index_is_content(line.image) else None)
            continue
        if index == date_index or not take_metadata_lines([line.text], metadata):
            continue
        if line.bold and has_subheading_shape(line.text):
            headings.add(len(body))
        body.append(line.text)
    # the credit, source and switcher may also stand above the title (or outside <article>)
    for index in range(0, start):
        if lines[index].image is None and index != date_index:
            take_metadata_lines([texts[index]], metadata)
    if image is None:
        image = next(
            (line.image for line in lines[:start] if line.image and index_is_content(line.image)), None
        )
    # footer chrome: short unfinished lines after the last paragraph (no paragraph follows them)
    while body and has_subheading_shape(body[-1]) and len(body) - 1 not in headings:
        metadata.dropped.insert(0, body.pop())
    while body and len(body) - 1 in headings:  # a bold line that introduces nothing: footer too
        headings.discard(len(body) - 1)
        metadata.dropped.insert(0, body.pop())

    links = _language_links(document, url)
    page_lang = lang if lang not in (None, "", "auto") else (_declared_language(document) or "auto")
    metadata.offered = metadata.offered or [code for code in links]
    page = assemble_page(
        lang=page_lang, title=title, date=date, texts=body, metadata=metadata, headings=headings
    )
    page.summary = _meta(document, "description", "og:description")
    page.author = _meta(document, "author", "article:author")
    page.remove_controls(already={"page": controls})
    return ArchivePage(
        page=page,
        encoding=encoding,
        url=url,
        language_links={code: link for code, link in links.items()},
        image_url=urljoin(url, image) if image else None,
    )


def _is_chrome(line: str) -> bool:
    return (
        is_navigation(line)
        or bool(switcher_languages(line))
        or not take_metadata_lines([line], new_metadata())
    )


def index_is_content(src: str) -> bool:
    """Logos, spacers and buttons above the title are no article photo."""
    name = src.rsplit("/", 1)[-1].lower()
    return not any(word in name for word in ("logo", "spacer", "pixel", "button", "banner", "icon", "flag"))
