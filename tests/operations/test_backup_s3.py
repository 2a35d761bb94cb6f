"""Backup and restore with media in an S3-compatible bucket (MEDIA_S3_BUCKET), against
moto's server on loopback (tests/s3server.py): the objects are listed and downloaded
into the backup, and uploaded again under their own names by restore; a backup of
MEDIA_ROOT restores into a bucket (the way from one to the other); a store that cannot
be written is refused before the database is touched."""

import hashlib
import io
import json
import os
import urllib.request

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

from hiwar.operations.backup import MANIFEST, current_counts
from tests.operations.test_backup import build_site, public_html
from tests.s3server import (
    bucket_keys,
    client,
    empty_bucket,
    free_port_in,
    make_bucket,
    use_s3_media,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def bucket(s3_server, monkeypatch, settings):
    name = make_bucket(s3_server.endpoint)
    use_s3_media(monkeypatch, settings, s3_server.endpoint, name)
    return name


def object_digests(endpoint, bucket) -> dict[str, str]:
    s3 = client(endpoint)
    return {
        key: hashlib.sha256(s3.get_object(Bucket=bucket, Key=key)["Body"].read()).hexdigest()
        for key in bucket_keys(endpoint, bucket)
    }


def lose_everything(endpoint, bucket):
    call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
    assert Page.objects.filter(depth__gt=1).count() == 0
    empty_bucket(endpoint, bucket)
    assert bucket_keys(endpoint, bucket) == []


def test_round_trip_with_media_in_a_bucket(tmp_path, s3_server, bucket):
    round_trip(tmp_path, s3_server, bucket)


@pytest.mark.postgres
def test_round_trip_with_media_in_a_bucket_postgres(tmp_path, s3_server, bucket):
    round_trip(tmp_path, s3_server, bucket)


def round_trip(tmp_path, s3_server, bucket):
    site = build_site()
    html_before = public_html(site["urls"])  # makes the renditions, in the bucket
    counts_before = current_counts()
    objects_before = object_digests(s3_server.endpoint, bucket)
    assert any(key.startswith("original_images/") for key in objects_before)
    assert any(key.startswith("images/") for key in objects_before)

    call_command("backup", str(tmp_path / "backup"), stdout=open(os.devnull, "w"))
    manifest = json.loads((tmp_path / "backup" / MANIFEST).read_text())
    assert manifest["media_storage"] == "s3"
    in_backup = {
        name.removeprefix("media/"): item["sha256"]
        for name, item in manifest["files"].items()
        if name.startswith("media/")
    }
    assert in_backup == objects_before  # every object, byte for byte

    lose_everything(s3_server.endpoint, bucket)
    call_command("restore", str(tmp_path / "backup"), stdout=open(os.devnull, "w"))
    assert current_counts() == counts_before
    assert object_digests(s3_server.endpoint, bucket) == objects_before
    assert public_html(site["urls"]) == html_before  # same renditions, same URLs: no new object
    assert object_digests(s3_server.endpoint, bucket) == objects_before


def test_a_backup_of_media_root_restores_into_a_bucket(tmp_path, s3_server, settings, monkeypatch):
    settings.MEDIA_ROOT = tmp_path / "media"
    site = build_site()
    public_html(site["urls"])
    files = sorted(
        p.relative_to(settings.MEDIA_ROOT).as_posix() for p in settings.MEDIA_ROOT.rglob("*") if p.is_file()
    )
    call_command("backup", str(tmp_path / "backup"), stdout=open(os.devnull, "w"))
    call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)

    name = make_bucket(s3_server.endpoint)
    use_s3_media(monkeypatch, settings, s3_server.endpoint, name)
    call_command("restore", str(tmp_path / "backup"), stdout=open(os.devnull, "w"))
    assert bucket_keys(s3_server.endpoint, name) == files
    article = public_html([site["urls"][2]])[site["urls"][2]]
    lead = BeautifulSoup(article, "html.parser").select_one(".figure--lead img")
    assert lead["src"].startswith(f"{s3_server.endpoint}/{name}/images/")
    key = lead["src"].removeprefix(f"{s3_server.endpoint}/{name}/")
    with urllib.request.urlopen(lead["src"], timeout=10) as response:
        assert response.status == 200
        assert response.read() == (tmp_path / "backup" / "media" / key).read_bytes()
    # That rendition came from the backup: rendering made no new object.
    assert bucket_keys(s3_server.endpoint, name) == files


def test_restore_refuses_a_store_it_cannot_write_before_touching_the_database(
    tmp_path, s3_server, bucket, monkeypatch, settings
):
    build_site()
    call_command("backup", str(tmp_path / "backup"), stdout=open(os.devnull, "w"))
    before = current_counts()
    dead = f"http://127.0.0.1:{free_port_in(range(18399, 18299, -1))}"
    use_s3_media(monkeypatch, settings, dead, bucket, MEDIA_S3_TIMEOUT="1")
    with pytest.raises(CommandError, match="the media storage cannot be written: object storage: "):
        call_command("restore", str(tmp_path / "backup"), "--force", stdout=io.StringIO())
    assert current_counts() == before


def test_backup_from_a_store_that_is_down_keeps_nothing(tmp_path, s3_server, bucket, monkeypatch, settings):
    build_site()
    dead = f"http://127.0.0.1:{free_port_in(range(18399, 18299, -1))}"
    use_s3_media(monkeypatch, settings, dead, bucket, MEDIA_S3_TIMEOUT="1")
    with pytest.raises(CommandError, match="nothing kept: object storage: "):
        call_command("backup", str(tmp_path / "backup"), stdout=io.StringIO())
    assert not (tmp_path / "backup").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".backup")] == []
