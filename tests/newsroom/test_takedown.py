"""Takedowns: a chief editor withdraws a published article with a reason; its address
answers 410 Gone in the article's language; desks and translators are refused; a
takedown without a reason changes nothing; the original's translators are told;
publishing it again brings the article back.

That a taken-down article leaves every face is checked with the other hidden kinds in
tests/news/test_visibility_faces.py."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.core import mail
from django.test import Client
from wagtail.models import PageLogEntry

from hiwar.newsroom.models import Takedown
from tests.factories import make_article

from .conftest import add_staff, login
from .forms import article_form

pytestmark = pytest.mark.django_db  # and postgres, as every newsroom test (conftest.py)
REASON = "نشر الخبر قبل التحقق من مصدره، وتبيّن أن المصدر غير موثوق."


def take_down(client, article, reason=REASON, public=False, **headers):
    data = {"reason": reason}
    if public:
        data["public"] = "on"
    return client.post(f"/admin/newsroom/takedown/{article.pk}/", data, **headers)


def messages_of(response):
    return " ".join(str(message) for message in get_messages(response.wsgi_request))


def test_a_chief_takes_an_article_down_with_a_reason_kept_in_its_history(client, newsroom):
    article = newsroom.articles["ar"]
    url = article.url
    login(client, newsroom.users["chief"])
    screen = client.get(f"/admin/newsroom/takedown/{article.pk}/")
    assert screen.status_code == 200 and url in screen.content.decode()
    assert "Take down" in screen.content.decode() and article.title in screen.content.decode()

    response = take_down(client, article)
    assert response.status_code == 302
    article.refresh_from_db()
    assert not article.live
    entry = PageLogEntry.objects.get(page=article, action="newsroom.takedown")
    assert entry.data["reason"] == REASON and entry.data["public"] is False
    assert entry.user.username == newsroom.users["chief"]
    history = client.get(f"/admin/pages/{article.pk}/history/").content.decode()
    assert "Taken down" in history and REASON in history

    gone = Client().get(url)
    assert gone.status_code == 410
    html = gone.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "سُحب هذا المقال" in html
    assert article.title not in html, "the 410 page must not repeat the withdrawn article"
    assert REASON not in html, "the reason stays in the newsroom unless shown to readers"


@pytest.mark.parametrize(
    "lang, notice, reason_label",
    [("ru", "Статья снята с публикации", "Причина:"), ("en", "This article was withdrawn", "Reason:")],
)
def test_the_410_page_speaks_the_articles_language_and_may_give_the_reason(
    client, newsroom, lang, notice, reason_label
):
    article = newsroom.articles[lang]
    reason = {"ru": "Материал нарушал права героя публикации.", "en": "The story named a minor."}[lang]
    login(client, newsroom.users["chief"])
    take_down(client, article, reason, public=True)
    gone = Client().get(article.url)
    html = gone.content.decode()
    assert gone.status_code == 410 and f'<html lang="{lang}" dir="ltr">' in html
    assert notice in html and reason_label in html and reason in html
    assert article.title not in html
    entry = PageLogEntry.objects.get(page=article, action="newsroom.takedown")
    assert entry.data["public"] is True


@pytest.mark.parametrize(
    "role, language, words",
    [
        ("ar-desk", "ar", "رؤساء التحرير"),
        ("translator", "ru", "главные редакторы"),
        ("en-desk", "en", "Only chief editors"),
    ],
)
def test_desks_and_translators_are_refused_in_their_admin_language(client, newsroom, role, language, words):
    add_staff("nour", role, language=language)
    login(client, "nour")
    article = newsroom.articles["ar"]
    for response in (client.get(f"/admin/newsroom/takedown/{article.pk}/"), take_down(client, article)):
        assert response.status_code == 302
        assert words in messages_of(response), messages_of(response)
    article.refresh_from_db()
    assert article.live
    assert not Takedown.objects.exists()
    assert not PageLogEntry.objects.filter(action="newsroom.takedown").exists()
    assert Client().get(article.url).status_code == 200


@pytest.mark.parametrize("reason", ["", "   \n "])
def test_a_takedown_without_a_reason_is_refused_and_nothing_changes(client, newsroom, reason):
    article = newsroom.articles["en"]
    login(client, newsroom.users["chief"])
    response = take_down(client, article, reason)
    assert response.status_code == 200
    assert "a takedown needs a reason" in response.content.decode()
    article.refresh_from_db()
    assert article.live
    assert not Takedown.objects.exists()
    assert not PageLogEntry.objects.filter(page=article, action="newsroom.takedown").exists()
    assert Client().get(article.url).status_code == 200


def test_an_unpublished_article_cannot_be_taken_down(client, newsroom):
    article = newsroom.articles["en"]
    article.unpublish()
    login(client, newsroom.users["chief"])
    response = take_down(client, article)
    assert response.status_code == 302
    assert "Only a published article can be taken down" in messages_of(response)
    assert not Takedown.objects.exists()
    assert Client().get(article.url).status_code == 404


def test_the_originals_translators_are_told_in_their_language(
    client, newsroom, django_capture_on_commit_callbacks
):
    from django.contrib.auth import get_user_model

    original = newsroom.articles["en"]
    translator = get_user_model().objects.get(username=newsroom.users["translator"])
    add_staff("irina", "translator", language="ru")
    irina = get_user_model().objects.get(username="irina")
    russian = make_article(
        newsroom.sections[("news", "ru")],
        "Перевод статьи",
        translation_of=original,
        date=original.date + datetime.timedelta(hours=1),
        owner=irina,
    )
    arabic = make_article(
        newsroom.sections[("news", "ar")],
        "ترجمة المقال",
        translation_of=original,
        date=original.date + datetime.timedelta(hours=2),
    )
    arabic.save_revision(user=translator)
    mail.outbox.clear()

    login(client, newsroom.users["chief"])
    with django_capture_on_commit_callbacks(execute=True):  # the mail leaves once the takedown is saved
        response = take_down(client, original, "Wrong figures throughout.")
    assert response.status_code == 302
    to = {address for message in mail.outbox for address in message.to}
    assert to == {"irina@example.org", f"{translator.username}@example.org"}, to
    (to_irina,) = [message for message in mail.outbox if "irina@example.org" in message.to]
    assert "Оригинал снят" in to_irina.subject and original.title in to_irina.subject
    assert (
        "Wrong figures throughout." in to_irina.body and f"/admin/pages/{russian.pk}/edit/" in to_irina.body
    )
    (to_translator,) = [message for message in mail.outbox if message not in (to_irina,)]
    assert "Original taken down" in to_translator.subject and f"/admin/pages/{arabic.pk}/edit/" in (
        to_translator.body
    )
    # The translations stay published, without the original in their switcher.
    html = Client().get(russian.url).content.decode()
    assert original.url not in html and arabic.url in html

    # A takedown of a translation tells nobody: its people are not the original's translators.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        take_down(client, russian, "Плохой перевод.")
    assert not russian.__class__.objects.get(pk=russian.pk).live
    assert mail.outbox == []


def test_a_chief_publishes_it_again_and_the_address_serves_it(client, newsroom):
    article = newsroom.articles["en"]
    login(client, newsroom.users["chief"])
    take_down(client, article, "Checking a quote.")
    assert Client().get(article.url).status_code == 410
    article.refresh_from_db()
    response = client.post(
        f"/admin/pages/{article.pk}/edit/",
        article_form(article, loaded_revision_id=str(article.latest_revision_id), **{"action-publish": "1"}),
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.live
    assert not Takedown.objects.exists()
    assert Client().get(article.url).status_code == 200
    actions = list(
        PageLogEntry.objects.filter(page=article).order_by("timestamp").values_list("action", flat=True)
    )
    assert "newsroom.takedown" in actions and actions[-1] == "wagtail.publish", actions  # history kept


def test_a_deleted_article_keeps_its_address_gone_and_a_plain_404_stays_404(client, newsroom):
    article = newsroom.articles["ru"]
    url = article.url
    login(client, newsroom.users["chief"])
    take_down(client, article)
    article.delete()
    assert Client().get(url).status_code == 410
    assert Client().get("/ru/news/no-such-article/").status_code == 404
