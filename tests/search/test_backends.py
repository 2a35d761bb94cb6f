"""The engine layer alone, on bare index rows (no pages): the same answers on SQLite and PostgreSQL."""

import importlib

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


postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="a PostgreSQL backend detail (SQLite has no such part)"
)


@postgres_only
def test_any_word_order_in_one_statement_is_backends_order():
    """PostgreSQL counts each candidate's words in SQL; the order must be Backend's own
    (best OR_CANDIDATES by rank, more words first, then rank, then newest), page by page."""
    words = ["grain", "port", "ship", "tax"]
    rows = [
        row(
            page_id,
            "en",
            " ".join(words[(page_id + shift) % 4] for shift in range(page_id % 3 + 1)),
            " ".join(words[page_id % 4] for _ in range(page_id % 5)),
        )
        for page_id in range(1, 90)
    ]
    backend = get_backend()
    backend.write(rows)
    groups = analyze_query("grain port ship", "en")
    matches = backend._count_matches(groups, ["en"], "OR", None)
    assert matches.total > backends.OR_CANDIDATES  # so the candidates are cut to the best 50
    for limit, offset in [(10, 0), (10, 10), (7, 40), (10, 45), (10, 60)]:
        ours = backend._coordinated_page(groups, ["en"], limit, offset, matches, None)
        generic = backends.Backend._coordinated_page(backend, groups, ["en"], limit, offset, matches, None)
        assert [(hit.page_id, hit.score) for hit in ours] == [(hit.page_id, hit.score) for hit in generic]
        assert len(ours) == max(0, min(limit, max(backends.OR_CANDIDATES, offset + limit) - offset))


@postgres_only
def test_documents_stay_in_their_rows():
    """Ranking reads each candidate's document: inline, not through the TOAST table
    (migration 0008). A tsvector hardly compresses, so 5 kB of terms would go out of line."""
    backend = get_backend()
    body = " ".join(f"w{number}x{number * 7}" for number in range(350))
    backend.write([IndexRow(1, "en", "t", "/en/1/", None, body, "t", body)])
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_column_size(document) FROM search_vector WHERE page_id = 1")
        assert cursor.fetchone()[0] > 4000
        cursor.execute(
            "SELECT attstorage FROM pg_attribute WHERE attrelid = 'search_vector'::regclass AND attname = 'document'"
        )
        # MAIN: compressed if it helps, out of line only if the row cannot fit a page
        assert cursor.fetchone()[0] == "m"
        cursor.execute("SELECT reltoastrelid::regclass::text FROM pg_class WHERE relname = 'search_vector'")
        (toast_table,) = cursor.fetchone()
        cursor.execute(f"SELECT count(*) FROM {toast_table}")  # its chunks this test can see
        assert cursor.fetchone()[0] == 0


def test_a_slice_is_named_by_few_buckets_that_cover_it_from_its_first_id():
    backend = backends.PostgresBackend(connection)
    sizes = [size // backend.BUCKET_SIZES[0] for size in backend.BUCKET_SIZES]  # in 1,000-id units
    assert backend.slice_lexemes(91, 100) == ["#0x91", "#2x23", "#5x3"]
    for low in range(1, 300, 7):
        for top in range(low, 1200, 13):
            lexemes = backend.slice_lexemes(low, top)
            covered = set()
            for lexeme in lexemes:
                level, bucket = map(int, lexeme[1:].split("x"))
                covered |= set(range(bucket * sizes[level], (bucket + 1) * sizes[level]))
            assert min(covered) == low and set(range(low, top + 1)) <= covered
            assert len(lexemes) <= 2 * len(sizes)
            # the slice's first and last entries have one of these lexemes, the entry before it none
            for page_id in (low * 1000, top * 1000 + 999):
                assert set(backend.bucket_lexemes(page_id)) & set(lexemes)
            assert not set(backend.bucket_lexemes(low * 1000 - 1)) & set(lexemes)


@postgres_only
def test_migration_0008_rewrites_every_document_both_ways():
    """Back: the eightfold buckets of migration 0007; forth: the documents the backend writes today."""
    module = importlib.import_module("hiwar.search.migrations.0008_postgres_inline_documents_finer_buckets")
    get_backend().write([row(97_245, "en", "Harbour news", "ships"), row(3, "ar", "ميناء", "سفن")])
    with connection.cursor() as cursor:

        def documents():
            cursor.execute("SELECT page_id, document::text FROM search_vector ORDER BY page_id")
            return cursor.fetchall()

        today = documents()
        for statement in module.BACKWARD:
            cursor.execute(statement)
        before = dict(documents())
        assert "'#1x12'" in before[97_245] and "'#3x0'" in before[97_245]  # 97,245 // 8,000, // 512,000
        assert "'#1x48'" not in before[97_245] and "'#9x0'" not in before[97_245]
        for statement in module.FORWARD:
            cursor.execute(statement)
        assert documents() == today


def test_two_figures():
    assert [backends.two_figures(n) for n in (26091.4, 1234, 1000, 999.6, 123456, 87)] == [
        26000,
        1200,
        1000,
        1000,
        120000,
        87,
    ]
