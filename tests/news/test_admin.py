"""The Wagtail admin works in Arabic (right-to-left) as well as Russian and English."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile


@pytest.fixture
def editor_client(client, site_tree):
    def login(language):
        user = get_user_model().objects.create_superuser(
            f"editor-{language}", f"{language}@example.org", "x-pass-123"
        )
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        client.force_login(user)
        return client

    return login


@pytest.mark.django_db
@pytest.mark.parametrize("language, direction", [("ar", "rtl"), ("ru", "ltr"), ("en", "ltr")])
def test_admin_dashboard_in_each_language(editor_client, language, direction):
    response = editor_client(language).get("/admin/")
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser").html
    assert html["lang"] == language
    assert html["dir"] == direction


@pytest.mark.django_db
def test_arabic_admin_shows_article_form_with_translated_labels(editor_client, site_tree):
    section = site_tree.sections[("news", "ar")]
    response = editor_client("ar").get(f"/admin/pages/add/news/articlepage/{section.pk}/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "تاريخ النشر" in text  # "publication date"
    assert "الصورة الرئيسية" in text  # "lead image"


@pytest.mark.django_db
def test_image_form_requires_a_credit(editor_client):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image
    from wagtail.models import Collection

    from hiwar.core.models import CreditedImage

    # The newsroom's desk collections make the form's collection select visible (and
    # required); the browser sends its first choice, the root collection.
    root = Collection.get_first_root_node()

    def upload(credit):
        buffer = io.BytesIO()
        Image.new("RGB", (64, 36), (20, 80, 90)).save(buffer, "JPEG")
        picture = SimpleUploadedFile("photo.jpg", buffer.getvalue(), content_type="image/jpeg")
        data = {"title": "Photo", "file": picture, "credit": credit, "collection": root.pk}
        return client.post("/admin/images/add/", data)

    client = editor_client("en")
    assert client.get("/admin/images/multiple/add/").status_code == 200
    refused = upload("")
    assert refused.status_code == 200  # the form again, with its error
    assert list(refused.context["form"].errors) == ["credit"]  # refused for the credit alone
    assert not CreditedImage.objects.exists()
    accepted = upload("Federation Council")
    assert accepted.status_code == 302
    assert list(CreditedImage.objects.values_list("credit", flat=True)) == ["Federation Council"]


@pytest.mark.django_db
def test_date_format_settings_are_editable(editor_client, site_tree):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    response = editor_client("ar").get(f"/admin/settings/core/dateformatsettings/{site.pk}/")
    assert response.status_code == 200
    assert "أسماء الأشهر بالعربية" in response.content.decode()


@pytest.mark.django_db
def test_anonymous_reader_is_sent_to_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response.headers["Location"]
