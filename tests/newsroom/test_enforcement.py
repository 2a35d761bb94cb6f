"""Every role tries what it may not do, logged in through the admin's login form:
each attempt is answered 403 or with a redirect and a message, and the database is
unchanged. What the role may do succeeds."""

import io

import pytest
from django.contrib.messages import get_messages
from django.core.management import call_command
from wagtail.models import Collection, Page, Revision
from wagtail.test.utils.form_data import rich_text, streamfield

from hiwar.news.models import ArticlePage
from tests.factories import make_image

from .conftest import login
from .forms import article_form

pytestmark = pytest.mark.django_db


def snapshot():
    """What a forbidden action must leave as it was."""
    return (
        Page.objects.count(),
        Revision.objects.count(),
        list(Page.objects.order_by("pk").values_list("pk", "path", "live", "title", "latest_revision_id")),
    )


def assert_refused(response, client):
    if response.status_code == 302:
        messages = [str(message) for message in get_messages(response.wsgi_request)]
        assert messages, f"redirect to {response.url} without a message"
    else:
        assert response.status_code == 403, response.status_code


def forbidden_requests(site, lang):
    """(method, url, data) for every edit an editor outside `lang`'s tree must not make."""
    article = site.articles[lang]
    section = site.sections[("news", lang)]
    other_section = site.sections[("analysis", lang)]
    revision = article.latest_revision
    return [
        ("get", f"/admin/pages/add/news/articlepage/{section.pk}/", None),
        ("post", f"/admin/pages/add/news/articlepage/{section.pk}/", article_form(slug="intruder")),
        ("post", f"/admin/pages/{article.pk}/edit/", article_form(article, title="Changed by an intruder")),
        ("post", f"/admin/pages/{article.pk}/delete/", {}),
        ("post", f"/admin/pages/{article.pk}/move/{other_section.pk}/confirm/", {}),
        (
            "post",
            f"/admin/pages/{article.pk}/copy/",
            {"new_title": "Copy", "new_slug": "copy", "new_parent_page": section.pk, "publish_copies": "on"},
        ),
        ("post", f"/admin/pages/{article.pk}/unpublish/", {}),
        ("get", f"/admin/pages/{article.pk}/revisions/{revision.pk}/revert/", None),
        ("post", f"/admin/bulk/wagtailcore/page/delete/?id={article.pk}", {}),
        ("post", f"/admin/bulk/wagtailcore/page/unpublish/?id={article.pk}", {}),
        ("post", f"/admin/bulk/wagtailcore/page/move/?id={article.pk}", {"chooser": other_section.pk}),
    ]


@pytest.mark.parametrize("role, lang", [("ar-desk", "ru"), ("ru-desk", "en"), ("en-desk", "ar")])
def test_a_desk_changes_nothing_in_another_languages_tree(client, newsroom, role, lang):
    login(client, newsroom.users[role])
    before = snapshot()
    for method, url, data in forbidden_requests(newsroom, lang):
        response = getattr(client, method)(url, data) if data is not None else client.get(url)
        assert_refused(response, client)
        assert snapshot() == before, f"{method} {url} changed the database"


def test_a_translator_creates_no_original_in_any_tree(client, newsroom):
    login(client, newsroom.users["translator"])
    before = snapshot()
    for lang in ("ar", "ru", "en"):
        section = newsroom.sections[("news", lang)]
        response = client.post(f"/admin/pages/add/news/articlepage/{section.pk}/", article_form(slug="orig"))
        assert_refused(response, client)
    assert snapshot() == before


@pytest.mark.parametrize("role", ["translator", "ar-desk"])
def test_publishing_without_the_publish_permission_publishes_nothing(client, newsroom, role):
    article = newsroom.articles["ar"]
    login(client, newsroom.users[role])
    live_revision = article.live_revision_id
    client.post(
        f"/admin/pages/{article.pk}/edit/",
        article_form(article, title="Rewritten", **{"action-publish": "1"}),
    )
    article.refresh_from_db()
    assert article.live_revision_id == live_revision
    assert ArticlePage.objects.live().filter(title="Rewritten").count() == 0
    # The publish button is not offered to them at all.
    html = client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    assert 'name="action-publish"' not in html


