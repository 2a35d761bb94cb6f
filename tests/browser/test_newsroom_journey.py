"""The newsroom in a real browser, with the roles `add_staff` makes (issue 14):

an Arabic-desk editor (admin in Arabic, right to left) writes an article and submits
it; the chief editor (admin in Russian) requests changes with a comment; the desk
editor sees the comment, fixes the story and resubmits; the chief approves, which
publishes it; an anonymous reader finds it on /ar/; the chief adds a correction; the
reader sees it under the article; the chief takes it down with a reason; the reader's
address answers 410 with the Arabic notice, and the home page no longer lists it.

Screenshots go to test-artifacts/browser/newsroom-*.png; with HIWAR_DOC_SCREENSHOTS=1
the ones docs/newsroom.md shows are also written to docs/screenshots/newsroom/.
"""

import os
import re
import types
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .admin import settle
from .conftest import serve

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "newsroom"
DESK, CHIEF = "layla.desk", "omar.chief"
TITLE = "جامعة قازان تفتح برنامجا لتعليم اللغة العربية لطلاب الطب"
SUMMARY = "أعلنت جامعة قازان الفيدرالية عن برنامج جديد لتعليم العربية لطلاب كلية الطب."
PARAGRAPH = "ويستمر البرنامج عامين دراسيين ويشمل دروسا في المصطلحات الطبية والمحادثة مع المرضى."
SOURCE = "تاس"
COMMENT = "Укажите источник: агентство в поле «Источник»."
TAKEDOWN_REASON = "Источник отозвал сообщение."
CORRECTION = "ورد في النسخة السابقة أن البرنامج يستمر ثلاثة أعوام، والصحيح أنه يستمر عامين."


def build_newsroom():
    from tests.factories import make_site_tree
    from tests.newsroom.conftest import PASSWORD, add_staff

    _locales, homes, sections = make_site_tree(("news",))
    add_staff(DESK, "ar-desk", language="ar")
    add_staff(CHIEF, "chief", language="ru")
    return types.SimpleNamespace(homes=homes, sections=sections, password=PASSWORD)


@pytest.fixture(scope="module")
def newsroom(django_db_setup, django_db_blocker, playwright_driver):
    with serve(django_db_blocker, build_newsroom) as site:
        yield site


@pytest.fixture
def snap(shoot):
    """`snap(page, "3-rejected")`: newsroom-3-rejected.png under test-artifacts/browser/,
    and the viewport as docs/screenshots/newsroom/3-rejected.jpg when asked for."""
    write_docs = os.environ.get("HIWAR_DOC_SCREENSHOTS") == "1"

    def _snap(page, name):
        shoot(page, f"newsroom-{name}")
        if write_docs:
            DOCS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(DOCS / f"{name}.jpg"), type="jpeg", quality=70)

    return _snap


def eventually(check, what, timeout=10.0):
    """The server thread may still be finishing the request behind the page the browser
    shows: ask the database again until `check()` holds."""
    import time

    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, what
        time.sleep(0.2)


def log_in(page, username, password):
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def open_actions(page):
    """The action menu under the editor's main button."""
    page.locator("footer .w-dropdown__toggle").last.click()


def workflow_action(page, name, with_comment=False):
    open_actions(page)
    modal = "" if with_comment else ":not([data-workflow-action-modal-url])"
    page.locator(f"footer button[data-workflow-action-name={name}]{modal}").click()


def submit(page, locator):
    """Click a button that posts the editor's form, and wait for the next page."""
    with page.expect_navigation():
        locator.click()
    page.wait_for_load_state("networkidle")  # the server is done before the test reads the database


