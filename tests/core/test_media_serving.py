"""Uploaded images are served with DEBUG off when SERVE_MEDIA is on (the default).

Django's `static()` helper serves nothing without DEBUG, so pages rendered with
DEBUG off (production settings, and the test settings) pointed at pictures that
answered 404. These tests run with DEBUG off."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import Client

from tests.factories import make_article, make_image


@pytest.mark.django_db
def test_a_pages_pictures_are_served_in_each_size_and_cached(client, site_tree):
    assert settings.DEBUG is False and settings.SERVE_MEDIA is True
    article = make_article(site_tree.sections[("news", "ar")], image=make_image(size=(1200, 675)))
    page = BeautifulSoup(client.get(article.url).content, "html.parser")
    lead = page.select_one(".figure--lead img")
    # Phones get a smaller file than desktops: one candidate per width, and the slot's width.
    candidates = [entry.split() for entry in lead["srcset"].split(",")]
    assert [width for _, width in candidates] == ["640w", "720w", "960w", "1200w"]
    assert "42rem" in lead["sizes"]
    sources = [lead["src"]] + [url for url, _ in candidates]
    for source in sources:
        response = client.get(source)
        assert response.status_code == 200, source
        assert response["Content-Type"].startswith("image/")
        assert "max-age=86400" in response["Cache-Control"]
        assert b"".join(response.streaming_content)[:4] in (b"RIFF", b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xdb")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["images/no-such-picture.webp", "../hiwar/settings/base.py", "%2e%2e/manage.py"]
)
def test_missing_files_and_paths_outside_media_are_refused(path):
    """404 for a missing file; Django answers 400 to a path that climbs out of MEDIA_ROOT."""
    response = Client(raise_request_exception=False).get(settings.MEDIA_URL + path)
    assert response.status_code in (400, 404)
    assert b"SECRET_KEY" not in response.content and b"import" not in response.content


@pytest.mark.django_db
def test_a_small_upload_gets_no_repeated_width_in_its_srcset(client, site_tree):
    """`fill` never enlarges: a 700 px upload has two sizes (640 and 700), not four."""
    article = make_article(site_tree.sections[("news", "en")], image=make_image(size=(700, 394)))
    lead = BeautifulSoup(client.get(article.url).content, "html.parser").select_one(".figure--lead img")
    widths = [entry.split()[1] for entry in lead["srcset"].split(",")]
    assert widths == ["640w", "700w"] and lead["sizes"]

    tiny = make_article(site_tree.sections[("news", "ru")], image=make_image(size=(600, 338)))
    lead = BeautifulSoup(client.get(tiny.url).content, "html.parser").select_one(".figure--lead img")
    assert not lead.has_attr("srcset") and not lead.has_attr("sizes")  # sizes needs a srcset
    assert client.get(lead["src"]).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "images/" + "a" * 300 + ".jpg",  # longer than a file name may be: ENAMETOOLONG
        "x" * 5000,
        "images/" + "ب" * 200 + ".webp",  # 400 bytes in UTF-8
    ],
)
def test_a_file_name_too_long_for_the_file_system_is_a_404(path):
    response = Client(raise_request_exception=False).get(settings.MEDIA_URL + path)
    assert response.status_code == 404


@pytest.mark.django_db
def test_a_path_through_a_file_is_a_404(client):
    image = make_image()
    response = Client(raise_request_exception=False).get(f"{settings.MEDIA_URL}{image.file.name}/inside.jpg")
    assert response.status_code == 404