def test_a_translator_edits_in_every_language(client, newsroom):
    login(client, newsroom.users["translator"])
    for lang in ("ar", "ru", "en"):
        article = newsroom.articles[lang]
        response = client.post(
            f"/admin/pages/{article.pk}/edit/", article_form(article, title=f"Edited {lang}")
        )
        assert response.status_code == 302
        assert response.url.endswith(f"/admin/pages/{article.pk}/edit/")
        article.refresh_from_db()
        assert article.get_latest_revision().as_object().title == f"Edited {lang}"


def test_a_desk_creates_and_edits_in_its_own_tree(client, newsroom):
    login(client, newsroom.users["ar-desk"])
    section = newsroom.sections[("news", "ar")]
    response = client.post(
        f"/admin/pages/add/news/articlepage/{section.pk}/",
        article_form(title="خبر جديد", slug="khabar-jadid"),
    )
    assert response.status_code == 302
    draft = ArticlePage.objects.child_of(section).get(slug="khabar-jadid")
    assert not draft.live
    article = newsroom.articles["ar"]
    response = client.post(f"/admin/pages/{article.pk}/edit/", article_form(article, title="عنوان معدل"))
    assert response.status_code == 302


def test_a_chief_editor_publishes_in_every_language(client, newsroom):
    login(client, newsroom.users["chief"])
    # Each copy's text is in its own language: the publish check refuses a Russian page in English.
    bodies = {
        "ar": "كلمات قليلة عن الخبر.",
        "ru": "Несколько слов о новости.",
        "en": "A few words on the news.",
    }
    for lang in ("ar", "ru", "en"):
        article = newsroom.articles[lang]
        body = streamfield([("paragraph", rich_text(f"<p>{bodies[lang]}</p>"))])
        response = client.post(
            f"/admin/pages/{article.pk}/edit/",
            article_form(article, title=f"Chief {lang}", body=body, **{"action-publish": "1"}),
        )
        assert response.status_code == 302
        article.refresh_from_db()
        assert article.title == f"Chief {lang}" and article.live


def test_the_image_library_of_another_desk_is_closed(client, newsroom):
    russian = Collection.objects.get(name="Russian desk")
    image = make_image()
    image.collection = russian
    image.save()
    login(client, newsroom.users["ar-desk"])
    title = image.title
    for method, url in (("get", f"/admin/images/{image.pk}/"), ("post", f"/admin/images/{image.pk}/delete/")):
        assert_refused(getattr(client, method)(url), client)
    image.refresh_from_db()
    assert image.title == title
    listing = client.get("/admin/images/").content.decode()
    assert f"/admin/images/{image.pk}/" not in listing
    # Its own collection and the shared one are open.
    image.collection = Collection.objects.get(name="Shared")
    image.save()
    assert client.get(f"/admin/images/{image.pk}/").status_code == 200


def test_the_import_commands_run_for_a_user_respect_the_desk(newsroom, tmp_path):
    page = tmp_path / "story.txt"
    page.write_text(
        "Ru En\nЛавров встретился с министром\n14 сентября 2022\n"
        "Министр иностранных дел России Сергей Лавров провёл переговоры с коллегой.\n"
        "\u00a0\nСтороны обсудили сотрудничество в торговле и экономике в ближайшие годы.\n",
        encoding="utf-8",
    )
    before = ArticlePage.objects.count()
    with pytest.raises(SystemExit):
        call_command(
            "import_page",
            str(page),
            "--lang",
            "ru",
            "--user",
            "ar.desk",
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )
    assert ArticlePage.objects.count() == before
    with pytest.raises(SystemExit):  # a desk may add, but not publish
        call_command(
            "import_page", str(page), "--lang", "ru", "--user", "ru.desk", "--publish",
            stdout=io.StringIO(), stderr=io.StringIO(),
        )  # fmt: skip
    assert ArticlePage.objects.count() == before
    call_command(
        "import_page",
        str(page),
        "--lang",
        "ru",
        "--user",
        "ru.desk",
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )
    assert ArticlePage.objects.count() == before + 1