def test_desk_submits_chief_rejects_then_approves_and_corrects(newsroom, open_page, snap):
    from hiwar.news.models import ArticlePage

    section = newsroom.content.sections[("news", "ar")]
    password = newsroom.content.password

    # The Arabic desk writes the story and submits it: the admin is Arabic, right to left.
    desk = open_page(newsroom, "desktop")
    log_in(desk, DESK, password)
    assert desk.evaluate("[document.documentElement.lang, document.documentElement.dir]") == ["ar", "rtl"]
    desk.goto(f"/admin/pages/add/news/articlepage/{section.pk}/")
    desk.fill("#id_title", TITLE)
    desk.fill("#id_summary", SUMMARY)
    body = desk.locator("[data-contentpath=body]")
    body.locator(".c-sf-add-button").last.click()
    desk.get_by_role("option", name="فقرة", exact=True).click()
    editor = body.locator("[contenteditable=true]").last
    editor.click()
    desk.keyboard.type(PARAGRAPH)
    expect(editor).to_contain_text(PARAGRAPH)
    settle(desk)
    open_actions(desk)
    assert desk.locator("footer button[name=action-publish]").count() == 0, "a desk publishes nothing"
    snap(desk, "1-desk-submits")
    submit(desk, desk.locator("footer button[name=action-submit]"))
    eventually(lambda: ArticlePage.objects.filter(title=TITLE).exists(), "the story was not saved")
    article = ArticlePage.objects.get(title=TITLE)
    eventually(lambda: article.workflow_in_progress, "the story was not submitted")
    assert not article.live

    # The chief editor, admin in Russian, finds it awaiting review and requests changes.
    chief = open_page(newsroom, "desktop")
    log_in(chief, CHIEF, password)
    assert chief.evaluate("document.documentElement.lang") == "ru"
    assert chief.locator(f"main :text('{TITLE}')").count() >= 1, "the story is not on the chief's dashboard"
    snap(chief, "2-chief-dashboard")
    chief.goto(f"/admin/pages/{article.pk}/edit/")
    settle(chief)
    workflow_action(chief, "reject", with_comment=True)
    modal = chief.locator(".modal-dialog")
    modal.wait_for()
    modal.locator("button[type=submit]").click()  # no comment: refused in Russian
    modal.locator(".error-message, .w-field__errors").first.wait_for()
    assert "без комментария не принимается" in modal.inner_text()
    modal.locator("textarea[name=comment]").fill(COMMENT)
    snap(chief, "3-chief-requests-changes")
    submit(chief, modal.locator("button[type=submit]"))
    eventually(
        lambda: article.current_workflow_state.status == "needs_changes", "the changes were not requested"
    )
    article.refresh_from_db()
    assert not article.live

    # The desk sees the comment on the story, adds the source, resubmits.
    desk.goto(f"/admin/pages/{article.pk}/edit/")
    assert COMMENT in desk.content(), "the desk does not see the chief's comment"
    desk.locator("[data-side-panel-toggle=status]").first.click()
    desk.locator("[data-a11y-dialog-show=workflow-status-dialog]").first.click()
    desk.locator("#workflow-status-dialog").get_by_text(COMMENT).wait_for()
    snap(desk, "4-desk-sees-the-comment")
    desk.locator("#workflow-status-dialog .w-dialog__close-button").click()
    desk.fill("#id_source_name", SOURCE)
    settle(desk)
    open_actions(desk)
    submit(desk, desk.locator("footer button[name=action-submit]"))
    eventually(
        lambda: article.current_workflow_state.status == "in_progress", "the story was not resubmitted"
    )

    # The chief approves: published.
    chief.goto(f"/admin/pages/{article.pk}/edit/")
    settle(chief)
    with chief.expect_navigation():
        workflow_action(chief, "approve")
    chief.wait_for_load_state("networkidle")
    snap(chief, "5-chief-approved")
    eventually(lambda: ArticlePage.objects.get(pk=article.pk).live, "the approval did not publish the story")
    article.refresh_from_db()
    assert article.source_name == SOURCE

    # An anonymous reader finds it on the Arabic home page.
    reader = open_page(newsroom, "phone")
    reader.goto("/ar/")
    link = reader.locator(f'main a[href="{article.url}"]')
    assert link.count() >= 1, "the approved story is not on /ar/"
    link.first.click()
    reader.wait_for_url(f"**{article.url}")
    assert reader.locator("h1").inner_text().strip() == TITLE
    assert reader.locator(".article__corrections").count() == 0

    # The chief adds a correction and publishes; the reader sees it.
    chief.goto(f"/admin/pages/{article.pk}/edit/")
    chief.locator("#id_corrections-ADD").click()
    chief.locator("textarea[name='corrections-0-text']").fill(CORRECTION)
    at = chief.locator("input[name='corrections-0-at']")
    if not at.input_value():
        from django.utils import timezone

        at.fill(timezone.localtime().strftime("%Y-%m-%d %H:%M"))
    chief.locator("textarea[name='corrections-0-text']").scroll_into_view_if_needed()
    snap(chief, "6-chief-adds-a-correction")
    settle(chief)
    open_actions(chief)
    submit(chief, chief.locator("footer button[name=action-publish]"))
    eventually(lambda: article.corrections.count() == 1, "the correction was not saved")

    reader.reload()
    corrections = reader.locator(".article__corrections")
    assert corrections.count() == 1, "the reader does not see the correction"
    text = corrections.inner_text()
    assert "تصحيح" in text and CORRECTION in text
    corrections.scroll_into_view_if_needed()
    snap(reader, "7-reader-sees-the-correction")

    # The chief takes it down from the page's menu, with a reason; the reader's address is gone.
    chief.goto(f"/admin/pages/{article.pk}/edit/")
    chief.locator("button.w-dropdown__toggle.w-h-slim-header").first.click()  # the page's "⋯" menu
    chief.locator(f"a[href$='/admin/newsroom/takedown/{article.pk}/']:visible").click()
    chief.wait_for_url(re.compile(r"/admin/newsroom/takedown/\d+/"))
    chief.locator("button[type=submit].serious").click()  # no reason: refused, in Russian
    expect(chief.locator("form[action*=takedown]")).to_contain_text("без причины снять нельзя")
    chief.fill("textarea[name=reason]", TAKEDOWN_REASON)
    snap(chief, "8-chief-takes-it-down")
    submit(chief, chief.locator("button[type=submit].serious"))
    eventually(lambda: not ArticlePage.objects.get(pk=article.pk).live, "the takedown did not unpublish")
    # The earlier reader's browser may keep its copy for HTTP_CACHE_MAX_AGE seconds
    # (Cache-Control max-age, hiwar/edge/headers.py; the edge cache is purged at once):
    # a reader arriving now, with no copy of their own, gets the 410.
    reader = open_page(newsroom, "phone")
    gone = reader.goto(article.url)
    assert gone.status == 410
    assert reader.evaluate("[document.documentElement.lang, document.documentElement.dir]") == ["ar", "rtl"]
    assert reader.locator("h1").inner_text().strip() == "سُحب هذا المقال"
    assert TITLE not in reader.content() and TAKEDOWN_REASON not in reader.content()
    snap(reader, "9-reader-finds-it-withdrawn")
    reader.goto("/ar/")
    assert reader.locator(f'main a[href="{article.url}"]').count() == 0
