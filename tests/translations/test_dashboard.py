"""The "Translations" dashboard: cells on the demo content, next actions, filters,
counts, query count per page, bad input, the admin's language."""

import os
import re

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.users.models import UserProfile

from hiwar.news.demo import content
from hiwar.news.models import ArticlePage
from hiwar.translations.models import State, TranslationLink
from tests.factories import make_article

from .conftest import state

pytestmark = pytest.mark.django_db
URL = "/admin/translations/"


def cells(response):
    """{(original title, lang): (state, action label, action href)} of a dashboard page."""
    soup = BeautifulSoup(response.content, "html.parser")
    found = {}
    for row in soup.select("table.hiwar-tr-table tbody tr"):
        title = row.select_one("td a").get_text(strip=True)
        for cell in row.select("td.hiwar-tr-cell"):
            action = cell.select_one(".hiwar-tr-action")
            button = cell.select_one("button")
            label = (button or action).get_text(strip=True) if action else ""
            href = action.get("href") or action.get("action") if action else ""
            found[(title, cell["data-lang"])] = (cell["data-state"], label, href)
    return found


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=open(os.devnull, "w"))


def test_demo_cells_follow_the_demo_content(client, editor, demo):
    client.force_login(editor)
    response = client.get(URL)
    assert response.status_code == 200
    found = cells(response)
    assert len({title for title, _lang in found}) == len(content.ARTICLES)
    for spec in content.ARTICLES:
        codes = list(spec["versions"])
        title = spec["versions"][codes[0]]["title"]
        for lang in ("ar", "ru", "en"):
            cell_state, label, href = found[(title, lang)]
            if lang == codes[0]:
                assert (cell_state, label) == (State.ORIGINAL, "Edit"), (title, lang)
            elif lang in codes:
                assert (cell_state, label) == (State.UP_TO_DATE, "Edit"), (title, lang)
                page = ArticlePage.objects.get(title=spec["versions"][lang]["title"])
                assert href == reverse("wagtailadmin_pages:edit", args=[page.pk])
            else:
                assert (cell_state, label) == (State.MISSING, "Translate"), (title, lang)
                assert href.endswith(f"/{lang}/")


def test_counts_add_up_to_every_cell(client, editor, demo):
    client.force_login(editor)
    soup = BeautifulSoup(client.get(URL).content, "html.parser")
    counts = {
        li["data-state"]: int(re.match(r"\d+", li.get_text()).group()) for li in soup.select("li[data-state]")
    }
    versions = sum(len(spec["versions"]) for spec in content.ARTICLES)
    assert counts[State.ORIGINAL] == len(content.ARTICLES)
    assert counts[State.UP_TO_DATE] == versions - len(content.ARTICLES)
    assert counts[State.MISSING] == 3 * len(content.ARTICLES) - versions
    assert counts[State.OUTDATED] == counts[State.IN_PROGRESS] == 0


def test_outdated_cells_offer_review_or_sync(client, editor, site_tree, arabic):
    from tests.translations.conftest import by_hand, by_localize

    russian = by_hand(site_tree, arabic, client, editor)
    other = make_article(site_tree.sections[("news", "ar")], "خبر ثان عن التعاون الاقتصادي")
    by_localize(site_tree, other, client, editor)
    for source in (arabic, other):
        page = ArticlePage.objects.get(pk=source.pk)
        page.title += " (معدل)"
        page.save_revision().publish()
    found = cells(client.get(URL))
    assert found[(arabic.title + " (معدل)", "ru")][:2] == (State.OUTDATED, "Review")
    assert found[(arabic.title + " (معدل)", "ru")][2] == reverse("translations:diff", args=[russian.pk])
    from wagtail_localize.models import TranslationSource

    sync = found[(other.title + " (معدل)", "ru")]
    source = TranslationSource.objects.get(object_id=other.translation_key)
    assert sync == (State.OUTDATED, "Sync", reverse("wagtail_localize:update_translations", args=[source.pk]))


@pytest.mark.parametrize(
    "query, expected",
    [
        ("lang=ru&state=missing", {"only-ar"}),
        ("lang=ru&state=up_to_date", {"both"}),
        ("state=original&desk=ar-desk", {"both", "only-ar"}),
        ("desk=ru-desk", {"only-ru"}),
        ("q=both", {"both"}),
        ("section=analysis", {"only-ru"}),
    ],
)
def test_filters(client, editor, site_tree, query, expected):
    both = make_article(site_tree.sections[("news", "ar")], "both")
    make_article(site_tree.sections[("news", "ru")], "both ru", translation_of=both)
    make_article(site_tree.sections[("news", "ar")], "only-ar")
    make_article(site_tree.sections[("analysis", "ru")], "only-ru")
    client.force_login(editor)
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    assert {title for title, _lang in cells(response)} == expected


