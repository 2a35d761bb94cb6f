"""The Import flags screens: read-only, translated, formatted, and the three actions."""

import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import formats, timezone, translation
from wagtail.users.models import UserProfile

from hiwar.ingest.models import DuplicateFlag
from hiwar.news.models import ArticlePage

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def login(client, language, username=None):
    user = get_user_model().objects.create_superuser(
        username or f"chief-{language}", f"{language}@ex.org", "pw"
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client


@pytest.fixture
def flag(site_tree, seed_page, import_page, tmp_path):
    """The reference page imported, then a re-sent version with one number changed."""
    assert import_page(seed_page).status == 0
    edited = tmp_path / "مجلد" / "edited.txt"
    edited.parent.mkdir()
    edited.write_text(seed_page.read_text(encoding="utf-8").replace("300 شركة", "320 شركة"), encoding="utf-8")
    assert import_page(edited).status == 0
    return DuplicateFlag.objects.get()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["ar", "ru", "en"])
def test_no_add_edit_or_delete_screens(client, flag, language):
    login(client, language)
    for url in ("/admin/import_flags/new/", f"/admin/import_flags/edit/{flag.pk}/"):
        assert client.get(url).status_code == 404
        assert client.post(url, {"resolved": "on"}).status_code == 404
    assert client.post(f"/admin/import_flags/delete/{flag.pk}/").status_code == 404
    listing = client.get("/admin/import_flags/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "/admin/import_flags/new/" not in html
    assert "/admin/import_flags/edit/" not in html
    assert f"/admin/import_flags/inspect/{flag.pk}/" in html
    assert DuplicateFlag.objects.filter(pk=flag.pk, resolved=False).exists()


PLURAL_TITLES = {"ar": "تنبيهات التكرار", "ru": "Отметки о дубликатах", "en": "Duplicate flags"}
HEADERS = {
    "ar": ["مقالة", "السبب", "التشابه", "وارد من", "تاريخ الورود", "تم تجاهله"],
    "ru": ["Статья", "Причина", "Сходство", "Получено из", "Получено", "Отклонено"],
    "en": ["Article", "Reason", "Similarity", "Received from", "Received", "Dismissed"],
}


def expected_percentage(similarity, language):
    number = str(round(similarity * 100))
    return number.translate(ARABIC_INDIC) + "٪" if language == "ar" else number + "%"


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["ar", "ru", "en"])
def test_listing_is_translated_and_formatted(client, flag, language):
    login(client, language)
    soup = BeautifulSoup(client.get("/admin/import_flags/").content, "html.parser")
    assert PLURAL_TITLES[language] in soup.title.text
    assert "تنبيه تكرارs" not in soup.text
    headers = [" ".join(th.get_text(" ", strip=True).split()) for th in soup.select("table.listing thead th")]
    for header in HEADERS[language]:
        assert any(header.casefold() == text.casefold() for text in headers), (header, headers)
    row = soup.select_one("table.listing tbody tr")
    cells = row.get_text(" ", strip=True)
    assert expected_percentage(flag.similarity, language) in cells
    assert "False" not in cells and "0," not in cells and "0." not in cells
    bdi = row.find("bdi")
    assert bdi is not None and bdi["dir"] == "ltr" and bdi.text == flag.origin
    assert row.find("svg") is not None  # the dismissed column is an icon, not a word


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["ar", "ru", "en"])
def test_inspect_compares_side_by_side_in_local_time(client, flag, language):
    login(client, language)
    response = client.get(f"/admin/import_flags/inspect/{flag.pk}/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    existing = soup.select_one('[data-side="existing"]')
    incoming = soup.select_one('[data-side="incoming"]')
    assert [m.text for m in existing.find_all("mark")] == ["300"]
    assert [m.text for m in incoming.find_all("mark")] == ["320"]
    assert "شركة" in incoming.text and "{'" not in soup.text  # words, not a Python dict
    assert soup.find("bdi", dir="ltr").text == flag.origin
    with translation.override(language), timezone.override("Europe/Moscow"):
        local = formats.date_format(timezone.localtime(flag.created_at), "DATETIME_FORMAT")
    assert local in soup.text  # the admin's time zone (settings.TIME_ZONE), not UTC
    buttons = [b["data-action"] for b in soup.select(".hiwar-flag-actions button")]
    assert buttons == ["keep", "replace", "different-story"]
    assert all(
        form.find("input", {"name": "csrfmiddlewaretoken"})
        for form in soup.select(".hiwar-flag-actions form")
    )


def post_action(client, flag, action):
    return client.post(f"/admin/import_flags/resolve/{flag.pk}/{action}/")


def body_text(page):
    return " ".join(
        str(block.value.source if block.block_type == "paragraph" else block.value) for block in page.body
    )


@pytest.mark.django_db
def test_keep_closes_the_flag_and_leaves_the_article(client, flag):
    login(client, "en")
    before = body_text(flag.article)
    assert client.get(f"/admin/import_flags/resolve/{flag.pk}/keep/").status_code == 405
    assert post_action(client, flag, "keep").status_code == 302
    flag.refresh_from_db()
    assert flag.resolved
    assert body_text(ArticlePage.objects.get(pk=flag.article_id).get_latest_revision_as_object()) == before
    assert ArticlePage.objects.count() == 1


@pytest.mark.django_db
def test_replace_makes_a_draft_revision_and_publishes_nothing(client, flag):
    article = ArticlePage.objects.get(pk=flag.article_id)
    article.save_revision().publish()
    login(client, "ar")
    response = post_action(client, flag, "replace")
    assert response.status_code == 302 and response["Location"] == f"/admin/pages/{article.pk}/edit/"
    article.refresh_from_db()
    assert "300 شركة" in body_text(article)  # what readers see is unchanged
    assert article.has_unpublished_changes
    assert "320 شركة" in body_text(article.get_latest_revision_as_object())
    flag.refresh_from_db()
    assert flag.resolved


@pytest.mark.django_db
def test_different_story_makes_a_new_draft_article(client, flag):
    login(client, "ru")
    response = post_action(client, flag, "different-story")
    assert response.status_code == 302
    new = ArticlePage.objects.exclude(pk=flag.article_id).get()
    assert response["Location"] == f"/admin/pages/{new.pk}/edit/"
    assert new.live is False
    assert new.get_parent().pk == flag.article.get_parent().pk
    assert "320 شركة" in body_text(new)
    assert new.slug != flag.article.slug
    flag.refresh_from_db()
    assert flag.resolved


@pytest.mark.django_db
def test_actions_need_the_csrf_token_and_a_known_action(flag):
    client = Client(enforce_csrf_checks=True)
    login(client, "en")
    assert post_action(client, flag, "keep").status_code == 403
    page = client.get(f"/admin/import_flags/inspect/{flag.pk}/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    response = client.post(f"/admin/import_flags/resolve/{flag.pk}/nonsense/", {"csrfmiddlewaretoken": token})
    assert response.status_code == 404
    response = client.post(f"/admin/import_flags/resolve/{flag.pk}/keep/", {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    flag.refresh_from_db()
    assert flag.resolved


@pytest.mark.django_db
def test_an_editor_without_page_rights_cannot_act(client, flag):
    from django.contrib.auth.models import Permission

    user = get_user_model().objects.create_user("reader", "r@ex.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert post_action(client, flag, "replace").status_code in (302, 403)
    flag.refresh_from_db()
    assert not flag.resolved
