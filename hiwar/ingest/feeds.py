"""Agency feeds → ParsedPage items: RSS 2.0 and Atom (feedparser), NINJS 2.x JSON.

Feed HTML is sanitized with nh3 before anything else looks at it: no scripts,
no styles, no event attributes (`onclick`), no `javascript:` URLs. What is
left is split into paragraph and subheading blocks, each keeping its safe
inline markup (links, bold, italics) for the rich-text body.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import feedparser
import lxml.html
import nh3

from hiwar.ingest.reading import InputError
from hiwar.text.languages import LANGUAGE_CODES
from hiwar.text.pages import (
    ParsedPage,
    assemble_page,
    clean_line,
    new_metadata,
    take_metadata_lines,
)

ALLOWED_TAGS = {"p", "br", "h2", "h3", "h4", "b", "strong", "i", "em", "a", "ul", "ol", "li", "blockquote"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
_BLOCK_TAGS = {"p", "h2", "h3", "h4", "li", "blockquote"}
_HEADING_TAGS = {"h2", "h3", "h4"}


def sanitize_html(html: str) -> str:
    """`<p onclick="x()">Hi<script>bad()</script></p>` → `<p>Hi</p>`."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        clean_content_tags={"script", "style"},
        link_rel="noopener noreferrer",
    )


@dataclass
class FeedItem:
    key: str | None  # GUID / NINJS uri, else the link
    page: ParsedPage


def _inner_html(element) -> str:
    parts = [element.text or ""]
    for child in element:
        parts.append(lxml.html.tostring(child, encoding="unicode"))
    return "".join(parts).strip()


def html_to_blocks(html: str) -> tuple[list[str], list[str | None], set[int]]:
    """(texts, inline HTML per text, heading indexes) from sanitized HTML."""
    clean = sanitize_html(html)
    if not clean.strip():
        return [], [], set()
    root = lxml.html.fragment_fromstring(clean, create_parent="div")
    texts: list[str] = []
    markup: list[str | None] = []
    headings: set[int] = set()

    def add(text: str, inner: str | None, heading: bool = False):
        text = clean_line(text)
        if text:
            if heading:
                headings.add(len(texts))
            texts.append(text)
            markup.append(inner)

    loose = [root.text or ""]  # text not inside any block element
    for element in root:
        if element.tag in _BLOCK_TAGS:
            add(" ".join(loose), None)
            loose = []
            add(element.text_content(), _inner_html(element), element.tag in _HEADING_TAGS)
        elif element.tag in ("ul", "ol"):
            for item in element.iter("li"):
                add(item.text_content(), _inner_html(item))
        elif element.tag == "br":
            add(" ".join(loose), None)
            loose = []
        else:
            loose.append(lxml.html.tostring(element, encoding="unicode", method="text"))
        loose.append(element.tail or "")
    add(" ".join(loose), None)
    return texts, markup, headings


def _item_page(*, lang, title, date, html, source, source_url, credit=None, summary=None, author=None):
    texts, markup, headings = html_to_blocks(html or "")
    metadata = new_metadata(credit=credit, source=None)
    kept, kept_markup, kept_headings = [], [], set()
    for index, text in enumerate(texts):
        if take_metadata_lines([text], metadata):
            if index in headings:
                kept_headings.add(len(kept))
            kept.append(text)
            kept_markup.append(markup[index])
    page = assemble_page(
        lang=lang,
        title=clean_line(title or "") or None,
        date=date,
        texts=kept,
        metadata=metadata,
        headings=kept_headings,
    )
    for block, inner in zip(page.blocks, kept_markup, strict=False):
        block.html = inner
    page.source = metadata.source or source
    page.source_url = source_url
    page.summary = (
        clean_line(lxml.html.fromstring(sanitize_html(summary)).text_content())
        if summary and summary.strip()
        else None
    )
    page.author = author
    return page


def _language(value: str | None, requested: str) -> str:
    if requested not in (None, "", "auto"):
        return requested
    code = (value or "").strip().lower()[:2]
    return code if code in LANGUAGE_CODES else "auto"


# --- RSS 2.0 and Atom --------------------------------------------------------------


def _struct_date(struct) -> dt.date | None:
    return dt.date(struct.tm_year, struct.tm_mon, struct.tm_mday) if struct else None


