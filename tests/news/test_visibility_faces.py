"""Every face × every kind of page a reader may not see: none of them shows it.

The publication policy (hiwar.news.visibility) is asked by every face. This test
builds one Arabic article of each KIND, each the translation of a visible English
article (so that the switcher, hreflang and JSON-LD of a visible page have a
chance to leak it), plus a VISIBLE control built the same way, and reads every
FACE. A hidden page's title and URL must appear in no face; the control must
appear in every face (so the test can fail).

A new face is one more entry in FACES, a new hidden kind one more in KINDS: the
parametrisation covers it with every existing kind or face by construction.
"""

import datetime
import json
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from hiwar.news.models import ArticlePage, HomePage
from hiwar.news.visibility import is_visible, visible
from tests import factories
from tests.conftest import kept_for_module
from tests.factories import make_site_tree, paragraph

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]

WORD = "zanzibarian"  # in every target's title and body: what search is asked for


def make_article(section, title, **fields):
    """factories.make_article dated an hour ago (unless told otherwise): inside the Google
    News sitemap's 48 hours, so that face shows the control and is really asked about the
    others. The factory's own default moves back an hour per article made in the session."""
    fields.setdefault("date", timezone.now() - datetime.timedelta(hours=1))
    return factories.make_article(section, title, **fields)


def _draft(section, title):
    return make_article(section, title, live=False, body=[paragraph(f"{WORD} draft")])


def _scheduled(section, title):
    page = make_article(section, title, live=False, body=[paragraph(f"{WORD} scheduled")])
    page.go_live_at = timezone.now() + datetime.timedelta(days=1)
    page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live
    return page


def _future_dated(section, title):
    return make_article(
        section, title, date=timezone.now() + datetime.timedelta(days=1), body=[paragraph(f"{WORD} future")]
    )


def _expired(section, title):
    page = make_article(section, title, body=[paragraph(f"{WORD} expired")])
    # Past its expiry, and publish_scheduled has not run yet: still live in the database.
    ArticlePage.objects.filter(pk=page.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=5))
    page.refresh_from_db()
    assert page.live
    return page


def _restricted(kind, **fields):
    def make(section, title):
        page = make_article(section, title, body=[paragraph(f"{WORD} {kind}")])
        PageViewRestriction.objects.create(page=page, restriction_type=kind, **fields)
        return page

    return make


def _unpublished(section, title):
    page = make_article(section, title, body=[paragraph(f"{WORD} unpublished")])
    page.unpublish()
    page.refresh_from_db()
    return page


def _taken_down(section, title):
    """Withdrawn by a chief editor (hiwar/newsroom/takedowns.py): unpublished, its
    address answering 410 Gone; the reason shown to readers, which must not bring
    the article back with it."""
    from hiwar.newsroom.takedowns import take_down

    page = make_article(section, title, body=[paragraph(f"{WORD} taken down")])
    take_down(page, None, "withdrawn for the test", public=True)
    page.refresh_from_db()
    assert not page.live
    return page


def _visible(section, title):
    return make_article(section, title, body=[paragraph(f"{WORD} visible")])


KINDS = {
    "draft": _draft,
    "scheduled": _scheduled,
    "future-dated": _future_dated,
    "expired": _expired,
    "private": _restricted(PageViewRestriction.LOGIN),
    "password": _restricted(PageViewRestriction.PASSWORD, password="secret"),
    "unpublished": _unpublished,
    "taken-down": _taken_down,
}
CONTROL = "visible"


@dataclass
class Target:
    kind: str
    page: ArticlePage
    anchor: ArticlePage  # its visible English version

    @property
    def title(self):
        return self.page.title

    @property
    def path(self):
        return f"/ar/news/{self.page.slug}/"


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with kept_for_module(django_db_blocker):
        _locales, homes, sections = make_site_tree(("news",))
        targets = {}
        for kind, make in {**KINDS, CONTROL: _visible}.items():
            anchor = make_article(sections[("news", "en")], f"Anchor of {kind}", body=[paragraph("anchor")])
            page = make(sections[("news", "ar")], f"{WORD} target {kind}")
            page = ArticlePage.objects.get(pk=page.pk)
            ArticlePage.objects.filter(pk=page.pk).update(translation_key=anchor.translation_key)
            page.translation_key = anchor.translation_key
            targets[kind] = Target(kind, page, anchor)
        yield {"homes": homes, "targets": targets}


# --- the faces: each returns the text a reader (or a machine) gets ----------------------


def _get(client, url, **params):
    response = client.get(url, params)
    return response.content.decode()


