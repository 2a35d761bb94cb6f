"""Properties of the importer's readers over any input (hypothesis; issue 13).

Whatever bytes arrive (a file, a URL's answer, a feed), reading gives a result or an
InputError with a message, never another exception:

- decoding bytes to text (`decode_text`, `decode_html` with any declared charset);
- the HTML page parser, on any text and on HTML built from random parts;
- the feed parser (RSS, Atom, NINJS), on any bytes and on feeds built from random
  field values: every item is a page or an item error, and no page holds a control
  character. (Text may hold `<script` as characters: it is escaped on the way out,
  which tests/syndication/test_payload_outputs.py checks on every face.)

No database: these are the parsers alone. Each property tries at most 150 examples.
"""

import json
import re
from xml.sax.saxutils import escape

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from hiwar.ingest.batch import looks_like_html
from hiwar.ingest.feeds import FeedItem, parse_feed
from hiwar.ingest.html import parse_html_page
from hiwar.ingest.reading import InputError, decode_html, decode_text
from hiwar.text.pages import ParsedPage

FEW = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
TEXT = st.text(
    st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.characters(min_codepoint=0x0400, max_codepoint=0x04FF),
        st.characters(min_codepoint=0x0020, max_codepoint=0x007E),
        st.characters(exclude_categories=("Cs",)),
    ),
    max_size=200,
)
CHARSETS = st.sampled_from(
    ["utf-8", "windows-1256", "windows-1251", "koi8-r", "utf-16", "utf-7", "latin-1", "rot13", "base64",
     "hex", "zlib", "bogus-charset", "utf-32", "cp037"]
)  # fmt: skip
TAGS = st.sampled_from(["p", "h2", "div", "script", "style", "img", "a", "article", "h1", "svg", "iframe"])


def must_be_read_or_refused(read, *arguments):
    """The result of `read`, or None when it refused with a clean InputError."""
    try:
        return read(*arguments)
    except InputError as error:
        assert str(error), "an InputError without a message"
        return None


# --- bytes to text ----------------------------------------------------------------


@FEW
@given(st.binary(max_size=600))
@example(b"\xef\xbb\xbf")
@example(b"\xff\xfe\x00\xd8")  # UTF-16 with a lone surrogate
def test_decoding_any_bytes_gives_text_or_an_input_error(data):
    for decode in (decode_text, decode_html):
        decoded = must_be_read_or_refused(decode, data)
        if decoded is not None:
            text, encoding = decoded
            assert isinstance(text, str) and encoding


@FEW
@given(CHARSETS, TEXT)
@example("rot13", "خبر")
@example("base64", "новость")
def test_any_declared_charset_gives_text_or_an_input_error(charset, text):
    page = f'<html><head><meta charset="{charset}"></head><body><p>{text}</p></body></html>'
    for encoding in ("utf-8", "windows-1256", "windows-1251"):
        data = page.encode(encoding, errors="replace")
        decoded = must_be_read_or_refused(decode_html, data)
        if decoded is not None:
            assert isinstance(decoded[0], str)


# --- HTML pages ------------------------------------------------------------------------


@st.composite
def html_pages(draw):
    parts = []
    for _ in range(draw(st.integers(0, 12))):
        tag = draw(TAGS)
        attributes = draw(
            st.sampled_from(["", ' onerror="alert(1)"', ' src="x"', ' href="javascript:x"', ' dir="rtl"'])
        )
        body = draw(TEXT)
        closed = draw(st.booleans())
        parts.append(f"<{tag}{attributes}>{body}" + (f"</{tag}>" if closed else ""))
    title = draw(TEXT)
    return f"<!doctype html><html><head><title>{title}</title></head><body>{''.join(parts)}</body></html>"


@FEW
@given(st.one_of(TEXT, html_pages()), st.sampled_from(["auto", "ar", "ru", "en"]))
@example("", "auto")
@example("<html><body><img src=x></body></html>", "ar")
def test_the_html_parser_takes_any_page(html, lang):
    page = must_be_read_or_refused(parse_html_page, html, lang)
    if page is None:
        return
    assert isinstance(page, ParsedPage)
    problems = page.problems()  # what the importer refuses, named
    assert all(isinstance(problem, str) and problem for problem in problems)
    for text in [page.title or "", *page.paragraphs, *page.subheadings]:
        assert not CONTROL.search(text)


def test_html_detection_takes_any_text():
    assert looks_like_html("<!doctype html><p>")
    assert not looks_like_html("خبر\n\nنص")


# --- feeds -------------------------------------------------------------------------


def check_items(items):
    assert isinstance(items, list)
    for item in items:
        assert isinstance(item, FeedItem)
        assert (item.page is None) != (item.error is None), "an item is a page or an error, not both"
        if item.page is not None:
            for text in [item.page.title or "", *item.page.paragraphs, *item.page.subheadings]:
                assert not CONTROL.search(text)
        else:
            assert str(item.error)


@FEW
@given(st.binary(max_size=600), st.sampled_from(["auto", "ar", "ru", "en"]))
@example(b"<rss", "auto")
@example(b"[", "auto")
@example(b'{"items": [null, 3, "x"]}', "auto")
def test_the_feed_parser_takes_any_bytes(data, lang):
    items = must_be_read_or_refused(parse_feed, data, lang)
    if items is not None:
        check_items(items)


FIELD = st.one_of(TEXT, st.sampled_from(["", "<img src=x onerror=alert(1)>", "&lt;script&gt;x", "\x00\x1b"]))
DATES = st.one_of(
    TEXT,
    st.sampled_from(["Tue, 01 Dec 2026 10:00:00 +0300", "2026-12-01T10:00:00-16:00", "not a date", ""]),
)


@st.composite
def rss_feeds(draw):
    items = []
    for _ in range(draw(st.integers(0, 4))):
        fields = {
            "title": draw(FIELD),
            "description": draw(FIELD),
            "guid": draw(FIELD),
            "link": draw(st.sampled_from(["https://example.org/a", "javascript:alert(1)", "", "not a url"])),
            "pubDate": draw(DATES),
            "author": draw(FIELD),
        }
        items.append(
            "<item>"
            + "".join(f"<{name}>{escape(value)}</{name}>" for name, value in fields.items())
            + "</item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
        + "".join(items)
        + "</channel></rss>"
    ).encode("utf-8", errors="surrogatepass")


@st.composite
def ninjs_feeds(draw):
    value = st.one_of(FIELD, st.none(), st.integers(), st.lists(FIELD, max_size=2))
    items = [
        {
            "uri": draw(value),
            "headline": draw(value),
            "body_text": draw(value),
            "body_html": draw(value),
            "versioncreated": draw(st.one_of(DATES, st.none(), st.integers())),
            "language": draw(st.sampled_from(["ar", "ru", "en", "xx", "", None, 5])),
            "headlines": draw(
                st.one_of(
                    st.none(),
                    st.lists(st.dictionaries(st.sampled_from(["value", "role"]), value), max_size=2),
                )
            ),
        }
        for _ in range(draw(st.integers(0, 4)))
    ]
    shape = draw(st.sampled_from(["list", "items", "one"]))
    document = (
        items if shape == "list" else {"items": items} if shape == "items" else (items[0] if items else {})
    )
    return json.dumps(document, ensure_ascii=False).encode("utf-8", errors="surrogatepass")


@FEW
@given(st.one_of(rss_feeds(), ninjs_feeds()), st.sampled_from(["auto", "ar", "ru", "en"]))
def test_the_feed_parser_takes_any_feed(data, lang):
    items = must_be_read_or_refused(parse_feed, data, lang)
    if items is not None:
        check_items(items)
