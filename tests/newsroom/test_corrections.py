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


def json_ld_of(html):
    import json

    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(found.group(1))


def feed_updated(client, lang, link_end):
    import feedparser

    feed = feedparser.parse(client.get(f"/{lang}/feed/atom/").content)
    (entry,) = [entry for entry in feed.entries if entry.link.endswith(link_end)]
    return entry.updated_parsed


def test_json_ld_and_the_feed_carry_the_correction(client, newsroom):
    import time

    from django.test import Client

    from hiwar.core.dates import machine_datetime

    reader = Client()
    article = newsroom.articles["ar"]
    before = json_ld_of(reader.get(article.url).content.decode())
    assert "correction" not in before
    feed_before = feed_updated(reader, "ar", article.url)
    time.sleep(1.1)  # the feed's dates are to the second

    login(client, newsroom.users["chief"])
    assert correct(client, article, TEXT).status_code == 302
    article.refresh_from_db()
    (correction,) = article.corrections.all()

    data = json_ld_of(reader.get(article.url).content.decode())
    assert data["correction"] == [
        {"@type": "CorrectionComment", "text": TEXT, "datePublished": machine_datetime(correction.at)}
    ]
    assert data["dateModified"] > before["dateModified"]
    assert data["dateModified"] >= machine_datetime(correction.at)
    assert feed_updated(reader, "ar", article.url) > feed_before
