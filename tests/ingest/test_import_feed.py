"""import_feed against the real test database: RSS, Atom, NINJS, re-sends, bad feeds."""

import functools
import http.server
import threading

import pytest
from wagtail.models import ReferenceIndex

from hiwar.ingest.models import DuplicateFlag, ImportRecord
from hiwar.news.models import ArticlePage
from tests.ingest.conftest import FIXTURES


def test_rss_items_become_drafts_with_their_source(site_tree, import_feed):
    result = import_feed(FIXTURES / "feed_rss.xml")
    assert result.status == 0, result.err
    assert result.out.strip().endswith("imported 2, unchanged 0, duplicates 0, failed 0")
    summit = ArticlePage.objects.get(title="Caspian summit to open in Ashgabat")
    assert not summit.live
    assert summit.locale.language_code == "en"
    assert summit.source_name == "TASS" and summit.source_url == "https://agency.example/world/1001"
    source = "".join(block.value.source for block in summit.body if block.block_type == "paragraph")
    for forbidden in ("onclick", "<script", "alert", "javascript:", "onmouseover"):
        assert forbidden not in source
    assert 'href="https://agency.example/ref"' in source
    assert [block.block_type for block in summit.body] == ["paragraph", "subheading", "paragraph"]
    assert ImportRecord.objects.get(article=summit).key == "guid:agency-1001"
    # links are external: nothing for Wagtail's reference index, which the importer skips
    ReferenceIndex.create_or_update_for_object(summit)
    assert not ReferenceIndex.objects.filter(object_id=str(summit.pk)).exists()


@pytest.mark.postgres
def test_feed_reimport_and_resent_item(site_tree, import_feed, tmp_path):
    import_feed(FIXTURES / "feed_rss.xml")
    assert "imported 0, unchanged 2, duplicates 0, failed 0" in import_feed(FIXTURES / "feed_rss.xml").out
    resent = tmp_path / "resent.xml"
    resent.write_text(
        (FIXTURES / "feed_rss.xml").read_text(encoding="utf-8").replace("by two weeks", "by three weeks"),
        encoding="utf-8",
    )
    result = import_feed(resent)
    assert "imported 0, unchanged 1, duplicates 1, failed 0" in result.out
    flag = DuplicateFlag.objects.get()
    assert flag.reason == DuplicateFlag.RESENT
    assert flag.article.title == "Volga shipping season extended"
    assert ArticlePage.objects.count() == 2


def test_atom_and_ninjs(site_tree, import_feed):
    result = import_feed(FIXTURES / "feed_atom.xml", FIXTURES / "feed_ninjs.json")
    assert result.status == 0, result.err
    assert ArticlePage.objects.get(locale__language_code="ru").source_name == "Интерфакс"
    arabic = ArticlePage.objects.get(locale__language_code="ar")
    assert (arabic.source_name, arabic.author) == ("تاس", "مراسل الوكالة")
    assert arabic.summary == "يناقش المنتدى التعاون في التعليم والثقافة."


def test_feed_that_is_not_a_feed(site_tree, import_feed, tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_text("this is not XML and not JSON", encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>a web page</p></body></html>", encoding="utf-8")
    result = import_feed(junk, page, FIXTURES / "feed_atom.xml")
    assert result.status == 1
    assert f"{junk}: error: not a feed: neither XML (RSS/Atom) nor JSON (NINJS)" in result.err
    assert f"{page}: error: not an RSS or Atom feed" in result.err
    assert result.out.strip().endswith("imported 1, unchanged 0, duplicates 0, failed 2")


def test_huge_feed_is_refused_unread(site_tree, import_feed, tmp_path):
    huge = tmp_path / "huge.xml"
    with open(huge, "wb") as stream:
        stream.truncate(50 * 1024 * 1024)
    result = import_feed(huge)
    assert result.status == 1
    assert f"{huge}: error: too large: 50.0 MB, the limit is 5 MB" in result.err


def test_item_without_date_fails_alone(site_tree, import_feed, tmp_path):
    feed = tmp_path / "nodate.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><language>en</language>'
        "<item><guid>a</guid><title>No date here</title><description>Text of the item.</description></item>"
        "<item><guid>b</guid><title>Dated item</title><pubDate>Wed, 14 Sep 2022 10:00:00 GMT</pubDate>"
        "<description>Text of the dated item.</description></item></channel></rss>",
        encoding="utf-8",
    )
    result = import_feed(feed)
    assert result.status == 1
    assert f"{feed}: item 1 (guid a): error: no publication date found" in result.err
    assert ArticlePage.objects.get().title == "Dated item"


@pytest.fixture
def local_http_server():
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(FIXTURES))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_feed_over_http(site_tree, import_feed, local_http_server):
    result = import_feed(f"{local_http_server}/feed_rss.xml", "--dry-run")
    assert result.status == 0, result.err
    assert "imported 2" in result.out and ArticlePage.objects.count() == 0
    missing = import_feed(f"{local_http_server}/missing.xml")
    assert missing.status == 1 and "cannot fetch: HTTP Error 404" in missing.err


def test_feed_over_http_size_limit(site_tree, import_feed, local_http_server):
    result = import_feed(f"{local_http_server}/feed_rss.xml", "--max-bytes", "1000")
    assert result.status == 1 and "too large" in result.err
