"""Full-text storage and ranking over the analysed text, per database engine.

Both engines store the same analysed terms (hiwar.text.analysis) and answer the
same question: which entries match these groups of alternative terms, best
first. A query is first run with every word required (AND); when nothing
matches, with any word (OR), ranked so that entries matching more words and
matching in the title come first.

The engine is chosen from the connection (DATABASE_URL): SQLite → FTS5 with
bm25, PostgreSQL → a tsvector table with a GIN index and ts_rank. `Backend`
declares what an engine must provide and in which order it is called.

What readers may see is decided at query time: `match(…, visible=…)` takes the
publication policy as an SQL condition on the entry's page id, applied before
counting and paging (this module itself knows nothing of pages: bench/ runs it on
bare index tables).
"""

import math
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import NamedTuple

from django.db import connection as default_connection
from django.utils import timezone

from hiwar.text.languages import LANGUAGE_CODES as ALL_LANGUAGES

# Title terms count this many times more than body terms.
TITLE_WEIGHT = 10.0
BODY_WEIGHT = 1.0
# Any-word (OR) results are reordered by how many query words they have among
# the best this many by rank.
OR_CANDIDATES = 50
# When fewer entries than this have every word of a query, entries with some of
# its words follow them (`Сергея Лаврова` also finds `Сергей Лавров`).
ENOUGH_ALL_WORD_RESULTS = 10
# A query matching more entries than this ranks only the newest this many.
RANK_WINDOW = 1000
# Orders of results: best first (the rank), or newest first (the entry's date).
ORDERS = ("relevance", "date")
# Written words of fewer letters are not kept in the vocabulary ("did you mean").
MIN_WORD_LETTERS = 3
MAX_WORD_LETTERS = 64


@dataclass
class IndexRow:
    page_id: int
    lang: str
    title: str
    url: str
    date: datetime | None
    body: str
    title_terms: str
    body_terms: str


@dataclass
class Hit:
    page_id: int
    title: str
    url: str
    lang: str
    date: datetime | None
    body: str
    score: float


class ResultPage(NamedTuple):
    """One page of results: how many entries match in all, and the hits of this page, best
    first; `exact` is False when `total` is an estimate (only ever above RANK_WINDOW)."""

    total: int
    hits: list[Hit]
    exact: bool = True


class Matches(NamedTuple):
    """What counting found for one operator, handed to ranking: how many entries
    match, the lowest page_id worth ranking (0: all), when the engine collected
    them while counting, the page_ids to rank, and whether `total` is exact (an
    engine may estimate a total above RANK_WINDOW instead of counting every match)."""

    total: int
    floor: int = 0
    candidates: tuple[int, ...] | None = None
    exact: bool = True


# column (SQL naming an entry's page id) → (SQL condition, parameters), or None for no condition.
Visibility = Callable[[str], tuple[str, list]] | None


def visibility_condition(visible: Visibility, column: str) -> tuple[str, list]:
    """` AND <condition>` and its parameters, or nothing."""
    if visible is None:
        return "", []
    sql, params = visible(column)
    return f" AND {sql}", list(params)


def plain_terms(group) -> tuple[str, ...]:
    """Only terms of letters and digits reach a query: the analyser makes no
    others, and this keeps FTS5 and tsquery syntax out whatever it is given."""
    return tuple(term for term in group if term and all(char.isalnum() for char in term))


def spelling_key(word: str) -> str:
    """What two spellings of one word share (see models.SearchWord): `أحمد`, `احمد` → `احمد`;
    `مدرسة` → `مدرسه`; `Ёлкин` → `елкин`. The rules are hiwar.text.normalize's."""
    from hiwar.text.normalize import fold, normalize_arabic

    return normalize_arabic(fold(word))


def two_figures(number: float) -> int:
    """An estimate as it is shown, to two significant figures: 26,091.4 → 26,000; 1,234 → 1,200.
    (So it always ends in 00 above 1,000, which Russian and Arabic count with one plural form.)"""
    digits = max(0, len(str(int(number))) - 2)
    return int(round(number, -digits))


