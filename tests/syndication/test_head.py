import datetime
import json
import re

import pytest
from lxml import html as lxml_html


def head_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return lxml_html.fromstring(response.content)


def meta(document, key):
    return [
        element.get("content") for element in document.xpath(f'//meta[@property="{key}" or @name="{key}"]')
    ]


def json_ld(document):
    scripts = document.xpath('//script[@type="application/ld+json"]')
    assert len(scripts) == 1
    return json.loads(scripts[0].text)


@pytest.mark.django_db
@pytest.mark.postgres
def test_article_has_open_graph_twitter_and_one_canonical(client, news):
    document = head_of(client, news.ar)
    assert document.xpath('//link[@rel="canonical"]/@href') == [f"http://testserver{news.ar.url}"]
    hreflangs = document.xpath('//link[@rel="alternate"]/@hreflang')
    assert sorted(hreflangs) == sorted(["ar", "ru", "en", "x-default"])  # base.html's, not repeated
    assert meta(document, "og:title") == [news.ar.title]
    assert meta(document, "og:description") == ["ملخص الخبر"]
    assert meta(document, "og:locale") == ["ar_AR"]
    assert sorted(meta(document, "og:locale:alternate")) == ["en_US", "ru_RU"]
    assert meta(document, "og:image")[0].startswith("http://testserver/media/images/")
    assert meta(document, "og:type") == ["article"]
    assert meta(document, "twitter:card") == ["summary_large_image"]
    assert meta(document, "twitter:title") == [news.ar.title]
    assert meta(document, "twitter:image") == meta(document, "og:image")


@pytest.mark.django_db
@pytest.mark.postgres
def test_json_ld_news_article(client, news):
    data = json_ld(head_of(client, news.ar))
    assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
    for field in (
        "headline",
        "datePublished",
        "dateModified",
        "inLanguage",
        "image",
        "publisher",
        "isBasedOn",
    ):
        assert data[field], field
    assert data["headline"] == news.ar.title
    assert data["inLanguage"] == "ar"
    # The same instant, to the second, with the site's offset (no microseconds).
    published = datetime.datetime.fromisoformat(data["datePublished"])
    assert published == news.ar.date.replace(microsecond=0) and published.utcoffset() is not None
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", data["datePublished"])
    assert data["image"]["creditText"] == "مجلس الاتحاد الروسي"
    assert data["publisher"]["name"]
    assert data["isBasedOn"]["url"] == "https://tass.ru/politika/1"
    assert data["isBasedOn"]["publisher"]["name"] == "تاس"
    # The Arabic version was published first: it is the original, the others its translations.
    assert {item["inLanguage"]: item["url"] for item in data["workTranslation"]} == {
        "ru": f"http://testserver{news.ru.url}",
        "en": f"http://testserver{news.en.url}",
    }
    ru = json_ld(head_of(client, news.ru))
    assert ru["inLanguage"] == "ru"
    assert ru["translationOfWork"]["url"] == f"http://testserver{news.ar.url}"
    assert ru["image"]["creditText"] == "Совет Федерации"


@pytest.mark.django_db
def test_json_ld_cannot_be_broken_out_of(client, site_tree):
    from tests.factories import make_article

    article = make_article(
        site_tree.sections[("news", "en")], "</script><script>alert(1)</script>", summary="a & b"
    )
    response = client.get(article.url)
    text = response.content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', text, re.S).group(1)
    assert json.loads(block)["headline"] == "</script><script>alert(1)</script>"
    assert "<script>alert(1)" not in text
    assert "translationOfWork" not in block and "workTranslation" not in block


@pytest.mark.django_db
def test_head_queries_are_few(client, news, django_assert_max_num_queries):
    client.get(news.ar.url)
    with django_assert_max_num_queries(40):
        client.get(news.ar.url)


@pytest.mark.django_db
@pytest.mark.postgres
def test_an_article_without_summary_is_described_by_its_first_words(client, site_tree):
    """Imported agency copy often has no summary: share cards and search engines get its opening."""
    from tests.factories import make_article, paragraph

    opening = "أكد وزير الخارجية أن العلاقات بين البلدين مثال على الشراكة والتحالف الاستراتيجي"
    article = make_article(site_tree.sections[("news", "ar")], "خبر بلا ملخص", body=[paragraph(opening)])
    document = head_of(client, article)
    assert meta(document, "description") == [opening]
    assert meta(document, "og:description") == [opening]
    assert json_ld(document)["description"] == opening
