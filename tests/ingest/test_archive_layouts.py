"""Issue 19: old pages of any layout and encoding → their fields (no database).

The corpus (tests/ingest/archive_corpus.py) is written by us: 20 stories × 3
languages, 60 pages in 7 layouts. Target: ≥ 98 % of the fields on every layout.
"""

import codecs

import pytest

from hiwar.ingest.charsets import decode_page
from hiwar.ingest.layouts import parse_archive_page
from hiwar.ingest.reading import InputError
from tests.ingest.archive_corpus import LAYOUTS, accuracy, archive

TARGET = 0.98


def parse(page):
    text, encoding = decode_page(page.data)
    return parse_archive_page(text, page.url, encoding=encoding)


@pytest.fixture(scope="module")
def corpus_accuracy():
    pages = archive(20, seed=23)
    assert len(pages) == 60 and {page.layout for page in pages} == set(LAYOUTS)
    return accuracy(pages, parse)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_field_accuracy_per_layout(corpus_accuracy, layout):
    right, total, misses = corpus_accuracy[layout]
    assert total >= 2 * 9  # at least two pages of nine fields
    assert right / total >= TARGET, misses[:5]


def test_the_old_table_page_of_the_issue_is_read_as_a_reader_sees_it():
    """windows-1256, <font> title, date under it, <br><br> paragraphs, a <b> subheading."""
    page = next(p for p in archive(10) if p.layout == "table-1256")
    found = parse(page)
    assert found.encoding == "windows-1256"
    assert found.page.title == page.expected["title"]
    assert found.page.date.isoformat() == page.expected["date"]
    assert found.page.subheadings == page.expected["subheadings"]
    assert found.page.photo_credit == page.expected["credit"]
    assert found.image_url == f"http://old.hiwar.example/photos/{page.story}.jpg"  # not the logo
    assert set(found.language_links) == {"ru", "en"}


def _page(charset_meta, body):
    return f"<html><head>{charset_meta}</head><body><b>Title of it</b><br>5 May 2005<br><br>{body}.</body></html>"


ARABIC = "افتتح المجلس المكتبة الجديدة في المدينة بعد سنوات من العمل على المشروع"
RUSSIAN = "Совет открыл новую библиотеку в городе после долгих лет работы над проектом"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (_page('<meta charset="windows-1256">', ARABIC).encode("cp1256"), "windows-1256"),
        (
            _page(
                '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', RUSSIAN
            ).encode("cp1251"),
            "windows-1251",
        ),
        (_page('<meta charset="iso-8859-6">', ARABIC).encode("iso8859-6"), "iso-8859-6"),
        (_page('<meta charset="ISO-8859-5">', RUSSIAN).encode("iso8859-5"), "iso-8859-5"),
        (_page('<meta charset="latin1">', "Le café ouvre").encode("latin-1"), "iso-8859-1"),
        (codecs.BOM_UTF8 + _page("", ARABIC).encode("utf-8"), "utf-8 (BOM)"),
        (_page("", RUSSIAN).encode("utf-8"), "utf-8 (detected)"),
        (_page("", ARABIC).encode("cp1256"), "windows-1256 (detected)"),
        (_page("", RUSSIAN).encode("cp1251"), "windows-1251 (detected)"),
    ],
)
def test_the_declared_encoding_is_honoured_and_named(data, encoding):
    text, used = decode_page(data)
    assert used == encoding
    assert "Title of it" in text and ("المكتبة" in text or "библиотеку" in text or "café" in text)


def test_the_http_header_wins_over_nothing_declared_in_the_page():
    data = _page("", RUSSIAN).encode("koi8_r")
    text, used = decode_page(data, "text/html; charset=KOI8-R")
    assert used == "koi8-r" and "библиотеку" in text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (
            _page('<meta charset="windows-1256">', ARABIC).encode("utf-8"),
            "declares windows-1256 (<meta>) but is utf-8",
        ),
        (
            _page('<meta charset="windows-1256">', RUSSIAN).encode("cp1251"),
            "declares windows-1256 (<meta>) but is windows-1251",
        ),
        (_page('<meta charset="utf-8">', ARABIC).encode("cp1256"), "declares utf-8 (<meta>) but byte"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file, not an HTML page"),
        (b"   \n", "empty file"),
    ],
)
def test_a_page_that_is_not_what_it_says_is_refused_with_its_reason(data, reason):
    with pytest.raises(InputError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        decode_page(data)