def id_array(page_ids) -> str:
    """(3, 2, 1) → `{3,2,1}`, an array literal for `%s::bigint[]`: one string to send
    instead of a parameter per id (1,000 candidates took psycopg 1.7 ms to adapt)."""
    return "{" + ",".join(str(int(page_id)) for page_id in page_ids) + "}"


ENTRY_COLUMNS = "page_id, lang, title, url, date, body, title_terms, body_terms"


class Backend(ABC):
    """A full-text engine over the `search_entry` table.

    Writing: `write(rows)` calls `delete(ids)` (which calls `_delete_full_text` per
    chunk of ids, before the entries go), then `_insert_full_text` after the entries
    are inserted. `clear()` calls `_clear_full_text`.

    Reading: `match()` calls, for the all-words (AND) query and, when that finds
    fewer than ENOUGH_ALL_WORD_RESULTS, for the any-word (OR) query:

    1. `_count_matches(groups, langs, operator, visible)` → Matches;
    2. `_ranked(groups, langs, operator, limit, offset, matches, visible)` →
       [(page_id, score)], best first, given that operator's Matches;

    then reads the entries of the ranked ids (`_hits`). Any-word results with
    several words go through `_coordinated_page` (an engine may do it in one statement).
    """

    def __init__(self, connection):
        self.connection = connection

    # --- what an engine provides ------------------------------------------------

    @abstractmethod
    def _insert_full_text(self, cursor, rows: list[IndexRow]) -> None:
        """Index the rows just inserted into search_entry."""

    @abstractmethod
    def _delete_full_text(self, cursor, marks: str, page_ids: list[int]) -> None:
        """Forget these entries (still in search_entry when called); `marks` is `%s, %s, …`."""

    @abstractmethod
    def _clear_full_text(self, cursor) -> None:
        """Forget every entry."""

    @abstractmethod
    def _count_matches(self, groups, langs, operator: str, visible: Visibility) -> Matches:
        """Count the entries matching `groups` joined by `operator` (AND/OR) in `langs`.

        With more than RANK_WINDOW matches, `floor` is the page_id of the
        RANK_WINDOW-th newest: only entries from it on are ranked (ranking every
        match of a common word takes hundreds of milliseconds on 100,000 articles)."""

    @abstractmethod
    def _ranked(
        self,
        groups,
        langs,
        operator: str,
        limit: int,
        offset: int,
        matches: Matches,
        visible: Visibility,
        order: str = "relevance",
    ) -> list[tuple[int, float]]:
        """(page_id, score) of the matches offset..offset+limit, best first or newest first."""

    @abstractmethod
    def size_bytes(self) -> int:
        """Bytes the index takes on disk."""

    # --- writing --------------------------------------------------------------

    def write(self, rows: list[IndexRow]) -> None:
        """Insert or replace entries (and their full-text part)."""
        if not rows:
            return
        self.delete([row.page_id for row in rows])
        with self.connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO search_entry ({ENTRY_COLUMNS}) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                [self._entry_values(row) for row in rows],
            )
            self._insert_full_text(cursor, rows)
            self._insert_words(cursor, rows)

    def _insert_words(self, cursor, rows: list[IndexRow]) -> None:
        """Add the rows' written words to `search_word` (see models.SearchWord)."""
        from hiwar.text.analysis import WORD_OR_NUMBER

        seen = set()
        for row in rows:
            for word in WORD_OR_NUMBER.findall(f"{row.title} {row.body}"):
                if MIN_WORD_LETTERS <= len(word) <= MAX_WORD_LETTERS and not word.isdigit():
                    seen.add((row.lang, word))
        values = []
        for lang, word in seen:
            norm = spelling_key(word)
            if MIN_WORD_LETTERS <= len(norm) <= MAX_WORD_LETTERS:
                values.append((lang, word, norm, len(norm)))
        if values:
            cursor.executemany(
                "INSERT INTO search_word (lang, word, norm, size) VALUES (%s, %s, %s, %s)"
                " ON CONFLICT (lang, word) DO NOTHING",
                values,
            )

    def words_near(self, langs, size: int, letters: tuple[str, str]) -> list[tuple[str, str]]:
        """(word, norm) of the vocabulary in `langs` whose key is size±1 letters long
        and starts with one of `letters` or has it second (a typo rarely hits both)."""
        first, second = letters
        marks = ", ".join(["%s"] * len(langs))
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT word, norm FROM search_word WHERE lang IN ({marks}) AND size BETWEEN %s AND %s"
                " AND (substr(norm, 1, 1) = %s OR substr(norm, 2, 1) = %s)",
                [*langs, size - 1, size + 1, first, second],
            )
            return cursor.fetchall()

    def _entry_values(self, row: IndexRow):
        date = self.connection.ops.adapt_datetimefield_value(row.date) if row.date else None
        return (row.page_id, row.lang, row.title, row.url, date, row.body, row.title_terms, row.body_terms)

    def delete(self, page_ids) -> None:
        page_ids = list(page_ids)
        if not page_ids:
            return
        with self.connection.cursor() as cursor:
            for start in range(0, len(page_ids), 500):
                chunk = page_ids[start : start + 500]
                marks = ", ".join(["%s"] * len(chunk))
                self._delete_full_text(cursor, marks, chunk)
                cursor.execute(f"DELETE FROM search_entry WHERE page_id IN ({marks})", chunk)

    def clear(self) -> None:
        with self.connection.cursor() as cursor:
            self._clear_full_text(cursor)
            cursor.execute("DELETE FROM search_entry")
            cursor.execute("DELETE FROM search_word")

    # --- reading --------------------------------------------------------------

    def match(
        self,
        groups: list[tuple[str, ...]],
        langs,
        limit: int,
        offset: int = 0,
        visible: Visibility = None,
        order: str = "relevance",
    ) -> ResultPage:
        """The matching entries (only those `visible` accepts), hits offset..offset+limit,
        best first (`order="relevance"`) or newest first (`order="date"`)."""
        if order not in ORDERS:
            raise ValueError(f"order must be one of {ORDERS}, not {order!r}")
        groups = [group for group in map(plain_terms, groups) if group]
        if not groups:
            return ResultPage(0, [])
        langs = list(langs)
        all_words = self._count_matches(groups, langs, "AND", visible)
        if all_words.total >= ENOUGH_ALL_WORD_RESULTS or len(groups) == 1:
            return self._page(groups, langs, "AND", limit, offset, all_words, visible, order)
        any_word = self._count_matches(groups, langs, "OR", visible)
        if (
            any_word.exact and any_word.total == all_words.total
        ):  # nothing more with fewer words (maybe nothing at all)
            return self._page(groups, langs, "AND", limit, offset, all_words, visible, order)
        if order == "date":  # newest first among the entries with any of the words
            return self._page(groups, langs, "OR", limit, offset, any_word, visible, order)
        return ResultPage(
            any_word.total,
            self._coordinated_page(groups, langs, limit, offset, any_word, visible),
            any_word.exact,
        )

    def _page(
        self, groups, langs, operator, limit, offset, matches, visible, order="relevance"
    ) -> ResultPage:
        if not matches.total:
            return ResultPage(0, [])
        ranked = self._ranked(groups, langs, operator, limit, offset, matches, visible, order)
        return ResultPage(matches.total, self._hits(ranked), matches.exact)

    def _coordinated_page(self, groups, langs, limit, offset, matches, visible) -> list[Hit]:
        """Any-word results: the best OR_CANDIDATES by rank, reordered so that entries
        with more of the query's words come first (then by rank)."""
        ranked = self._ranked(groups, langs, "OR", max(OR_CANDIDATES, offset + limit), 0, matches, visible)
        terms = self._terms([page_id for page_id, _score in ranked])
        wanted = [set(group) for group in groups]

        def more_words_then_rank(item):
            page_id, score = item
            return (-sum(1 for group in wanted if group & terms.get(page_id, set())), -score)

        return self._hits(sorted(ranked, key=more_words_then_rank)[offset : offset + limit])

    def _terms(self, page_ids) -> dict[int, set[str]]:
        """page_id → the set of its analysed terms (title and body)."""
        if not page_ids:
            return {}
        marks = ", ".join(["%s"] * len(page_ids))
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT page_id, title_terms, body_terms FROM search_entry WHERE page_id IN ({marks})",
                page_ids,
            )
            return {page_id: set(f"{title} {body}".split()) for page_id, title, body in cursor.fetchall()}

    def _hits(self, ranked: list[tuple[int, float]]) -> list[Hit]:
        """The entries of `ranked` (page_id, score), in that order."""
        if not ranked:
            return []
        marks = ", ".join(["%s"] * len(ranked))
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT page_id, title, url, lang, date, body FROM search_entry WHERE page_id IN ({marks})",
                [page_id for page_id, _score in ranked],
            )
            rows = {row[0]: row for row in cursor.fetchall()}
        return [
            Hit(
                page_id=page_id,
                title=rows[page_id][1],
                url=rows[page_id][2],
                lang=rows[page_id][3],
                date=self._read_date(rows[page_id][4]),
                body=rows[page_id][5],
                score=float(f"{float(score):.6g}"),
            )
            for page_id, score in ranked
            if page_id in rows
        ]

    def _read_date(self, value):
        """SQLite gives back naive UTC (a datetime or text), PostgreSQL an aware datetime."""
        if value is None:
            return None
        if not isinstance(value, datetime):
            value = datetime.fromisoformat(value)
        return value if timezone.is_aware(value) else timezone.make_aware(value, UTC)


