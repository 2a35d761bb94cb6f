"""Translations in a real browser: the dashboard in the Arabic admin, wagtail-localize's
editor writing an Arabic target right to left, and a translator taking an outdated
translation through the source diff and "Mark reviewed" back to up to date."""

import re
import types

import pytest

from .conftest import serve

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PASSWORD = "Kazan-Translate-2026-fig!"
ENGLISH_TITLE = "Minister meets the KazanForum 2026 delegation"
ENGLISH_BODY = "The talks in Kazan lasted 3 hours and covered the North–South corridor."
ARABIC_TITLE = "الوزير يلتقي وفد منتدى قازان"
ARABIC_BODY = "استمرت المحادثات ثلاث ساعات."
ARABIC_ADDED = "وأضاف الوزير أن التمويل سيبدأ في الربع الأول."


def build_translations():
    import io
    import sys

    from django.core.management import call_command
    from wagtail.models import Locale
    from wagtail.rich_text import RichText
    from wagtail_localize.operations import TranslationCreator

    from hiwar.news.models import ArticlePage
    from tests.factories import make_article, make_site_tree, paragraph

    locales, homes, sections = make_site_tree()
    for username, language in (("ivan.translator", "en"), ("amal.translator", "ar")):
        stdin, sys.stdin = sys.stdin, io.StringIO(PASSWORD + "\n")
        try:
            call_command(
                "add_staff",
                username,
                "--role",
                "translator",
                "--language",
                language,
                "--password-stdin",
                stdout=io.StringIO(),
            )
        finally:
            sys.stdin = stdin
    from django.contrib.auth import get_user_model

    translator = get_user_model().objects.get(username="ivan.translator")
    # An English story translated into Arabic by wagtail-localize: a draft in its editor.
    english = make_article(sections[("news", "en")], ENGLISH_TITLE, body=[paragraph(ENGLISH_BODY)])
    TranslationCreator(translator, [Locale.objects.get(language_code="ar")]).create_translations(english)
    arabic_draft = ArticlePage.objects.get(
        translation_key=english.translation_key, locale__language_code="ar"
    )
    # An Arabic story with a Russian version written by hand, then corrected: outdated.
    arabic = make_article(sections[("news", "ar")], ARABIC_TITLE, body=[paragraph(ARABIC_BODY)])
    russian = make_article(sections[("news", "ru")], "Министр встретился с делегацией", translation_of=arabic)
    corrected = ArticlePage.objects.get(pk=arabic.pk)
    corrected.body = [("paragraph", RichText(f"<p>{ARABIC_BODY}</p><p>{ARABIC_ADDED}</p>"))]
    corrected.save_revision().publish()
    return types.SimpleNamespace(english=english, arabic_draft=arabic_draft, arabic=arabic, russian=russian)


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker, playwright_driver):
    with serve(django_db_blocker, build_translations) as served:
        yield served


def log_in(page, username):
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def test_dashboard_in_the_arabic_admin(site, open_page, shoot):
    page = open_page(site, "desktop")
    log_in(page, "amal.translator")
    page.locator("a[href='/admin/translations/']").first.click()
    page.wait_for_url("**/admin/translations/")
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == ["ar", "rtl"]
    assert page.locator("h1").inner_text().strip() == "الترجمات"
    table = page.locator("table.hiwar-tr-table")
    assert table.evaluate("t => getComputedStyle(t).direction") == "rtl"
    # the first column (the story) is on the right in a right-to-left table
    story, last = (
        table.locator("thead th").first.bounding_box(),
        table.locator("thead th").last.bounding_box(),
    )
    assert story["x"] > last["x"]
    cell = page.locator(f"tr:has(a:text('{ARABIC_TITLE}')) td[data-lang=ru]")
    assert cell.locator(".hiwar-tr-label").inner_text().strip() == "متأخرة"
    assert cell.locator(".hiwar-tr-action").inner_text().strip() == "مراجعة"
    # an English story's section is named in the admin's language
    assert page.locator(f"tr:has(a:text('{ENGLISH_TITLE}')) td").nth(1).inner_text().strip() == "أخبار"
    counts = page.locator(".hiwar-tr-counts li").all_inner_texts()
    assert counts[0] == "خبران" and "ترجمة متأخرة واحدة" in counts, counts
    shoot(page, "translations-dashboard-ar")


