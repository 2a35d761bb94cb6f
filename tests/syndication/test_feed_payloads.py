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

import html.parser
import uuid

import feedparser
import pytest

from tests.factories import make_article, make_image, paragraph
from tests.payloads import PAYLOADS

FORBIDDEN_ELEMENTS = {
    "script",
    "iframe",
    "object",
    "embed",
    "form",
    "style",
    "meta",
    "link",
    "base",
    "svg",
    "math",
}

URL_ATTRIBUTES = {"href", "src", "action", "data", "poster", "background", "xlink:href", "srcset"}


class MarkupCensus(html.parser.HTMLParser):
    """Every element, attribute and text run of an HTML fragment."""

    def __init__(self, fragment):
        super().__init__(convert_charrefs=True)
        self.elements, self.attributes, self.text = [], [], []
        self.feed(fragment)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append(tag)
        self.attributes.extend((tag, name, value or "") for name, value in attrs)

    def handle_data(self, data):
        self.text.append(data)


def live_markup(fragment):
    """What in `fragment` a browser would run or load: a list of findings, empty when safe."""
    census = MarkupCensus(fragment)
    found = [f"<{tag}>" for tag in census.elements if tag in FORBIDDEN_ELEMENTS]
    for tag, name, value in census.attributes:
        if name.startswith("on") or name in {"style", "srcdoc", "formaction"}:
            found.append(f"<{tag} {name}>")
        if name in URL_ATTRIBUTES and value.strip().lower().startswith(
            ("javascript:", "data:text", "vbscript:")
        ):
            found.append(f"<{tag} {name}={value}>")
    return found


def body_of(entry):
    """The item's HTML body. feedparser lists Media RSS's `media:description` among
    the contents too; the body is the HTML one that holds the paragraphs."""
    (body,) = [c.value for c in entry.content if c.type == "text/html" and "<p>" in c.value]
    return body


def read_as_reader(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    feed = feedparser.parse(response.content, sanitize_html=False, resolve_relative_uris=False)
    assert not feed.bozo, (url, feed.get("bozo_exception"))
    return feed


@pytest.fixture
def hostile_articles(site_tree):
    """One English article per payload, the payload in every text field an editor or
    an import fills: title, summary, body, author, source, tag, caption, credit."""
    section = site_tree.sections[("news", "en")]
    articles = {}
    for number, payload in enumerate(PAYLOADS):
        image = make_image(credit=payload, credit_en=payload)
        article = make_article(
            section,
            payload,
            slug=f"payload-{number}-{uuid.uuid4().hex[:6]}",
            summary=f"Summary {number}: {payload}",
            body=[paragraph(f"Body {number}: {payload}"), ("image", {"image": image, "caption": payload})],
            image=image,
            lead_image_caption=payload,
            author=payload[:100],
            source_name=payload[:100],
            source_url="https://example.org/wire",
        )
        article.tags.add(f"tag {number} {payload}"[:100])
        article.save_revision().publish()
        articles[number] = article
    return articles


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
