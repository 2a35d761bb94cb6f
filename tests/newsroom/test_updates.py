"""The "Updated" stamp: a version published after the first publication and marked
as an update shows "updated at …" beside the publication date, in the page's
language and digits; the mark is part of that version's revision."""

import re

import pytest
from django.test import Client

from hiwar.news.models import ArticlePage
from tests.factories import make_article

from .conftest import login
from .forms import article_form

pytestmark = pytest.mark.django_db


def publish(client, article, **fields):
    article = ArticlePage.objects.get(pk=article.pk)
    return client.post(
        f"/admin/pages/{article.pk}/edit/",
        article_form(
            article, loaded_revision_id=str(article.latest_revision_id), **{"action-publish": "1"}, **fields
        ),
    )


def stamp(html):
    found = re.search(r'class="article__updated">(.*?)<time datetime="([^"]+)">([^<]+)</time>', html, re.S)
    return found and (found.group(1).strip(), found.group(2), found.group(3))


def test_a_marked_update_shows_in_the_pages_language_and_digits(client, newsroom):
    article = newsroom.articles["ar"]
    assert stamp(Client().get(article.url).content.decode()) is None
    login(client, newsroom.users["chief"])
    assert publish(client, article, marked_as_update="on").status_code == 302
    article.refresh_from_db()
    assert article.updated_at == article.last_published_at
    assert article.live_revision.content["marked_as_update"] is True  # kept in its revision

    word, _machine, shown = stamp(Client().get(article.url).content.decode())
    assert word == "آخر تحديث"
    assert re.search("[٠-٩]", shown) and not re.search("[0-9]", shown), shown


def test_russian_says_obnovleno_and_json_ld_dates_the_update(client, newsroom):
    article = newsroom.articles["ru"]
    login(client, newsroom.users["chief"])
    publish(client, article, marked_as_update="on")
    html = Client().get(article.url).content.decode()
    word, machine, shown = stamp(html)
    assert word == "Обновлено" and re.search("[0-9]", shown)
    assert f'"dateModified": "{machine}"' in html


def test_a_later_unmarked_version_keeps_the_stamp_and_starts_unticked(client, newsroom):
    article = newsroom.articles["en"]
    login(client, newsroom.users["chief"])
    publish(client, article, marked_as_update="on")
    article.refresh_from_db()
    first_stamp = article.updated_at

    editor = client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    checkbox = re.search(r'<input[^>]*name="marked_as_update"[^>]*>', editor).group(0)
    assert "checked" not in checkbox, "a new version starts unmarked"

    assert publish(client, article, title="A typo fixed").status_code == 302
    article.refresh_from_db()
    assert article.title == "A typo fixed"
    assert article.updated_at == first_stamp
    assert article.last_published_at > first_stamp


def test_the_first_publication_is_no_update(client, newsroom):
    draft = make_article(newsroom.sections[("news", "en")], "A draft", live=False)
    login(client, newsroom.users["chief"])
    assert publish(client, draft, marked_as_update="on").status_code == 302
    draft.refresh_from_db()
    assert draft.live and draft.updated_at is None
    assert stamp(Client().get(draft.url).content.decode()) is None
