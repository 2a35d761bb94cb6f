"""Open Graph on the home and section pages; JSON-LD and Open Graph of an article
without a picture name the site's PNG logo; alt text never shows an image's title."""

import json

import feedparser
import pytest
from lxml import html as lxml_html

pytestmark = pytest.mark.django_db


def document_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return lxml_html.fromstring(response.content)


def meta(document, key):
    return [e.get("content") for e in document.xpath(f'//meta[@property="{key}" or @name="{key}"]')]


@pytest.mark.parametrize("lang,locale", [("ar", "ar_AR"), ("ru", "ru_RU"), ("en", "en_US")])
def test_home_has_open_graph_with_the_lead_storys_picture(client, news, lang, locale):
    home = news.tree.homes[lang]
    document = document_of(client, home.url)
    assert meta(document, "og:type") == ["website"]
    assert meta(document, "og:url") == [f"http://testserver{home.url}"]
    assert meta(document, "og:locale") == [locale]
    assert sorted(meta(document, "og:locale:alternate")) == sorted({"ar_AR", "ru_RU", "en_US"} - {locale})
    assert meta(document, "og:title")[0] and meta(document, "og:description")[0]
    assert meta(document, "og:image")[0].startswith("http://testserver/media/images/")
    assert meta(document, "twitter:card") == ["summary_large_image"]
    assert meta(document, "twitter:image") == meta(document, "og:image")


def test_section_without_pictures_shows_the_site_card(client, news):
    section = news.tree.sections[("analysis", "en")]  # only `old_en`, no picture
    document = document_of(client, section.url)
    assert meta(document, "og:type") == ["website"]
    assert meta(document, "og:title") == [section.title]
    assert meta(document, "og:url") == [f"http://testserver{section.url}"]
    assert meta(document, "og:image") == ["http://testserver/static/img/social-card.png"]
    assert meta(document, "og:image:type") == ["image/png"]
    assert "demo:" not in meta(document, "og:image:alt")[0] and meta(document, "og:image:alt")[0]


def test_article_without_picture_names_the_png_logo(client, news):
    document = document_of(client, news.old_en.url)
    data = json.loads(document.xpath('//script[@type="application/ld+json"]')[0].text)
    assert data["image"]["url"] == "http://testserver/static/img/logo.png"
    assert data["image"]["@type"] == "ImageObject" and data["image"]["width"] == 512
    assert data["publisher"]["logo"]["url"].endswith(".png")
    assert meta(document, "og:image") == ["http://testserver/static/img/social-card.png"]


def test_alt_text_is_the_description_then_caption_then_headline_never_the_title(client, news):
    image = news.image
    image.title = "demo:kazan-forum-opens"
    image.alt_ru = "Зал заседаний Совета Федерации"
    image.save()
    faces = {}
    for lang in ("ar", "ru", "en"):
        article = getattr(news, lang)
        document = document_of(client, article.url)
        faces[lang] = {
            "og": meta(document, "og:image:alt")[0],
            "twitter": meta(document, "twitter:image:alt")[0],
            "img": document.xpath('//figure[contains(@class,"figure--lead")]//img/@alt')[0],
        }
    assert set(faces["ru"].values()) == {"Зал заседаний Совета Федерации"}
    assert set(faces["ar"].values()) == {news.ar.title}  # no caption: the headline
    assert set(faces["en"].values()) == {news.en.title}
    feed = feedparser.parse(client.get("/ar/feed/").content)
    encoded = next(e for e in feed.entries if e.title == news.ar.title).content[0].value
    assert 'alt="في موسكو"' in encoded  # the body picture's caption
    api = client.get(f"/api/v1/articles/{news.ar.pk}").json()
    assert api["image"]["alt"] == news.ar.title
    for body in (client.get(url).content.decode() for url in (news.ar.url, "/ar/feed/", "/ru/feed/atom/")):
        assert "demo:" not in body
