"""What the editor sees in the Wagtail admin about imported articles."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from hiwar.ingest.models import DuplicateFlag
from hiwar.news.models import ArticlePage


@pytest.fixture
def editor_client(client, db):
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.create_superuser("chief", "chief@example.com", "pw")
    # The admin follows the editor's language (Arabic by default); these checks read English.
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


def test_edit_page_shows_flags_slips_and_credit(site_tree, seed_page, import_page, editor_client, tmp_path):
    import_page(seed_page)
    article = ArticlePage.objects.get()
    edited = tmp_path / "edited.txt"
    edited.write_text(seed_page.read_text(encoding="utf-8").replace("300 شركة", "320 شركة"), encoding="utf-8")
    import_page(edited)
    response = editor_client.get(f"/admin/pages/{article.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"received from {edited} (similarity" in html  # the open duplicate flag
    assert "مجلس الاتحاد الروسي" in html  # the photo credit to attach
    assert "الوزيرلافروف" in html  # a slip, in the proofreading panel
    assert "Check before publishing" not in html  # listed once, by the panel, not again as a message


def test_import_flags_listing(site_tree, seed_page, import_page, editor_client, tmp_path):
    import_page(seed_page)
    edited = tmp_path / "edited.txt"
    edited.write_text(seed_page.read_text(encoding="utf-8").replace("300 شركة", "320 شركة"), encoding="utf-8")
    import_page(edited)
    flag = DuplicateFlag.objects.get()
    listing = editor_client.get("/admin/import_flags/")
    assert listing.status_code == 200
    assert str(flag.article.title) in listing.content.decode()
    inspect = editor_client.get(f"/admin/import_flags/inspect/{flag.pk}/")
    assert inspect.status_code == 200
    # The incoming version's words, the changed one marked (`<mark>320</mark> شركة`).
    incoming = BeautifulSoup(inspect.content, "html.parser").select_one('[data-side="incoming"]')
    assert "320 شركة" in " ".join(incoming.get_text().split())


def test_pages_not_imported_show_nothing(site_tree, editor_client):
    from tests.factories import make_article

    article = make_article(site_tree.sections[("news", "en")], "Written here")
    response = editor_client.get(f"/admin/pages/{article.pk}/edit/")
    assert response.status_code == 200
    assert "Check before publishing" not in response.content.decode()


def test_arabic_editor_reads_the_notices_in_arabic(site_tree, seed_page, import_page, client, tmp_path):
    user = get_user_model().objects.create_superuser("rais", "rais@example.com", "pw")
    client.force_login(user)  # no preferred language: the site's default, Arabic
    import_page(seed_page)
    article = ArticlePage.objects.get()
    edited = tmp_path / "edited.txt"
    edited.write_text(seed_page.read_text(encoding="utf-8").replace("300 شركة", "320 شركة"), encoding="utf-8")
    import_page(edited)
    html = client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    assert f"وارد من {edited}" in html
    assert "التدقيق اللغوي" in html  # the proofreading panel, which lists the copy's slips
    assert "رقم ملتصق بكلمة" in html  # `الـ 30الماضية`: a number glued to a word
