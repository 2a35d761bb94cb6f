import feedparser
import pytest

FEEDS = ["/ar/feed/", "/ar/feed/atom/", "/ar/news/feed/", "/ar/news/feed/atom/"]


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    feed = feedparser.parse(response.content)
    assert not feed.bozo, (url, feed.get("bozo_exception"))
    return response, feed


@pytest.mark.django_db
@pytest.mark.parametrize("url", FEEDS)
def test_feed_parses_with_full_items(client, news, url):
    response, feed = parse(client, url)
    assert feed.feed.get("language", "ar").startswith("ar")
    assert [entry.title for entry in feed.entries] == [news.ar.title]
    entry = feed.entries[0]
    assert entry.link == f"http://testserver{news.ar.url}"
    assert entry.get("published_parsed")
    assert entry.summary == "ملخص الخبر"
    content = entry.content[0].value
    assert "التعاون الأمني" in content and "شراكة وتحالف" in content
    assert "<script" not in content and "onclick" not in content and "alert(1)" not in content
    assert "مجلس الاتحاد الروسي" in content  # photo credit in the text
    assert "المصدر:" in content and "تاس" in content
    enclosure = [link for link in entry.links if link.rel == "enclosure"][0]
    assert enclosure.href.startswith("http://testserver/media/") and enclosure.type == "image/jpeg"
    assert int(enclosure.length) > 0
    assert entry.media_credit[0]["content"] == "مجلس الاتحاد الروسي"
    assert {tag.term for tag in entry.tags} == {"روسيا", "طاجيكستان"}
    assert entry.source.get("title") == "تاس" or entry.source.get("value") == "تاس"
    if "atom" in url:
        assert b'xml:lang="ar"' in response.content
    else:
        assert entry.get("dc_language") == "ar" or entry.get("language") == "ar"


@pytest.mark.django_db
def test_feeds_of_each_language_hold_their_own_articles(client, news):
    assert [e.title for e in parse(client, "/ru/feed/")[1].entries] == [news.ru.title]
    assert [e.title for e in parse(client, "/en/feed/atom/")[1].entries] == [news.en.title, news.old_en.title]
    assert [e.title for e in parse(client, "/en/analysis/feed/")[1].entries] == [news.old_en.title]
    _response, feed = parse(client, "/en/feed/")
    assert feed.entries[0].get("dc_language", feed.entries[0].get("language")) == "en"
    assert feed.entries[0].media_credit[0]["content"] == "Federation Council of Russia"


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["ar", "ru", "en"])
def test_nothing_unpublished_in_feeds(client, news, lang):
    for url in [
        f"/{lang}/feed/",
        f"/{lang}/feed/atom/",
        f"/{lang}/news/feed/",
        f"/{lang}/analysis/feed/atom/",
    ]:
        response = client.get(url)
        # The Russian analysis section is private: its feed does not exist.
        assert response.status_code == (404 if url.startswith("/ru/analysis/") else 200)
        for title in news.leak_titles:
            assert title.encode() not in response.content, (url, title)


@pytest.mark.django_db
def test_unknown_section_or_language_is_404(client, news):
    assert client.get("/ar/no-such-section/feed/").status_code == 404
    assert client.get("/xx/feed/", follow=True).status_code == 404
    assert client.get(f"/ar/{'a' * 300}/feed/").status_code == 404


def _feed_queries(client, django_assert_max_num_queries, url, expected):
    client.get(url)  # renditions and site root paths are made once
    with django_assert_max_num_queries(expected) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


@pytest.mark.django_db
@pytest.mark.postgres
def test_feed_queries_do_not_grow_with_items(client, site_tree, django_assert_max_num_queries):
    from tests.factories import make_article, make_image, paragraph

    image = make_image()
    section = site_tree.sections[("news", "ar")]

    def add(count):
        for number in range(count):
            article = make_article(
                section, image=image, body=[paragraph("نص"), ("image", {"image": image, "caption": ""})]
            )
            article.tags.add(f"tag{number}")
            article.save_revision().publish()

    add(3)
    small = {
        url: _feed_queries(client, django_assert_max_num_queries, url, 30)
        for url in ["/ar/feed/", "/ar/news/feed/atom/"]
    }
    add(27)
    large = {url: _feed_queries(client, django_assert_max_num_queries, url, 30) for url in small}
    assert small == large


@pytest.mark.django_db
def test_missing_image_file_does_not_break_the_feed(client, site_tree):
    import os

    from tests.factories import make_article, make_image

    image = make_image()
    make_article(site_tree.sections[("news", "en")], "No file", image=image)
    os.remove(image.file.path)
    image.renditions.all().delete()
    _response, feed = parse(client, "/en/feed/")
    (entry,) = [entry for entry in feed.entries if entry.title == "No file"]  # among the module's news
    assert not [link for link in entry.links if link.rel == "enclosure"]


@pytest.mark.django_db
def test_feeds_answer_conditional_requests(client, news):
    first = client.get("/ar/feed/")
    assert first["ETag"] and first["Last-Modified"]
    assert client.get("/ar/feed/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get("/ar/feed/atom/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    # Withdrawing an item changes both validators, though the newest item is the same.
    news.ar.unpublish()
    again = client.get(
        "/ar/feed/", HTTP_IF_NONE_MATCH=first["ETag"], HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]
    )
    assert again.status_code == 200
    assert news.ar.title.encode() not in again.content
