"""Revisions, two editors on one article, and scheduling mistakes."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.utils import timezone
from wagtail.models import Revision

from .conftest import login
from .forms import article_form

pytestmark = pytest.mark.django_db


def messages_of(response):
    return " ".join(str(message) for message in get_messages(response.wsgi_request))


def test_the_second_of_two_editors_is_refused_instead_of_overwriting(client, newsroom):
    article = newsroom.articles["ar"]
    first, second = client, Client()
    login(first, newsroom.users["chief"])
    login(second, newsroom.users["ar-desk"])
    loaded = str(article.latest_revision_id)  # both opened the editor on this version
    data = {"loaded_revision_id": loaded}
    response = first.post(
        f"/admin/pages/{article.pk}/edit/", article_form(article, title="First edit", **data)
    )
    assert response.status_code == 302
    revisions = Revision.objects.count()

    response = second.post(
        f"/admin/pages/{article.pk}/edit/", article_form(article, title="Second edit", **data)
    )
    assert response.status_code == 302
    assert "newer version" in messages_of(response)
    assert Revision.objects.count() == revisions
    article.refresh_from_db()
    assert article.get_latest_revision().as_object().title == "First edit"

    # Once the second editor has the newest version loaded, the save goes through.
    data = {"loaded_revision_id": str(article.latest_revision_id)}
    second.post(f"/admin/pages/{article.pk}/edit/", article_form(article, title="Second edit", **data))
    article.refresh_from_db()
    assert article.get_latest_revision().as_object().title == "Second edit"


def test_revisions_are_compared_and_reverted(client, newsroom):
    article = newsroom.articles["ru"]
    login(client, newsroom.users["chief"])
    old = article.latest_revision
    client.post(f"/admin/pages/{article.pk}/edit/", article_form(article, title="Новый заголовок"))
    article.refresh_from_db()
    new = article.latest_revision
    compare = client.get(f"/admin/pages/{article.pk}/revisions/compare/{old.pk}...{new.pk}/")
    assert compare.status_code == 200 and "Новый заголовок" in compare.content.decode()
    revert = client.get(f"/admin/pages/{article.pk}/revisions/{old.pk}/revert/")
    assert revert.status_code == 200 and old.as_object().title in revert.content.decode()
    client.post(
        f"/admin/pages/{article.pk}/edit/",
        article_form(
            old.as_object(), revision=old.pk, loaded_revision_id=str(new.pk), **{"action-publish": "1"}
        ),
    )
    article.refresh_from_db()
    assert article.title == old.as_object().title and article.live


@pytest.mark.parametrize(
    "go_live, expire, message",
    [
        (-60, None, "go-live time is in the past"),
        (120, 60, ""),  # Wagtail's own: expiry before go-live
        (None, -60, ""),  # Wagtail's own: expiry in the past
    ],
)
def test_scheduling_mistakes_are_refused_and_nothing_is_saved(client, newsroom, go_live, expire, message):
    article = newsroom.articles["en"]
    login(client, newsroom.users["chief"])
    now = timezone.localtime()

    def at(minutes):
        return (
            "" if minutes is None else (now + datetime.timedelta(minutes=minutes)).strftime("%Y-%m-%d %H:%M")
        )

    revisions = Revision.objects.count()
    response = client.post(
        f"/admin/pages/{article.pk}/edit/",
        article_form(
            article,
            title="Scheduled",
            go_live_at=at(go_live),
            expire_at=at(expire),
            **{"action-publish": "1"},
        ),
    )
    assert response.status_code == 200  # the form again, with the error
    assert "error" in response.content.decode()
    assert message in response.content.decode()
    assert Revision.objects.count() == revisions
    article.refresh_from_db()
    assert article.title != "Scheduled"
