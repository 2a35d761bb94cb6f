"""Tag pages `/<lang>/tags/<slug>/`: readable slugs, only what readers may see,
newest first, paginated, with their own feeds and a place in the sitemap."""

import datetime

import feedparser
import pytest
from django.utils import timezone
from lxml import etree
from lxml import html as lxml_html

from hiwar.news.models import Tag
from tests.factories import make_article, make_image

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def tagged(section, title, tags, hours_ago, **fields):
    article = make_article(
        section, title, date=timezone.now() - datetime.timedelta(hours=hours_ago), **fields
    )
    article.tags.add(*tags)
    article.save_revision().publish()
    return article


@pytest.fixture
def tagged_news(site_tree):
    s = site_tree.sections
    return {
        "ar_old": tagged(s[("news", "ar")], "خبر قديم عن روسيا", ["روسيا"], 30),
        "ar_new": tagged(s[("analysis", "ar")], "تحليل جديد عن روسيا", ["روسيا", "قازان"], 2),
        "ar_mid": tagged(s[("news", "ar")], "خبر عن روسيا", ["روسيا"], 10, image=make_image()),
        "ru": tagged(s[("news", "ru")], "Новость о России", ["Россия", "KazanForum"], 5),
        "en": tagged(s[("news", "en")], "News about Kazan", ["KazanForum"], 4),
        "draft": make_article(s[("news", "ar")], "DRAFT-LEAK", live=False),
    }


def test_tag_slugs_are_transliterated_and_unique():
    first = Tag.objects.create(name="روسيا")
    second = Tag.objects.create(name="Россия")
    third = Tag.objects.create(name="rossiya")  # the same slug as the Russian one
    assert first.slug == "rwsya"
    assert second.slug == "rossiya"
    assert third.slug == "rossiya-2"


def test_article_links_each_tag_to_its_page(client, tagged_news):
    response = client.get(tagged_news["ar_new"].url)
    document = lxml_html.fromstring(response.content)
    links = {a.text_content(): a.get("href") for a in document.xpath('//ul[@class="tags"]//a')}
    assert links == {"روسيا": "/ar/tags/rwsya/", "قازان": "/ar/tags/qazan/"}


def test_tag_page_lists_the_languages_visible_articles_newest_first(client, tagged_news):
    tagged_news["draft"].tags.add("روسيا")
    tagged_news["draft"].save_revision()  # a draft revision carrying the tag: still not live
    response = client.get("/ar/tags/rwsya/")
    assert response.status_code == 200
    document = lxml_html.fromstring(response.content)
    assert document.xpath("//h1")[0].text_content() == "روسيا"
    titles = [a.text_content() for a in document.xpath('//h2[@class="card__title"]/a')]
    assert titles == ["تحليل جديد عن روسيا", "خبر عن روسيا", "خبر قديم عن روسيا"]
    assert "DRAFT-LEAK" not in response.content.decode()
    assert document.xpath("//html/@lang") == ["ar"] and document.xpath("//html/@dir") == ["rtl"]


def test_tag_shared_by_languages_has_a_page_in_each_and_the_switcher_lists_only_those(client, tagged_news):
    for lang, title in (("ru", "Новость о России"), ("en", "News about Kazan")):
        response = client.get(f"/{lang}/tags/kazanforum/")
        assert response.status_code == 200
        assert title in response.content.decode()
    document = lxml_html.fromstring(client.get("/en/tags/kazanforum/").content)
    hreflangs = sorted(document.xpath('//link[@rel="alternate"][@hreflang]/@hreflang'))
    assert hreflangs == ["en", "ru", "x-default"]  # no Arabic article carries the tag


@pytest.mark.parametrize(
    "url",
    ["/ar/tags/no-such-tag/", "/en/tags/rwsya/", "/ar/tags/rwsya/?page=9", "/ar/tags/rwsya/?page=x"],
)
def test_unknown_tag_or_page_is_a_404(client, tagged_news, url):
    assert client.get(url).status_code == 404


def test_tag_of_drafts_only_is_a_404(client, tagged_news):
    tagged_news["draft"].tags.add("سري")
    tagged_news["draft"].save()
    assert Tag.objects.filter(slug="sry").exists()
    assert client.get("/ar/tags/sry/").status_code == 404
    assert client.get("/ar/tags/sry/feed/").status_code == 404


def test_tag_page_is_paginated(client, tagged_news, settings):
    settings.HIWAR_SECTION_PAGE_SIZE = 2
    first = lxml_html.fromstring(client.get("/ar/tags/rwsya/").content)
    second = lxml_html.fromstring(client.get("/ar/tags/rwsya/?page=2").content)
    assert [a.text_content() for a in first.xpath('//h2[@class="card__title"]/a')] == [
        "تحليل جديد عن روسيا",
        "خبر عن روسيا",
    ]
    assert [a.text_content() for a in second.xpath('//h2[@class="card__title"]/a')] == ["خبر قديم عن روسيا"]
    assert first.xpath('//a[@rel="next"]/@href') == ["?page=2"]


@pytest.mark.parametrize("suffix", ["feed/", "feed/atom/"])
def test_tag_feeds_are_valid_and_newest_first(client, tagged_news, suffix):
    response = client.get(f"/ar/tags/rwsya/{suffix}")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert "روسيا" in feed.feed.title
    assert [entry.title for entry in feed.entries] == [
        "تحليل جديد عن روسيا",
        "خبر عن روسيا",
        "خبر قديم عن روسيا",
    ]
    assert feed.feed.link == "http://testserver/ar/tags/rwsya/"


def test_tag_pages_are_in_the_sitemap_with_their_alternates(client, tagged_news):
    tree = etree.fromstring(client.get("/sitemap.xml").content)
    locations = tree.xpath("//s:url/s:loc/text()", namespaces=NS)
    for url in ("/ar/tags/rwsya/", "/ar/tags/qazan/", "/ru/tags/rossiya/", "/ru/tags/kazanforum/"):
        assert f"http://testserver{url}" in locations
    assert "http://testserver/en/tags/rwsya/" not in locations
    entry = tree.xpath('//s:url[s:loc="http://testserver/en/tags/kazanforum/"]', namespaces=NS)[0]
    alternates = dict(
        zip(
            entry.xpath("x:link/@hreflang", namespaces=NS),
            entry.xpath("x:link/@href", namespaces=NS),
            strict=True,
        )
    )
    assert alternates == {
        "ru": "http://testserver/ru/tags/kazanforum/",
        "en": "http://testserver/en/tags/kazanforum/",
        "x-default": "http://testserver/ru/tags/kazanforum/",
    }


def test_tag_page_has_open_graph(client, tagged_news):
    document = lxml_html.fromstring(client.get("/ar/tags/rwsya/").content)
    og = {m.get("property"): m.get("content") for m in document.xpath("//meta[@property]")}
    assert og["og:type"] == "website"
    assert og["og:url"] == "http://testserver/ar/tags/rwsya/"
    assert og["og:image"].startswith("http://testserver/media/images/")  # the newest with a picture
