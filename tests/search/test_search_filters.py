"""Filters (section, dates), sorting, "did you mean" and story grouping, on the page,
in the API and in search(); in Arabic, Russian and English; bad filter values."""

import datetime

import pytest
from django.utils import timezone

from hiwar.search.query import InvalidSearch, search, suggest
from tests.factories import make_article, paragraph

pytestmark = [pytest.mark.postgres, pytest.mark.urls("tests.search.urls")]

WORDS = {"ar": "المفاوضات", "ru": "переговоры", "en": "negotiations"}
TYPOS = {
    "ar": ("المفاوظات", "المفاوضات"),
    "ru": ("переговоди", "переговоры"),
    "en": ("negotiatoins", "negotiations"),
}


def day(number):
    return timezone.make_aware(datetime.datetime(2026, 11, number, 10, 0), datetime.UTC)


@pytest.fixture
def stories(site_tree):
    """Per language: one article in news dated Nov 10, one in analysis dated Nov 20;
    the three news articles are versions of one story, as are the analysis ones."""
    made = {}
    for section, when in (("news", day(10)), ("analysis", day(20))):
        first = None
        for lang in ("ar", "ru", "en"):
            page = make_article(
                site_tree.sections[(section, lang)],
                f"{WORDS[lang]} {section}",
                date=when,
                body=[paragraph(f"{WORDS[lang]} {WORDS[lang]}")],
                translation_of=first,
            )
            first = first or page
            made[(section, lang)] = page
    return made


@pytest.mark.parametrize("lang", ["ar", "ru", "en"])
def test_section_filter(stories, lang):
    assert [r.id for r in search(WORDS[lang], lang, section="news").results] == [stories[("news", lang)].id]
    assert search(WORDS[lang], lang).total == 2


def test_section_filter_means_the_section_in_every_language(stories):
    found = {r.id for r in search(WORDS["ar"] + " " + WORDS["en"], "all", section="analysis").results}
    assert stories[("analysis", "ar")].id in found and stories[("news", "ar")].id not in found


@pytest.mark.parametrize("lang", ["ar", "ru", "en"])
def test_date_range(stories, lang):
    assert [r.id for r in search(WORDS[lang], lang, date_from="2026-11-15").results] == [
        stories[("analysis", lang)].id
    ]
    assert [r.id for r in search(WORDS[lang], lang, date_to="2026-11-10").results] == [
        stories[("news", lang)].id
    ]
    assert search(WORDS[lang], lang, date_from="2026-11-10", date_to="2026-11-20").total == 2
    assert search(WORDS[lang], lang, date_from="2026-11-11", date_to="2026-11-19").total == 0


@pytest.mark.parametrize("start, end", [("0000-01-01", "9999-12-31"), ("0001-01-01", "9000-12-31")])
def test_days_at_the_ends_of_the_calendar_are_clamped(client, stories, start, end):
    """Year 0 (RFC 3339 has one, Python not) and 9999-12-31 (its next day overflows)
    were 500s; they mean "from the first" and "to the last" story."""
    assert search(WORDS["ar"], "ar", date_from=start, date_to=end).total == 2
    for path in ("/ar/search/", "/api/v1/search"):
        response = client.get(path, {"q": WORDS["ar"], "lang": "ar", "from": start, "to": end})
        assert response.status_code == 200, (path, start, end, response.status_code)
    assert client.get("/api/v1/search", {"q": WORDS["ar"], "to": "0.0"}).status_code == 422  # not a Unix time


@pytest.mark.parametrize("lang", ["ar", "ru", "en"])
def test_sort_by_date(stories, lang):
    # The news article has the word in its body twice as well: relevance may put either
    # first, date must put the newer (analysis, Nov 20) first.
    newest = search(WORDS[lang], lang, sort="date").results
    assert [r.id for r in newest] == [stories[("analysis", lang)].id, stories[("news", lang)].id]
    assert {r.id for r in search(WORDS[lang], lang, sort="relevance").results} == {r.id for r in newest}


