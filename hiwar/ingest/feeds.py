"""Agency feeds → ParsedPage items: RSS 2.0 and Atom (feedparser), NINJS 2.x JSON.

Feed HTML is sanitized with nh3 before anything else looks at it: no scripts,
no styles, no event attributes (`onclick`), no `javascript:` URLs. What is
left is split into paragraph and subheading blocks, each keeping its safe
inline markup (links, bold, italics) for the rich-text body.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
from dataclasses import dataclass

import feedparser
import lxml.html
import nh3

from hiwar.ingest.reading import InputError
from hiwar.text.controls import remove_controls, strip_controls
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
    """One item of a feed: its page, or the error that kept it from being read.

    Each item is read on its own: an item that cannot be read (`error`) is reported by
    its number and GUID, and the items after it are still imported.
    """

    key: str | None  # GUID / NINJS uri, else the link
    page: ParsedPage | None
    error: Exception | None = None


def _item_key(value) -> str | None:
    """The GUID as text, without control characters (a NUL would fail on PostgreSQL)."""
    if value is None or isinstance(value, (dict, list)):
        return None
    return strip_controls(str(value)).strip() or None


def _read_item(key, read) -> FeedItem:
    """`read()`'s page as a FeedItem; any error it raises stays with this item alone."""
    try:
        return FeedItem(key=key, page=read())
    except Exception as error:  # noqa: BLE001 – reported as this item's error; the feed goes on
        return FeedItem(key=key, page=None, error=error)


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


def _without_controls(**fields) -> tuple[dict, dict[str, int]]:
    """The item's raw text fields without control characters, and how many each had.

    They go before parsing (lxml refuses or replaces some, nh3 drops others silently),
    and the warning names the field they were in: `control-characters in body: 1 removed`.
    A number where a feed should have text (a JSON `"by": 7`) becomes its text; a list
    or an object there is no text and is left out.
    """
    cleaned, removed = {}, {}
    for name, value in fields.items():
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        elif not isinstance(value, str):
            value = None
        cleaned[name], removed[name.replace("_", " ")] = remove_controls(value)
    return cleaned, removed


def text_of_html(html: str | None) -> str | None:
    """`<p>Talks <b>open</b></p>` → `Talks open`; None when nothing is left once sanitized
    (`<img src="…">` alone: lxml would say `Document is empty`)."""
    clean = sanitize_html(html) if html else ""
    if not clean.strip():
        return None
    return clean_line(lxml.html.fragment_fromstring(clean, create_parent="div").text_content()) or None


def _item_page(
    *,
    lang,
    title,
    date,
    html,
    source,
    source_url,
    published=None,
    text=None,
    credit=None,
    summary=None,
    author=None,
):
    """The ParsedPage of one item; `text` is a plain-text body (NINJS), used when there is no `html`."""
    fields, removed = _without_controls(
        title=title,
        body=html if html is not None else text,
        source=source,
        source_url=source_url,
        photo_credit=credit,
        summary=summary,
        author=author,
    )
    body = fields["body"] or ""
    if html is None and text is not None:  # plain text: one paragraph a line
        body = "".join(f"<p>{nh3.clean_text(line)}</p>" for line in body.splitlines())
    texts, markup, headings = html_to_blocks(body)
    metadata = new_metadata(credit=clean_line(fields["photo_credit"] or "") or None, source=None)
    kept, kept_markup, kept_headings = [], [], set()
    for index, text in enumerate(texts):
        if take_metadata_lines([text], metadata):
            if index in headings:
                kept_headings.add(len(kept))
            kept.append(text)
            kept_markup.append(markup[index])
    page = assemble_page(
        lang=lang,
        title=clean_line(fields["title"] or "") or None,
        date=date,
        texts=kept,
        metadata=metadata,
        headings=kept_headings,
    )
    for block, inner in zip(page.blocks, kept_markup, strict=False):
        block.html = inner
    page.source = metadata.source or clean_line(fields["source"] or "") or None
    page.source_url = fields["source_url"]
    page.summary = text_of_html(fields["summary"])
    page.author = clean_line(fields["author"] or "") or None
    page.published = published
    return page.remove_controls(already=removed)


def _language(value: str | None, requested: str) -> str:
    if requested not in (None, "", "auto"):
        return requested
    code = (value or "").strip().lower()[:2]
    return code if code in LANGUAGE_CODES else "auto"


# --- RSS 2.0 and Atom --------------------------------------------------------------


def _struct_date(struct) -> dt.date | None:
    return dt.date(struct.tm_year, struct.tm_mon, struct.tm_mday) if struct else None


def _with_offset(value: dt.datetime | None) -> dt.datetime | None:
    """`value` if it is an aware date-time that can be moved to UTC, else None."""
    if value is None or value.tzinfo is None or value.utcoffset() is None:
        return None
    try:
        value.astimezone(dt.UTC)
    except (OverflowError, ValueError):  # year 1 at -05:00
        return None
    return value


