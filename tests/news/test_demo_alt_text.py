"""The demo site's pictures are described to readers who cannot see them, in each
language, on every face: no alt text is an image's title (`demo:kazan-forum-opens`)
or file name, and no `demo:` key appears in a page, a feed or the API."""

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from lxml import html as lxml_html

from hiwar.core.models import CreditedImage

pytestmark = pytest.mark.django_db


def test_demo_pictures_have_real_alt_text_on_every_face(client):
    call_command("load_demo", stdout=open(os.devnull, "w"))
    labels = set()
    for image in CreditedImage.objects.all():
        assert image.alt_ar and image.alt_ru and image.alt_en, image.title
        labels |= {image.title, Path(image.file.name).name, Path(image.file.name).stem}
    sitemap = client.get("/sitemap.xml").content.decode()
    paths = [urlsplit(loc.split("</loc>")[0]).path for loc in sitemap.split("<loc>")[1:]]
    assert any("/tags/" in path for path in paths)
    problems, figures = [], 0
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        document = lxml_html.fromstring(response.content)
        alts = document.xpath("//img/@alt") + document.xpath(
            '//meta[@property="og:image:alt" or @name="twitter:image:alt"]/@content'
        )
        figures += len(document.xpath("//figure[contains(@class, 'figure')]//img"))
        problems += [f"{path}: alt {alt!r} is a label" for alt in alts if alt in labels]
        problems += [
            f"{path}: figure without alt" for alt in document.xpath("//figure//img[not(@alt) or @alt='']")
        ]
        if "demo:" in response.content.decode():
            problems.append(f"{path}: a demo: key")
    assert figures > 30
    for lang in ("ar", "ru", "en"):
        for url in (f"/{lang}/feed/", f"/{lang}/feed/atom/", f"/api/v1/articles?lang={lang}"):
            body = client.get(url).content.decode()
            if "demo:" in body:
                problems.append(f"{url}: a demo: key")
    assert not problems, "\n".join(problems)
