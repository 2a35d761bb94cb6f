"""Proofreading in the real admin, in a real browser (issue 16):

an Arabic desk editor (admin in Arabic) writes an article with a slip, a number glued
to a word (`الـ 30الماضية`), saves a draft and sees the warning on the edit page, in
Arabic; dismisses it as intended; types a double space with the preview open (the
warning shows without saving) and removes it (gone on "check the unsaved text"); publishes (nothing refuses it); edits the summary and saves
again: the dismissed warning stays dismissed.
"""

import re

import pytest

from .admin import settle, wait_for_redirect
from .conftest import serve
from .test_editor_journey import PASSWORD, USERNAME, add_block, build_newsroom

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

TITLE = "مجلس الدولة يناقش التعاون مع المغرب"
SUMMARY = "ناقش مجلس الدولة اتفاقية للتعاون الثقافي مع المملكة المغربية."
SLIP_PARAGRAPH = "وأكد الوزير أن التعاون بين البلدين تطور خلال السنوات الـ 30الماضية."
GLUED_LABEL = "رقم ملتصق بكلمة"  # "Number glued to a word", the check's name in Arabic
GLUED_MESSAGE = "رقم ملتصق بكلمة في «الـ 30الماضية»: اكتب «الـ 30 الماضية»."


@pytest.fixture(scope="module")
def newsroom(django_db_setup, django_db_blocker, playwright_driver):
    with serve(django_db_blocker, build_newsroom) as site:
        yield site


def warnings_in(panel):
    return panel.locator("[data-proofreading-warning]")


def test_editor_sees_dismisses_and_publishes(newsroom, open_page, shoot):
    section = newsroom.content.sections[("news", "ar")]
    page = open_page(newsroom, "desktop")
    step = iter(range(1, 100))

    def snap(label):
        shoot(page, f"proofreading-{next(step)}-{label}")

    page.goto("/admin/login/")
    page.fill("#id_username", USERNAME)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))

    # A new article with the slip in its body; save a draft.
    page.goto(f"/admin/pages/add/news/articlepage/{section.pk}/")
    page.fill("#id_title", TITLE)
    page.fill("#id_summary", SUMMARY)
    body = page.locator("[data-contentpath=body]")
    add_block(page, body.locator(".c-sf-add-button").last, "فقرة")
    editor = body.locator("[contenteditable=true]").last
    editor.click()
    page.keyboard.type(SLIP_PARAGRAPH)
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-contentpath=body] [contenteditable=true]')]"
        ".some(e => e.innerText.includes('30الماضية'))"
    )
    page.locator("#id_title").click()  # leaving the editor hands its text to the form
    settle(page)
    page.locator("button[name=action-save], footer button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    article_id = int(re.search(r"/pages/(\d+)/edit/", page.url).group(1))

    # The warning, in Arabic, on the edit page; the count says one (Arabic singular).
    panel = page.locator("[data-proofreading]")
    panel.wait_for()
    assert page.evaluate("document.documentElement.lang") == "ar"
    glued = warnings_in(panel).filter(has_text=GLUED_LABEL)
    assert glued.count() == 1, panel.inner_text()
    assert GLUED_MESSAGE in glued.inner_text()
    assert "تحذير تدقيق واحد غير مستبعد" in panel.locator("[data-proofreading-count]").inner_text()
    panel.scroll_into_view_if_needed()
    snap("warning")

    # Dismiss it as intended: the panel is redrawn without it.
    glued.locator("[data-proofreading-dismiss]").click()
    page.wait_for_function(
        "() => !document.querySelector('[data-proofreading-warning][data-check=\"glued-number\"]')"
    )
    assert "لا تحذيرات من التدقيق اللغوي" in panel.locator("[data-proofreading-count]").inner_text()
    assert "تحذير واحد استُبعد لأنه مقصود" in panel.inner_text()
    snap("dismissed")

    # Unsaved text is checked again on each preview update: with the preview panel open,
    # a double space typed into the summary shows without saving; and on request.
    page.locator('[data-side-panel-toggle="preview"]').click()
    page.locator('iframe[data-w-preview-target="iframe"]').first.wait_for(state="attached")
    page.fill("#id_summary", "ناقش مجلس الدولة  اتفاقية للتعاون الثقافي مع المملكة المغربية.")
    page.wait_for_function(
        "() => document.querySelector('[data-proofreading-warning][data-check=\"double-space\"]')"
    )
    snap("preview-rechecked")
    page.locator('[data-side-panel-toggle="preview"]').click()  # close it: now on request
    page.fill("#id_summary", SUMMARY)
    panel.locator("[data-proofreading-recheck]").click()
    page.wait_for_function(
        "() => !document.querySelector('[data-proofreading-warning][data-check=\"double-space\"]')"
    )
    snap("rechecked")

    # Publish: proofreading never holds it up.
    settle(page)
    page.locator("footer [aria-label], .w-dropdown__toggle").last.click()
    page.locator("button[name=action-publish]").click()
    wait_for_redirect(page, re.compile(rf"/admin/pages/{section.pk}/$"))
    snap("published")

    from hiwar.news.models import ArticlePage

    article = ArticlePage.objects.get(pk=article_id)
    assert article.live

    # A later save of the same text with another summary: still dismissed.
    page.goto(f"/admin/pages/{article_id}/edit/")
    page.fill("#id_summary", "صادق مجلس الدولة على اتفاقية للتعاون الثقافي مع المملكة المغربية.")
    settle(page)
    page.locator("button[name=action-save], footer button[type=submit]").first.click()
    page.wait_for_url(re.compile(rf"/admin/pages/{article_id}/edit/"))
    panel = page.locator("[data-proofreading]")
    panel.wait_for()
    assert warnings_in(panel).filter(has_text=GLUED_LABEL).count() == 0, panel.inner_text()
    assert "تحذير واحد استُبعد لأنه مقصود" in panel.inner_text()
    assert (
        "الـ 30الماضية"
        in ArticlePage.objects.get(pk=article_id).get_latest_revision_as_object().body.raw_data[0]["value"]
    )
    snap("still-dismissed")