def _has_time(raw: str) -> bool:
    """`Wed, 14 Sep 2022 10:00:00 +0300`, `2022-09-14T10:00:00Z`: yes; `2022-09-14`: no."""
    return ":" in raw


def _entry_published(entry) -> dt.datetime | None:
    """The entry's date-time with the offset the feed wrote it with.

    feedparser gives the instant in UTC only (`published_parsed`); the raw value is read
    again for its offset (RFC 822 in RSS, RFC 3339 in Atom) and kept when it is the same
    instant. A date without a time (`<updated>2022-09-14</updated>`) gives None: noon of
    that day, as for a scraped page.
    """
    for name in ("published", "updated"):
        raw, struct = entry.get(name), entry.get(f"{name}_parsed")
        if not struct:
            continue
        if not isinstance(raw, str) or not _has_time(raw):
            return None
        try:
            utc = dt.datetime(*struct[:6], tzinfo=dt.UTC)
        except (TypeError, ValueError, OverflowError):
            return None
        for parse in (email.utils.parsedate_to_datetime, dt.datetime.fromisoformat):
            try:
                written = _with_offset(parse(raw.strip()))
            except (TypeError, ValueError, IndexError, OverflowError):
                continue
            if written is not None and written == utc:
                return written
        return utc
    return None


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
    return [
        _read_item(
            _item_key(entry.get("id") or entry.get("link")),
            lambda entry=entry: _entry_page(entry, channel, lang),
        )
        for entry in parsed.entries
    ]


def _entry_page(entry, channel, lang: str) -> ParsedPage:
    content = entry.get("content")
    html = content[0].get("value") if content else entry.get("summary", "")
    summary = entry.get("summary") if content else None
    credit = entry.media_credit[0].get("content") if entry.get("media_credit") else None
    source = (entry.get("source") or {}).get("title") or channel.get("title")
    return _item_page(
        lang=_language(entry.get("language") or channel.get("language"), lang),
        title=entry.get("title"),
        date=_struct_date(entry.get("published_parsed") or entry.get("updated_parsed")),
        published=_entry_published(entry),
        html=html,
        source=source,
        source_url=entry.get("link"),
        credit=credit,
        summary=summary,
        author=entry.get("author"),
    )


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


def _ninjs_body(item: dict) -> tuple[str | None, str | None]:
    """(the HTML body, the plain-text body): the first found, the other None."""
    bodies = item.get("bodies")
    if isinstance(bodies, list):
        html = [
            body for body in bodies if isinstance(body, dict) and "html" in str(body.get("contenttype", ""))
        ]
        text = [body for body in bodies if isinstance(body, dict) and body.get("value")]
        if html:
            return html[0].get("value"), None
        if text:
            return None, text[0]["value"]
    if item.get("body_html"):
        return item["body_html"], None
    if item.get("body_text"):
        return None, item["body_text"]
    return None, None


def _ninjs_date(item: dict) -> tuple[dt.date | None, dt.datetime | None]:
    """(the day, the date-time with its offset) of the first of `firstcreated`,
    `contentcreated`, `versioncreated` that holds a date: `2022-09-14T10:00:00+03:00` →
    (14 September, 10:00 +03:00). A date-time without an offset is UTC (NINJS dates are
    RFC 3339); a date alone gives no date-time (noon of that day, as for a scraped page)."""
    for name in ("firstcreated", "contentcreated", "versioncreated"):
        value = item.get(name)
        if isinstance(value, str) and len(value) >= 10:
            try:
                date = dt.date.fromisoformat(value[:10])
            except ValueError:
                continue
            published = None
            if _has_time(value):
                try:
                    written = dt.datetime.fromisoformat(value.strip())
                except ValueError:
                    written = None
                if written is not None and written.tzinfo is None:
                    written = written.replace(tzinfo=dt.UTC)
                published = _with_offset(written)
            return date, published
    return None, None


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
    return [
        _read_item(_item_key(item.get("uri") or item.get("guid")), lambda item=item: _ninjs_page(item, lang))
        for item in items
        if item.get("type") in (None, "text", "composite")  # pictures, audio and video are not articles
    ]


def _ninjs_page(item: dict, lang: str) -> ParsedPage:
    date, published = _ninjs_date(item)
    html, text = _ninjs_body(item)
    uri = item.get("uri")
    return _item_page(
        lang=_language(item.get("language"), lang),
        title=_ninjs_text(item, "headlines", "headline", role="main"),
        date=date,
        published=published,
        html=html,
        text=text,
        source=_ninjs_source(item),
        source_url=uri if isinstance(uri, str) and uri.startswith("http") else None,
        credit=_ninjs_credit(item),
        summary=_ninjs_text(item, "descriptions", "description_text", role="summary"),
        author=item.get("by") or item.get("byline"),
    )


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
