"""What a translator does from the dashboard: see what changed (the source diff, the
notice on the editor), mark reviewed, translate a story, fix a wrong source link."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.rich_text import RichText

from hiwar.news.models import ArticlePage
from hiwar.translations.models import State, TranslationLink
from tests.factories import make_article, make_image, paragraph

from .conftest import ARABIC_BODY, by_hand, by_localize, state

pytestmark = pytest.mark.django_db
NEW_PARAGRAPH = "وأضاف الوزير أن التمويل سيبدأ في الربع الأول."


def correct(source):
    page = ArticlePage.objects.get(pk=source.pk)
    page.body = [("paragraph", RichText(f"<p>{ARABIC_BODY}</p><p>{NEW_PARAGRAPH}</p>"))]
    page.title = page.title + " مجدداً"
    page.save_revision().publish()
    return page


@pytest.fixture(params=["by_hand", "localize"])
def outdated(request, site_tree, arabic, client, editor):
    make = {"by_hand": by_hand, "localize": by_localize}[request.param]
    translation = make(site_tree, arabic, client, editor)
    correct(arabic)
    client.force_login(editor)
    return arabic, translation


def test_diff_shows_what_changed_in_the_source(client, outdated):
    source, translation = outdated
    response = client.get(reverse("translations:diff", args=[translation.pk]))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    diff = soup.select_one("ol.hiwar-tr-diff")
    assert diff["dir"] == "rtl" and diff["lang"] == "ar"
    assert [li.get_text(strip=True) for li in diff.select("li.hiwar-tr-added")] == [
        source.title + " مجدداً",
        NEW_PARAGRAPH,
    ]
    assert [li.get_text(strip=True) for li in diff.select("li.hiwar-tr-removed")] == [source.title]
    assert [li.get_text(strip=True) for li in diff.select("li.hiwar-tr-same")] == [ARABIC_BODY]


def test_the_editor_of_an_outdated_translation_links_to_the_diff(client, outdated):
    _source, translation = outdated
    response = client.get(reverse("wagtailadmin_pages:edit", args=[translation.pk]))
    assert response.status_code == 200
    text = response.content.decode()
    assert "The source of this translation has changed since it was translated." in text
    assert reverse("translations:diff", args=[translation.pk]) in text


def test_no_notice_once_reviewed_and_readers_see_nothing(client, outdated):
    _source, translation = outdated
    page = ArticlePage.objects.get(pk=translation.pk)
    reader = client.__class__()
    before = reader.get(page.url).content.decode()
    assert "The source of this translation" not in before and "hiwar-tr" not in before
    diff = client.get(reverse("translations:diff", args=[translation.pk])).content.decode()
    review = reverse("translations:review", args=[translation.pk])
    assert review in diff
    response = client.post(review, {"next": reverse("wagtailadmin_pages:edit", args=[translation.pk])})
    assert response.status_code == 302
    assert state(translation) == State.UP_TO_DATE
    text = client.get(reverse("wagtailadmin_pages:edit", args=[translation.pk])).content.decode()
    assert "has changed since it was translated" not in text
    assert reader.get(page.url).content.decode().count(page.title) == before.count(page.title)


def test_review_refuses_get_originals_and_strangers(client, editor, site_tree, arabic, django_user_model):
    client.force_login(editor)
    assert client.get(reverse("translations:review", args=[arabic.pk])).status_code == 405
    response = client.post(reverse("translations:review", args=[arabic.pk]))
    assert response.status_code == 400 and b"not a translation" in response.content
    translation = by_hand(site_tree, arabic, client, editor)
    stranger = django_user_model.objects.create_user("stranger", "s@example.org", "x-pass-123")
    client.force_login(stranger)
    assert client.post(reverse("translations:review", args=[translation.pk])).status_code in (302, 403)
    assert TranslationLink.objects.get(page_id=translation.pk).reviewed_at is None


def test_translate_makes_a_draft_with_images_credits_source_and_notice(
    client, editor, site_tree, django_capture_on_commit_callbacks
):
    lead = make_image(credit="مجلس الاتحاد الروسي")
    inside = make_image(credit="وكالة تاس")
    source = make_article(
        site_tree.sections[("news", "ar")],
        "خبر مستورد عن الممر",
        image=lead,
        lead_image_caption="الوزيران",
        body=[paragraph("نص الخبر."), ("image", {"image": inside, "caption": "الميناء"})],
        source_name="تاس",
        source_url="https://tass.example.org/1",
    )
    client.force_login(editor)
    response = client.post(reverse("translations:translate", args=[source.pk, "en"]))
    assert response.status_code == 302
    draft = ArticlePage.objects.get(translation_key=source.translation_key, locale__language_code="en")
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[draft.pk])
    assert draft.get_parent().specific == site_tree.sections[("news", "en")]
    assert not draft.live
    latest = draft.get_latest_revision_as_object()
    assert latest.unofficial_translation is True and draft.unofficial_translation is True
    assert latest.lead_image_id == lead.pk and latest.lead_image.credit == "مجلس الاتحاد الروسي"
    images = [block.value["image"] for block in latest.body if block.block_type == "image"]
    assert [image.pk for image in images] == [inside.pk] and images[0].credit == "وكالة تاس"
    assert (latest.source_name, latest.source_url) == ("تاس", "https://tass.example.org/1")
    assert state(draft) == State.IN_PROGRESS
    assert TranslationLink.objects.get(page_id=draft.pk).source_id == source.pk
    # wagtail-localize's next save of the translation keeps the notice (not synchronised)
    from wagtail_localize.models import Translation

    translation = Translation.objects.get(
        source__object_id=source.translation_key, target_locale=draft.locale
    )
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        translation.save_target(user=editor, publish=True)
    assert ArticlePage.objects.get(pk=draft.pk).unofficial_translation is True
    assert state(draft) == State.UP_TO_DATE


def test_translate_works_for_imported_and_hand_written_stories(client, editor, site_tree, arabic):
    russian = by_hand(site_tree, arabic, client, editor)
    client.force_login(editor)
    assert client.post(reverse("translations:translate", args=[arabic.pk, "en"])).status_code == 302
    english = ArticlePage.objects.get(translation_key=arabic.translation_key, locale__language_code="en")
    assert TranslationLink.objects.get(page_id=english.pk).source_id == arabic.pk
    assert state(russian) == State.UP_TO_DATE and state(english) == State.IN_PROGRESS


def test_translate_refuses_bad_input(client, editor, site_tree, arabic, django_user_model):
    client.force_login(editor)
    url = reverse("translations:translate", args=[arabic.pk, "fr"])
    response = client.post(url)
    assert response.status_code == 400 and b"fr is not one of the site" in response.content
    assert client.get(reverse("translations:translate", args=[arabic.pk, "ru"])).status_code == 405
    assert client.post(reverse("translations:translate", args=[999999, "ru"])).status_code == 404
    russian = by_hand(site_tree, arabic, client, editor)
    response = client.post(reverse("translations:translate", args=[arabic.pk, "ru"]))
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[russian.pk])
    assert ArticlePage.objects.filter(translation_key=arabic.translation_key).count() == 2
    desk = django_user_model.objects.create_user("desk", "d@example.org", "x-pass-123")
    client.force_login(desk)
    client.post(reverse("translations:translate", args=[arabic.pk, "en"]))
    assert ArticlePage.objects.filter(translation_key=arabic.translation_key).count() == 2


def test_source_link_refuses_itself_and_its_own_language(client, editor, site_tree, arabic):
    russian = by_hand(site_tree, arabic, client, editor)
    other_arabic = make_article(site_tree.sections[("news", "ar")], "خبر آخر")
    other_russian = make_article(site_tree.sections[("news", "ru")], "Другая новость")
    client.force_login(editor)
    url = reverse("translations:source", args=[russian.pk])
    cases = [
        (russian.pk, "cannot be the source of its own translation"),
        (other_russian.pk, "same language as the translation"),
        (999999, "There is no page 999999"),
        (site_tree.sections[("news", "ar")].pk, "is not an article"),
        ("abc", "Enter a whole number"),
    ]
    for value, message in cases:
        response = client.post(url, {"source": value})
        assert response.status_code == 400, value
        assert message in response.content.decode(), value
    assert TranslationLink.objects.get(page_id=russian.pk).source_id == arabic.pk
    # the source's own source link cannot point at its translation
    response = client.post(reverse("translations:source", args=[arabic.pk]), {"source": russian.pk})
    assert response.status_code == 400 and "is a translation of this one" in response.content.decode()
    # a right one moves the page into the other story
    response = client.post(url, {"source": other_arabic.pk})
    assert response.status_code == 302
    moved = ArticlePage.objects.get(pk=russian.pk)
    assert moved.translation_key == other_arabic.translation_key
    assert TranslationLink.objects.get(page_id=russian.pk).source_id == other_arabic.pk
    assert state(moved) == State.UP_TO_DATE
    # empty: an original
    assert client.post(url, {"source": ""}).status_code == 302
    assert state(moved) == State.ORIGINAL


def test_the_translators_role_translates_and_reviews(client, site_tree, arabic):
    """The newsroom's real roles (add_staff): a translator may translate and review; the
    Arabic desk sees the dashboard but may not make translations."""
    from tests.newsroom.conftest import add_staff, login

    add_staff("ivan", "translator", language="en")
    add_staff("layla", "ar-desk", language="en")
    login(client, "layla")
    assert client.get("/admin/translations/").status_code == 200
    client.post(reverse("translations:translate", args=[arabic.pk, "ru"]))
    assert not ArticlePage.objects.filter(translation_key=arabic.translation_key, locale__language_code="ru")
    client.logout()
    login(client, "ivan")
    response = client.post(reverse("translations:translate", args=[arabic.pk, "ru"]))
    assert response.status_code == 302
    russian = ArticlePage.objects.get(translation_key=arabic.translation_key, locale__language_code="ru")
    assert state(russian) == State.IN_PROGRESS
    correct(arabic)
    assert state(russian) == State.OUTDATED
    assert client.get(reverse("translations:diff", args=[russian.pk])).status_code == 200
    assert client.post(reverse("translations:review", args=[russian.pk])).status_code == 302
    assert state(russian) == State.IN_PROGRESS


def test_an_articles_menu_links_to_its_source_form(client, editor, site_tree, arabic):
    client.force_login(editor)
    text = client.get(
        reverse("wagtailadmin_explore", args=[site_tree.sections[("news", "ar")].pk])
    ).content.decode()
    assert reverse("translations:source", args=[arabic.pk]) in text
    response = client.get(reverse("translations:source", args=[arabic.pk]))
    assert response.status_code == 200 and 'name="source"' in response.content.decode()
