"""HTML pages and feeds → parsed pages; sanitising (no database)."""

import datetime as dt
from pathlib import Path

import pytest

from hiwar.ingest.feeds import html_to_blocks, parse_feed, sanitize_html
from hiwar.ingest.html import parse_html_page
from hiwar.ingest.reading import InputError

FIXTURES = Path(__file__).parent / "fixtures"


def test_arabic_html_page():
    page = parse_html_page((FIXTURES / "ar_page.html").read_text(encoding="utf-8"))
    assert page.lang == "ar"
    assert page.title == "افتتاح معرض الكتاب في قازان بمشاركة دور نشر عربية"
    assert page.date == dt.date(2023, 5, 3)  # `٣ أيار ٢٠٢٣`: Levantine month, Arabic-Indic digits
    assert page.subheadings == ["برنامج الندوات"]
    assert len(page.paragraphs) == 3
    assert page.photo_credit == "وكالة تتارستان للأنباء"  # from a <figcaption>
    assert page.source == "وكالة تتارستان للأنباء"
    assert page.translations_offered == ["ru", "en"]  # from the switcher links
    assert not any("الرئيسية" in block.text for block in page.blocks)


def test_english_html_page():
    page = parse_html_page((FIXTURES / "en_page.html").read_text(encoding="utf-8"))
    assert (page.lang, page.date) == ("en", dt.date(2022, 9, 14))
    assert page.title == "Grain corridor talks resume in Istanbul"
    assert [block.type for block in page.blocks] == [
        "paragraph",
        "paragraph",
        "subheading",
        "paragraph",
        "paragraph",
    ]
    assert (page.photo_credit, page.source) == ("Hiwar archive", "Reuters")
    assert page.translations_offered == ["ar", "ru"]  # hreflang alternates
    assert not any("alert" in block.text for block in page.blocks)


@pytest.mark.parametrize(
    "dirty, forbidden",
    [
        ('<p onclick="steal()">x</p>', "onclick"),
        ("<p>x</p><script>alert(1)</script>", "alert"),
        ("<style>p{color:red}</style><p>x</p>", "color"),
        ('<a href="javascript:alert(1)">x</a>', "javascript"),
        ('<img src=x onerror="alert(1)">', "onerror"),
        ('<p style="position:fixed">x</p>', "style"),
    ],
)
def test_sanitize_html(dirty, forbidden):
    assert forbidden not in sanitize_html(dirty)


def test_html_to_blocks_keeps_safe_markup():
    texts, markup, headings = html_to_blocks(
        '<p>See <a href="https://x.example/">this</a>, <b>now</b>.</p><h2>Next</h2>'
    )
    assert texts == ["See this, now.", "Next"]
    assert headings == {1}
    assert markup[0] == 'See <a href="https://x.example/" rel="noopener noreferrer">this</a>, <b>now</b>.'


def test_rss_feed():
    items = parse_feed((FIXTURES / "feed_rss.xml").read_bytes())
    assert [item.key for item in items] == ["agency-1001", "agency-1002"]
    first = items[0].page
    assert (first.title, first.date, first.lang) == (
        "Caspian summit to open in Ashgabat",
        dt.date(2022, 6, 29),
        "en",
    )
    assert first.source == "TASS"  # the channel title
    assert first.source_url == "https://agency.example/world/1001"
    assert first.photo_credit == "Agency photo desk"
    assert first.subheadings == ["Agenda"]
    all_markup = " ".join(block.html or "" for block in first.blocks)
    for forbidden in ("onclick", "script", "alert", "javascript", "onmouseover", "color"):
        assert forbidden not in all_markup
    assert 'href="https://agency.example/ref"' in all_markup


def test_atom_feed():
    (item,) = parse_feed((FIXTURES / "feed_atom.xml").read_bytes())
    assert item.key == "urn:example:item:77"
    assert (item.page.lang, item.page.source, item.page.date) == ("ru", "Интерфакс", dt.date(2022, 9, 14))
    assert len(item.page.paragraphs) == 2


def test_ninjs_feed():
    items = parse_feed((FIXTURES / "feed_ninjs.json").read_bytes())
    assert len(items) == 1  # the picture item is not an article
    page = items[0].page
    assert items[0].key == "urn:newsml:agency.example:20220914:ar-501"
    assert (page.lang, page.title) == ("ar", "انطلاق منتدى التعاون البرلماني في دوشنبه")
    assert page.date == dt.date(2022, 9, 14)
    assert (page.source, page.photo_credit, page.author) == ("تاس", "مجلس الاتحاد الروسي", "مراسل الوكالة")
    assert page.summary == "يناقش المنتدى التعاون في التعليم والثقافة."
    assert "onerror" not in " ".join(block.html or "" for block in page.blocks)


def test_ninjs_single_item_and_1x_fields():
    data = b'{"uri": "u1", "headline": "Old style item", "body_text": "Line one.\\nLine two.", "versioncreated": "2021-03-04T10:00:00Z", "language": "en"}'
    (item,) = parse_feed(data)
    assert (item.page.title, item.page.date, item.page.paragraphs) == (
        "Old style item",
        dt.date(2021, 3, 4),
        ["Line one.", "Line two."],
    )


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty file"),
        (b"just some words, not a feed", "neither XML"),
        (b"{not json", "not valid JSON"),
        (b'{"hello": "world"}', "not NINJS"),
        (b"<html><body><p>a web page</p></body></html>", "RSS or Atom"),
    ],
)
def test_bad_feeds(data, message):
    with pytest.raises(InputError, match=message):
        parse_feed(data)
