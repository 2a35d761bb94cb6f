import datetime

import pytest
from django.utils import timezone
from lxml import etree

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
NS = {"s": SITEMAP_NS, "x": XHTML_NS, "n": NEWS_NS}


def xml(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    assert response["Content-Type"].startswith("application/xml")
    return etree.fromstring(response.content)


def published_urls(tree):
    """Every page that is live, public, not expired and (articles) dated in the past."""
    from wagtail.models import Page

    from hiwar.news.models import ArticlePage

    now = timezone.now()
    pages = Page.objects.filter(depth__gt=1).live().public().exclude(expire_at__lte=now)
    future = ArticlePage.objects.filter(date__gt=now).values("pk")
    visible = pages.exclude(pk__in=future)
    urls = {f"http://testserver{page.url}" for page in visible if page.url}
    # and the tag page of each tag that a distributed article carries, in its language
    articles = ArticlePage.objects.filter(pk__in=visible.values("pk"))
    for article in articles:
        urls |= {
            f"http://testserver/{article.locale.language_code}/tags/{tag.slug}/" for tag in article.tags.all()
        }
    return urls


@pytest.mark.django_db
@pytest.mark.postgres
def test_sitemap_lists_exactly_the_published_pages_with_hreflang(client, news):
    root = xml(client, "/sitemap.xml")
    assert root.tag == f"{{{SITEMAP_NS}}}urlset"
    locations = root.xpath("//s:url/s:loc/text()", namespaces=NS)
    assert len(locations) == len(set(locations))
    assert set(locations) == published_urls(news.tree)
    for title in news.leak_titles:
        assert title.lower() not in etree.tostring(root, encoding="unicode").lower()
    for hidden in news.hidden:
        assert f"http://testserver{hidden.url}" not in locations if hidden.url else True
    url = root.xpath(f'//s:url[s:loc="http://testserver{news.ar.url}"]', namespaces=NS)[0]
    alternates = {link.get("hreflang"): link.get("href") for link in url.findall(f"{{{XHTML_NS}}}link")}
    assert alternates == {
        "ar": f"http://testserver{news.ar.url}",
        "ru": f"http://testserver{news.ru.url}",
        "en": f"http://testserver{news.en.url}",
        "x-default": f"http://testserver{news.ar.url}",
    }
    assert all(link.get("rel") == "alternate" for link in url.findall(f"{{{XHTML_NS}}}link"))
    # A page in one language still names itself and x-default.
    old = root.xpath(f'//s:url[s:loc="http://testserver{news.old_en.url}"]', namespaces=NS)[0]
    assert {link.get("hreflang") for link in old.findall(f"{{{XHTML_NS}}}link")} == {"en", "x-default"}
    # W3C Datetime to the second, with the site's offset: the last publication.
    lastmod = datetime.datetime.fromisoformat(old.findtext(f"{{{SITEMAP_NS}}}lastmod"))
    news.old_en.refresh_from_db()
    assert lastmod == news.old_en.last_published_at.replace(microsecond=0) and lastmod.utcoffset() is not None


@pytest.mark.django_db
def test_large_sitemap_becomes_an_index(client, news, settings):
    settings.HIWAR_SITEMAP_LIMIT = 4
    root = xml(client, "/sitemap.xml")
    assert root.tag == f"{{{SITEMAP_NS}}}sitemapindex"
    parts = root.xpath("//s:sitemap/s:loc/text()", namespaces=NS)
    assert "http://testserver/sitemap-ar.xml" in parts and "http://testserver/sitemap-ar.xml?p=2" in parts
    found = set()
    for part in parts:
        sub = xml(client, part.replace("http://testserver", ""))
        assert sub.tag == f"{{{SITEMAP_NS}}}urlset"
        locs = sub.xpath("//s:url/s:loc/text()", namespaces=NS)
        assert 0 < len(locs) <= 4
        found.update(locs)
    assert found == published_urls(news.tree)


@pytest.mark.django_db
def test_sitemap_bad_pages_are_404(client, news, settings):
    settings.HIWAR_SITEMAP_LIMIT = 4
    for url in [
        "/sitemap-ar.xml?p=abc",
        "/sitemap-ar.xml?p=0",
        "/sitemap-ar.xml?p=-1",
        "/sitemap-ar.xml?p=99999999999999999999",
        "/sitemap-xx.xml",
        "/sitemap-" + "a" * 500 + ".xml",
    ]:
        assert client.get(url).status_code == 404, url
    settings.HIWAR_SITEMAP_LIMIT = 5000
    assert client.get("/sitemap.xml?p=2").status_code == 404


@pytest.mark.django_db
@pytest.mark.postgres
def test_news_sitemap(client, news):
    from tests.factories import make_article

    make_article(
        news.tree.sections[("news", "en")], "Three days old", date=timezone.now() - datetime.timedelta(days=3)
    )
    root = xml(client, "/news-sitemap.xml")
    assert root.tag == f"{{{SITEMAP_NS}}}urlset"
    entries = {url.findtext(f"{{{SITEMAP_NS}}}loc"): url for url in root.findall(f"{{{SITEMAP_NS}}}url")}
    assert set(entries) == {f"http://testserver{page.url}" for page in (news.ar, news.ru, news.en)}
    entry = entries[f"http://testserver{news.ar.url}"]
    assert entry.findtext("n:news/n:publication/n:name", namespaces=NS)
    assert entry.findtext("n:news/n:publication/n:language", namespaces=NS) == "ar"
    assert entry.findtext("n:news/n:title", namespaces=NS) == news.ar.title
    published = datetime.datetime.fromisoformat(entry.findtext("n:news/n:publication_date", namespaces=NS))
    assert abs(published - news.ar.date) < datetime.timedelta(seconds=1)


@pytest.mark.django_db
def test_robots_names_the_sitemaps(client, news):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Sitemap: http://testserver/news-sitemap.xml" in text


@pytest.mark.django_db
def test_sitemap_queries_do_not_grow(client, site_tree, django_assert_max_num_queries):
    from tests.factories import make_article

    section = site_tree.sections[("news", "ar")]

    def count(url):
        client.get(url)
        with django_assert_max_num_queries(30) as captured:
            assert client.get(url).status_code == 200
        return len(captured.captured_queries)

    for _ in range(3):
        make_article(section)
    small = (count("/sitemap.xml"), count("/news-sitemap.xml"))
    for _ in range(27):
        make_article(section)
    assert (count("/sitemap.xml"), count("/news-sitemap.xml")) == small


@pytest.mark.django_db
def test_fast_page_urls_equal_wagtails(rf, news):
    from wagtail.models import Page

    from hiwar.news.links import PageUrls

    request = rf.get("/sitemap.xml")
    urls = PageUrls(request)
    pages = [page for page in Page.objects.filter(depth__gt=1) if page.get_url(request)]
    assert len(pages) > 10
    for page in pages:
        assert urls(page.url_path) == request.build_absolute_uri(page.get_url(request))
