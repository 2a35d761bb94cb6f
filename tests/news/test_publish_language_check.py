"""Publishing text in the wrong script is refused in the admin (a draft may be saved)."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from hiwar.news.models import ArticlePage
from tests.factories import make_article

ARABIC_TITLE = "وزير الخارجية يبحث مشروع الممر الشمالي"
ARABIC_BODY = "نص عربي كامل لم يترجم بعد إلى الروسية"
MESSAGES = {
    "ar": "تتبع هذه الصفحة موقع الروسية لكن معظم نصها العربية",
    "ru": "Эта страница относится к сайту на языке «русский», но её текст в основном на языке «арабский»",
    "en": "This page belongs to the Russian site but its text is mostly in Arabic",
}


def login(client, language):
    user = get_user_model().objects.create_superuser(f"chief-{language}", f"{language}@ex.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)


def edit_data(article, title, text, action):
    data = nested_form_data(
        {
            "title": title,
            "slug": article.slug,
            "date": "2026-11-30 10:00",
            "summary": "",
            "lead_image_caption": "",
            "body": streamfield([("paragraph", rich_text(f"<p>{text}</p>"))]),
            "source_name": "",
            "source_url": "",
            "author": "",
            "tags": "",
            "comments": inline_formset([]),
            "corrections": inline_formset([]),
        }
    )
    data[action] = "1"
    return data


@pytest.fixture
def untranslated(site_tree):
    return make_article(site_tree.sections[("news", "ru")], ARABIC_TITLE, live=False)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["ar", "ru", "en"])
def test_publishing_arabic_text_under_russian_is_refused(client, untranslated, language):
    login(client, language)
    url = f"/admin/pages/{untranslated.pk}/edit/"
    response = client.post(url, edit_data(untranslated, ARABIC_TITLE, ARABIC_BODY, "action-publish"))
    assert response.status_code == 200
    assert MESSAGES[language] in response.content.decode()
    untranslated.refresh_from_db()
    assert untranslated.live is False


@pytest.mark.django_db
def test_the_untranslated_text_can_still_be_saved_as_a_draft(client, untranslated):
    login(client, "en")
    url = f"/admin/pages/{untranslated.pk}/edit/"
    response = client.post(url, edit_data(untranslated, ARABIC_TITLE, ARABIC_BODY + " مسودة", "action-save"))
    assert response.status_code == 302
    untranslated.refresh_from_db()
    assert untranslated.live is False
    assert "مسودة" in str(untranslated.get_latest_revision_as_object().body)


@pytest.mark.django_db
def test_translated_text_is_published(client, untranslated):
    login(client, "ru")
    url = f"/admin/pages/{untranslated.pk}/edit/"
    data = edit_data(
        untranslated, "Министр обсудил Северный коридор", "Полный русский текст статьи", "action-publish"
    )
    response = client.post(url, data)
    assert response.status_code == 302
    assert ArticlePage.objects.get(pk=untranslated.pk).live is True


@pytest.mark.django_db
@pytest.mark.parametrize(
    "admin_language, page_language, direction",
    [("ru", "ar", "rtl"), ("en", "ar", "rtl"), ("ar", "ru", "ltr"), ("ar", "en", "ltr")],
)
def test_the_editor_types_in_the_pages_language_and_direction(
    client, site_tree, admin_language, page_language, direction
):
    """An Arabic title in a Russian admin is typed right-to-left, and a Russian one in an
    Arabic admin left-to-right, on the edit form and on the form of a new article."""
    import re

    login(client, admin_language)
    section = site_tree.sections[("news", page_language)]
    article = make_article(section, "عنوان" if page_language == "ar" else "Title", live=False)
    for url in (f"/admin/pages/{article.pk}/edit/", f"/admin/pages/add/news/articlepage/{section.pk}/"):
        html = client.get(url).content.decode()
        for name in ("title", "summary"):
            tag = re.search(rf'<(?:input|textarea)[^>]*name="{name}"[^>]*>', html).group(0)
            assert f'lang="{page_language}"' in tag and f'dir="{direction}"' in tag, (url, tag)
        slug = re.search(r'<input[^>]*name="slug"[^>]*>', html).group(0)
        assert "dir=" not in slug, slug