def test_translation_editor_writes_an_arabic_target_right_to_left(site, open_page, shoot):
    page = open_page(site, "desktop")
    log_in(page, "ivan.translator")  # an English admin: the direction comes from the target
    page.goto(f"/admin/pages/{site.content.arabic_draft.pk}/edit/")
    page.locator(".js-translation-editor .hiwar-segment-target").first.wait_for()
    assert page.evaluate("document.documentElement.dir") == "ltr"
    sources = page.locator(".hiwar-segment-source")
    targets = page.locator(".hiwar-segment-target")
    assert sources.count() >= 2 and targets.count() == sources.count()
    source_texts = [text.strip() for text in sources.all_inner_texts()]
    assert ENGLISH_TITLE in source_texts and ENGLISH_BODY in source_texts
    assert set(sources.evaluate_all("els => els.map(e => getComputedStyle(e).direction)")) == {"ltr"}
    assert set(targets.evaluate_all("els => els.map(e => getComputedStyle(e).direction)")) == {"rtl"}
    assert set(targets.evaluate_all("els => els.map(e => e.lang)")) == {"ar"}
    # The translator types Arabic with a Latin name and a number into the title's segment.
    title_segment = page.locator("li.hiwar-segment", has=page.locator(f"p:text-is('{ENGLISH_TITLE}')"))
    title_segment.get_by_role("button", name="Translate").click()
    textarea = title_segment.locator("textarea")
    textarea.wait_for()
    assert textarea.evaluate("t => [t.dir, getComputedStyle(t).direction]") == ["rtl", "rtl"]
    textarea.fill("الوزير يلتقي وفد KazanForum 2026")
    shoot(page, "translations-editor-ar-target")
    # Saved, the segment shows it right to left: the Arabic words at the right, then
    # (to their left) "KazanForum 2026" as one left-to-right run, the name before the number.
    title_segment.get_by_role("button", name="Save").click()
    shown = title_segment.locator(".hiwar-segment-target p", has_text="KazanForum")
    shown.wait_for()
    positions = shown.evaluate(
        """p => {
            const node = p.firstChild, text = node.textContent, at = word => {
                const range = document.createRange(), start = text.indexOf(word);
                range.setStart(node, start); range.setEnd(node, start + word.length);
                return range.getBoundingClientRect().left;
            };
            return [at("الوزير"), at("KazanForum"), at("2026")];
        }"""
    )
    arabic, name, number = positions
    assert arabic > number > name, positions
    shoot(page, "translations-editor-ar-saved")


def test_outdated_translation_reviewed_back_to_up_to_date(site, open_page, shoot):
    page = open_page(site, "desktop")
    log_in(page, "ivan.translator")
    page.goto("/admin/translations/?state=outdated")
    row = page.locator(f"tr:has(a:text('{ARABIC_TITLE}'))")
    assert row.locator("td[data-lang=ru]").get_attribute("data-state") == "outdated"
    row.locator("td[data-lang=ru] a.hiwar-tr-action").click()
    page.wait_for_url(re.compile(r"/admin/translations/diff/\d+/$"))
    added = page.locator("li.hiwar-tr-added")
    assert added.all_inner_texts() == [ARABIC_ADDED]
    assert page.locator("ol.hiwar-tr-diff").evaluate("o => getComputedStyle(o).direction") == "rtl"
    shoot(page, "translations-diff")
    # The editor of the translation shows the notice linking to this diff.
    page.goto(f"/admin/pages/{site.content.russian.pk}/edit/")
    notice = page.locator(".messages", has_text="The source of this translation has changed")
    assert notice.count() == 1
    notice.get_by_role("link", name="See what changed").click()
    page.wait_for_url(re.compile(r"/admin/translations/diff/\d+/$"))
    page.get_by_role("button", name="Mark reviewed").click()
    page.wait_for_url(re.compile(rf"/admin/pages/{site.content.russian.pk}/edit/$"))
    assert page.locator(".messages", has_text="Marked as reviewed").count() == 1
    assert page.locator(".messages", has_text="has changed since it was translated").count() == 0
    page.goto("/admin/translations/")
    cell = page.locator(f"tr:has(a:text('{ARABIC_TITLE}')) td[data-lang=ru]")
    assert cell.get_attribute("data-state") == "up_to_date"
    shoot(page, "translations-reviewed")
