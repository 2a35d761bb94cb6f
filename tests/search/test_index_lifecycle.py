"""The index follows the pages: only live, public, published pages are ever found."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from hiwar.search.indexing import rebuild_index
from hiwar.search.models import SearchEntry
from hiwar.search.query import search
from tests.factories import make_article, make_standard_page, paragraph

pytestmark = [pytest.mark.postgres, pytest.mark.urls("tests.search.urls")]


def found_ids(query, lang="ar"):
    return [result.id for result in search(query, lang).results]


@pytest.fixture
def news(site_tree):
    return site_tree.sections[("news", "ar")]


def test_published_article_is_found_by_another_form(news):
    article = make_article(news, "لافروف يزور طهران", body=[paragraph("بحث العَلاقاتُ الثنائية مع إيران")])
    assert found_ids("للافروف") == [article.pk]
    assert found_ids("والعلاقات") == [article.pk]


def test_draft_is_never_found(news):
    make_article(news, "مسودة عن القمح", live=False)
    assert found_ids("القمح") == []


def test_unpublished_article_leaves_the_index(news):
    article = make_article(news, "قمة بريكس في قازان")
    assert found_ids("بريكس") == [article.pk]
    article.unpublish()
    assert found_ids("بريكس") == []


def test_scheduled_article_is_not_found_before_it_goes_live(news):
    article = make_article(news, "مقال مجدول عن الحج", live=False)
    article.go_live_at = timezone.now() + datetime.timedelta(days=1)
    article.save_revision().publish()
    assert found_ids("الحج") == []


def test_expired_article_is_not_found(news):
    article = make_article(news, "مقال منتهي الصلاحية عن الغاز")
    article.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    article.save(update_fields=["expire_at"])  # publish_scheduled has not run yet
    assert found_ids("الغاز") == []


def test_private_section_hides_its_articles(site_tree, news):
    article = make_article(news, "اجتماع مغلق حول النفط")
    assert found_ids("النفط") == [article.pk]
    PageViewRestriction.objects.create(page=news, restriction_type=PageViewRestriction.PASSWORD, password="x")
    assert found_ids("النفط") == []
    assert not SearchEntry.objects.filter(page_id=article.pk).exists()


def test_deleted_article_leaves_the_index(news):
    article = make_article(news, "مقال عن الشيشان")
    article.delete()
    assert found_ids("الشيشان") == []
    assert not SearchEntry.objects.exists()


def test_moved_article_has_its_new_url(site_tree, news):
    article = make_article(news, "تحليل عن أفغانستان")
    analysis = site_tree.sections[("analysis", "ar")]
    article.move(analysis, pos="last-child")
    [result] = search("افغانستان", "ar").results
    assert "/analysis/" in result.url


def test_renamed_section_updates_urls(site_tree, news, django_capture_on_commit_callbacks):
    make_article(news, "خبر عن سوريا")
    news.slug = "akhbar"
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail sends page_slug_changed on commit
        news.save_revision().publish()
    [result] = search("سوريا", "ar").results
    assert "/akhbar/" in result.url


def test_standard_page_is_found(site_tree):
    page = make_standard_page(
        site_tree.homes["en"], "About the group", "The group brings together Russia and Islamic countries."
    )
    assert found_ids("countries", "en") == [page.pk]


def test_rebuild_keeps_only_public_pages(news):
    live = make_article(news, "مقال منشور عن مصر")
    make_article(news, "مسودة عن مصر", live=False)
    SearchEntry.objects.all().delete()
    assert rebuild_index() == 1
    assert found_ids("مصر") == [live.pk]


def test_languages_are_separate_unless_all(site_tree):
    ar = make_article(site_tree.sections[("news", "ar")], "BRICS في قازان")
    en = make_article(site_tree.sections[("news", "en")], "BRICS summit in Kazan")
    assert found_ids("BRICS", "ar") == [ar.pk]
    assert found_ids("BRICS", "en") == [en.pk]
    assert sorted(found_ids("BRICS", "all")) == sorted([ar.pk, en.pk])


def test_title_counts_more_than_body(news):
    in_body = make_article(news, "خبر اقتصادي", body=[paragraph("ارتفعت صادرات القمح هذا العام")])
    in_title = make_article(news, "صادرات القمح", body=[paragraph("خبر اقتصادي قصير")])
    assert found_ids("القمح") == [in_title.pk, in_body.pk]


def test_result_fields_and_snippet(news):
    article = make_article(news, "عنوان", body=[paragraph("قال <b>الوزير</b> إن العَلاقاتِ ممتازة")])
    [result] = search("العلاقات", "ar").results
    assert result.id == article.pk and result.lang == "ar" and result.url.endswith("/")
    assert result.date == article.date and result.score > 0
    assert "<mark>العَلاقاتِ</mark>" in result.snippet
    assert "&lt;b&gt;" in result.snippet and "<b>" not in result.snippet


def test_an_index_failure_never_blocks_publishing(news, monkeypatch, caplog):
    def broken(pages):
        raise RuntimeError("index down")

    monkeypatch.setattr("hiwar.search.tasks.index_pages", broken)
    article = make_article(news, "مقال رغم العطل")
    assert article.live
    assert "run rebuild_search_index" in caplog.text
