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