@pytest.mark.parametrize("lang", ["ar", "ru", "en"])
def test_did_you_mean(stories, lang):
    typo, right = TYPOS[lang]
    assert search(typo, lang).total == 0
    assert suggest(typo, lang) == right
    assert suggest(right, lang) is None  # found: nothing to correct


@pytest.mark.parametrize("variant", ["مفاوضاة", "المفاوضات", "المُفاوَضات"])
def test_arabic_spelling_variants_are_not_misspellings(site_tree, variant):
    make_article(site_tree.sections[("news", "ar")], "أحمد في المستشفى مع المدرسة", date=day(5))
    for query in ("احمد", "إحمد", "المستشفي", "المدرسه", "آحمد"):
        assert search(query, "ar").total == 1, query
        assert suggest(query, "ar") is None, query


def test_suggestions_come_only_from_visible_pages(site_tree):
    news = site_tree.sections[("news", "en")]
    make_article(news, "Embargoed zeppelinworks story", date=timezone.now() + datetime.timedelta(days=3))
    make_article(news, "Draft gondolawhirl story", live=False)
    withdrawn = make_article(news, "Withdrawn quasarflare story", date=day(3))
    withdrawn.unpublish()
    for typo in ("zeppelinwork", "gondolawhirls", "quasarflair"):
        assert suggest(typo, "en") is None, typo
        assert suggest(typo, "all") is None, typo


