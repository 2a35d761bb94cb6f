"""Search quality on the relevance set (tests/search/relevance.json), side by side.
The measures (MRR, recall@10) are tests/search/relevance.py's, the compared stemmers bench/stemmers.py's.

    .venv/bin/python bench/search_quality.py [--pg postgres://postgres@127.0.0.1:5432/hiwar_quality] [--misses]

Prints MRR and recall@10 per language and overall for:
  ours/sqlite      our analysis (hiwar.text.analysis) in the FTS5 index, bm25
  ours/postgresql  the same analysed text in tsvector + GIN, ts_rank
  ar=lucene, ar=snowball, ru=snowball   our pipeline with another stemmer (SQLite),
                   to show why the stemmers in use were chosen
  ru=pymorphy3     the same with pymorphy3 lemmas (only when pymorphy3 is importable)
  fts5-unicode61   raw title and body in FTS5 with its default tokenizer, as
                   Wagtail's SQLite database backend indexes them
  pg-native        PostgreSQL's own arabic/russian/english configurations
                   (Wagtail's PostgreSQL backend's approach)
Every configuration uses the same query strategy: entries with all the words
first, and when they are fewer than 10, entries with any word after them; title
weighted 10× body. Only the analysis differs.
The PostgreSQL database given by --pg is dropped and created anew.
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import dj_database_url  # noqa: E402
import django  # noqa: E402
from django.conf import settings  # noqa: E402

DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/hiwar_quality"


def setup_django(sqlite_path: str, pg_url: str | None):
    databases = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": sqlite_path}}
    if pg_url:
        databases["postgres"] = dj_database_url.parse(pg_url)
    settings.configure(
        # The search app alone (bare index tables, no Wagtail, no signals): see bench_apps.py.
        INSTALLED_APPS=["bench_apps.BareSearchConfig"],
        DATABASES=databases,
        USE_TZ=True,
        TIME_ZONE="UTC",
        DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
    )
    django.setup()


def recreate_postgres_database(url: str):
    import psycopg

    params = dj_database_url.parse(url)
    name = params["NAME"]
    admin = psycopg.connect(
        host=params["HOST"],
        port=params["PORT"] or 5432,
        user=params["USER"],
        password=params["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )
    admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
    admin.execute(f'CREATE DATABASE "{name}"')
    admin.close()


def migrate(alias):
    from django.core.management import call_command

    call_command("migrate", "search", database=alias, verbosity=0)


# --- our pipeline ---------------------------------------------------------------


def our_runner(alias, articles, analyzer, keys=True, links=True):
    """`keys`: lang=all queries look up the names' transliteration keys; `links`: each lang=all
    result brings the other versions of its story (the relevance set's `story`)."""
    from django.db import connections

    from hiwar.search.backends import IndexRow, get_backend
    from hiwar.text.languages import LANGUAGE_CODES
    from tests.search.relevance import with_story_versions

    backend = get_backend(connections[alias])
    backend.clear()
    backend.write(
        [
            IndexRow(
                page_id=number,
                lang=article["lang"],
                title=article["title"],
                url="",
                date=None,
                body=article["body"],
                title_terms=" ".join(analyzer.analyze(article["title"])),
                body_terms=" ".join(analyzer.analyze(article["body"])),
            )
            for number, article in enumerate(articles, 1)
        ]
    )

    def run_query(query, lang):
        langs = LANGUAGE_CODES if lang == "all" else [lang]
        groups = analyzer.analyze_query(query, all_languages=keys and lang == "all")
        hits = backend.match(groups, langs, 10).hits
        ranked = [articles[hit.page_id - 1]["key"] for hit in hits]
        return with_story_versions(ranked, articles) if links and lang == "all" else ranked

    return run_query


# --- baselines ---------------------------------------------------------------------


def fts5_unicode61_runner(articles):
    """Raw text, FTS5's default tokenizer (unicode61), as Wagtail's SQLite backend indexes it."""
    from django.db import connections

    cursor = connections["default"].cursor()
    cursor.execute("DROP TABLE IF EXISTS baseline_fts")
    cursor.execute("CREATE VIRTUAL TABLE baseline_fts USING fts5(title, body, lang UNINDEXED)")
    for number, article in enumerate(articles, 1):
        cursor.execute(
            "INSERT INTO baseline_fts (rowid, title, body, lang) VALUES (%s, %s, %s, %s)",
            [number, article["title"], article["body"], article["lang"]],
        )

    def run_query(query, lang):
        words = ['"' + word.replace('"', '""') + '"' for word in query.split()]
        ranked = []
        for operator in (" AND ", " OR "):
            cursor.execute(
                "SELECT rowid FROM baseline_fts WHERE baseline_fts MATCH %s AND (lang = %s OR %s = 'all')"
                " ORDER BY bm25(baseline_fts, 10.0, 1.0) LIMIT 10",
                [operator.join(words), lang, lang],
            )
            ranked += [row[0] for row in cursor.fetchall() if row[0] not in ranked]
            if len(ranked) >= 10:
                break
        return [articles[rowid - 1]["key"] for rowid in ranked[:10]]

    return run_query


PG_CONFIGS = {"ar": "arabic", "ru": "russian", "en": "english"}


def pg_native_runner(articles):
    """PostgreSQL's own arabic/russian/english configurations on the raw text."""
    from django.db import connections

    cursor = connections["postgres"].cursor()
    cursor.execute("DROP TABLE IF EXISTS baseline_pg")
    cursor.execute("CREATE TABLE baseline_pg (id int PRIMARY KEY, lang text, document tsvector)")
    for number, article in enumerate(articles, 1):
        config = PG_CONFIGS[article["lang"]]
        cursor.execute(
            "INSERT INTO baseline_pg VALUES (%s, %s, setweight(to_tsvector(%s::regconfig, %s), 'A')"
            " || setweight(to_tsvector(%s::regconfig, %s), 'D'))",
            [number, article["lang"], config, article["title"], config, article["body"]],
        )

    def run_query(query, lang):
        config = PG_CONFIGS.get(lang, "simple")
        ranked = []
        for operator in ("&", "|"):
            cursor.execute(
                "SELECT id FROM baseline_pg, (SELECT replace(plainto_tsquery(%s::regconfig, %s)::text, '&', %s)"
                "::tsquery AS q) query WHERE document @@ q AND (lang = %s OR %s = 'all')"
                " ORDER BY ts_rank('{0.1, 0, 0, 1}', document, q) DESC LIMIT 10",
                [config, query, operator, lang, lang],
            )
            ranked += [row[0] for row in cursor.fetchall() if row[0] not in ranked]
            if len(ranked) >= 10:
                break
        return [articles[number - 1]["key"] for number in ranked[:10]]

    return run_query


# --- report ---------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--pg", default=os.environ.get("BENCH_PG_URL", DEFAULT_PG), help="PostgreSQL URL ('' to skip)"
    )
    parser.add_argument("--misses", action="store_true", help="list queries whose first result is wrong")
    options = parser.parse_args()

    sqlite_path = os.path.join(tempfile.mkdtemp(prefix="hiwar-quality-"), "quality.sqlite3")
    if options.pg:
        recreate_postgres_database(options.pg)
    setup_django(sqlite_path, options.pg or None)
    migrate("default")
    if options.pg:
        migrate("postgres")

    from stemmers import (
        ComparisonAnalyzer,
        light_stems_without_plurals,
        lucene_stems,
        pymorphy3_stems,
        snowball_arabic_stems,
        snowball_russian_stems,
        surname_stems_only,
    )

    from hiwar.text.analysis import Analyzer
    from hiwar.text.languages import LANGUAGE_CODES
    from tests.search.relevance import evaluate, group_of, load_relevance_set, misses

    data = load_relevance_set()
    articles, queries = data["articles"], data["queries"]
    configurations = [("ours/sqlite", lambda: our_runner("default", articles, Analyzer()))]
    if options.pg:
        configurations.append(("ours/postgresql", lambda: our_runner("postgres", articles, Analyzer())))
    variants = [
        (
            "ours, as on main (no plurals, fleeting vowels)",
            ComparisonAnalyzer(arabic_stems=light_stems_without_plurals, russian_stems=surname_stems_only),
        ),
        ("ours, ar=lucene", ComparisonAnalyzer(arabic_stems=lucene_stems)),
        ("ours, ar=snowball", ComparisonAnalyzer(arabic_stems=snowball_arabic_stems)),
        ("ours, ru=snowball", ComparisonAnalyzer(russian_stems=snowball_russian_stems)),
    ]
    if (lemmas := pymorphy3_stems()) is not None:
        variants.append(("ours, ru=pymorphy3", ComparisonAnalyzer(russian_stems=lemmas)))
    configurations += [
        (name, lambda analyzer=analyzer: our_runner("default", articles, analyzer))
        for name, analyzer in variants
    ]
    configurations += [
        ("ours, names: keys only", lambda: our_runner("default", articles, Analyzer(), links=False)),
        ("ours, names: story links only", lambda: our_runner("default", articles, Analyzer(), keys=False)),
        (
            "ours, names: neither",
            lambda: our_runner("default", articles, Analyzer(), keys=False, links=False),
        ),
    ]
    configurations.append(("fts5-unicode61", lambda: fts5_unicode61_runner(articles)))
    if options.pg:
        configurations.append(("pg-native", lambda: pg_native_runner(articles)))

    groups = list(dict.fromkeys([*LANGUAGE_CODES, *(group_of(q) for q in queries), "all"]))
    counts = {group: sum(1 for q in queries if group_of(q) == group) for group in groups[:-1]}
    print(
        f"relevance set: {len(articles)} articles, {len(queries)} queries "
        f"({', '.join(f'{group} {count}' for group, count in counts.items())})\n"
    )
    header = "| configuration | " + " | ".join(f"{group} MRR | {group} R@10" for group in groups) + " |"
    print(header)
    print("|" + "---|" * (1 + 2 * len(groups)))
    for name, make_runner in configurations:
        run_query = make_runner()
        scores = evaluate(queries, run_query)
        cells = " | ".join(f"{scores[group]['mrr']:.3f} | {scores[group]['recall']:.3f}" for group in groups)
        print(f"| {name} | {cells} |")
        if options.misses:
            for lang, query, top in misses(queries, run_query):
                print(f"    miss [{lang}] {query!r}: {top}")


if __name__ == "__main__":
    main()
