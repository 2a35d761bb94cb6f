"""Media on S3-compatible object storage (MEDIA_S3_BUCKET; issue 18), against a real S3
HTTP API on loopback (moto's server, tests/s3server.py): an upload through Wagtail's admin
lands in the bucket, the article's renditions are made there and the pictures' bytes come
back over HTTP from the store; a store that is down is a form error and "degraded", not
a 500; and the settings an operator's environment produces."""

import io
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.models import Collection

from hiwar.core.models import CreditedImage
from hiwar.core.storage import MediaS3Storage
from tests.core.test_production_settings import production_env, run
from tests.factories import make_article, make_image
from tests.s3server import bucket_keys, free_port_in, make_bucket, use_s3_media


@pytest.fixture
def s3_media(s3_server, monkeypatch, settings):
    bucket = make_bucket(s3_server.endpoint)
    use_s3_media(monkeypatch, settings, s3_server.endpoint, bucket)

    class Media:
        endpoint = s3_server.endpoint
        name = bucket
        prefix = f"{s3_server.endpoint}/{bucket}/"

        @staticmethod
        def keys():
            return bucket_keys(s3_server.endpoint, bucket)

    return Media


def jpeg(size, colour=(30, 90, 140)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG")
    return buffer.getvalue()


def upload(client, title, content, name="upload.jpg"):
    return client.post(
        "/admin/images/add/",
        {
            "title": title,
            "file": SimpleUploadedFile(name, content, content_type="image/jpeg"),
            "collection": Collection.get_first_root_node().pk,
            "credit": "Hiwar",
        },
    )


def fetch(url) -> tuple[int, str, bytes]:
    """GET from the object store itself, over HTTP, as a reader's browser would."""
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.headers["Content-Type"], response.read()


def srcset_urls(img) -> dict[str, int]:
    candidates = [part.strip().rsplit(" ", 1) for part in img["srcset"].split(",")]
    return {url: int(width.removesuffix("w")) for url, width in candidates}


@pytest.fixture
def editor(client, db):
    admin = get_user_model().objects.create_superuser("photo-desk", "p@example.org", "pass-word-9")
    client.force_login(admin)
    return admin


@pytest.mark.django_db
def test_an_upload_goes_to_the_bucket_and_the_article_shows_renditions_served_by_the_store(
    client, site_tree, editor, s3_media
):
    assert isinstance(default_storage, MediaS3Storage)
    original = jpeg((1600, 900))
    assert upload(client, "Kazan fair, from the bucket", original).status_code == 302
    image = CreditedImage.objects.get(title="Kazan fair, from the bucket")
    assert s3_media.keys() == [image.file.name] == ["original_images/upload.jpg"]
    assert not (Path(django_settings.MEDIA_ROOT) / image.file.name).exists()  # nothing on local disk
    assert fetch(image.file.url) == (200, "image/jpeg", original)

    article = make_article(site_tree.sections[("news", "ar")], title="معرض الكتاب في قازان", image=image)
    client.logout()
    page = client.get(article.url)
    assert page.status_code == 200
    lead = BeautifulSoup(page.content, "html.parser").select_one(".figure--lead img")
    widths = srcset_urls(lead)
    assert len(widths) >= 2 and lead["src"] in widths
    for url, width in widths.items():
        assert url.startswith(s3_media.prefix + "images/"), url
        status, content_type, body = fetch(url)
        picture = Image.open(io.BytesIO(body))
        assert (status, content_type) == (200, Image.MIME[picture.format])  # the store's type is right
        assert picture.width == width
    renditions = [key for key in s3_media.keys() if key.startswith("images/")]
    # the srcset's, and the 1200 px JPEG of the page's og:image
    assert {url.removeprefix(s3_media.prefix) for url in widths} < set(renditions)
    # The pictures' host is allowed by the page's Content-Security-Policy.
    policy = dict(part.strip().split(" ", 1) for part in page.headers["Content-Security-Policy"].split(";"))
    assert policy["img-src"] == f"'self' data: {s3_media.endpoint}"

    # A second view reuses the renditions: no new object.
    assert client.get(article.url).status_code == 200
    assert len([key for key in s3_media.keys() if key.startswith("images/")]) == len(renditions)
    # The feed's enclosure is a rendition in the bucket, with its size read from the store.
    feed = client.get("/ar/feed/").content.decode()
    assert f'url="{s3_media.prefix}images/' in feed and 'length="0"' not in feed


@pytest.mark.django_db
def test_two_uploads_of_one_file_name_are_two_objects(client, editor, s3_media):
    """django-storages' default (AWS_S3_FILE_OVERWRITE) would put the second picture under
    the first one's name: the first image would then show the second's picture."""
    first, second = jpeg((800, 450), (200, 0, 0)), jpeg((800, 450), (0, 0, 200))
    assert upload(client, "first", first, "photo.jpg").status_code == 302
    assert upload(client, "second", second, "photo.jpg").status_code == 302
    one, two = CreditedImage.objects.get(title="first"), CreditedImage.objects.get(title="second")
    assert one.file.name == "original_images/photo.jpg" and two.file.name != one.file.name
    assert fetch(one.file.url)[2] == first and fetch(two.file.url)[2] == second


@pytest.mark.django_db
def test_signed_urls_when_the_bucket_is_private(client, site_tree, s3_server, monkeypatch, settings):
    private = make_bucket(s3_server.endpoint, public=False)
    use_s3_media(monkeypatch, settings, s3_server.endpoint, private, MEDIA_S3_QUERYSTRING_AUTH="true")
    image = make_image(size=(1200, 675))
    article = make_article(site_tree.sections[("news", "en")], title="Signed pictures", image=image)
    lead = BeautifulSoup(client.get(article.url).content, "html.parser").select_one(".figure--lead img")
    for url in srcset_urls(lead):
        assert "X-Amz-Signature=" in url and "X-Amz-Expires=604800" in url
        assert fetch(url)[0] == 200
        with pytest.raises(urllib.error.HTTPError) as unsigned:  # the bucket is really private
            fetch(url.split("?", 1)[0])
        assert unsigned.value.code == 403


@pytest.mark.django_db
def test_a_store_that_is_down_is_a_form_error_and_degraded_not_a_500(
    client, site_tree, editor, s3_media, monkeypatch, settings, caplog
):
    image = make_image(size=(1200, 675))  # stored while the store is up
    article = make_article(site_tree.sections[("news", "ru")], title="Хранилище недоступно", image=image)
    # The same bucket, at an address where nothing listens: connection refused.
    dead = f"http://127.0.0.1:{free_port_in(range(18399, 18299, -1))}"
    use_s3_media(monkeypatch, settings, dead, s3_media.name, MEDIA_S3_TIMEOUT="1")
    before = CreditedImage.objects.count()
    response = upload(client, "while the store is down", jpeg((800, 450)))
    assert response.status_code == 200
    assert response.context["form"].has_error("file", "storage")
    assert CreditedImage.objects.count() == before

    client.logout()
    for url in (article.url, "/ru/", "/ru/news/", "/ru/feed/", "/api/v1/articles"):
        assert client.get(url).status_code == 200, url
    # No rendition can be made (the original cannot be read): the original, at the
    # bucket's URL, which readers' browsers may reach when this server cannot.
    lead = BeautifulSoup(client.get(article.url).content, "html.parser").select_one(".figure--lead img")
    assert (lead["src"], lead["width"]) == (image.file.url, "1200") and not lead.has_attr("srcset")
    assert lead["src"].startswith(f"{dead}/{s3_media.name}/original_images/")
    assert any("renditions cannot be made" in record.getMessage() for record in caplog.records)
    health = client.get("/healthz").json()
    assert (health["media"], health["database"], health["status"]) == ("degraded", "ok", "degraded")


# --- the settings, as an operator's environment makes them (a process of their own) -----

SHOW = (
    "import django; django.setup()\n"
    "from django.conf import settings\n"
    "from django.core.files.storage import default_storage\n"
    "from hiwar.core.middleware import content_security_policy\n"
    "print(default_storage.__class__.__name__, settings.SERVE_MEDIA)\n"
    "print(default_storage.url('original_images/a.jpg'))\n"
    "print([part for part in content_security_policy().split('; ') if part.startswith('img-src')][0])\n"
    "print(sorted(settings.STORAGES['default'].get('OPTIONS', {}).get(k) for k in ('file_overwrite',)))\n"
)


def test_without_a_bucket_media_are_files_in_media_root(tmp_path):
    result = run(["-c", SHOW], production_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:3] == [
        "FileSystemStorage True",
        "/media/original_images/a.jpg",
        "img-src 'self' data:",
    ]


def test_a_bucket_behind_a_custom_domain(tmp_path):
    env = production_env(
        tmp_path,
        MEDIA_S3_BUCKET="hiwar-media",
        MEDIA_S3_REGION="eu-central-1",
        MEDIA_S3_CUSTOM_DOMAIN="media.hiwar.example.org",
        MEDIA_S3_LOCATION="site/",
    )
    result = run(["-c", SHOW], env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "MediaS3Storage False",  # /media/ is not routed: pictures are on the custom domain
        "https://media.hiwar.example.org/site/original_images/a.jpg",
        "img-src 'self' data: https://media.hiwar.example.org",
        "[False]",
    ]


def test_an_s3_compatible_endpoint_is_addressed_by_path(tmp_path):
    env = production_env(
        tmp_path, MEDIA_S3_BUCKET="hiwar-media", MEDIA_S3_ENDPOINT_URL="https://s3.example.net"
    )
    result = run(["-c", SHOW], env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1:3] == [
        "https://s3.example.net/hiwar-media/original_images/a.jpg",
        "img-src 'self' data: https://s3.example.net",
    ]


@pytest.mark.parametrize(
    "extra, refusal",
    [
        (
            {"MEDIA_S3_QUERYSTRING_EXPIRE": "600"},
            "MEDIA_S3_QUERYSTRING_EXPIRE (600 s) must be longer than a page may be cached",
        ),
        (
            {"MEDIA_S3_CUSTOM_DOMAIN": "media.hiwar.example.org"},
            "MEDIA_S3_QUERYSTRING_AUTH=true cannot sign MEDIA_S3_CUSTOM_DOMAIN's URLs",
        ),
    ],
    ids=["must-outlive-the-cached-page", "not-on-a-custom-domain"],
)
def test_signed_url_settings_that_cannot_work_are_refused(tmp_path, extra, refusal):
    env = production_env(tmp_path, MEDIA_S3_BUCKET="hiwar-media", MEDIA_S3_QUERYSTRING_AUTH="true", **extra)
    result = run(["manage.py", "check"], env)
    assert result.returncode != 0
    assert refusal in result.stderr
