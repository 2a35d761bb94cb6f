"""The edge cache (Varnish, deploy/varnish/hiwar.vcl) in front of gunicorn, purged by
the app on every change (hiwar/edge/purge.py): a real stack from deploy/local-stack.sh
(tests/edge/conftest.py), PostgreSQL and Redis."""

import uuid

import pytest
from django.test import Client
from django.utils import timezone

from tests.factories import make_article, make_site_tree

from .conftest import poll

# serialized_rollback: the flush after each test leaves the content types as they were, so
# tests/operations/test_backup.py (which restores them from the serialized copy) can follow.
pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def site(edge):
    locales, homes, sections = make_site_tree()
    article = make_article(sections[("news", "ar")], "وزير الخارجية يزور موسكو")
    return sections, article


def test_second_anonymous_get_is_a_hit(edge, site):
    _, article = site
    first = edge.get(article.url)
    assert first.status == 200 and first.headers["X-Cache"] == "MISS"
    assert first.headers["Cache-Control"].startswith("public")
    second = edge.get(article.url)
    assert second.status == 200 and second.headers["X-Cache"] == "HIT", second.headers
    assert int(second.headers["Age"]) >= 0 and second.text == first.text
    assert "Set-Cookie" not in second.headers


def test_published_edit_is_served_at_once(edge, site):
    sections, article = site
    for path in (article.url, "/ar/news/", "/ar/", "/ar/feed/"):
        edge.get(path)
        assert edge.get(path).headers["X-Cache"] == "HIT", path
    article.title = "وزير الخارجية يعود من موسكو"
    article.save_revision().publish()
    for path in (article.url, "/ar/news/", "/ar/", "/ar/feed/"):
        seen = poll(lambda path=path: "يعود من موسكو" in edge.get(path).text)
        assert seen, f"{path}: the edit is not served within 1 s"


def test_an_article_whose_date_arrives_is_purged_by_the_scheduler(edge, site):
    """Live ahead of its date, the article appears by the clock alone: no publish purges
    the section. Until the scheduler's next run the edge keeps the page without it;
    after it, the next GET shows it."""
    import io
    import time
    from datetime import timedelta

    from django.core.management import call_command

    sections, _ = site
    make_article(sections[("news", "ar")], "خبر ينشر في موعده", date=timezone.now() + timedelta(seconds=2))
    edge.get("/ar/news/")
    held = edge.get("/ar/news/")
    assert held.headers["X-Cache"] == "HIT" and "خبر ينشر في موعده" not in held.text
    time.sleep(2.2)
    still = edge.get("/ar/news/")
    assert still.headers["X-Cache"] == "HIT" and "خبر ينشر في موعده" not in still.text
    call_command("run_scheduler", "--once", stdout=io.StringIO())
    assert poll(lambda: "خبر ينشر في موعده" in edge.get("/ar/news/").text), "not served within 1 s"


def test_every_page_of_a_listing_is_purged(edge, site, settings):
    sections, article = site
    for number in range(25):  # two pages of 20
        make_article(sections[("news", "ar")], f"خبر رقم {number}")
    for path in ("/ar/news/", "/ar/news/?page=2"):
        edge.get(path)
        assert edge.get(path).headers["X-Cache"] == "HIT"
    make_article(sections[("news", "ar")], "أحدث خبر في القسم", date=timezone.now())
    # The oldest article of page 1 moved to page 2: both pages are fresh.
    assert poll(lambda: "أحدث خبر في القسم" in edge.get("/ar/news/").text)
    assert edge.get("/ar/news/?page=2").headers["X-Cache"] == "MISS"


def test_published_translation_appears_in_the_other_languages_switcher(edge, site):
    sections, article = site
    russian = make_article(sections[("news", "ru")], "Министр в Москве", translation_of=article, live=False)
    edge.get(article.url)
    cached = edge.get(article.url)
    assert cached.headers["X-Cache"] == "HIT" and 'hreflang="ru"' not in cached.text
    russian.save_revision().publish()
    russian.refresh_from_db()
    assert poll(
        lambda: russian.url in edge.get(article.url).text and 'hreflang="ru"' in edge.get(article.url).text
    )
    # …and removed again: the Arabic page stops offering it.
    russian.delete()
    assert poll(lambda: 'hreflang="ru"' not in edge.get(article.url).text)


def test_unpublished_article_is_gone_at_once(edge, site):
    _, article = site
    edge.get(article.url)
    assert edge.get(article.url).headers["X-Cache"] == "HIT"
    edge.get("/ar/news/")
    article.unpublish()
    assert edge.get(article.url).status == 404
    assert article.title not in edge.get("/ar/news/").text


def test_moved_article_leaves_its_old_section(edge, site):
    sections, article = site
    old_url = article.url
    edge.get("/ar/news/")
    edge.get("/ar/analysis/")
    assert edge.get("/ar/analysis/").headers["X-Cache"] == "HIT"
    article.move(sections[("analysis", "ar")], pos="last-child")
    article.refresh_from_db()
    assert article.title in edge.get("/ar/analysis/").text
    assert article.title not in edge.get("/ar/news/").text
    assert edge.get(old_url).status in (301, 404)


