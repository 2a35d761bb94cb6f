"""Translating an article makes drafts: nothing of the untranslated copy is public.

wagtail-localize's default (WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = True)
published the Russian copy of an Arabic article at once: Arabic text under
`<html lang="ru">`, in the Russian listing, feeds, sitemaps, API and switcher.
The copies here are made by wagtail-localize's own submit-translation view, as an
editor does it, and every public face is asked for them.
"""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from hiwar.news.models import ArticlePage
from tests.factories import make_article, paragraph

TITLE = "وزير الخارجية يبحث مشروع الممر الشمالي مع نظيره"
BODY_WORD = "المتوسطية"


@pytest.fixture
def translated(client, site_tree):
    """A published Arabic article submitted for translation into Russian and English."""
    article = make_article(
        site_tree.sections[("news", "ar")],
        TITLE,
        body=[paragraph(f"نص عن {BODY_WORD} كاملاً")],
        # Inside the Google News sitemap's 48 hours, however many articles the session made.
        date=timezone.now() - datetime.timedelta(hours=1),
    )
    editor = get_user_model().objects.create_superuser("translator", "t@example.org", "x-pass-123")
    client.force_login(editor)
    locales = [Locale.objects.get(language_code=code).pk for code in ("ru", "en")]
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[article.pk]), {"locales": locales}
    )
    assert response.status_code == 302, response.content[:2000]
    client.logout()
    copies = {
        copy.locale.language_code: copy
        for copy in ArticlePage.objects.filter(translation_key=article.translation_key).exclude(pk=article.pk)
    }
    assert set(copies) == {"ru", "en"}
    return article, copies


@pytest.mark.django_db
def test_translation_copies_are_drafts(translated):
    _, copies = translated
    for copy in copies.values():
        copy.refresh_from_db()
        assert copy.live is False
        assert copy.has_unpublished_changes is True
        assert copy.first_published_at is None
        assert copy.title == TITLE  # the untranslated source text: all the more reason to hide it


@pytest.mark.django_db
def test_copy_url_is_404_for_readers(client, translated):
    article, copies = translated
    for lang, copy in copies.items():
        assert client.get(f"/{lang}/news/{copy.slug}/").status_code == 404
    assert client.get(article.url).status_code == 200  # the source stays public


LISTINGS_AND_FEEDS = [
    "/{lang}/",
    "/{lang}/news/",
    "/{lang}/feed/",
    "/{lang}/feed/atom/",
    "/{lang}/news/feed/",
]


@pytest.mark.django_db
def test_copy_is_not_in_listings_or_feeds(client, translated):
    _, copies = translated
    for lang, copy in copies.items():
        for path in LISTINGS_AND_FEEDS:
            response = client.get(path.format(lang=lang))
            assert response.status_code == 200, path
            text = response.content.decode()
            assert TITLE not in text, path
            assert BODY_WORD not in text, path
            assert f"/{lang}/news/{copy.slug}/" not in text, path


@pytest.mark.django_db
def test_copy_is_not_in_sitemaps(client, translated):
    article, copies = translated
    for path in ("/sitemap.xml", "/news-sitemap.xml"):
        response = client.get(path)
        assert response.status_code == 200
        text = response.content.decode()
        assert article.url in text  # the source is listed, so the check below can fail
        for copy in copies.values():
            assert f"/{copy.locale.language_code}/news/{copy.slug}/" not in text, path


@pytest.mark.django_db
def test_copy_is_not_in_the_api(client, translated):
    article, copies = translated
    for lang in ("ru", "en"):
        listing = client.get(f"/api/v1/articles?lang={lang}&per_page=100").json()
        assert copies[lang].pk not in [item["id"] for item in listing["results"]]
        assert client.get(f"/api/v1/articles/{copies[lang].pk}").status_code == 404
        found = client.get("/api/v1/search", {"q": BODY_WORD, "lang": lang}).json()
        assert found["results"] == []
    source = client.get(f"/api/v1/articles/{article.pk}").json()
    assert set(source["translations"]) <= {"ar"}
    everywhere = client.get("/api/v1/search", {"q": BODY_WORD, "lang": "all"}).json()
    assert [item["id"] for item in everywhere["results"]] in ([article.pk], [])


@pytest.mark.django_db
def test_copy_is_not_found_by_the_search_page(client, translated):
    _, copies = translated
    for lang, copy in copies.items():
        for params in ({"q": BODY_WORD}, {"q": BODY_WORD, "lang": "all"}):
            text = client.get(f"/{lang}/search/", params).content.decode()
            assert f"/{lang}/news/{copy.slug}/" not in text


@pytest.mark.django_db
def test_source_page_offers_no_switcher_link_or_hreflang_to_drafts(client, translated):
    article, copies = translated
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    hreflangs = {link["hreflang"] for link in soup.select('link[rel="alternate"][hreflang]')}
    assert "ru" not in hreflangs and "en" not in hreflangs
    hrefs = [a.get("href", "") for a in soup.find_all("a")]
    for copy in copies.values():
        assert not any(copy.slug in href and f"/{copy.locale.language_code}/" in href for href in hrefs)


@pytest.mark.django_db
def test_a_person_publishing_the_translation_makes_it_public(client, translated):
    """The counter-check: the faces above do show a copy once it is published."""
    article, copies = translated
    copy = copies["ru"]
    copy.title = "Министр обсудил Северный коридор"
    copy.save_revision().publish()
    assert client.get(f"/ru/news/{copy.slug}/").status_code == 200
    assert copy.title in client.get("/ru/news/").content.decode()
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    assert "ru" in {link["hreflang"] for link in soup.select('link[rel="alternate"][hreflang]')}
