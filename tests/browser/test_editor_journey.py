"""An Arabic desk editor's journey through the real admin, in a real browser:

log in at /admin/ (admin language: Arabic), create an article under the Arabic
"أخبار" section with a subheading and a lead image uploaded through the image
chooser with its credit, publish it. Then an anonymous reader finds it on the
Arabic home page and in Arabic search, dated in Arabic-Indic digits, with the credit
under the image.
"""

import re
import tempfile
import types
from pathlib import Path

import pytest

from .admin import settle, wait_for_redirect
from .checks import ARABIC_INDIC, LATIN_DIGIT, image_credits, looks_like_date_in
from .conftest import serve

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

USERNAME, PASSWORD = "layla.desk", "Qazan-2025-saffron!"
TITLE = "البرلمان التتاري يصادق على اتفاقية التعاون الثقافي مع المغرب"
SUMMARY = "صادق مجلس الدولة في جمهورية تتارستان على اتفاقية للتعاون الثقافي مع المملكة المغربية."
PARAGRAPH = (
    "وتنص الاتفاقية على تبادل الفرق الفنية وترجمة أعمال أدبية من التترية إلى العربية خلال العامين المقبلين."
)
SUBHEADING = "تبادل ثقافي وأكاديمي"
SEARCH_WORD = "المغربية"
CREDIT = "المكتب الصحفي لمجلس الدولة"


