"""Full-text storage and ranking over the analysed text, per database engine.

Both engines store the same analysed terms (hiwar.text.analysis) and answer the
same question: which entries match these groups of alternative terms, best
first. A query is first run with every word required (AND); when nothing
matches, with any word (OR), ranked so that entries matching more words and
matching in the title come first.

The engine is chosen from the connection (DATABASE_URL): SQLite → FTS5 with
bm25, PostgreSQL → tsvector + GIN with ts_rank.
"""

from dataclasses import dataclass
from datetime import UTC, datetime

from django.db import connection as default_connection
from django.utils import timezone

# Title terms count this many times more than body terms.
TITLE_WEIGHT = 10.0
BODY_WEIGHT = 1.0


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


def plain_terms(group) -> tuple[str, ...]:
    """Only terms of letters and digits reach a query: the analyser makes no
    others, and this keeps FTS5 and tsquery syntax out whatever it is given."""
    return tuple(term for term in group if term and all(char.isalnum() for char in term))


ENTRY_COLUMNS = "page_id, lang, title, url, date, body, title_terms, body_terms"


class Backend:
    def __init__(self, connection):
        self.connection = connection

    # --- writing --------------------------------------------------------------

    def write(self, rows: list[IndexRow]) -> None:
        """Insert or replace entries (and their full-text part)."""
        if not rows:
            return
        self.delete([row.page_id for row in rows])
        values = [self._entry_values(row) for row in rows]
        with self.connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO search_entry ({ENTRY_COLUMNS}) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)", values
            )
            self._write_full_text(cursor, rows)

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

    # --- reading --------------------------------------------------------------

    def match(self, groups: list[tuple[str, ...]], langs, limit: int, offset: int = 0) -> tuple[int, list[Hit]]:
        """(number of matching entries, hits offset..offset+limit), best first."""
        groups = [group for group in map(plain_terms, groups) if group]
        if not groups:
            return 0, []
        langs = list(langs)
        for operator in ("AND", "OR"):
            total = self._count(groups, langs, operator)
            if total:
                return total, self._page(groups, langs, operator, limit, offset)
            if len(groups) == 1:
                break
        return 0, []

    def _count(self, groups, langs, operator) -> int:
        sql, params = self._match_sql(groups, langs, operator)
        with self.connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM ({sql}) matches", params)
            return cursor.fetchone()[0]

    def _page(self, groups, langs, operator, limit, offset) -> list[Hit]:
        sql, params = self._match_sql(groups, langs, operator)
        sql += " ORDER BY matched DESC, score DESC, date DESC, page_id LIMIT %s OFFSET %s"
        with self.connection.cursor() as cursor:
            cursor.execute(sql, [*params, limit, offset])
            rows = cursor.fetchall()
        return [
            Hit(
                page_id=row[0],
                title=row[1],
                url=row[2],
                lang=row[3],
                date=self._read_date(row[4]),
                body=row[5],
                score=float(f"{float(row[6]):.6g}"),
            )
            for row in rows
        ]

    def _read_date(self, value):
        """SQLite gives back naive UTC (a datetime or text), PostgreSQL an aware datetime."""
        if value is None:
            return None
        if not isinstance(value, datetime):
            value = datetime.fromisoformat(value)
        return value if timezone.is_aware(value) else timezone.make_aware(value, UTC)

    def size_bytes(self) -> int:
        raise NotImplementedError


