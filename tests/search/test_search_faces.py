"""The search page, the management commands and hostile input."""

import json

import pytest
from django.core.management import CommandError, call_command

from hiwar.search.query import InvalidSearch, search
from tests.factories import make_article, paragraph

pytestmark = [pytest.mark.postgres, pytest.mark.urls("tests.search.urls")]

HOSTILE_QUERIES = [
    "",
    "   ",
    "x" * 10_000,
    "لافروف " * 2_000,
    '" * : ( ) NEAR AND OR -',
    'NEAR(لافروف موسكو, 2) OR title:x* AND -y "',
    "'; DROP TABLE search_entry; --",
    "%' OR 1=1 --",
    "\\x00 \x00 \\'",
    "\ud800 لافروف \udfff",
    "{} [] <script>alert(1)</script> & | ! :*",
]


@pytest.fixture
def articles(site_tree):
    news = site_tree.sections[("news", "ar")]
    return [
        make_article(news, f"لافروف في موسكو {number}", body=[paragraph("بحث العلاقات الروسية")])
        for number in range(13)
    ]


def test_hostile_queries_give_normal_results(articles):
    """Each query finds what its words find: the 13 articles when it names لافروف,
    never all of them otherwise; and the index survives the SQL in them."""
    for query in HOSTILE_QUERIES:
        results = search(query, "ar")
        if "لافروف" in query:
            assert results.total == len(articles), query
        else:
            assert results.total < len(articles), query
        assert len(results.results) == min(results.total, 10), query
    assert search("لافروف", "ar").total == len(articles)  # search_entry was not dropped
    assert search('"لافروف" AND NEAR(*)', "ar").total == 13  # the words still count


def test_unknown_language_is_invalid(articles):
    with pytest.raises(InvalidSearch):
        search("لافروف", "fr")


@pytest.mark.parametrize(
    "page, expected", [("abc", 1), ("0", 1), ("-1", 1), ("99999", 2), ("2", 2), (None, 1)]
)
def test_page_numbers_are_robust(articles, page, expected):
    results = search("لافروف", "ar", page=page, per_page=10)
    assert results.page == expected and results.total == 13
    assert len(results.results) == (10 if expected == 1 else 3)


def test_search_page_never_fails(client, articles):
    for query in HOSTILE_QUERIES:
        if any("\ud800" <= char <= "\udfff" for char in query):
            continue  # a URL cannot carry it; see the percent-encoding test
        for page in ("abc", "0", "-1", "99999"):
            response = client.get("/ar/search/", {"q": query, "page": page})
            assert response.status_code == 200, (query, page)


def test_search_page_lists_highlighted_results(client, articles):
    response = client.get("/ar/search/", {"q": "العلاقات", "page": "2"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<mark>العلاقات</mark>" in html
    assert html.count('class="search-result"') == 3
    assert 'rel="prev"' in html and 'rel="next"' not in html


def test_search_page_bad_language_is_400(client, articles):
    response = client.get("/en/search/", {"q": "x", "lang": "xx"})
    assert response.status_code == 400
    assert "Unknown language" in response.content.decode()


def test_search_page_invalid_percent_encoding(client, articles):
    for raw in ("q=%D9%84%FF%E0%A4%A&page=%ZZ", "q=%ED%A0%80", "q=%", "q=%00"):
        response = client.get(f"/ar/search/?{raw}")
        assert response.status_code == 200, raw


def test_search_page_without_query_shows_the_form(client, site_tree):
    response = client.get("/en/search/")
    assert response.status_code == 200 and 'name="q"' in response.content.decode()


def test_search_command_json(articles, capsys):
    call_command("search", "--lang", "ar", "--json", "للافروف", "لا شيء هنا")
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["query"] for line in lines] == ["للافروف", "لا شيء هنا"]
    assert len(lines[0]["results"]) == 10 and lines[1]["results"] == []
    assert set(lines[0]["results"][0]) == {"id", "title", "url", "lang", "date", "score"}


def test_search_command_text_and_bad_language(articles, capsys):
    call_command("search", "--lang", "all", "موسكو")
    assert "13 results" in capsys.readouterr().out
    with pytest.raises(CommandError):
        call_command("search", "--lang", "fr", "x")


def test_rebuild_command(articles, capsys):
    call_command("rebuild_search_index")
    assert "Indexed 13 pages" in capsys.readouterr().out


def test_hostile_queries_in_all_languages(client, articles):
    """lang=all adds the names' transliteration keys and the stories' versions: same guarantees,
    plus mixed scripts."""
    for query in [*HOSTILE_QUERIES, "Lavrov لافروف Лавров ٢٠٢٢ 😀", "Лавров" * 3000]:
        results = search(query, "all")
        assert len(results.results) == min(results.total, 10), query
        if "لافروف" in query or "Lavrov" in query:
            assert results.total == len(articles), query
        for result in results.results:
            assert result.story and result.story_languages == ["ar"] and result.other_versions == []
        if not any("\ud800" <= char <= "\udfff" for char in query):
            assert client.get("/ar/search/", {"q": query, "lang": "all"}).status_code == 200, query
