"""The payload corpus as readers meet it, in Chromium: the article pages, and each
feed item rendered the way a naive feed reader renders it (the HTML fields put in
with `innerHTML`, the text fields with `textContent`).

`alert`, `confirm`, `prompt` and `print` are replaced before any page script, every
dialog is recorded, and the rendered DOM is searched for live markup (a script, an
event handler, a `javascript:` URL). A control item, escaped once as the feeds did
before the fix, proves the harness sees a payload run.
"""

import json

import feedparser
import pytest
from django.utils import translation

from tests.factories import make_site_tree
from tests.payloads import PAYLOADS, body_of, make_hostile_articles

from .conftest import serve

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

TRAP = """
  window.__ran = [];
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    window[name] = (...args) => { window.__ran.push(name + '(' + args.join(',') + ')'); };
  }
"""

LIVE_MARKUP = """
  () => {
    const found = [...document.querySelectorAll('script:not([type="application/ld+json"]), iframe, object, embed, form, base, meta[http-equiv]')]
      .map(e => e.outerHTML.slice(0, 80));
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        const value = attribute.value.trim().toLowerCase();
        if (attribute.name.startsWith('on') || (['href', 'src', 'action', 'data'].includes(attribute.name)
            && value.startsWith('javascript:'))) {
          found.push(element.tagName + ' ' + attribute.name);
        }
      }
    }
    return found;
  }
"""

JSON_LD = """[...document.querySelectorAll('script[type="application/ld+json"]')].map(e => e.textContent)"""

READER = """
  items => {
    for (const item of items) {
      const article = document.createElement('article');
      const title = document.createElement('h2');
      title.textContent = item.title;
      const summary = document.createElement('div');
      if (item.summary_is_html) { summary.innerHTML = item.summary; } else { summary.textContent = item.summary; }
      const body = document.createElement('div');
      body.innerHTML = item.body;
      article.append(title, summary, body);
      document.body.append(article);
    }
  }
"""

READER_URL = "http://feed-reader.invalid/"
READER_PAGE = "<!DOCTYPE html><html><head><title>reader</title></head><body></body></html>"


def build():
    _, _, sections = make_site_tree()
    return make_hostile_articles(sections[("news", "en")])


@pytest.fixture(scope="module")
def hostile_site(django_db_setup, django_db_blocker, playwright_driver):
    with serve(django_db_blocker, build) as site:
        yield site


def reader_items(client, url):
    feed = feedparser.parse(client.get(url).content, sanitize_html=False, resolve_relative_uris=False)
    return [
        {
            "title": entry.title,
            "summary": entry.summary,
            "summary_is_html": entry.summary_detail.type == "text/html",
            "body": body_of(entry),
        }
        for entry in feed.entries
    ]


def render_as_reader(open_page, site, items):
    page = open_page(site, "desktop")
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.add_init_script(TRAP)
    # A reader's own page, with no Content-Security-Policy (the site's would block
    # inline handlers and hide a leak); requests from it go nowhere.
    page.route(READER_URL, lambda route: route.fulfill(body=READER_PAGE, content_type="text/html"))
    page.goto(READER_URL)
    page.evaluate(READER, items)
    page.wait_for_timeout(500)  # image errors fire after the fetch fails
    return dialogs, page.evaluate("window.__ran"), page.evaluate(LIVE_MARKUP)


@pytest.mark.parametrize("url", ["/en/feed/", "/en/feed/atom/"])
def test_feed_items_render_with_no_live_markup(hostile_site, open_page, url):
    from django.test import Client

    with translation.override("en"):
        items = reader_items(Client(), url)
    assert len(items) == len(PAYLOADS)
    dialogs, ran, markup = render_as_reader(open_page, hostile_site, items)
    assert (dialogs, ran, markup) == ([], [], [])


def test_the_harness_sees_a_payload_run(hostile_site, open_page):
    """Control: the payload as the old feed sent it (escaped once) does run here."""
    item = {"title": "x", "summary": PAYLOADS[1], "summary_is_html": True, "body": "<p>x</p>"}
    dialogs, ran, markup = render_as_reader(open_page, hostile_site, [item])
    assert ran == ["alert(feed-reader.invalid)"], (dialogs, ran)
    assert markup == ["IMG onerror"]


def test_article_pages_show_every_payload_as_text(hostile_site, open_page):
    page = open_page(hostile_site, "desktop")
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.add_init_script(TRAP)
    problems = []
    for number, article in hostile_site.content.items():
        response = page.goto(article.url)
        assert response.status == 200, article.url
        found = page.evaluate(LIVE_MARKUP) + page.evaluate("window.__ran")
        heading = page.evaluate("document.querySelector('h1').textContent.trim()")
        for data in page.evaluate(JSON_LD):
            json.loads(data)  # the payload did not break out of the JSON-LD
        if found or heading != PAYLOADS[number].strip():
            problems.append((number, found, heading))
    assert (problems, dialogs) == ([], [])
