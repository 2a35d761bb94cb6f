"""A refusal in the admin is worded in the editor's admin language, never a 500."""

import pytest
from django.contrib.messages import get_messages

from .conftest import add_staff, login

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language, words", [("ru", "Извините"), ("ar", "عذر")])
def test_a_forbidden_edit_is_refused_in_the_editors_language(client, newsroom, language, words):
    add_staff("nadia", "en-desk", language=language)
    login(client, "nadia")
    article = newsroom.articles["ar"]
    response = client.get(f"/admin/pages/{article.pk}/edit/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    message = " ".join(str(each) for each in get_messages(response.wsgi_request))
    assert words in message, message


@pytest.mark.parametrize(
    "language, direction, words", [("ru", "ltr", "Ваша роль не позволяет"), ("ar", "rtl", "دورك لا يسمح")]
)
def test_a_forbidden_request_of_the_admins_scripts_gets_a_403_page_in_the_editors_language(
    client, newsroom, language, direction, words
):
    """A desk approving its own story from the admin's script (no redirect possible):
    Wagtail answers 403; the page says so in the editor's language, nothing changes."""
    from .test_workflow import XHR, act, submit_new_article

    add_staff("nadia", "ar-desk", language=language)
    login(client, "nadia")
    page = submit_new_article(client, newsroom)
    response = act(client, page, "approve", HTTP_ACCEPT_LANGUAGE="en", **XHR)
    assert response.status_code == 403
    html = response.content.decode()
    assert f'<html lang="{language}" dir="{direction}">' in html and words in html
    page.refresh_from_db()
    assert not page.live and page.workflow_in_progress


@pytest.mark.parametrize("language, words", [("ar", "منذ"), ("ru", "назад")])
def test_the_admins_how_long_ago_is_in_the_editors_language(language, words):
    """The workflow status ("changes requested a second ago") uses humanize's naturaltime."""
    import datetime

    from django.contrib.humanize.templatetags.humanize import naturaltime
    from django.utils import timezone, translation

    with translation.override(language):
        for seconds in (1, 2, 5, 11, 3 * 3600):
            text = str(naturaltime(timezone.now() - datetime.timedelta(seconds=seconds)))
            assert words in text, text