def test_signed_in_editor_never_gets_nor_fills_the_cache(edge, site, django_user_model):
    _, article = site
    editor = django_user_model.objects.create_superuser("amina", "amina@example.org", uuid.uuid4().hex)
    client = Client()
    client.force_login(editor)
    cookie = f"sessionid={client.cookies['sessionid'].value}"
    assert edge.get("/admin/", headers={"Cookie": cookie}).status == 200, "the session is valid in gunicorn"
    for _ in range(2):
        response = edge.get(article.url, headers={"Cookie": cookie})
        assert response.status == 200
        assert response.headers["X-Cache"] == "PASS"
        assert response.headers["Cache-Control"] == "private, no-store"
        assert "Set-Cookie" not in response.headers, (
            "signed in: private for being an editor, not for a cookie"
        )
    # The editor's requests left nothing for readers: theirs is a miss, then a hit.
    anonymous = edge.get(article.url)
    assert anonymous.headers["X-Cache"] == "MISS" and "private" not in anonymous.headers["Cache-Control"]
    # A reader's copy is not handed to the editor either.
    assert edge.get(article.url, headers={"Cookie": cookie}).headers["X-Cache"] == "PASS"


def test_other_cookies_do_not_bypass_nor_split_the_cache(edge, site):
    _, article = site
    edge.get(article.url, headers={"Cookie": "_ga=GA1.2.3"})
    assert edge.get(article.url, headers={"Cookie": "csrftoken=zzz; theme=dark"}).headers["X-Cache"] == "HIT"


def test_purge_from_an_address_not_allowed_is_refused(edge, site):
    """The stack's acl allows 127.0.0.1 (the app); 127.0.0.3 is another machine."""
    _, article = site
    edge.get(article.url)
    for method in ("PURGE", "BAN"):
        refused = edge.request(method, article.url, host="localhost", source="127.0.0.3")
        assert refused.status == 405, refused.text
    assert edge.get(article.url).headers["X-Cache"] == "HIT"
    allowed = edge.request("PURGE", article.url, host="localhost")
    assert allowed.status == 200
    assert edge.get(article.url).headers["X-Cache"] == "MISS"


def test_cache_busting_query_strings_make_no_new_entries(edge, site):
    edge.get("/ar/news/")
    before = edge.objects()
    for junk in ("?x=1", "?x=2", f"?utm_source={uuid.uuid4().hex}", "?page=1", "?page=01&x=3", "?fbclid=a"):
        response = edge.get("/ar/news/" + junk)
        assert response.status == 200 and response.headers["X-Cache"] == "HIT", junk
    for encoded in ("/ar/%6Eews/", "/ar/n%65ws/", "/%61r/news/"):  # the same page to Django
        assert edge.get(encoded).headers["X-Cache"] == "PASS", encoded
    assert edge.objects() == before


def test_unknown_host_never_becomes_a_key(edge, site):
    _, article = site
    edge.get(article.url)
    before = edge.objects()
    for host in ("evil.example", "localhost.evil.example", "127.0.0.1.nip.io", ""):
        response = edge.get(article.url, host=host)
        assert response.status == 400, host
    assert edge.objects() == before
    # Known names share one entry: the second is a hit.
    assert edge.get(article.url, host="LOCALHOST:80").headers["X-Cache"] == "HIT"


def test_no_hidden_kind_is_served_nor_cached_by_the_edge(edge):
    """The edge as one more face of tests/news/test_visibility_faces.py: every kind of
    page a reader may not see, read twice through the edge at its own URL and in the
    pages that would list it; a visible control shows (so the test can fail)."""
    from tests.news.test_visibility_faces import KINDS, _visible

    _, homes, sections = make_site_tree(("news",))
    pages = {
        kind: make(sections[("news", "ar")], f"zanzibarian target {kind}") for kind, make in KINDS.items()
    }
    control = _visible(sections[("news", "ar")], "zanzibarian target visible")
    faces = ["/ar/", "/ar/news/", "/ar/feed/", "/sitemap.xml"]
    for kind, page in pages.items():
        for _ in range(2):
            response = edge.get(f"/ar/news/{page.slug}/")
            assert page.title not in response.text, kind
            assert response.status != 200 or response.headers["X-Cache"] != "HIT", kind
    for path in faces:
        for _ in range(2):
            text = edge.get(path).text
            assert control.title in text or control.slug in text, path
            for kind, page in pages.items():
                assert page.title not in text, f"{kind} in {path}"


def test_editor_unpublishing_in_the_admin_purges_from_the_app_server(edge, site, django_user_model):
    """The whole path of production: the editor's request goes through the edge to
    gunicorn, whose own purge (EDGE_PURGE_URL, set by local-stack.sh) reaches Varnish."""
    import re

    _, article = site
    edge.get(article.url)
    assert edge.get(article.url).headers["X-Cache"] == "HIT"
    editor = django_user_model.objects.create_superuser("omar", "omar@example.org", uuid.uuid4().hex)
    client = Client()
    client.force_login(editor)
    session = f"sessionid={client.cookies['sessionid'].value}"
    form = edge.get(f"/admin/pages/{article.pk}/unpublish/", headers={"Cookie": session})
    assert form.status == 200 and form.headers["X-Cache"] == "PASS"
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    csrf_cookie = re.search(r"csrftoken=([^;]+)", form.headers["Set-Cookie"]).group(1)
    body = f"csrfmiddlewaretoken={token}"
    done = edge.request(
        "POST",
        f"/admin/pages/{article.pk}/unpublish/",
        headers={
            "Cookie": f"{session}; csrftoken={csrf_cookie}",
            "Content-Type": "application/x-www-form-urlencoded",
            "Content-Length": str(len(body)),
            "Referer": f"http://127.0.0.1:{edge.port}/admin/",
            "Origin": f"http://127.0.0.1:{edge.port}",
        },
        body=body,
    )
    assert done.status == 302, done.text[:500]
    assert poll(lambda: edge.get(article.url).status == 404)
