"""Translations: the three ways a translation comes into being, as an editor makes them."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale

from hiwar.news.models import ArticlePage
from hiwar.translations.models import TranslationLink
from hiwar.translations.table import state_of
from tests.factories import make_article, paragraph
from tests.ingest.conftest import FIXTURES, run

ARABIC_TITLE = "وزير الخارجية يبحث مشروع الممر الشمالي مع نظيره"
ARABIC_BODY = "ناقش الوزيران مشروع الممر الشمالي وتمويله في اجتماع دام ثلاث ساعات."


def state(page):
    page = ArticlePage.objects.get(pk=page.pk)
    return state_of(page, TranslationLink.objects.filter(page_id=page.pk).first())


@pytest.fixture
def editor(db):
    """A superuser whose admin speaks English (the site's default language is Arabic)."""
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.create_superuser("chief", "chief@example.org", "x-pass-123")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def arabic(site_tree):
    return make_article(site_tree.sections[("news", "ar")], ARABIC_TITLE, body=[paragraph(ARABIC_BODY)])


def by_hand(site_tree, source, client, editor):
    """A Russian version written by hand, sharing the story's translation_key (the demo's way)."""
    return make_article(
        site_tree.sections[("news", "ru")],
        "Министр обсудил Северный коридор",
        body=[paragraph("Министры обсудили проект Северного коридора.")],
        translation_of=source,
    )


def imported(site_tree, source, client, editor):
    """A Russian page imported with --translation-of, then published by an editor."""
    result = run("import_page", FIXTURES / "ru_page.txt", "--translation-of", source.pk)
    assert result.status == 0, result.err
    page = ArticlePage.objects.get(translation_key=source.translation_key, locale__language_code="ru")
    page.save_revision().publish()
    return page


def by_localize(site_tree, source, client, editor):
    """wagtail-localize's "Translate" (its own view, as an editor submits it), then published."""
    client.force_login(editor)
    locale = Locale.objects.get(language_code="ru")
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[source.pk]), {"locales": [locale.pk]}
    )
    assert response.status_code == 302, response.content[:500]
    page = ArticlePage.objects.get(translation_key=source.translation_key, locale=locale)
    page.title = "Министр обсудил Северный коридор"
    page.save_revision().publish()
    return page


ORIGINS = {"by_hand": by_hand, "imported": imported, "localize": by_localize}


@pytest.fixture(params=list(ORIGINS))
def origin(request):
    return request.param


@pytest.fixture
def translated(origin, site_tree, arabic, client, editor):
    """(Arabic source, its Russian translation) made the `origin` way."""
    return arabic, ORIGINS[origin](site_tree, arabic, client, editor)