def build_newsroom():
    """The site tree and an Arabic desk editor who may add, edit and publish pages
    and upload images, with the admin in Arabic."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission
    from wagtail.users.models import UserProfile

    from tests.factories import make_site_tree

    locales, homes, sections = make_site_tree()
    group = Group.objects.create(name="Arabic desk (browser test)")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=homes["ar"],
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )
    root_collection = Collection.get_first_root_node()
    # Wagtail checks image permissions on wagtailimages.Image, even with a custom image model.
    for codename in ("add_image", "change_image", "choose_image"):
        GroupCollectionPermission.objects.create(
            group=group,
            collection=root_collection,
            permission=Permission.objects.get(content_type__app_label="wagtailimages", codename=codename),
        )
    user = get_user_model().objects.create_user(USERNAME, "layla@example.org", PASSWORD, first_name="ليلى")
    user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ar"
    profile.save()
    return types.SimpleNamespace(homes=homes, sections=sections, user=user)


@pytest.fixture(scope="module")
def newsroom(django_db_setup, django_db_blocker, playwright_driver):
    with serve(django_db_blocker, build_newsroom) as site:
        yield site


@pytest.fixture
def jpeg():
    from PIL import Image, ImageDraw

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "majlis-kazan.jpg"
        image = Image.new("RGB", (1200, 800), (22, 96, 110))
        draw = ImageDraw.Draw(image)
        for x in range(0, 1200, 60):
            draw.rectangle([x, 500, x + 40, 800], fill=(230, 200, 120))
        image.save(path, "JPEG", quality=85)
        yield path


def test_arabic_editor_publishes_an_article_a_reader_finds(newsroom, open_page, shoot, jpeg):
    section = newsroom.content.sections[("news", "ar")]
    page = open_page(newsroom, "desktop")
    step = iter(range(1, 100))

    def snap(label):
        shoot(page, f"editor-{next(step)}-{label}")

    # Log in; the admin speaks Arabic, right to left.
    page.goto("/admin/login/")
    page.fill("#id_username", USERNAME)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))
    snap("dashboard")
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == ["ar", "rtl"]

    # The "add child page" form of the Arabic news section (only articles go there).
    page.goto(f"/admin/pages/{section.pk}/add_subpage/")
    if "/add_subpage/" in page.url:
        page.locator("a[href*='/admin/pages/add/news/articlepage/']").first.click()
    page.wait_for_url(re.compile(r"/admin/pages/add/news/articlepage/"))
    page.fill("#id_title", TITLE)
    page.fill("#id_summary", SUMMARY)
    snap("create-form")

    # Lead image: upload through the image chooser, credit included.
    page.locator("[data-chooser-action-choose]").first.click()
    modal = page.locator(".modal-dialog")
    modal.wait_for()
    upload_tab = modal.locator("a[href='#tab-upload'], [role=tab][aria-controls*='upload']")
    if upload_tab.count():
        upload_tab.first.click()
    snap("chooser")
    modal.locator("input[type=file]").set_input_files(str(jpeg))
    modal.locator("input[name$='title']").fill("مجلس الدولة في قازان")
    modal.locator("input[name$='credit']").fill(CREDIT)
    modal.locator("form[enctype] button[type=submit], form[enctype] input[type=submit]").first.click()
    modal.wait_for(state="detached")
    snap("image-chosen")

    # Body: a paragraph and a subheading.
    body = page.locator("[data-contentpath=body]")
    add_block(page, body.locator(".c-sf-add-button").last, "فقرة")
    editor = body.locator("[contenteditable=true]").last
    editor.click()
    page.keyboard.type(PARAGRAPH)
    add_block(page, body.locator(".c-sf-add-button").last, "عنوان فرعي")
    body.locator("input[type=text][name$='-value']").last.fill(SUBHEADING)
    snap("body")

    # Publish from the action menu under "Save draft".
    settle(page)
    page.locator("footer [aria-label], .w-dropdown__toggle").last.click()
    snap("action-menu")
    page.locator("button[name=action-publish]").click()
    wait_for_redirect(page, re.compile(r"/admin/pages/\d+/$"))
    snap("published")
    assert page.locator(f"text={TITLE}").count() >= 1, "the new article is not in the section's listing"

    from hiwar.news.models import ArticlePage

    article = ArticlePage.objects.get(title=TITLE)
    assert article.live and article.locale.language_code == "ar" and article.get_parent().pk == section.pk
    assert article.lead_image.credit == CREDIT

    # An anonymous reader, on a phone, in a fresh browser context.
    reader = open_page(newsroom, "phone")
    reader.goto("/ar/")
    link = reader.locator(f'main a[href="{article.url}"]')
    assert link.count() >= 1, f"{TITLE!r} is not on the Arabic home page"
    card_dates = reader.locator("main time").all_inner_texts()
    assert card_dates and all(looks_like_date_in("ar", text) for text in card_dates), card_dates
    shoot(reader, "editor-reader-1-home")

    link.first.click()
    reader.wait_for_url(f"**{article.url}")
    assert reader.locator("h1").inner_text().strip() == TITLE
    date = reader.locator(".article__meta time").inner_text().strip()
    assert ARABIC_INDIC.search(date) and not LATIN_DIGIT.search(date), (
        f"date {date!r} is not in Arabic-Indic digits"
    )
    assert looks_like_date_in("ar", date), date
    assert reader.locator(".article__subheading").all_inner_texts() == [SUBHEADING]
    assert PARAGRAPH in reader.locator(".article__body").inner_text()
    credits = image_credits(reader)
    assert len(credits) == 1 and credits[0]["creditVisible"], credits
    assert credits[0]["credit"] == f"الصورة: {CREDIT}", credits
    shoot(reader, "editor-reader-2-article")

    reader.goto("/ar/search/")
    reader.locator("main input[name='q']").fill(SEARCH_WORD)
    reader.locator("main input[name='q']").press("Enter")
    reader.wait_for_url(re.compile(r"[?&]q="))
    shoot(reader, "editor-reader-3-search")
    result = reader.locator(f'main a[href="{article.url}"]')
    assert result.count() >= 1, f"Arabic search for {SEARCH_WORD!r} does not find the new article"
    result_dates = reader.locator("main time").all_inner_texts()
    assert result_dates and all(ARABIC_INDIC.search(text) for text in result_dates), result_dates


def add_block(page, button, label):
    button.click()
    page.get_by_role("option", name=label, exact=True).click()