def parse_xml_feed(data: bytes, lang: str = "auto") -> list[FeedItem]:
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.get("version"):
        problem = getattr(parsed, "bozo_exception", None)
        detail = f": {str(problem).splitlines()[0]}" if problem is not None else ""
        raise InputError(f"not an RSS or Atom feed{detail}")
    if not parsed.entries:
        problem = getattr(parsed, "bozo_exception", None)
        if parsed.bozo and problem is not None:
            raise InputError(f"not a valid RSS or Atom feed: {str(problem).splitlines()[0]}")
        if not parsed.feed:
            raise InputError("not an RSS or Atom feed")
        return []
    channel = parsed.feed
    items = []
    for entry in parsed.entries:
        content = entry.get("content")
        html = content[0].get("value") if content else entry.get("summary", "")
        summary = entry.get("summary") if content else None
        credit = None
        if entry.get("media_credit"):
            credit = clean_line(entry.media_credit[0].get("content", "")) or None
        source = (entry.get("source") or {}).get("title") or channel.get("title")
        page = _item_page(
            lang=_language(entry.get("language") or channel.get("language"), lang),
            title=entry.get("title"),
            date=_struct_date(entry.get("published_parsed") or entry.get("updated_parsed")),
            html=html,
            source=clean_line(source or "") or None,
            source_url=entry.get("link"),
            credit=credit,
            summary=summary,
            author=entry.get("author"),
        )
        items.append(FeedItem(key=entry.get("id") or entry.get("link"), page=page))
    return items


# --- NINJS (IPTC News in JSON) 2.x, with the 1.x field names as fallbacks ---------------


def _ninjs_text(item: dict, plural: str, singular: str, role: str | None = None) -> str | None:
    values = item.get(plural)
    if isinstance(values, list):
        chosen = [value for value in values if isinstance(value, dict) and value.get("value")]
        if role:
            chosen = [value for value in chosen if value.get("role") in (role, None)] or chosen
        if chosen:
            return str(chosen[0]["value"])
    if isinstance(item.get(singular), str):
        return item[singular]
    return None


def _ninjs_body(item: dict) -> str | None:
    bodies = item.get("bodies")
    if isinstance(bodies, list):
        html = [
            body for body in bodies if isinstance(body, dict) and "html" in str(body.get("contenttype", ""))
        ]
        text = [body for body in bodies if isinstance(body, dict) and body.get("value")]
        if html:
            return html[0].get("value")
        if text:
            return "".join(f"<p>{nh3.clean_text(line)}</p>" for line in str(text[0]["value"]).splitlines())
    if item.get("body_html"):
        return item["body_html"]
    if item.get("body_text"):
        return "".join(f"<p>{nh3.clean_text(line)}</p>" for line in str(item["body_text"]).splitlines())
    return None


def _ninjs_date(item: dict) -> dt.date | None:
    for name in ("firstcreated", "contentcreated", "versioncreated"):
        value = item.get(name)
        if isinstance(value, str) and len(value) >= 10:
            try:
                return dt.date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


def _ninjs_source(item: dict) -> str | None:
    for info in item.get("infosources") or []:
        if isinstance(info, dict) and info.get("name"):
            return info["name"]
    return item.get("copyrightholder") or item.get("provider") or None


def _ninjs_credit(item: dict) -> str | None:
    associations = item.get("associations") or []
    if isinstance(associations, dict):  # 1.x keys associations by name
        associations = list(associations.values())
    for association in associations:
        if isinstance(association, dict) and association.get("type") in ("picture", "image", "graphic"):
            return association.get("copyrightholder") or association.get("by") or association.get("byline")
    return None


def _ninjs_items(document) -> list[dict]:
    if isinstance(document, list):
        return [item for item in document if isinstance(item, dict)]
    if isinstance(document, dict):
        if isinstance(document.get("items"), list):
            return [item for item in document["items"] if isinstance(item, dict)]
        return [document]
    return []


def parse_ninjs(data: bytes, lang: str = "auto") -> list[FeedItem]:
    try:
        document = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise InputError(f"not valid JSON: {error}") from None
    items = _ninjs_items(document)
    if not items or not any("uri" in item or "headlines" in item or "headline" in item for item in items):
        raise InputError("JSON but not NINJS: no item with uri and headlines")
    results = []
    for item in items:
        if item.get("type") not in (None, "text", "composite"):
            continue  # pictures, audio and video items are not articles
        page = _item_page(
            lang=_language(item.get("language"), lang),
            title=_ninjs_text(item, "headlines", "headline", role="main"),
            date=_ninjs_date(item),
            html=_ninjs_body(item),
            source=_ninjs_source(item),
            source_url=item.get("uri") if str(item.get("uri", "")).startswith("http") else None,
            credit=_ninjs_credit(item),
            summary=_ninjs_text(item, "descriptions", "description_text", role="summary"),
            author=item.get("by") or item.get("byline"),
        )
        results.append(FeedItem(key=item.get("uri") or item.get("guid"), page=page))
    return results


def parse_feed(data: bytes, lang: str = "auto") -> list[FeedItem]:
    """Items of an RSS/Atom or NINJS feed; InputError for anything else."""
    if not data.strip():
        raise InputError("empty file")
    start = data.lstrip()[:1]
    if data.startswith(b"\xef\xbb\xbf"):
        start = data[3:].lstrip()[:1]
    if start in (b"{", b"["):
        return parse_ninjs(data, lang)
    if start == b"<":
        return parse_xml_feed(data, lang)
    raise InputError("not a feed: neither XML (RSS/Atom) nor JSON (NINJS)")