def test_grouped_per_story_with_all_languages(client, stories):
    response = client.get(
        "/en/search/", {"q": f"{WORDS['ar']} {WORDS['ru']} {WORDS['en']}", "lang": "all", "section": "news"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('class="search-result"') == 1  # three versions, one story
    assert html.count('class="search-result__version"') == 2
    for lang in ("ar", "ru"):
        assert stories[("news", lang)].url in html


def test_api_filters_sort_suggestion_and_stories(client, stories):
    answer = client.get("/api/v1/search", {"q": WORDS["ru"], "lang": "ru", "sort": "date"}).json()
    assert [r["id"] for r in answer["results"]] == [
        stories[("analysis", "ru")].id,
        stories[("news", "ru")].id,
    ]
    answer = client.get(
        "/api/v1/search", {"q": WORDS["ru"], "lang": "ru", "section": "news", "from": "2026-11-01"}
    )
    assert [r["id"] for r in answer.json()["results"]] == [stories[("news", "ru")].id]
    assert answer.json()["filters"] == {"section": "news", "from": "2026-11-01"}
    answer = client.get("/api/v1/search", {"q": TYPOS["en"][0], "lang": "en"}).json()
    assert answer["count"] == 0 and answer["suggestion"] == TYPOS["en"][1]
    answer = client.get("/api/v1/search", {"q": WORDS["en"], "lang": "all"}).json()
    assert len(answer["stories"]) == 2 and all(len(s["versions"]) == 3 for s in answer["stories"])


BAD_FILTERS = [
    ({"from": "2026-11-20", "to": "2026-11-10"}, "before it starts"),
    ({"from": "yesterday"}, "YYYY-MM-DD"),
    ({"to": "2026-02-30"}, "YYYY-MM-DD"),
    ({"sort": "popularity"}, "Unknown sort"),
    ({"section": "no-such-section"}, "Unknown section"),
    ({"lang": "xx"}, "Unknown language"),
]


@pytest.mark.parametrize("params, message", BAD_FILTERS)
def test_bad_filters_are_400_with_a_message(client, stories, params, message):
    page = client.get("/en/search/", {"q": WORDS["en"], **params})
    assert page.status_code == 400 and message in page.content.decode()
    assert 'name="q"' in page.content.decode()  # the form is there to fix it
    api = client.get("/api/v1/search", {"q": WORDS["en"], **params})
    assert api.status_code in (400, 404, 422) and api.json()["detail"]
    with pytest.raises(InvalidSearch):
        search(
            WORDS["en"],
            params.get("lang", "en"),
            **{{"from": "date_from", "to": "date_to"}.get(k, k): v for k, v in params.items() if k != "lang"},
        )


def test_date_range_message_in_arabic_and_russian(client, stories):
    for lang, words in (("ar", "قبل"), ("ru", "раньше")):
        page = client.get(f"/{lang}/search/", {"q": "x", "from": "2026-11-20", "to": "2026-11-10"})
        assert page.status_code == 400 and words in page.content.decode(), lang


def test_pagination_keeps_the_filters(client, site_tree):
    news = site_tree.sections[("news", "ru")]
    for number in range(12):
        make_article(news, f"переговоры {number}", date=day(1 + number))
    html = client.get(
        "/ru/search/", {"q": "переговоры", "section": "news", "from": "2026-11-01", "sort": "date"}
    )
    html = html.content.decode()
    assert 'rel="next"' in html
    link = html.split('rel="next" href="', 1)[1].split('"', 1)[0]
    assert "section=news" in link and "from=2026-11-01" in link and "sort=date" in link


def test_arabic_page_uses_its_digits(client, site_tree):
    news = site_tree.sections[("news", "ar")]
    for number in range(12):
        make_article(news, f"المفاوضات {number}", date=day(1 + number))
    html = client.get("/ar/search/", {"q": "المفاوضات"}).content.decode()
    assert "١٢" in html  # the count in Arabic-Indic digits, "page 1 of two pages" with the dual
    assert "الصفحة ١ من صفحتين" in html.split('class="pagination__current"', 1)[1].split("</span>", 1)[0]


@pytest.mark.parametrize(
    "query", ["", "x" * 10_000, '" * NEAR( AND OR -', "لافروф Lavrov Лавров", "Moscow موسكو Москва"]
)
def test_bad_queries_with_filters_never_500(client, stories, query):
    for path in ("/ar/search/", "/api/v1/search"):
        response = client.get(path, {"q": query, "section": "news", "from": "2026-11-01", "sort": "date"})
        assert response.status_code in (200, 422), (path, query[:20], response.status_code)


def test_filtered_search_is_never_stored_and_reaches_the_site_whole(client, stories):
    """Cache safety of the filters: the search page (200 or 400) says no-cache, so no
    shared cache keeps a filtered variant; and the edge passes /<lang>/search/ before
    its query-string normalisation (which keeps only `page`/`p` of cached URLs), so
    section, from, to and sort reach Django untouched instead of being stripped."""
    from pathlib import Path

    for params in (
        {"section": "news", "from": "2026-11-01", "sort": "date"},
        {"from": "2026-11-20", "to": "2026-11-01"},
    ):
        response = client.get("/ar/search/", {"q": WORDS["ar"], **params})
        assert response["Cache-Control"] == "no-cache", params
    vcl = (Path(__file__).resolve().parents[2] / "deploy/varnish/hiwar.vcl").read_text()
    passed = vcl.index('"^/[a-z]{2}/(search|_util)/"')
    normalised = vcl.index("Normalised query")
    assert passed < normalised and "return (pass);" in vcl[passed:normalised]


def test_grouping_folds_what_the_search_found_without_reading_again(stories, django_assert_num_queries):
    """One way to group for every face: group_by_story folds the story fields that
    search() set (attach_stories), reading nothing more."""
    from django.test import RequestFactory

    from hiwar.search.query import group_by_story

    results = search(WORDS["en"], "all").results
    request = RequestFactory().get("/en/search/")
    with django_assert_num_queries(0):
        groups = group_by_story(results, request)
    assert len(groups) == 2 and all(group.languages == ["ar", "ru", "en"] for group in groups)
    for group in groups:
        assert {group.first.id, *(other.id for other in group.others)} <= {
            version.id for version in group.first.other_versions
        } | {group.first.id}
        assert group.versions[group.first.lang] == request.build_absolute_uri(group.first.url)
