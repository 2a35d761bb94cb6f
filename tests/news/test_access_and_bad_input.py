"""Nothing unpublished leaks, and no reader input turns into a 500."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.factories import make_article

# Pages behave the same on the embedded SQLite and on production PostgreSQL.
pytestmark = pytest.mark.postgres


@pytest.mark.django_db
def test_draft_article_is_404_for_readers(client, site_tree):
    draft = make_article(site_tree.sections[("news", "ar")], "مسودة لم تنشر", live=False)
    response = client.get(f"/ar/news/{draft.slug}/")
    assert response.status_code == 404


@pytest.mark.django_db
def test_private_article_is_not_shown_to_anonymous_readers(client, site_tree):
    article = make_article(site_tree.sections[("news", "en")], "Private briefing")
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(article.url)
    assert response.status_code in (302, 404)
    assert b"Private briefing" not in response.content
    home = client.get("/en/").content.decode()
    assert "Private briefing" not in home
    assert "Private briefing" not in client.get("/en/news/").content.decode()


@pytest.mark.django_db
def test_password_protected_article_body_stays_hidden(client, site_tree):
    article = make_article(site_tree.sections[("news", "en")], "Embargoed report", summary="secret summary")
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="x1"
    )
    response = client.get(article.url)
    assert b"secret summary" not in response.content


@pytest.mark.django_db
def test_draft_is_not_listed_on_home_or_section(client, site_tree):
    make_article(site_tree.sections[("news", "ar")], "مسودة سرية", live=False)
    assert "مسودة سرية" not in client.get("/ar/").content.decode()
    assert "مسودة سرية" not in client.get("/ar/news/").content.decode()


@pytest.mark.django_db
def test_scheduled_article_is_not_public_before_its_time(client, site_tree):
    section = site_tree.sections[("news", "ru")]
    article = make_article(section, "Запланированная новость", live=False)
    article.go_live_at = timezone.now() + datetime.timedelta(days=1)
    article.save_revision().publish()  # with go_live_at in the future this only schedules it
    article.refresh_from_db()
    assert not article.live
    assert client.get(f"/ru/news/{article.slug}/").status_code == 404
    assert "Запланированная новость" not in client.get("/ru/news/").content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/fr/", "/de/news/", "/xx/anything/", "/ar/no-such-section/", "/ru/news/no-such-article/"]
)
def test_unknown_language_or_page_gives_styled_404(client, site_tree, path):
    response = client.get(path, follow=True)
    assert response.status_code == 404
    assert b'class="site-header"' in response.content  # the site's own 404 page


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["abc", "0", "-1", "99999", "1.5", "%00", "1e3", "９"])
def test_bad_listing_page_numbers_are_404_not_500(client, site_tree, value):
    make_article(site_tree.sections[("news", "ar")], "خبر")
    response = client.get("/ar/news/", {"page": value})
    assert response.status_code == 404


@pytest.mark.django_db
def test_first_listing_page_by_number(client, site_tree):
    make_article(site_tree.sections[("news", "ar")], "خبر")
    assert client.get("/ar/news/?page=1").status_code == 200


@pytest.mark.django_db
def test_overlong_url_is_404(client, site_tree):
    assert client.get("/ar/" + "a" * 5000 + "/").status_code == 404
    assert client.get("/ar/" + "/".join(["x"] * 400) + "/").status_code == 404


@pytest.mark.django_db
def test_non_utf8_url_is_not_a_500(client, site_tree):
    response = client.get("/ar/%FF%FE%FD/")
    assert response.status_code in (400, 404)
    response = client.get("/ar/news/%C0%AF/")
    assert response.status_code in (400, 404)


@pytest.mark.django_db
def test_root_redirects_by_accept_language(client, site_tree):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ru-RU,ru;q=0.9").headers["Location"] == "/ru/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.8").headers["Location"] == "/en/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr-FR,de;q=0.8").headers["Location"] == "/ar/"
    assert client.get("/").headers["Location"] == "/ar/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/api/v1/no-such-endpoint", "/media/images/missing.jpg", "/static/missing.css"]
)
def test_machine_paths_are_not_redirected_into_a_language(client, site_tree, path):
    response = client.get(path)
    assert response.status_code == 404


@pytest.mark.django_db
def test_pages_announce_their_feeds(client, site_tree):
    html = client.get("/ru/").content.decode()
    assert 'type="application/rss+xml"' in html and 'href="/ru/feed/"' in html
    assert 'href="/ru/feed/atom/"' in html


@pytest.mark.django_db
def test_pages_are_compressed_for_clients_that_accept_gzip(client, site_tree):
    import gzip

    response = client.get("/ar/", HTTP_ACCEPT_ENCODING="gzip")
    assert response.headers["Content-Encoding"] == "gzip"
    assert b'dir="rtl"' in gzip.decompress(response.content)
    assert "Content-Encoding" not in client.get("/ar/").headers
