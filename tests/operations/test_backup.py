"""Backup and restore round trips on the real database (SQLite here, PostgreSQL with -m postgres).

The check is a compare of every table's row count and of the public pages' HTML before and
after, not only "it ran"; then every refusal, each leaving the database untouched."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Workflow

from hiwar.ingest.models import DuplicateFlag, ImportRecord
from hiwar.news.models import SectionPage
from hiwar.operations.backup import MANIFEST, current_counts
from tests.factories import make_article, make_image, make_site_tree, paragraph

ROOT = Path(__file__).resolve().parents[2]


def build_site():
    _, homes, sections = make_site_tree()
    image = make_image(credit="وكالة الأنباء", credit_en="News agency")
    original = make_article(
        sections[("news", "ar")],
        "افتتاح معرض الكتاب في قازان",
        image=image,
        body=[paragraph("افتتح المعرض أبوابه صباح اليوم بمشاركة واسعة.")],
        source_name="تاس",
    )
    english = make_article(sections[("news", "en")], "Kazan book fair opens", translation_of=original)
    original.title = "افتتاح معرض الكتاب الدولي في قازان"
    original.save_revision().publish()
    make_article(sections[("analysis", "ru")], "Черновик обзора", live=False)
    record = ImportRecord.objects.create(
        key="page:test-1",
        kind=ImportRecord.PAGE,
        origin="seed/old.txt",
        lang="ar",
        fingerprint="f" * 64,
        signature=b"\x01" * 16,
        article=original,
        photo_credit="مجلس الاتحاد الروسي",
        parsed={"title": original.title},
        old_url="http://old.example/old/article.php?id=1234",
    )
    DuplicateFlag.objects.create(
        article=english,
        reason=DuplicateFlag.REASONS[0][0],
        similarity=0.84,
        origin="feed.xml",
        incoming_fingerprint="e" * 64,
        incoming={"title": "Kazan book fair opens its doors"},
    )
    User.objects.create_user("desk", password="not-a-default-9481", email="desk@example.org")
    Group.objects.get_or_create(name="Backup test desk")
    Redirect.objects.create(old_path="/old/article.php?id=1234", redirect_page=original)
    workflow = Workflow.objects.first()
    if workflow is not None:
        workflow.start(english, User.objects.get(username="desk"))
    return {"record": record, "urls": ["/ar/", "/ar/news/", original.url, english.url, "/en/feed/"]}


def public_html(urls):
    client = Client()
    pages = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        pages[url] = response.content
    return pages


def round_trip(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    site = build_site()
    html_before = public_html(site["urls"])  # also makes the renditions and the settings row
    counts_before = current_counts()
    media_before = sorted(
        p.relative_to(settings.MEDIA_ROOT).as_posix() for p in settings.MEDIA_ROOT.rglob("*") if p.is_file()
    )

    call_command("backup", str(tmp_path / "backup"))
    manifest = json.loads((tmp_path / "backup" / MANIFEST).read_text())
    assert manifest["counts"] == counts_before
    assert manifest["counts"]["news.ArticlePage"] == 3
    assert manifest["counts"]["wagtailcore.Revision"] >= 4

    # Lose everything: the database emptied and the media gone.
    call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
    assert Page.objects.filter(depth__gt=1).count() == 0
    settings.MEDIA_ROOT = tmp_path / "new-media"

    call_command("restore", str(tmp_path / "backup"), stdout=open(os.devnull, "w"))
    assert current_counts() == counts_before
    assert public_html(site["urls"]) == html_before
    restored_media = sorted(
        p.relative_to(settings.MEDIA_ROOT).as_posix() for p in settings.MEDIA_ROOT.rglob("*") if p.is_file()
    )
    assert restored_media == media_before and media_before
    assert Redirect.objects.get(old_path="/old/article.php?id=1234").redirect_page.specific.title.startswith(
        "افتتاح"
    )
    assert ImportRecord.objects.get().photo_credit == "مجلس الاتحاد الروسي"
    # the old site's URL (import_site) still answers 301 after the restore
    assert ImportRecord.objects.get().old_url == "http://old.example/old/article.php?id=1234"
    moved = Client().get("/old/article.php?id=1234")
    assert (moved.status_code, moved.headers["Location"]) == (
        301,
        Page.objects.get(pk=site["record"].article_id).url,
    )
    assert User.objects.get(username="desk").check_password("not-a-default-9481")
    # The search index answers as before.
    from hiwar.search.query import search

    assert search("معرض", "ar").total >= 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_round_trip_sqlite(tmp_path, settings):
    round_trip(tmp_path, settings)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_round_trip_postgres(tmp_path, settings):
    round_trip(tmp_path, settings)


pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def backed_up(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    build_site()
    call_command("backup", str(tmp_path / "backup"))
    return tmp_path / "backup"


def refused(directory, message, **options):
    before = current_counts()
    with pytest.raises(CommandError, match=message):
        call_command("restore", str(directory), **options)
    assert current_counts() == before


def test_refuses_a_database_with_content(backed_up):
    refused(backed_up, "not empty.*--force")


def test_force_replaces_content(backed_up):
    before = current_counts()
    make_article(SectionPage.objects.first(), "مقال بعد النسخة")
    call_command("restore", str(backed_up), force=True, no_reindex=True)
    assert current_counts() == before


def test_refuses_a_tampered_file(backed_up):
    database = next(p for p in backed_up.iterdir() if p.name.startswith("database"))
    with database.open("r+b") as handle:
        handle.seek(200)
        byte = handle.read(1)
        handle.seek(200)
        handle.write(bytes([byte[0] ^ 0xFF]))
    refused(backed_up, "damaged.*checksum", force=True)


def test_refuses_a_truncated_backup(backed_up):
    media = next(p for p in (backed_up / "media").rglob("*") if p.is_file())
    media.unlink()
    refused(backed_up, "incomplete.*missing", force=True)


def test_refuses_a_newer_migration_state(backed_up):
    manifest_path = backed_up / MANIFEST
    manifest = json.loads(manifest_path.read_text())
    manifest["migrations"].append("news.9999_from_the_future")
    manifest_path.write_text(json.dumps(manifest))
    refused(backed_up, "newer migration state.*news.9999_from_the_future", force=True)


def test_refuses_another_projects_backup(backed_up):
    manifest_path = backed_up / MANIFEST
    manifest = json.loads(manifest_path.read_text())
    manifest["project"] = "another-site"
    manifest_path.write_text(json.dumps(manifest))
    refused(backed_up, "not a backup of a Hiwar site", force=True)


def test_refuses_a_backup_of_another_projects_database(backed_up):
    """A manifest that says "hiwar" over a database with none of Hiwar's own migrations."""
    manifest_path = backed_up / MANIFEST
    manifest = json.loads(manifest_path.read_text())
    manifest["migrations"] = [m for m in manifest["migrations"] if m.split(".")[0] in ("auth", "wagtailcore")]
    manifest_path.write_text(json.dumps(manifest))
    refused(backed_up, "another project's database", force=True)


def test_refuses_a_directory_that_is_no_backup(tmp_path):
    refused(tmp_path, "not a Hiwar backup: manifest.json is missing")


def test_backup_into_a_non_empty_directory_is_refused(backed_up):
    with pytest.raises(CommandError, match="not empty"):
        call_command("backup", str(backed_up))


def test_backup_where_nothing_can_be_written_leaves_nothing(tmp_path, settings):
    # Root ignores permission bits, so the unwritable place is a path under a regular file.
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(CommandError, match="cannot write"):
        call_command("backup", str(blocker / "backup"))


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a small tmpfs to fill up needs root")
def test_backup_to_a_full_disk_leaves_no_partial_backup(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    build_site()
    mount = tmp_path / "small"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], check=True)
    try:
        with pytest.raises(CommandError, match="failed, nothing kept"):
            call_command("backup", str(mount / "backup"))
        assert list(mount.iterdir()) == []
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def test_restore_into_a_new_database_file(backed_up, tmp_path):
    """The operator's case: a new machine, an empty database file, the commands run by hand."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hiwar.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'new.sqlite3'}",
        "MEDIA_ROOT": str(tmp_path / "new-media"),
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "restore", str(backed_up)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Restored" in result.stdout and "Indexed" in result.stdout
