"""A chief editor corrects a published article; readers see the correction."""

import re

import pytest
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset

from .conftest import login
from .forms import article_form

pytestmark = pytest.mark.django_db
TEXT = "ورد في النسخة السابقة أن الاجتماع عقد في موسكو، والصحيح أنه عقد في قازان."


def correct(client, article, text):
    at = timezone.localtime().strftime("%Y-%m-%d %H:%M")
    return client.post(
        f"/admin/pages/{article.pk}/edit/",
        article_form(
            article,
            corrections=inline_formset([{"at": at, "text": text}]),
            loaded_revision_id=str(article.latest_revision_id),
            **{"action-publish": "1"},
        ),
    )


def test_readers_see_the_correction_in_the_pages_language_and_digits(client, newsroom):
    from django.test import Client

    article = newsroom.articles["ar"]
    login(client, newsroom.users["chief"])
    assert correct(client, article, TEXT).status_code == 302
    html = Client().get(article.url).content.decode()
    assert "تصحيح" in html and TEXT in html
    stamp = re.search(r'class="article__correction">.*?<time[^>]*>([^<]+)</time>', html, re.S).group(1)
    assert re.search("[٠-٩]", stamp) and not re.search("[0-9]", stamp), stamp


def test_russian_article_says_ispravlenie(client, newsroom):
    from django.test import Client

    article = newsroom.articles["ru"]
    login(client, newsroom.users["chief"])
    correct(client, article, "В прежней версии была неверно указана дата встречи.")
    html = Client().get(article.url).content.decode()
    assert "Исправление" in html and "неверно указана дата" in html


def test_an_empty_correction_is_refused_and_nothing_saved(client, newsroom):
    article = newsroom.articles["en"]
    login(client, newsroom.users["chief"])
    revisions = article.revisions.count()
    response = correct(client, article, "   ")
    assert response.status_code == 200
    assert "A correction needs its text." in response.content.decode() or "This field is required" in (
        response.content.decode()
    )
    assert article.revisions.count() == revisions
    assert not article.corrections.exists()
