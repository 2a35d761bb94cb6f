"""In the real admin, in Chromium: the slug typed from an Arabic title is the server's
(hiwar.text.slugs), and the image form opened from an imported article's edit page
starts with the credit the source page gave its photo."""

import re

import pytest

from .conftest import serve

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

USERNAME, PASSWORD = "slug.desk", "Qazan-2025-saffron!"
TITLE = "وزير الخارجية يستقبل نظيره الطاجيكي"
CREDIT = "مجلس الاتحاد الروسي"


def build():
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    from hiwar.ingest.models import ImportRecord
    from tests.factories import make_article, make_site_tree

    _, _, sections = make_site_tree()
    user = get_user_model().objects.create_superuser(USERNAME, "slug@example.org", PASSWORD)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ar"
    profile.save()
    imported = make_article(sections[("news", "ar")], "خبر مستورد بلا صورة", live=False)
    ImportRecord.objects.create(
        key="url:https://example.org/imported",
        kind=ImportRecord.PAGE,
        origin="/tmp/imported.txt",
        lang="ar",
        fingerprint="0" * 64,
        signature=b"",
        article=imported,
        photo_credit=CREDIT,
    )
    return {"section": sections[("news", "ar")], "imported": imported}


@pytest.fixture(scope="module")
def admin_site(django_db_setup, django_db_blocker, playwright_driver):
    with serve(django_db_blocker, build) as site:
        yield site


def log_in(page):
    page.goto("/admin/login/")
    page.fill("#id_username", USERNAME)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def test_arabic_title_gets_the_servers_slug(admin_site, open_page):
    from hiwar.text.slugs import slugify_title

    page = open_page(admin_site, "desktop")
    log_in(page)
    page.goto(f"/admin/pages/add/news/articlepage/{admin_site.content['section'].pk}/")
    page.locator("#id_title").press_sequentially(TITLE, delay=5)
    page.locator("#id_title").blur()
    expected = slugify_title(TITLE)
    assert expected.startswith("wzyr-alkharjyt")
    page.wait_for_function(
        "expected => document.querySelector('input[name=slug]').value === expected", arg=expected
    )


def test_image_upload_from_an_imported_article_starts_with_its_credit(admin_site, open_page):
    page = open_page(admin_site, "desktop")
    log_in(page)
    page.goto(f"/admin/pages/{admin_site.content['imported'].pk}/edit/")
    page.locator("[data-chooser-action-choose]").first.click()
    modal = page.locator(".modal-dialog")
    modal.wait_for()
    credit = modal.locator("input[name$='credit']").first
    credit.wait_for(state="attached")
    page.wait_for_function(
        "expected => [...document.querySelectorAll('.modal input[name$=credit]')].some(i => i.value === expected)",
        arg=CREDIT,
    )


def test_a_page_not_imported_gets_no_credit(admin_site, open_page):
    page = open_page(admin_site, "desktop")
    log_in(page)
    page.goto(f"/admin/pages/add/news/articlepage/{admin_site.content['section'].pk}/")
    page.locator("[data-chooser-action-choose]").first.click()
    modal = page.locator(".modal-dialog")
    modal.wait_for()
    modal.locator("input[name$='credit']").first.wait_for(state="attached")
    assert modal.locator("input[name$='credit']").first.input_value() == ""
