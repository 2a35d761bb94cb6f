"""Desk → Chief editor: a desk submits, a chief editor rejects with a comment (never
without one), the desk sees it, resubmits, the chief approves: published, or
scheduled when a go-live time is set. Both get e-mails."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.models import TaskState, WorkflowState

from hiwar.news.models import ArticlePage

from .conftest import login
from .forms import article_form, body_in

pytestmark = pytest.mark.django_db
XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}
COMMENT = "المصدر غير مذكور: أضف اسم الوكالة في حقل المصدر."


def submit_new_article(client, newsroom, slug="iqtisad", **fields):
    section = newsroom.sections[("news", "ar")]
    data = article_form(
        title="اتفاق اقتصادي جديد", slug=slug, body=body_in("ar"), **fields, **{"action-submit": "1"}
    )
    response = client.post(f"/admin/pages/add/news/articlepage/{section.pk}/", data)
    assert response.status_code == 302
    return ArticlePage.objects.child_of(section).get(slug=slug)


def current_task_state(page):
    return TaskState.objects.get(workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS)


def act(client, page, action, comment=None, **headers):
    task_state = current_task_state(page)
    data = {} if comment is None else {"comment": comment}
    return client.post(f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/", data, **headers)


def test_reject_with_a_comment_then_resubmit_and_approve(client, newsroom):
    from django.test import Client

    desk, chief = client, Client()
    login(desk, newsroom.users["ar-desk"])
    login(chief, newsroom.users["chief"])
    mail.outbox.clear()

    page = submit_new_article(desk, newsroom)
    assert page.workflow_in_progress and not page.live
    assert any("chief@example.org" in message.to for message in mail.outbox), "the chief editor is told"

    # A desk cannot approve its own story.
    refused = act(desk, page, "approve")
    assert refused.status_code in (302, 403)
    page.refresh_from_db()
    assert not page.live

    # Rejection without a comment: the form says why, nothing changes.
    response = act(chief, page, "reject", comment="   ", **XHR)
    assert "a rejection needs a comment" in response.json()["html"]
    assert current_task_state(page).status == TaskState.STATUS_IN_PROGRESS

    mail.outbox.clear()
    act(chief, page, "reject", comment=COMMENT)
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert any("ar.desk@example.org" in message.to for message in mail.outbox), "the author is told"
    assert any(COMMENT in message.body for message in mail.outbox)

    # The author sees the comment on the page's editor.
    editor = desk.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert COMMENT in editor

    # Fix and resubmit.
    page.refresh_from_db()
    response = desk.post(
        f"/admin/pages/{page.pk}/edit/",
        article_form(page, source_name="تاس", **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    act(chief, page, "approve")
    page.refresh_from_db()
    assert page.live and page.source_name == "تاس"
    assert desk.get(page.url).status_code == 200


def test_approval_with_a_go_live_time_schedules_instead_of_publishing(client, newsroom):
    from django.test import Client

    chief = Client()
    login(client, newsroom.users["ar-desk"])
    login(chief, newsroom.users["chief"])
    go_live = timezone.localtime() + datetime.timedelta(hours=2)
    page = submit_new_article(client, newsroom, slug="later", go_live_at=go_live.strftime("%Y-%m-%d %H:%M"))
    act(chief, page, "approve")
    page.refresh_from_db()
    assert not page.live
    assert page.scheduled_revision is not None
    assert abs(page.scheduled_revision.approved_go_live_at - go_live) < datetime.timedelta(minutes=1)


def test_approve_pressed_in_the_page_editor_publishes(client, newsroom):
    """The chief's Approve in the editor's action menu saves the form and approves in
    one request; the approval must not be revoked by that very save."""
    from django.test import Client

    chief = Client()
    login(client, newsroom.users["ar-desk"])
    login(chief, newsroom.users["chief"])
    page = submit_new_article(client, newsroom, slug="from-the-editor")
    response = chief.post(
        f"/admin/pages/{page.pk}/edit/",
        article_form(
            page,
            body=body_in("ar"),
            loaded_revision_id=str(page.latest_revision_id),
            **{"action-workflow-action": "true", "workflow-action-name": "approve"},
        ),
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live, "approving from the editor left the story unpublished"
    assert not page.workflow_in_progress
