"""Every state transition, through each of the three ways a translation is made
(written by hand, imported with --translation-of, wagtail-localize's Translate),
on SQLite and PostgreSQL."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.rich_text import RichText

from hiwar.news.models import ArticlePage
from hiwar.translations import links
from hiwar.translations.models import Origin, State, TranslationLink
from tests.factories import make_article

from .conftest import state

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


def republish(page, **changes):
    page = ArticlePage.objects.get(pk=page.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def test_source_is_original_and_translation_up_to_date(translated, origin):
    source, translation = translated
    assert state(source) == State.ORIGINAL
    assert state(translation) == State.UP_TO_DATE
    link = TranslationLink.objects.get(page_id=translation.pk)
    assert link.source_id == source.pk
    assert link.synced_revision_id == ArticlePage.objects.get(pk=source.pk).live_revision_id
    assert link.origin == (Origin.LOCALIZE if origin == "localize" else Origin.OTHER)
    assert not TranslationLink.objects.filter(page_id=source.pk).exists()


@pytest.mark.parametrize(
    "change",
    [
        {"title": "وزير الخارجية يبحث الممر الشمالي مجدداً"},
        {"summary": "ملخص جديد للخبر."},
        {"lead_image_caption": "الوزيران في موسكو"},
        {"body": [("paragraph", RichText("<p>نص مصحح للخبر.</p>"))]},
    ],
    ids=["title", "summary", "caption", "body"],
)
def test_a_text_change_of_the_source_outdates_the_translation(translated, change):
    source, translation = translated
    republish(source, **change)
    assert state(translation) == State.OUTDATED
    assert state(source) == State.ORIGINAL


def test_tags_settings_and_unchanged_republishing_do_not(translated):
    source, translation = translated
    page = ArticlePage.objects.get(pk=source.pk)
    page.tags.add("روسيا")
    page.source_name = "تاس"
    page.marked_as_update = True
    page.save_revision().publish()
    republish(source)
    assert state(translation) == State.UP_TO_DATE


def test_a_draft_of_the_source_does_not(translated):
    source, translation = translated
    page = ArticlePage.objects.get(pk=source.pk)
    page.title = "مسودة عنوان لم تنشر بعد"
    page.save_revision()
    assert state(translation) == State.UP_TO_DATE


def test_review_brings_it_up_to_date_and_a_later_change_outdates_again(translated, client, editor):
    source, translation = translated
    republish(source, title="عنوان معدل للخبر")
    assert state(translation) == State.OUTDATED
    client.force_login(editor)
    response = client.post(reverse("translations:review", args=[translation.pk]))
    assert response.status_code == 302
    assert state(translation) == State.UP_TO_DATE
    link = TranslationLink.objects.get(page_id=translation.pk)
    assert link.reviewed_by == editor and link.reviewed_at is not None
    assert link.synced_revision_id == ArticlePage.objects.get(pk=source.pk).live_revision_id
    republish(source, title="عنوان معدل مرة ثانية")
    assert state(translation) == State.OUTDATED


def test_a_manual_edit_alone_keeps_it_outdated(translated):
    source, translation = translated
    republish(source, title="عنوان معدل للخبر")
    republish(translation, title="Министр снова обсудил коридор")
    assert state(translation) == State.OUTDATED


def test_an_unpublished_translation_is_in_progress(translated):
    _source, translation = translated
    Page.objects.get(pk=translation.pk).specific.unpublish()
    assert state(translation) == State.IN_PROGRESS


def test_source_deleted_translation_becomes_an_original(translated, client, editor):
    source, translation = translated
    Page.objects.get(pk=source.pk).delete()
    assert state(translation) == State.ORIGINAL
    link = TranslationLink.objects.get(page_id=translation.pk)
    assert link.source_id is None
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[translation.pk]))
    assert response.status_code == 200
    assert "The source of this translation was deleted" in response.content.decode()
    republish(translation, title="Министр снова обсудил коридор")  # nothing breaks on publishing


def test_a_second_translation_follows_the_same_source(translated, site_tree):
    source, _translation = translated
    english = make_article(
        site_tree.sections[("news", "en")], "Minister discusses corridor", translation_of=source
    )
    assert TranslationLink.objects.get(page_id=english.pk).source_id == source.pk
    republish(source, title="عنوان معدل للخبر")
    assert state(english) == State.OUTDATED


def test_localize_sync_brings_it_up_to_date(site_tree, arabic, client, editor):
    from tests.translations.conftest import by_localize

    translation = by_localize(site_tree, arabic, client, editor)
    republish(arabic, title="عنوان معدل للخبر")
    assert state(translation) == State.OUTDATED
    source_pk = TranslationLink.objects.get(page_id=translation.pk).source_id
    from wagtail_localize.models import TranslationSource

    translation_source = TranslationSource.objects.get(object_id=arabic.translation_key)
    response = client.post(
        reverse("wagtail_localize:update_translations", args=[translation_source.pk]),
        {"publish_translations": ""},
    )
    assert response.status_code == 302, response.content[:500]
    assert source_pk == arabic.pk
    assert state(translation) == State.UP_TO_DATE


def test_backfill_links_existing_groups_the_same_way(translated, origin):
    source, translation = translated
    expected = TranslationLink.objects.get(page_id=translation.pk)
    TranslationLink.objects.all().delete()
    assert links.backfill() == 1
    link = TranslationLink.objects.get(page_id=translation.pk)
    assert (link.source_id, link.origin, link.synced_revision_id) == (
        expected.source_id,
        expected.origin,
        expected.synced_revision_id,
    )
    assert link.synced_fingerprint == expected.synced_fingerprint
    assert links.backfill() == 0  # idempotent


def test_link_translations_command(translated):
    from tests.ingest.conftest import run

    TranslationLink.objects.all().delete()
    assert run("link_translations").out.strip() == "linked 1 translation"
    assert run("link_translations").out.strip() == "linked 0 translations"


def test_the_migration_backfills_with_historical_models(translated):
    """Migration 0002 runs `backfill` with the models as they were at that migration."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    _source, translation = translated
    expected = TranslationLink.objects.get(page_id=translation.pk)
    TranslationLink.objects.all().delete()
    state_apps = (
        MigrationExecutor(connection)
        .loader.project_state(("translations", "0002_link_existing_translations"))
        .apps
    )
    assert links.backfill(state_apps) == 1
    link = TranslationLink.objects.get(page_id=translation.pk)
    assert (link.source_id, link.origin, link.synced_fingerprint) == (
        expected.source_id,
        expected.origin,
        expected.synced_fingerprint,
    )