def article_url(client, world, target):
    response = client.get(target.path)
    assert response.status_code in (200, 302, 404, 410), response.status_code
    if target.kind == CONTROL:
        assert response.status_code == 200
    elif target.kind == "taken-down":
        assert response.status_code == 410, "a withdrawn article's address answers 410 Gone"
    elif response.status_code == 200:  # the password form of a protected page, nothing of it
        assert "password" in response.content.decode().lower()
    if target.kind != "taken-down":
        assert response.status_code != 410, "only a taken-down article's address is gone"
    return response.content.decode()


def article_url_again(client, world, target):
    """The second anonymous view, which an article's page bundle serves once the first
    built it (hiwar/news/bundles.py): nothing hidden may be bundled."""
    article_url(client, world, target)
    return article_url(client, world, target)


def home_blocks(client, world, target):
    return _get(client, "/ar/")


def lead_story(client, world, target):
    HomePage.objects.filter(pk=world["homes"]["ar"].pk).update(lead_story=target.page)
    return _get(client, "/ar/")


def section_listing(client, world, target):
    return _get(client, "/ar/news/")


def search_page(client, world, target):
    return _get(client, "/ar/search/", q=WORD)


def api_search(client, world, target):
    data = json.loads(_get(client, "/api/v1/search", q=WORD, per_page=50))
    assert data["count"] == len(data["results"]), "count must agree with results"
    return json.dumps(data, ensure_ascii=False)


def api_list(client, world, target):
    return _get(client, "/api/v1/articles", lang="ar", per_page=100)


def api_detail(client, world, target):
    return _get(client, f"/api/v1/articles/{target.page.pk}")


def api_translations(client, world, target):
    return _get(client, f"/api/v1/articles/{target.anchor.pk}")


def feed(client, world, target):
    return _get(client, "/ar/feed/") + _get(client, "/ar/news/feed/atom/")


def sitemap(client, world, target):
    return _get(client, "/sitemap.xml")


def news_sitemap(client, world, target):
    return _get(client, "/news-sitemap.xml")


def switcher_hreflang_json_ld(client, world, target):
    """The visible English version: its switcher, hreflang links and JSON-LD translations."""
    return _get(client, f"/en/news/{target.anchor.slug}/")


def policy_queryset(client, world, target):
    return " ".join(visible(ArticlePage.objects.all()).values_list("title", flat=True))


def policy_predicate(client, world, target):
    return target.title if is_visible(ArticlePage.objects.get(pk=target.page.pk)) else ""


@dataclass
class Face:
    read: Callable
    shows_urls: bool = True  # False: the face's own 404 page may repeat the requested path


FACES = {
    "article URL": Face(article_url, shows_urls=False),
    "article URL, second view (page bundle)": Face(article_url_again, shows_urls=False),
    "home blocks": Face(home_blocks),
    "lead story": Face(lead_story),
    "section listing": Face(section_listing),
    "search page": Face(search_page),
    "API search": Face(api_search),
    "API list": Face(api_list),
    "API detail": Face(api_detail),
    "API translations": Face(api_translations),
    "RSS and Atom feeds": Face(feed),
    "sitemap with hreflang": Face(sitemap),
    "Google News sitemap": Face(news_sitemap),
    "switcher, hreflang, JSON-LD": Face(switcher_hreflang_json_ld),
    "policy queryset": Face(policy_queryset, shows_urls=False),
    "policy predicate": Face(policy_predicate, shows_urls=False),
}


@pytest.mark.parametrize("face", FACES)
@pytest.mark.parametrize("kind", [*KINDS, CONTROL])
def test_face_shows_only_what_readers_may_see(client, world, face, kind):
    target = world["targets"][kind]
    text = FACES[face].read(client, world, target)
    shown = target.title in text or (FACES[face].shows_urls and target.path in text)
    if kind == CONTROL:
        assert shown, f"{face}: the visible article is missing, so this face is not tested"
    else:
        assert target.title not in text, f"{face} shows the {kind} article's title"
        if FACES[face].shows_urls:
            assert target.path not in text, f"{face} shows the {kind} article's URL"


def test_an_article_appears_when_its_date_comes_without_being_saved(client, world):
    """Visible by the clock alone: no save, no re-index, just a later moment."""
    target = world["targets"]["future-dated"]
    later = target.page.date + datetime.timedelta(minutes=1)
    assert not visible(ArticlePage.objects.filter(pk=target.page.pk)).exists()
    assert visible(ArticlePage.objects.filter(pk=target.page.pk), later).exists()
    ArticlePage.objects.filter(pk=target.page.pk).update(date=timezone.now() - datetime.timedelta(minutes=1))
    assert target.title in search_page(client, world, target)
    assert target.title in section_listing(client, world, target)
