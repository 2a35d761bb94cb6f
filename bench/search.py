"""Search speed: build an index of 100,000 generated articles and time 1,000 queries.

    .venv/bin/python bench/search.py [--articles 100000] [--queries 1000]
                                     [--pg postgres://postgres@127.0.0.1:5432/hiwar_bench] [--seed 4]
                                     [--no-sqlite]

Articles are generated in Arabic, Russian and English (a third each) from a
vocabulary: every word of the relevance set (tests/search/relevance.json, real
inflected news words with their clitics and endings) plus generated rare words
of the same script, drawn with Zipf-like frequencies; a title of 6–12 words and
a body of 60–160. They are written straight into the search tables through the
same backend the site uses (no Wagtail pages), in batches of 1,000.

Reported per engine: index build time (analysis + writing), size on disk
(SQLite: the database file; PostgreSQL: pg_total_relation_size of search_entry,
GIN index included), and p50/p95/p99 latency of 1,000 mixed queries — relevance
set queries, and random one-to-three-word queries in each language and in
`all`, each timed from the raw query string to the top 10 (analysis, count,
ranking and fetching the rows), and how many of them got an estimated total
(PostgreSQL above 1,000 matches, see hiwar/search/backends.py).
The PostgreSQL database given by --pg is dropped and created anew.
"""

import argparse
import itertools
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from search_quality import migrate, recreate_postgres_database, setup_django  # noqa: E402

from hiwar.text.languages import LANGUAGE_CODES as LANGS  # noqa: E402

DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/hiwar_bench"

ALPHABETS = {
    "ar": "ابتثجحخدذرزسشصضطظعغفقكلمنهويةى",
    "ru": "абвгдежзиклмнопрстуфхцчшщыэюя",
    "en": "abcdefghiklmnoprstuvwy",
}
RARE_WORDS_PER_LANGUAGE = 20_000
BATCH = 1_000


def vocabulary(articles, rng) -> dict[str, list[str]]:
    """Common words first (the relevance set's words), then generated rare words."""
    from hiwar.text.analysis import WORD_OR_NUMBER

    words = {lang: [] for lang in LANGS}
    for article in articles:
        for word in WORD_OR_NUMBER.findall(article["title"] + " " + article["body"]):
            if word not in words[article["lang"]]:
                words[article["lang"]].append(word)
    for lang in LANGS:
        alphabet = ALPHABETS[lang]
        words[lang] += [
            "".join(rng.choices(alphabet, k=rng.randint(4, 9))) for _ in range(RARE_WORDS_PER_LANGUAGE)
        ]
    return words


def zipf_cumulative_weights(count: int) -> list[float]:
    return list(itertools.accumulate(1.0 / (rank + 10) for rank in range(count)))


def generate_articles(count, words, rng) -> list[tuple[int, str, str, str]]:
    """(page_id, lang, title, body), a third in each language."""
    weights = {lang: zipf_cumulative_weights(len(words[lang])) for lang in LANGS}
    articles = []
    for page_id in range(1, count + 1):
        lang = LANGS[page_id % 3]
        title = " ".join(rng.choices(words[lang], cum_weights=weights[lang], k=rng.randint(6, 12)))
        body = " ".join(rng.choices(words[lang], cum_weights=weights[lang], k=rng.randint(60, 160)))
        articles.append((page_id, lang, title, body))
    return articles


def index_rows(articles):
    from hiwar.search.backends import IndexRow
    from hiwar.text.analysis import DEFAULT_ANALYZER

    for page_id, lang, title, body in articles:
        yield IndexRow(
            page_id=page_id,
            lang=lang,
            title=title,
            url=f"/{lang}/news/article-{page_id}/",
            date=None,
            body=body,
            title_terms=" ".join(DEFAULT_ANALYZER.analyze(title)),
            body_terms=" ".join(DEFAULT_ANALYZER.analyze(body)),
        )


def mixed_queries(count, queries, words, rng) -> list[tuple[str, list[str]]]:
    out = []
    for number in range(count):
        if number % 4 == 0:
            item = rng.choice(queries)
            out.append((item["query"], list(LANGS) if item["lang"] == "all" else [item["lang"]]))
            continue
        lang = rng.choice(LANGS)
        common = words[lang][:2000]
        text = " ".join(rng.choices(common, k=rng.randint(1, 3)))
        out.append((text, list(LANGS) if number % 10 == 1 else [lang]))
    return out


