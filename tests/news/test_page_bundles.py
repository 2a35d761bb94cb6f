"""Page bundles (hiwar/news/bundles.py): what a reader gets from one is what the
database says now.

Every test first proves the article is served from its bundle (no SQL at all for the
request), then changes something the way the newsroom does (publish, unpublish, take
down, restrict, move, delete, translate, correct, re-credit, re-style) and asserts
the very next request shows it. Run on SQLite with the local-memory cache and on
PostgreSQL with Redis (`-m postgres`, REDIS_URL set).
"""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from hiwar.core import wagtail_compat
from hiwar.news import bundles
from hiwar.news.models import ArticlePage
from tests.factories import make_article, make_image, paragraph

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]

TITLES = {"ar": "قمة قازان تبحث التعاون", "ru": "Казанский саммит", "en": "Kazan summit"}


def get(client, url, **extra):
    """The response and the SQL statements it cost."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    return response, [query["sql"] for query in queries.captured_queries]


def from_bundle(client, url):
    """Served, twice, the second time from the bundle alone (no SQL): the HTML."""
    first, built = get(client, url)
    assert first.status_code == 200, url
    assert built, "the first request builds the bundle from the database"
    second, statements = get(client, url)
    assert second.status_code == 200
    assert statements == [], "\n".join(statements)
    assert second.content == first.content
    return second.content.decode()


def served_from_bundle(client, url):
    """Served with no SQL at all: the HTML."""
    response, statements = get(client, url)
    assert response.status_code == 200
    assert statements == [], "\n".join(statements)
    return response.content.decode()


def stored_bundle(url):
    from django.test import RequestFactory

    request = RequestFactory().get(url)
    value = cache.get(bundles.bundle_key(request))
    return wagtail_compat.loads_with_blocks(value) if value is not None else None


def clock_at(monkeypatch, moment):
    """The clock every face reads (django.utils.timezone.now) shows `moment`: the
    publication policy and the bundles' `valid_until` both follow it."""
    monkeypatch.setattr(timezone, "now", lambda: moment)


def publish(page):
    page.save_revision().publish()


@pytest.fixture
def article(site_tree):
    """An Arabic article with an image in its body and a Russian version.

    The site's date settings exist already: Wagtail creates them on their first read,
    and that save (a change like any other) would make the first bundle stale."""
    from hiwar.core.models import DateFormatSettings

    DateFormatSettings.for_site(site_tree.homes["ar"].get_site())
    date = timezone.now() - datetime.timedelta(hours=2)
    body_image = make_image(credit="مصور", size=(960, 540))
    arabic = make_article(
        site_tree.sections[("news", "ar")],
        TITLES["ar"],
        date=date,
        image=make_image(credit="وكالة الأنباء"),
        body=[paragraph("نص الفقرة الأولى."), ("image", {"image": body_image, "caption": "جانب من اللقاء"})],
    )
    make_article(site_tree.sections[("news", "ru")], TITLES["ru"], date=date, translation_of=arabic)
    return arabic


def test_a_published_edit_is_seen_on_the_next_request(client, article):
    assert TITLES["ar"] in from_bundle(client, article.url)
    article.title = "قمة قازان تختتم أعمالها"
    article.summary = "ملخص جديد"
    publish(article)
    html = client.get(article.url).content.decode()
    assert "قمة قازان تختتم أعمالها" in html and "ملخص جديد" in html


def test_a_saved_draft_is_not_shown(client, article):
    from_bundle(client, article.url)
    article.title = "مسودة لم تنشر"
    article.save_revision()  # a draft: the live page keeps its title
    html = client.get(article.url).content.decode()
    assert "مسودة لم تنشر" not in html and TITLES["ar"] in html


def test_an_unpublished_article_is_gone_on_the_next_request(client, article):
    from_bundle(client, article.url)
    article.unpublish()
    assert client.get(article.url).status_code == 404


def test_a_takedown_answers_410_on_the_next_request(client, article):
    from hiwar.newsroom.takedowns import take_down

    from_bundle(client, article.url)
    take_down(article, None, "قرار قضائي")
    assert client.get(article.url).status_code == 410