class SqliteBackend(Backend):
    """FTS5 table `search_fts` (title, body), rowid = page_id, ranked by bm25."""

    def _write_full_text(self, cursor, rows):
        cursor.executemany(
            "INSERT INTO search_fts (rowid, title, body) VALUES (%s, %s, %s)",
            [(row.page_id, row.title_terms, row.body_terms) for row in rows],
        )

    def _delete_full_text(self, cursor, marks, page_ids):
        cursor.execute(f"DELETE FROM search_fts WHERE rowid IN ({marks})", page_ids)

    def _clear_full_text(self, cursor):
        cursor.execute("DELETE FROM search_fts")

    @staticmethod
    def match_expression(groups, operator: str) -> str:
        """[(`افروف`, `لافروف`), (`موسكو`,)] → `("افروف" OR "لافروف") AND ("موسكو")`.

        Terms are letters and digits only (hiwar.text.analysis), so quoting them
        leaves no FTS5 syntax for a query to inject.
        """
        return f" {operator} ".join("(" + " OR ".join(f'"{term}"' for term in group) + ")" for group in groups)

    def _match_sql(self, groups, langs, operator):
        marks = ", ".join(["%s"] * len(langs))
        matched, matched_params = self._matched_words(groups, operator)
        sql = f"""
            SELECT e.page_id, e.title, e.url, e.lang, e.date, e.body,
                   -bm25(search_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS score, {matched} AS matched
            FROM search_fts CROSS JOIN search_entry e ON e.page_id = search_fts.rowid
            WHERE search_fts MATCH %s AND e.lang IN ({marks})
        """
        return sql, [*matched_params, self.match_expression(groups, operator), *langs]

    def _matched_words(self, groups, operator):
        """SQL counting how many query words an entry has (all of them under AND)."""
        if operator == "AND":
            return str(len(groups)), []
        test = "(search_fts.rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH %s))"
        return " + ".join([test] * len(groups)), [self.match_expression([group], "AND") for group in groups]

    def size_bytes(self) -> int:
        with self.connection.cursor() as cursor:
            cursor.execute(
                "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name = 'search_entry' OR name LIKE 'search_fts%%'"
                " OR name LIKE 'sqlite_autoindex_search_entry%%' OR name LIKE 'search_entry_%%'"
            )
            return cursor.fetchone()[0]


class PostgresBackend(Backend):
    """Column `search_entry.document` (tsvector, GIN index), ranked by ts_rank."""

    # ts_rank weights {D, C, B, A}: body terms are weight D, title terms A.
    RANK_WEIGHTS = "{%s, 0, 0, %s}" % (BODY_WEIGHT / TITLE_WEIGHT, 1.0)

    def _write_full_text(self, cursor, rows):
        cursor.executemany(
            "UPDATE search_entry SET document = "
            "setweight(to_tsvector('simple', title_terms), 'A') || setweight(to_tsvector('simple', body_terms), 'D')"
            " WHERE page_id = %s",
            [(row.page_id,) for row in rows],
        )

    def _delete_full_text(self, cursor, marks, page_ids):
        pass  # the tsvector is a column of the deleted row

    def _clear_full_text(self, cursor):
        pass

    @staticmethod
    def tsquery(groups, operator: str) -> str:
        """[(`افروف`, `لافروف`), (`موسكو`,)] → `('افروف' | 'لافروف') & ('موسكو')`.

        Lexemes are letters and digits only, so quoting them is enough.
        """
        joiner = " & " if operator == "AND" else " | "
        return joiner.join("(" + " | ".join(f"'{term}'" for term in group) + ")" for group in groups)

    def _match_sql(self, groups, langs, operator):
        matched, matched_params = self._matched_words(groups, operator)
        sql = f"""
            SELECT e.page_id, e.title, e.url, e.lang, e.date, e.body,
                   ts_rank(%s::float4[], e.document, q.query) AS score, {matched} AS matched
            FROM search_entry e, (SELECT %s::tsquery AS query) q
            WHERE e.document @@ q.query AND e.lang = ANY(%s)
        """
        return sql, [self.RANK_WEIGHTS, *matched_params, self.tsquery(groups, operator), langs]

    def _matched_words(self, groups, operator):
        """SQL counting how many query words an entry has (all of them under AND)."""
        if operator == "AND":
            return str(len(groups)), []
        test = "(e.document @@ %s::tsquery)::int"
        return " + ".join([test] * len(groups)), [self.tsquery([group], "AND") for group in groups]

    def size_bytes(self) -> int:
        with self.connection.cursor() as cursor:
            cursor.execute("SELECT pg_total_relation_size('search_entry')")
            return cursor.fetchone()[0]


BACKENDS = {"sqlite": SqliteBackend, "postgresql": PostgresBackend}


def get_backend(connection=None) -> Backend:
    connection = connection or default_connection
    try:
        return BACKENDS[connection.vendor](connection)
    except KeyError:
        raise NotImplementedError(f"search supports SQLite and PostgreSQL, not {connection.vendor}") from None
