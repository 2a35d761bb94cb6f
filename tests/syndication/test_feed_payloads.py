"""The payload corpus through every field of a feed item, read back as a feed
reader reads it: feedparser with its own sanitizer off (a naive reader shows what
the feed says), then the HTML fields parsed for live markup.

- RSS `<description>` is HTML to every reader: the summary, which is text, must
  come back as text (no element at all, the characters the editor typed).
- Atom `<summary>` says `type="text"` and holds the text as typed.
- The body (`content:encoded`, Atom `content`) is HTML and must hold no script,
  no event handler, no `javascript:` URL, no frame, object, form or style.
- Titles, authors, tags and sources are text in both formats.

The Chromium half (tests/browser/test_feed_payloads.py) renders the same items.
"""

import feedparser
import pytest

from tests.factories import make_article, paragraph
from tests.payloads import PAYLOADS, MarkupCensus, body_of, live_markup, make_hostile_articles


def read_as_reader(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    feed = feedparser.parse(response.content, sanitize_html=False, resolve_relative_uris=False)
    assert not feed.bozo, (url, feed.get("bozo_exception"))
    return feed


@pytest.fixture
def hostile_articles(site_tree):
    return make_hostile_articles(site_tree.sections[("news", "en")])


def by_payload_number(entries, prefix):
    """{payload number: entry}, found by the number in each entry's summary (the
    module's other English articles are left out)."""
    found = {}
    for entry in entries:
        text = (
            MarkupCensus(entry.summary).text if entry.summary_detail.type == "text/html" else [entry.summary]
        )
        head = "".join(text)
        if not head.startswith(prefix):
            continue
        found[int(head[len(prefix) :].split(":", 1)[0])] = entry
    return found


@pytest.mark.django_db
def test_rss_description_is_text_and_body_is_clean(client, hostile_articles):
    feed = read_as_reader(client, "/en/feed/")
    entries = by_payload_number(feed.entries, "Summary ")
    assert set(entries) == set(range(len(PAYLOADS)))
    for number, entry in entries.items():
        payload = PAYLOADS[number]
        description = MarkupCensus(entry.summary)
        assert description.elements == [], (payload, entry.summary)
        assert "".join(description.text) == f"Summary {number}: {payload}"
        assert entry.title == payload
        assert entry.author == payload[:100]
        assert [tag.term for tag in entry.tags] == [f"tag {number} {payload}"[:100]]
        assert live_markup(body_of(entry)) == [], (payload, body_of(entry))
        assert payload.split("<")[0] in "".join(MarkupCensus(body_of(entry)).text)


@pytest.mark.django_db
def test_atom_summary_is_typed_text_and_content_is_clean(client, hostile_articles):
    feed = read_as_reader(client, "/en/feed/atom/")
    entries = by_payload_number(feed.entries, "Summary ")
    assert set(entries) == set(range(len(PAYLOADS)))
    for number, entry in entries.items():
        payload = PAYLOADS[number]
        assert entry.summary_detail.type == "text/plain"
        assert entry.summary == f"Summary {number}: {payload}"
        assert entry.title_detail.type == "text/plain" and entry.title == payload
        assert entry.content[0].type == "text/html"
        assert live_markup(body_of(entry)) == [], (payload, body_of(entry))


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/en/feed/", "/en/feed/atom/", "/en/news/feed/", "/en/news/feed/atom/"])
def test_control_characters_in_an_article_do_not_break_the_feed(client, site_tree, url):
    """A NUL or vertical tab pasted into an article: the feed is served, without them."""
    section = site_tree.sections[("news", "en")]
    make_article(
        section,
        "Talks\x00 resume\x0b in Moscow",
        summary="Both\x0c sides\x1b met.",
        body=[paragraph("The\x00 meeting\x7f lasted two hours.")],
        author="Desk\x00",
    )
    feed = read_as_reader(client, url)
    entry = next(e for e in feed.entries if e.title.startswith("Talks"))
    assert entry.title == "Talks resume in Moscow"
    assert entry.summary == "Both sides met."
    assert "The meeting lasted two hours." in body_of(entry)


def test_the_corpus_is_large_enough():
    assert len(PAYLOADS) >= 30 and len(set(PAYLOADS)) == len(PAYLOADS)