def test_a_view_restriction_added_above_the_article_applies_on_the_next_request(client, article, site_tree):
    from_bundle(client, article.url)
    PageViewRestriction.objects.create(
        page=site_tree.sections[("news", "ar")], restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(article.url)
    assert response.status_code == 302 and "login" in response["Location"]
    assert client.get(response["Location"]).status_code == 200  # Wagtail's login page, not shadowed
    assert stored_bundle(article.url) is None or not stored_bundle(article.url).fresh(
        cache.get(bundles.GENERATION_KEY)
    )


def test_a_private_article_is_never_bundled(client, article):
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    for _ in range(2):
        response = client.get(article.url)
        assert (
            response.status_code == 200 and TITLES["ar"] not in response.content.decode()
        )  # the password form
    assert stored_bundle(article.url) is None


def test_a_future_dated_article_is_never_bundled_and_appears_when_its_date_comes(
    client, site_tree, monkeypatch
):
    soon = timezone.now() + datetime.timedelta(hours=1)
    future = make_article(site_tree.sections[("news", "ar")], "خبر مؤجل", date=soon)
    for _ in range(2):
        assert client.get(future.url).status_code == 404
    assert stored_bundle(future.url) is None
    clock_at(monkeypatch, soon + datetime.timedelta(seconds=1))
    assert client.get(future.url).status_code == 200


def test_an_article_expiring_leaves_with_the_clock_without_any_save(client, article, monkeypatch):
    article.expire_at = timezone.now() + datetime.timedelta(seconds=60)  # within PAGE_BUNDLE_MAX_AGE
    publish(article)
    from_bundle(client, article.url)
    assert stored_bundle(article.url).valid_until <= article.expire_at.timestamp()
    clock_at(monkeypatch, article.expire_at - datetime.timedelta(seconds=1))
    served_from_bundle(client, article.url)  # still its bundle
    clock_at(monkeypatch, article.expire_at + datetime.timedelta(seconds=1))
    assert client.get(article.url).status_code == 404


def test_a_deleted_article_is_gone_on_the_next_request(client, article):
    url = article.url
    from_bundle(client, url)
    article.delete()
    assert client.get(url).status_code == 404


def test_a_moved_article_leaves_its_old_address(client, article, site_tree):
    old = article.url
    from_bundle(client, old)
    article.move(site_tree.sections[("analysis", "ar")], pos="last-child")
    moved = ArticlePage.objects.get(pk=article.pk)
    response = client.get(old)  # Wagtail's automatic redirect, or nothing: not the article
    assert (response.status_code, response.get("Location")) in ((404, None), (301, moved.url))
    assert client.get(moved.url).status_code == 200


def test_a_translation_published_joins_the_switcher_on_the_next_request(client, article, site_tree):
    english = make_article(
        site_tree.sections[("news", "en")], TITLES["en"], translation_of=article, live=False
    )  # an untranslated copy: a draft
    html = from_bundle(client, article.url)
    assert 'hreflang="en"' not in html and 'hreflang="ru"' in html
    publish(english)
    assert 'hreflang="en"' in client.get(article.url).content.decode()
    assert 'hreflang="en"' in served_from_bundle(client, article.url)
    ArticlePage.objects.get(pk=english.pk).unpublish()
    assert 'hreflang="en"' not in client.get(article.url).content.decode()


def test_a_translation_dated_ahead_joins_the_switcher_when_its_date_comes(
    client, article, site_tree, monkeypatch
):
    soon = timezone.now() + datetime.timedelta(seconds=60)  # well within PAGE_BUNDLE_MAX_AGE
    make_article(site_tree.sections[("news", "en")], TITLES["en"], translation_of=article, date=soon)
    html = from_bundle(client, article.url)
    assert 'hreflang="en"' not in html
    assert stored_bundle(article.url).valid_until <= soon.timestamp()
    clock_at(monkeypatch, soon - datetime.timedelta(seconds=1))
    assert 'hreflang="en"' not in served_from_bundle(client, article.url)  # still its bundle
    clock_at(monkeypatch, soon + datetime.timedelta(seconds=1))
    assert 'hreflang="en"' in client.get(article.url).content.decode()


def test_a_correction_a_credit_and_the_date_style_are_seen_on_the_next_request(client, article, site_tree):
    from hiwar.core import dates
    from hiwar.core.models import DateFormatSettings
    from hiwar.newsroom.models import Correction

    from_bundle(client, article.url)
    article.corrections.add(Correction(text="صُحّح اسم الوزير"))
    publish(article)
    assert "صُحّح اسم الوزير" in client.get(article.url).content.decode()

    served_from_bundle(client, article.url)
    image = article.lead_image
    image.credit = "تصوير: مراسلنا"
    image.save()
    assert "تصوير: مراسلنا" in client.get(article.url).content.decode()

    arabic_year = str(article.date.year).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert arabic_year in served_from_bundle(client, article.url)  # ٢٠٢٦
    style = DateFormatSettings.for_site(site_tree.homes["ar"].get_site())
    style.arabic_digits = dates.LATIN
    style.save()
    assert arabic_year not in client.get(article.url).content.decode()  # 2026 now


def test_a_section_renamed_changes_the_kicker_and_the_menu(client, article, site_tree):
    from_bundle(client, article.url)
    section = site_tree.sections[("news", "ar")]
    section.title = "آخر الأخبار"
    publish(section)
    html = client.get(article.url).content.decode()
    assert html.count("آخر الأخبار") >= 2  # the kicker and the menu


def test_a_signed_in_editor_and_a_reader_with_a_session_get_no_bundle(client, article, django_user_model):
    from_bundle(client, article.url)
    article.title = "مسودة المحرر"
    article.save_revision()
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    response, statements = get(client, article.url)
    assert response.status_code == 200 and statements  # Wagtail's own serving, from the database
    assert response["Cache-Control"] == "private, no-store"


def test_the_bundle_is_the_page_wagtail_renders(client, article):
    with override_settings(HIWAR_PAGE_BUNDLE_MAX_AGE=0):  # bundles off: Wagtail's serving alone
        plain = client.get(article.url)
        assert stored_bundle(article.url) is None
    bundled = from_bundle(client, article.url)
    assert bundled == plain.content.decode()


def test_a_generation_written_in_a_transaction_is_written_again_after_its_commit(
    client, article, django_capture_on_commit_callbacks
):
    from_bundle(client, article.url)
    with django_capture_on_commit_callbacks(execute=False):
        article.title = "عنوان بعد الالتزام"
        publish(article)
        during = cache.get(bundles.GENERATION_KEY)
        pending = [entry[1] for entry in connection.run_on_commit]
    # A reader between the change and its commit may bundle the page as it was before;
    # the bump after the commit throws that bundle away.
    assert bundles._write_generation_after_commit in pending
    bundles._write_generation_after_commit()
    assert cache.get(bundles.GENERATION_KEY) != during
    assert "عنوان بعد الالتزام" in client.get(article.url).content.decode()


def test_with_the_cache_down_the_article_is_served_from_the_database(client, article, settings):
    from tests.core.test_cache_faults import free_port, use_redis

    from_bundle(client, article.url)
    use_redis(settings, free_port())  # nothing listens: every cache call a miss
    response, statements = get(client, article.url)
    assert response.status_code == 200 and TITLES["ar"] in response.content.decode()
    assert statements
