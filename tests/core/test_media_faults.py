"""Unwritable media does not take readers' pages down (issue 13, item 7).

The tests run as root, for whom `chmod a-w` blocks nothing. A really read-only
directory: a tmpfs mounted for the test, filled with the originals, then remounted
read-only (`mount -o remount,ro`), which refuses writes to root too (EROFS).
"""

import io
import subprocess
import tempfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.models import Collection

from hiwar.core.models import CreditedImage
from tests.factories import make_article, make_image

pytestmark = pytest.mark.django_db


def mount(*args):
    return subprocess.run(["mount", *args], capture_output=True, text=True, timeout=20)


@pytest.fixture
def media_dir(settings):
    """A fresh tmpfs as MEDIA_ROOT; `.make_read_only()` remounts it read-only."""
    path = Path(tempfile.mkdtemp(prefix="hiwar-ro-media-"))
    mounted = mount("-t", "tmpfs", "-o", "size=64m", "tmpfs", str(path))
    if mounted.returncode != 0:
        path.rmdir()
        pytest.skip(f"cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN): {mounted.stderr.strip()}")
    settings.MEDIA_ROOT = path

    class Media:
        root = path

        @staticmethod
        def make_read_only():
            result = mount("-o", "remount,ro", str(path))
            assert result.returncode == 0, result.stderr
            with pytest.raises(OSError):  # really read-only, even for root
                (path / "probe").write_bytes(b"x")

    try:
        yield Media
    finally:
        subprocess.run(["umount", "-l", str(path)], timeout=20)
        path.rmdir()


def test_pages_show_the_original_picture_when_no_rendition_can_be_written(
    client, site_tree, media_dir, caplog
):
    image = make_image(size=(1200, 675))
    assert Path(image.file.path).is_relative_to(media_dir.root)
    article = make_article(site_tree.sections[("news", "ar")], title="صورة بلا نسخ", image=image)
    make_article(site_tree.sections[("news", "en")], title="A picture with no sizes", image=image)
    media_dir.make_read_only()

    for url in ("/ar/", "/en/", "/ar/news/", "/en/news/", article.url, "/ar/feed/", "/api/v1/articles"):
        assert client.get(url).status_code == 200, url
    lead = BeautifulSoup(client.get(article.url).content, "html.parser").select_one(".figure--lead img")
    assert lead["src"] == image.file.url and not lead.has_attr("srcset")
    assert client.get(lead["src"]).status_code == 200  # the original is still readable
    assert any("renditions cannot be made" in record.getMessage() for record in caplog.records)

    health = client.get("/healthz")
    assert health.status_code == 200
    assert health.json()["media"] == "degraded" and health.json()["database"] == "ok"


def test_an_upload_the_storage_refuses_is_a_form_error_and_no_row(client, media_dir):
    admin = get_user_model().objects.create_superuser("photo-editor", "p@example.org", "pass-word-9")
    client.force_login(admin)
    media_dir.make_read_only()
    buffer = io.BytesIO()
    Image.new("RGB", (800, 450), (10, 20, 30)).save(buffer, "JPEG")
    before = CreditedImage.objects.count()
    response = client.post(
        "/admin/images/add/",
        {
            "title": "Upload to a read-only disk",
            "file": SimpleUploadedFile("upload.jpg", buffer.getvalue(), content_type="image/jpeg"),
            "collection": Collection.get_first_root_node().pk,
            "credit": "Hiwar",
        },
    )
    assert response.status_code == 200
    assert response.context["form"].has_error("file", "storage")
    assert CreditedImage.objects.count() == before