def build(alias, articles):
    """Analyse and write every article (timed from a cold analysis cache)."""
    from django.db import connections, transaction

    from hiwar.search.backends import get_backend
    from hiwar.text.analysis import DEFAULT_ANALYZER

    backend = get_backend(connections[alias])
    backend.clear()
    DEFAULT_ANALYZER._cache.clear()
    started = time.perf_counter()
    batch = []
    for row in index_rows(articles):
        batch.append(row)
        if len(batch) == BATCH:
            with transaction.atomic(using=alias):
                backend.write(batch)
            batch = []
    with transaction.atomic(using=alias):
        backend.write(batch)
    if connections[alias].vendor == "postgresql":
        with connections[alias].cursor() as cursor:
            # what autovacuum does to a live site's tables after such a load (statistics, GIN pending list)
            cursor.execute("VACUUM ANALYZE search_entry")
            cursor.execute("VACUUM ANALYZE search_vector")
    return time.perf_counter() - started, backend


def time_queries(backend, queries, estimated=None) -> list[float]:
    """Milliseconds per query; `estimated` (a list) collects the queries whose total was estimated."""
    from hiwar.text.analysis import analyze_query

    timings = []
    for text, langs in queries:
        started = time.perf_counter()
        # a query in one language reads no transliteration keys; in all languages it does (issue 20)
        found = backend.match(analyze_query(text, langs[0] if len(langs) == 1 else "all"), langs, 10, 0)
        timings.append((time.perf_counter() - started) * 1000)
        if estimated is not None and not found.exact:
            estimated.append(text)
    return timings


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=1_000)
    parser.add_argument(
        "--pg", default=os.environ.get("BENCH_PG_URL", DEFAULT_PG), help="PostgreSQL URL ('' to skip)"
    )
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--no-sqlite", action="store_true", help="time PostgreSQL only")
    options = parser.parse_args()

    sqlite_path = os.path.join(tempfile.mkdtemp(prefix="hiwar-search-bench-"), "bench.sqlite3")
    if options.pg:
        recreate_postgres_database(options.pg)
    setup_django(sqlite_path, options.pg or None)
    aliases = ([] if options.no_sqlite else ["default"]) + (["postgres"] if options.pg else [])
    for alias in aliases:
        migrate(alias)

    from django.db import connections

    from tests.search.relevance import load_relevance_set

    data = load_relevance_set()
    rng = random.Random(options.seed)
    words = vocabulary(data["articles"], rng)
    queries = mixed_queries(options.queries, data["queries"], words, rng)
    started = time.perf_counter()
    articles = generate_articles(options.articles, words, rng)
    print(f"generated in {time.perf_counter() - started:.0f} s (not counted in build)")
    print(
        f"{options.articles} articles (ar/ru/en), vocabulary {sum(map(len, words.values()))} words, "
        f"{len(queries)} queries\n"
    )
    estimates = []
    print("| engine | build (s) | size on disk (MiB) | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |")
    print("|---|---|---|---|---|---|---|")
    for alias in aliases:
        seconds, backend = build(alias, articles)
        if alias == "default":
            connections[alias].close()
            size = os.path.getsize(sqlite_path)
            backend = type(backend)(connections[alias])
        else:
            size = backend.size_bytes()
        time_queries(backend, queries[:50])  # warm the caches
        estimated = []
        timings = time_queries(backend, queries, estimated)
        engine = connections[alias].vendor
        print(
            f"| {engine} | {seconds:.0f} | {size / 2**20:.0f} | {statistics.median(timings):.1f} | "
            f"{percentile(timings, 0.95):.1f} | {percentile(timings, 0.99):.1f} | {max(timings):.1f} |",
            flush=True,
        )
        estimates.append(
            f"{engine}: {len(estimated)} of {len(queries)} totals estimated (above 1,000 matches)"
        )
    print("\n".join(estimates))


if __name__ == "__main__":
    main()