class SqliteBackend(Backend):
    """FTS5 table `search_fts` over search_entry's analysed columns (external
    content, rowid = page_id), ranked by bm25 (title 10×, body 1×, lang 0).

    The language is an indexed column of the FTS table, so filtering by it is a
    part of the full-text match and never reads search_entry's rows.
    """

    RANK = f"bm25({TITLE_WEIGHT}, {BODY_WEIGHT}, 0.0)"

    def _insert_full_text(self, cursor, rows):
        cursor.executemany(
            "INSERT INTO search_fts (rowid, title_terms, body_terms, lang) VALUES (%s, %s, %s, %s)",
            [(row.page_id, row.title_terms, row.body_terms, row.lang) for row in rows],
        )

    def _delete_full_text(self, cursor, marks, page_ids):
        # An external-content FTS5 table forgets a row given its indexed values.
        cursor.execute(
            "INSERT INTO search_fts (search_fts, rowid, title_terms, body_terms, lang)"
            f" SELECT 'delete', page_id, title_terms, body_terms, lang FROM search_entry WHERE page_id IN ({marks})",
            page_ids,
        )

    def _clear_full_text(self, cursor):
        cursor.execute("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")

    @staticmethod
    def match_expression(groups, operator: str, langs=()) -> str:
        """[(`افروف`, `لافروف`), (`موسكو`,)], AND, [ar] →
        `{title_terms body_terms} : (("افروف" OR "لافروف") AND ("موسكو")) AND lang : ("ar")`.

        Terms are letters and digits only (see plain_terms), so quoting them
        leaves no FTS5 syntax for a query to inject.
        """
        words = f" {operator} ".join(
            "(" + " OR ".join(f'"{term}"' for term in group) + ")" for group in groups
        )
        expression = "{title_terms body_terms} : (" + words + ")"
        if langs and set(langs) != set(ALL_LANGUAGES):
            expression += " AND lang : (" + " OR ".join(f'"{lang}"' for lang in langs) + ")"
        return expression

    def _count_matches(self, groups, langs, operator, visible) -> Matches:
        where, params = visibility_condition(visible, "search_fts.rowid")
        expression = self.match_expression(groups, operator, langs)
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT count(*) FROM search_fts WHERE search_fts MATCH %s{where}", [expression, *params]
            )
            total = cursor.fetchone()[0]
            if total <= RANK_WINDOW:
                return Matches(total)
            cursor.execute(
                f"SELECT rowid FROM search_fts WHERE search_fts MATCH %s{where}"
                " ORDER BY rowid DESC LIMIT 1 OFFSET %s",
                [expression, *params, RANK_WINDOW - 1],
            )
            return Matches(total, floor=cursor.fetchone()[0])

    def _ranked(
        self, groups, langs, operator, limit, offset, matches, visible, order="relevance"
    ) -> list[tuple[int, float]]:
        where, params = visibility_condition(visible, "search_fts.rowid")
        if order == "date":
            source = "search_fts JOIN search_entry ON search_entry.page_id = search_fts.rowid"
            ordering = "search_entry.date DESC NULLS LAST, search_fts.rowid DESC"
        else:
            source, ordering = "search_fts", "rank"
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT search_fts.rowid, -search_fts.rank FROM {source} WHERE search_fts MATCH %s"
                f" AND search_fts.rank MATCH %s AND search_fts.rowid >= %s{where}"
                f" ORDER BY {ordering} LIMIT %s OFFSET %s",
                [
                    self.match_expression(groups, operator, langs),
                    self.RANK,
                    matches.floor,
                    *params,
                    limit,
                    offset,
                ],
            )
            return cursor.fetchall()

    def size_bytes(self) -> int:
        with self.connection.cursor() as cursor:
            cursor.execute(
                "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name = 'search_entry' OR name LIKE 'search_fts%%'"
                " OR name LIKE 'sqlite_autoindex_search_entry%%' OR name LIKE 'search_entry_%%'"
            )
            return cursor.fetchone()[0]