@pytest.mark.parametrize(
    "query, field",
    [
        ("lang=xx", "xx"),
        ("state=stale", "stale"),
        ("section=nowhere", "nowhere"),
        ("desk=fr-desk", "fr-desk"),
        ("page=abc", "page"),
        ("page=999", "999"),
        ("q=" + "x" * 300, "200"),
    ],
)
def test_unknown_filter_values_are_a_400_naming_them(client, editor, site_tree, query, field):
    make_article(site_tree.sections[("news", "ar")], "خبر")
    client.force_login(editor)
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 400
    text = response.content.decode()
    assert field in text
    assert "hiwar-tr-table" not in text


def test_query_count_does_not_grow_with_the_page(client, editor, site_tree):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(URL).status_code == 200
        return len(captured)

    client.force_login(editor)
    for number in range(3):
        source = make_article(site_tree.sections[("news", "ar")], f"خبر رقم {number}")
        make_article(site_tree.sections[("news", "ru")], f"Новость {number}", translation_of=source)
    few = queries()
    for number in range(60):
        source = make_article(site_tree.sections[("news", "ar")], f"خبر آخر رقم {number}")
        make_article(site_tree.sections[("news", "en")], f"Story {number}", translation_of=source)
    assert queries() == few
    soup = BeautifulSoup(client.get(URL).content, "html.parser")
    assert len(soup.select("table.hiwar-tr-table tbody tr")) == 50
    assert soup.select_one("a[rel=next]")


def dashboard_of_one_story(client, editor, site_tree, admin_language):
    """The dashboard, in `admin_language`, of an Arabic story with a Russian translation."""
    source = make_article(site_tree.sections[("news", "ar")], "خبر عن التعاون")
    make_article(site_tree.sections[("news", "ru")], "Новость", translation_of=source)
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = admin_language
    profile.save()
    client.force_login(editor)
    return BeautifulSoup(client.get(URL).content, "html.parser")


def test_dashboard_in_the_arabic_admin(client, editor, site_tree):
    soup = dashboard_of_one_story(client, editor, site_tree, "ar")
    assert soup.html["dir"] == "rtl" and soup.html["lang"] == "ar"
    assert soup.select_one("h1").get_text(strip=True) == "الترجمات"
    labels = {
        cell["data-lang"]: cell.select_one(".hiwar-tr-label").get_text()
        for cell in soup.select("td.hiwar-tr-cell")
    }
    assert labels == {"ar": "أصلي", "ru": "محدّثة", "en": "غير موجودة"}
    counts = [li.get_text() for li in soup.select(".hiwar-tr-counts li")]
    assert counts[0] == "خبر واحد"
    assert "ترجمة محدّثة واحدة" in counts and "ترجمتان غير موجودتين" not in counts


def test_menu_item(client, editor, site_tree):
    client.force_login(editor)
    assert URL in client.get("/admin/").content.decode()


def test_translations_of_demo_content_are_linked(demo):
    for spec in content.ARTICLES:
        codes = list(spec["versions"])
        first = ArticlePage.objects.get(title=spec["versions"][codes[0]]["title"])
        assert state(first) == State.ORIGINAL
        for code in codes[1:]:
            page = ArticlePage.objects.get(title=spec["versions"][code]["title"])
            assert TranslationLink.objects.get(page_id=page.pk).source_id == first.pk


COUNTS = (0, 1, 2, 3, 11, 100)
PLURALS = {
    "ar": {
        State.OUTDATED: ["لا ترجمات متأخرة", "ترجمة متأخرة واحدة", "ترجمتان متأخرتان", "3 ترجمات متأخرة"]
        + ["11 ترجمة متأخرة", "100 ترجمة متأخرة"],
        State.MISSING: ["لا ترجمات غير موجودة", "ترجمة واحدة غير موجودة", "ترجمتان غير موجودتين"]
        + ["3 ترجمات غير موجودة", "11 ترجمة غير موجودة", "100 ترجمة غير موجودة"],
    },
    "ru": {
        State.OUTDATED: ["0 устаревших переводов", "1 устаревший перевод", "2 устаревших перевода"]
        + ["3 устаревших перевода", "11 устаревших переводов", "100 устаревших переводов"],
        State.ORIGINAL: ["0 оригиналов", "1 оригинал", "2 оригинала", "3 оригинала", "11 оригиналов"]
        + ["100 оригиналов"],
    },
    "en": {
        State.ORIGINAL: ["0 originals", "1 original", "2 originals", "3 originals", "11 originals"]
        + ["100 originals"]
    },
}


