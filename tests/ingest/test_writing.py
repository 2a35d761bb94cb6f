"""How an imported article is written: its first revision, and Wagtail's search index."""

import json

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, transaction
from wagtail.models import Page

from hiwar.ingest.importer import SQLITE_BATCH_CHECKPOINT_PAGES, batch_session
from hiwar.ingest.indexing import DeferredSearchIndex
from hiwar.ingest.models import ImportRecord
from hiwar.news.models import ArticlePage
from tests.factories import make_article
from tests.ingest.conftest import FIXTURES

# What save_revision changes on the page after it has serialised it into the revision.
SET_AFTER_SERIALISING = {"latest_revision", "latest_revision_created_at", "has_unpublished_changes"}


def without(data, keys):
    return {key: value for key, value in data.items() if key not in keys}


def as_stored(data):
    """Revision content as the JSON field gives it back (dates as ISO strings), with the
    StreamField's JSON text parsed: PostgreSQL's jsonb hands it back with its keys reordered."""
    data = json.loads(json.dumps(data, cls=DjangoJSONEncoder))
    return data | {"body": json.loads(data["body"])}


@pytest.fixture
def search_index_on(settings):
    """Wagtail's admin search index kept current, as in production (tests usually skip it)."""
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}


@pytest.mark.postgres
def test_first_revision_is_what_save_revision_would_store(site_tree, import_page):
    assert import_page(FIXTURES / "en_page.txt").status == 0
    article = ArticlePage.objects.get()
    revision = article.latest_revision
    assert revision is not None and article.revisions.count() == 1
    stored = as_stored(revision.content)
    assert stored == as_stored(without(article.serializable_data(), SET_AFTER_SERIALISING)) | {
        key: stored[key] for key in SET_AFTER_SERIALISING
    }
    assert revision.content["latest_revision"] is None  # serialised before it existed, as in Wagtail
    assert revision.base_content_type == ContentType.objects.get_for_model(Page)  # wagtailcore.page
    assert revision.object_str == article.title
    assert article.latest_revision_created_at == revision.created_at
    assert article.draft_title == article.title
    assert article.has_unpublished_changes and not article.live
    # An editor's save on top of it is an ordinary Wagtail revision.
    draft = article.get_latest_revision_as_object()
    assert list(draft.body.raw_data) == list(article.body.raw_data)
    draft.title = "Edited by the desk"
    draft.save_revision()
    article.refresh_from_db()
    assert article.revisions.count() == 2 and article.draft_title == "Edited by the desk"


def test_published_import_goes_live_from_its_first_revision(site_tree, import_page):
    assert import_page(FIXTURES / "en_page.txt", "--publish").status == 0
    article = ArticlePage.objects.get()
    assert article.live and article.live_revision_id == article.latest_revision_id
    assert not article.has_unpublished_changes


def test_imported_articles_reach_the_admin_search(site_tree, import_page, search_index_on):
    assert import_page(FIXTURES / "en_page.txt", FIXTURES / "ru_page.txt").status == 0
    for article in ArticlePage.objects.all():
        assert list(ArticlePage.objects.search(article.title.split()[0])) != [], article.title


def test_index_updates_again_after_the_batch(site_tree, import_page, search_index_on):
    assert import_page(FIXTURES / "en_page.txt").status == 0
    article = make_article(site_tree.sections[("news", "en")], "Zanzibarian lighthouse keepers")
    assert [found.pk for found in ArticlePage.objects.search("Zanzibarian")] == [article.pk]


def test_deferred_index_works_in_chunks_and_skips_rolled_back_articles(
    site_tree, search_index_on, django_capture_on_commit_callbacks
):
    section = site_tree.sections[("news", "en")]
    with DeferredSearchIndex(ArticlePage, chunk=2) as deferred:
        make_article(section, "Quokka census one")
        assert not ArticlePage.objects.search("Quokka")  # not yet: the chunk is not full
        with django_capture_on_commit_callbacks(execute=True):  # the test's transaction "commits"
            make_article(section, "Quokka census two")
        assert deferred.indexed == 2  # the full chunk went in once its transaction committed
        with pytest.raises(RuntimeError), transaction.atomic():
            make_article(section, "Quokka census lost")
            raise RuntimeError("rolled back")
        make_article(section, "Quokka census three")
    titles = sorted(found.title for found in ArticlePage.objects.search("Quokka"))
    assert titles == ["Quokka census one", "Quokka census three", "Quokka census two"]
    assert deferred.indexed == 3


def test_without_auto_update_nothing_is_indexed(site_tree, import_page):
    """The test settings turn Wagtail's index off (AUTO_UPDATE False); the batch respects that."""
    assert import_page(FIXTURES / "en_page.txt").status == 0
    assert ImportRecord.objects.count() == 1
    assert not ArticlePage.objects.search(ArticlePage.objects.get().title.split()[0])


@pytest.mark.postgres
def test_same_headline_twice_gets_the_next_free_slug(site_tree, import_page, tmp_path):
    """Two different stories under one headline: Wagtail refuses the taken slug, the importer adds -2, -3."""
    paths = []
    for number, topic in enumerate(
        ["wheat harvest in the north", "a new rail bridge", "river levels at dawn"]
    ):
        path = tmp_path / f"story-{number}.txt"
        words = " ".join(f"{topic.split()[-1]}{index}" for index in range(60))
        path.write_text(
            f"Daily bulletin\n\n14 September 2022\n\nToday's report covers {topic}: {words}.\n",
            encoding="utf-8",
        )
        paths.append(path)
    result = import_page(*paths)
    assert result.status == 0 and "imported 3," in result.out, result.out + result.err
    slugs = sorted(ArticlePage.objects.values_list("slug", flat=True))
    assert slugs == ["daily-bulletin", "daily-bulletin-2", "daily-bulletin-3"]
    section = site_tree.sections[("news", "en")]
    section.refresh_from_db()
    assert section.numchild == 3  # the refused attempts left no trace in the tree


def sqlite_wal_autocheckpoint():
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_autocheckpoint")
        return cursor.fetchone()[0]


def test_a_batch_checkpoints_sqlite_less_often_and_puts_the_setting_back(db):
    if connection.vendor != "sqlite":
        pytest.skip("a setting of SQLite's write-ahead log")
    before = sqlite_wal_autocheckpoint()
    with batch_session():
        assert sqlite_wal_autocheckpoint() == SQLITE_BATCH_CHECKPOINT_PAGES
    assert sqlite_wal_autocheckpoint() == before != SQLITE_BATCH_CHECKPOINT_PAGES


def test_a_model_wagtail_does_not_index_on_save_stays_that_way(db):
    """Only a handler that was connected is put back after the batch."""
    from django.db.models.signals import post_save
    from modelsearch.signal_handlers import post_save_signal_handler

    from hiwar.ingest.models import DuplicateFlag

    with DeferredSearchIndex(DuplicateFlag) as deferred:
        assert not deferred.was_connected
    assert not post_save.disconnect(post_save_signal_handler, sender=DuplicateFlag)