class PostgresBackend(Backend):
    """Table `search_vector` (page_id, document tsvector with a GIN index), ranked by ts_rank.

    The tsvector lives in its own narrow table, apart from the entry's long text.
    The language is a lexeme of the document (`~ar`, which no analysed term can
    be), so filtering by it happens in the GIN index; so are the entry's id buckets
    (`#0x97` for page ids 97,000–97,999, see BUCKET_SIZES and `_count_matches`).
    """

    # ts_rank weights {D, C, B, A}: body terms are weight D, title terms A.
    RANK_WEIGHTS = f"{{{BODY_WEIGHT / TITLE_WEIGHT}, 0, 0, 1.0}}"

    DOCUMENT = (
        "setweight(to_tsvector('simple', %s), 'A') || setweight(to_tsvector('simple', %s), 'D')"
        " || array_to_tsvector(%s::text[])"
    )
    # Id buckets, each a lexeme of the document, doubling in size: `#0x97` (ids
    # 97,000–97,999), `#1x48` (96,000–97,999), `#2x24` (96,000–99,999), … `#9x0`
    # (0–511,999). A slice of the newest ids is named by a few aligned buckets of mixed
    # sizes (see slice_lexemes), so it can be about as wide as needed: with one size of
    # bucket per slice it overshot up to fivefold, and a tsquery naming many buckets is slow.
    BUCKET_SIZES = tuple(1_000 * 2**level for level in range(10))
    # Ids the first slice covers (a word in a quarter of one language's articles has a window's worth there).
    FIRST_SLICE_IDS = 4_000

    def _insert_full_text(self, cursor, rows):
        cursor.executemany(
            f"INSERT INTO search_vector (page_id, document) VALUES (%s, {self.DOCUMENT})",
            [
                (
                    row.page_id,
                    row.title_terms,
                    row.body_terms,
                    [self.language_lexeme(row.lang), *self.bucket_lexemes(row.page_id)],
                )
                for row in rows
            ],
        )

    def _delete_full_text(self, cursor, marks, page_ids):
        cursor.execute(f"DELETE FROM search_vector WHERE page_id IN ({marks})", page_ids)

    def _clear_full_text(self, cursor):
        cursor.execute("DELETE FROM search_vector")

    @staticmethod
    def language_lexeme(lang: str) -> str:
        return f"~{lang}"

    @staticmethod
    def bucket_lexeme(level: int, bucket: int) -> str:
        """`#0x97`: no analysed term can contain `#` (see plain_terms)."""
        return f"#{level}x{bucket}"

    def bucket_lexemes(self, page_id: int) -> list[str]:
        """97,245 → [`#0x97`, `#1x48`, `#2x24`, `#3x12`, `#4x6`, `#5x3`, `#6x1`, `#7x0`, `#8x0`, `#9x0`]."""
        return [self.bucket_lexeme(level, page_id // size) for level, size in enumerate(self.BUCKET_SIZES)]

    def slice_lexemes(self, low: int, top: int) -> list[str]:
        """The fewest buckets that cover the 1,000-id units low..top, each the biggest
        aligned one at its start: 91..100 → [`#0x91`, `#2x23` (92–95), `#5x3` (96–127)].
        The last may reach past `top`: no entry is newer than `top`'s ids."""
        lexemes, unit = [], low
        while unit <= top:
            level = 0
            while level + 1 < len(self.BUCKET_SIZES) and unit % 2 ** (level + 1) == 0:
                level += 1
            lexemes.append(self.bucket_lexeme(level, unit >> level))
            unit += 2**level
        return lexemes

    def tsquery(self, groups, operator: str, langs=()) -> str:
        """[(`افروف`, `لافروف`), (`موسكو`,)], AND, [ar] → `(('افروف' | 'لافروف') & ('موسكو')) & ('~ar')`.

        Lexemes are letters and digits only (see plain_terms), so quoting them is enough.
        """
        joiner = " & " if operator == "AND" else " | "
        words = joiner.join("(" + " | ".join(f"'{term}'" for term in group) + ")" for group in groups)
        if not langs or set(langs) == set(ALL_LANGUAGES):
            return words
        lang_filter = " | ".join(f"'{self.language_lexeme(lang)}'" for lang in langs if lang in ALL_LANGUAGES)
        return f"({words}) & ({lang_filter})"

    def _count_matches(self, groups, langs, operator, visible) -> Matches:
        """The newest RANK_WINDOW matches, and how many match in all, reading only
        the newest slice of the index when that slice holds a window's worth.

        Why: a GIN bitmap scan reads the whole posting list of every query lexeme and
        then one heap row per match, so counting a common word (a quarter of 100,000
        articles) read every matching row: 40–100 ms, and up to seconds at 1,000,000.
        Adding the bucket lexemes of the newest ids to the query (`… & ('#0x99' | '#5x3')`)
        lets GIN skip through the long posting lists to the few entries of those
        buckets, and only their matches' rows are read. A slice with fewer than
        RANK_WINDOW matches is widened to what its density says is needed; when
        that is the whole index, the whole index is read and the count is exact.
        When a slice is enough, the total is an estimate (`exact=False`): the
        slice's matches per id times the ids of the index, to two figures.
        """
        where, params = visibility_condition(visible, "search_vector.page_id")
        query = self.tsquery(groups, operator, langs)
        oldest, newest = self._id_span()
        if newest is None:
            return Matches(0)
        unit = self.BUCKET_SIZES[0]
        wanted_ids = self.FIRST_SLICE_IDS  # ids a slice should cover to hold RANK_WINDOW matches
        while (low := (newest - wanted_ids) // unit) > oldest // unit:  # else the slice is the whole index
            in_slice = " | ".join(f"'{lexeme}'" for lexeme in self.slice_lexemes(low, newest // unit))
            rows = self._window(f"({query}) & ({in_slice})", where, params)
            found, ids_in_slice = (rows[0][1] if rows else 0), newest - low * unit + 1
            if found >= RANK_WINDOW:
                estimate = two_figures(found * (newest - oldest + 1) / ids_in_slice)
                return self._matches(rows, max(estimate, RANK_WINDOW), exact=False)
            # cover next what this density says holds the window, with a margin
            wanted_ids = math.ceil(
                max(1.5 * ids_in_slice, 1.3 * RANK_WINDOW * ids_in_slice / max(found, 0.5))
            )
        return self._matches(self._window(query, where, params), None, exact=True)

    # (oldest, newest) page_id of the index while one match() runs; None outside it.
    _span = None

    def match(self, *args, **kwargs) -> ResultPage:
        self._span = None  # read afresh for each query, once for its AND and OR passes
        try:
            return super().match(*args, **kwargs)
        finally:
            self._span = None

    def _id_span(self) -> tuple[int | None, int | None]:
        if self._span is None:
            with self.connection.cursor() as cursor:
                cursor.execute("SELECT min(page_id), max(page_id) FROM search_vector")
                self._span = cursor.fetchone()
        return self._span

    def _window(self, tsquery: str, where: str, params: list) -> list[tuple[int, int]]:
        """[(page_id, count of all matches)] of the newest RANK_WINDOW matches of `tsquery`."""
        with self.connection.cursor() as cursor:
            cursor.execute(
                # MATERIALIZED keeps the GIN bitmap scan: with ORDER BY page_id the planner
                # may walk the primary key backwards instead, reading the whole table for a rare word.
                "WITH matches AS MATERIALIZED"
                f" (SELECT page_id FROM search_vector WHERE document @@ %s::tsquery{where})"
                " SELECT page_id, count(*) OVER () FROM matches ORDER BY page_id DESC LIMIT %s",
                [tsquery, *params, RANK_WINDOW],
            )
            return cursor.fetchall()

    @staticmethod
    def _matches(rows, total, exact: bool) -> Matches:
        total = total if total is not None else (rows[0][1] if rows else 0)
        floor = rows[-1][0] if total > RANK_WINDOW else 0
        return Matches(total, floor, tuple(page_id for page_id, _count in rows), exact)

    def _scored_candidates(self, groups, operator, matches, source="search_vector v", columns=""):
        """`SELECT v.page_id{columns}, <ts_rank> AS score FROM {source}` over the counted
        candidates (counted with the `visible` condition already), and its parameters.

        Ranked by the words alone. The language lexemes (`~ar`) carry no position, and
        ts_rank of `лавр & ~ru` pairs each word with a positionless item: every score
        falls to about 1e-16, rounding noise, and a word four times in the body
        outranked the same word in the title. The candidates are of those languages already.
        """
        sql = (
            f"SELECT v.page_id{columns}, ts_rank(%s::float4[], v.document, %s::tsquery) AS score"
            f" FROM {source} WHERE v.page_id = ANY(%s::bigint[])"
        )
        return sql, [self.RANK_WEIGHTS, self.tsquery(groups, operator), id_array(matches.candidates)]

    def _ranked(
        self, groups, langs, operator, limit, offset, matches, visible, order="relevance"
    ) -> list[tuple[int, float]]:
        if order == "date":
            source = "search_vector v JOIN search_entry e ON e.page_id = v.page_id"
            ordering = "e.date DESC NULLS LAST, v.page_id DESC"
        else:
            source, ordering = "search_vector v", "score DESC, v.page_id DESC"
        scored, params = self._scored_candidates(groups, operator, matches, source)
        with self.connection.cursor() as cursor:
            cursor.execute(f"{scored} ORDER BY {ordering} LIMIT %s OFFSET %s", [*params, limit, offset])
            return cursor.fetchall()

    def _coordinated_page(self, groups, langs, limit, offset, matches, visible) -> list[Hit]:
        """Backend's order (the best OR_CANDIDATES by rank, those with more of the query's
        words first) in one statement: each candidate's words are counted where its
        document is (`document @@ group`), and no terms travel to Python (that took
        a query and 1–3 ms at 100,000 articles)."""
        scored, params = self._scored_candidates(groups, "OR", matches, columns=", v.document")
        words_held = " + ".join(["(document @@ %s::tsquery)::int"] * len(groups))
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT page_id, score FROM ({scored} ORDER BY score DESC, v.page_id DESC LIMIT %s) best"
                f" ORDER BY {words_held} DESC, score DESC, page_id DESC LIMIT %s OFFSET %s",
                [
                    *params,
                    max(OR_CANDIDATES, offset + limit),
                    *(self.tsquery([group], "OR") for group in groups),
                    limit,
                    offset,
                ],
            )
            return self._hits(cursor.fetchall())

    def size_bytes(self) -> int:
        with self.connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_total_relation_size('search_entry') + pg_total_relation_size('search_vector')"
            )
            return cursor.fetchone()[0]


BACKENDS = {"sqlite": SqliteBackend, "postgresql": PostgresBackend}


def get_backend(connection=None) -> Backend:
    connection = connection or default_connection
    try:
        return BACKENDS[connection.vendor](connection)
    except KeyError:
        raise NotImplementedError(f"search supports SQLite and PostgreSQL, not {connection.vendor}") from None
