"""The engine layer alone, on bare index rows (no pages): the same answers on SQLite and PostgreSQL."""

import pytest
from django.db import connection

from hiwar.search import backends
from hiwar.search.backends import IndexRow, get_backend
from hiwar.text.analysis import analyze, analyze_query

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


def row(page_id, lang, title, body=""):
    return IndexRow(
        page_id=page_id,
        lang=lang,
        title=title,
        url=f"/{lang}/{page_id}/",
        date=None,
        body=body,
        title_terms=" ".join(analyze(title, lang)),
        body_terms=" ".join(analyze(body, lang)),
    )


def ids(query, langs=("ar", "ru", "en"), limit=10, offset=0):
    lang = langs[0] if len(langs) == 1 else "all"
    found = get_backend().match(analyze_query(query, lang), langs, limit, offset)
    return found.total, [hit.page_id for hit in found.hits]


@pytest.fixture
def backend():
    backend = get_backend()
    backend.write(
        [
            row(1, "ar", "لافروف في موسكو", "بحث العلاقات الروسية"),
            row(2, "ar", "قمة اقتصادية", "حضر لافروف القمة"),
            row(3, "ru", "Лавров в Москве", "переговоры о сотрудничестве"),
            row(4, "en", "Lavrov in Moscow", "talks on cooperation"),
            row(5, "en", "Wheat exports", "Egypt buys Russian wheat"),
        ]
    )
    return backend


def test_engine_follows_the_connection():
    assert (
        type(get_backend())
        is {"sqlite": backends.SqliteBackend, "postgresql": backends.PostgresBackend}[connection.vendor]
    )


def test_title_match_ranks_first_and_languages_filter(backend):
    assert ids("للافروف", ["ar"]) == (2, [1, 2])
    assert ids("Лаврова", ["ru"]) == (1, [3])
    assert ids("Moscow", ["en"])[0] == 1  # in one language, only its words
    # In all languages the name's transliteration key also meets `موسكو` (`Москве` has
    # another skeleton, `mskf`: the translation links join such stories, not the key).
    assert sorted(ids("Moscow")[1]) == [1, 4]
    assert sorted(ids("لافروف")[1]) == [1, 2, 3, 4]


def test_a_language_filter_leaves_the_title_match_first(backend):
    # PostgreSQL once ranked with the language lexeme in the query (`grain & ~en`): every
    # score fell to ~1e-16 and the word four times in a body beat it once in a title.
    backend.write(
        [
            row(20, "en", "Grain report", "market news"),
            row(21, "en", "Market", "grain grain news grain grain"),
        ]
    )
    assert ids("grain", ["en"]) == (2, [20, 21])
    assert ids("grain", ["en", "ru"]) == (2, [20, 21])
    scores = get_backend().match(analyze_query("grain", "en"), ["en"], 10).hits
    assert scores[0].score > scores[1].score > 0.001  # real scores, not rounding noise


def test_any_word_fallback_puts_more_words_first(backend):
    total, found = ids("wheat Egypt Tehran", ["en"])
    assert (total, found) == (1, [5])
    total, found = ids("Lavrov wheat talks", ["en"])
    assert total == 2 and found == [4, 5]  # Lavrov + talks beats wheat alone


def test_rewrite_and_delete(backend):
    backend.write([row(5, "en", "Rice exports", "")])
    assert ids("wheat")[0] == 0 and ids("rice") == (1, [5])
    backend.delete([5])
    assert ids("rice") == (0, [])
    backend.clear()
    assert ids("Lavrov") == (0, [])


def test_paging(backend):
    backend.write([row(10 + number, "en", f"Grain report {number}", "") for number in range(25)])
    assert ids("grain", ["en"], limit=10, offset=20)[0] == 25
    assert len(ids("grain", ["en"], limit=10, offset=20)[1]) == 5
    assert ids("grain", ["en"], limit=10, offset=30)[1] == []


def test_only_the_newest_matches_are_ranked_past_the_window(backend, monkeypatch):
    monkeypatch.setattr(backends, "RANK_WINDOW", 3)
    backend.write([row(100, "en", "Oil oil oil", "")] + [row(101 + n, "en", "Oil", "") for n in range(4)])
    total, found = ids("oil", ["en"])
    assert total == 5 and sorted(found) == [102, 103, 104]


@pytest.mark.parametrize("group", [('a"b',), ("x' | 'y",), ("*",), ("NEAR(",), ("",)])
def test_non_word_terms_never_reach_the_engine(backend, group):
    assert get_backend().match([group], ["en"], 10) == (0, [], True)


def many_rows(count):
    """`count` English entries: `harbour` in three of every four, `lighthouse` in ids 7, 3,007, 5,007."""
    return [
        IndexRow(
            page_id=page_id,
            lang="en",
            title=f"report {page_id}",
            url=f"/en/{page_id}/",
            date=None,
            body="",
            title_terms=f"report n{page_id}",
            body_terms=("harbour " if page_id % 4 else "")
            + ("lighthouse" if page_id in (7, 3007, 5007) else ""),
        )
        for page_id in range(1, count + 1)
    ]


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite counts every match exactly (FTS5 doclists)"
)
def test_a_common_word_reads_the_newest_slice_and_estimates_its_total(monkeypatch):
    """6,000 entries, `harbour` in 4,500: the newest 2,001 ids hold 1,500 of them, enough for
    the window, so the total is estimated from them (4,500 to two figures) and the page of
    results is the one the exact count gives; a rare word is still counted exactly."""
    backend = get_backend()
    backend.write(many_rows(6000))
    estimated = backend.match([("harbour",)], ["en"], 10)
    assert not estimated.exact and estimated.total == 4500
    monkeypatch.setattr(backends.PostgresBackend, "FIRST_SLICE_IDS", 10**9)  # no slice: read all
    counted = backend.match([("harbour",)], ["en"], 10)
    assert counted.exact and counted.total == 4500
    assert [hit.page_id for hit in estimated.hits] == [hit.page_id for hit in counted.hits]
    monkeypatch.undo()
    rare = backend.match([("lighthouse",)], ["en"], 10)
    assert rare.exact and sorted(hit.page_id for hit in rare.hits) == [7, 3007, 5007]
    # a word beyond the first slice but in a wider one: `n12` is in entry 12 only
    assert backend.match([("n12",)], ["en"], 10)[:1] == (1,)


def test_two_figures():
    assert [backends.two_figures(n) for n in (26091.4, 1234, 1000, 999.6, 123456, 87)] == [
        26000,
        1200,
        1000,
        1000,
        120000,
        87,
    ]