@pytest.mark.parametrize("lang", list(PLURALS))
def test_counts_have_the_plural_forms_of_the_language(lang):
    from django.utils import translation

    from hiwar.translations.views import count_label

    with translation.override(lang):
        for state_, expected in PLURALS[lang].items():
            assert [count_label(state_, n) for n in COUNTS] == expected


def test_translation_status_command(site_tree, arabic):
    import io
    import json

    from tests.ingest.conftest import run

    russian = make_article(site_tree.sections[("news", "ru")], "Министр", translation_of=arabic)
    page = ArticlePage.objects.get(pk=arabic.pk)
    page.title = "عنوان معدل"
    page.save_revision().publish()
    out = io.StringIO()
    call_command("translation_status", "--lang", "ru", "--state", "outdated", "--json", stdout=out)
    document = json.loads(out.getvalue())
    assert document["counts"][State.OUTDATED] == 1
    assert document["stories"] == [
        {
            "translation_key": str(arabic.translation_key),
            "original": arabic.pk,
            "title": "عنوان معدل",
            "section": "news",
            "languages": {"ru": {"state": "outdated", "page": russian.pk, "source_deleted": False}},
        }
    ]
    text = run("translation_status").out
    assert f"outdated({russian.pk})" in text and "missing" in text
    assert run("translation_status", "--state", "outdated", "--lang", "en").out.count("\n") == 2  # no rows
    for args, message in [
        (("--lang", "fr"), "--lang fr: not a site language"),
        (("--state", "stale"), "--state stale: not a state"),
        (("--section", "nowhere"), "--section nowhere: no section"),
    ]:
        from django.core.management.base import CommandError

        with pytest.raises(CommandError, match=re.escape(message)):
            call_command("translation_status", *args, stdout=io.StringIO())


def test_dashboard_in_the_russian_admin(client, editor, site_tree):
    soup = dashboard_of_one_story(client, editor, site_tree, "ru")
    assert soup.html["dir"] == "ltr" and soup.html["lang"] == "ru"
    assert soup.select_one("h1").get_text(strip=True) == "Переводы"
    labels = {
        cell["data-lang"]: cell.select_one(".hiwar-tr-label").get_text()
        for cell in soup.select("td.hiwar-tr-cell")
    }
    assert labels == {"ar": "оригинал", "ru": "актуален", "en": "нет"}
    counts = [li.get_text() for li in soup.select(".hiwar-tr-counts li")]
    assert counts[0] == "1 материал" and "1 актуальный перевод" in counts
    assert soup.select_one("td[data-lang=en] button").get_text(strip=True) == "Перевести"
    assert soup.select("tbody td")[1].get_text(strip=True) == "Новости"  # the section, in Russian


def test_a_deleted_source_leaves_originals_marked_so(client, editor, site_tree, arabic):
    from wagtail.models import Page

    russian = make_article(
        site_tree.sections[("news", "ru")], "Министр обсудил коридор", translation_of=arabic
    )
    english = make_article(
        site_tree.sections[("news", "en")], "Minister discusses corridor", translation_of=arabic
    )
    Page.objects.get(pk=arabic.pk).delete()
    client.force_login(editor)
    response = client.get(URL)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    row = soup.select_one(f"tr[data-key='{arabic.translation_key}']")
    assert row.select_one("td a").get_text(strip=True) == russian.title  # the first remaining version
    cells = {cell["data-lang"]: cell for cell in row.select("td.hiwar-tr-cell")}
    assert cells["ar"]["data-state"] == State.MISSING
    for lang in ("ru", "en"):
        assert cells[lang]["data-state"] == State.ORIGINAL
        assert cells[lang].select_one(".hiwar-tr-note").get_text(strip=True) == "source deleted"
    # Translating the Arabic back starts from the remaining original
    client.post(reverse("translations:translate", args=[russian.pk, "ar"]))
    new_arabic = ArticlePage.objects.get(translation_key=arabic.translation_key, locale__language_code="ar")
    assert TranslationLink.objects.get(page_id=new_arabic.pk).source_id == russian.pk
    assert state(english) == State.ORIGINAL
