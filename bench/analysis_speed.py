"""Indexing cost of the search analysis, in pages per second (issue 20).

    .venv/bin/python bench/analysis_speed.py [--articles 3000] [--code DIR] [--pymorphy3]

Generates articles as bench/search.py does (a third per language, title 6–12 words,
body 60–160, Zipf-like draws from the relevance set's words plus rare generated words;
same seed, same text on every run) and times `analyze(title)` and `analyze(body)` for
each, with a cold word cache (a fresh Analyzer per run). Prints pages/s and index terms
per page. `--code DIR` analyses with the hiwar package found in DIR (e.g. a checkout of
main, to compare before and after on the same text); `--pymorphy3` also times our
analysis with pymorphy3 lemmas for Russian (pymorphy3 on PYTHONPATH, see docs/search.md).
"""

import argparse
import importlib
import os
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--code", help="a directory holding the hiwar package to measure")
    parser.add_argument("--pymorphy3", action="store_true")
    parser.add_argument("--seed", type=int, default=4)
    options = parser.parse_args()
    sys.path.insert(0, str(HERE.parent))
    if options.code:
        sys.path.insert(0, os.path.abspath(options.code))
    sys.path.insert(1, str(HERE))
    # hiwar first, from the chosen tree (bench/search.py puts this tree on the path when imported).
    analysis = importlib.import_module("hiwar.text.analysis")
    from search import generate_articles, vocabulary  # bench/search.py

    from tests.search.relevance import load_relevance_set

    rng = random.Random(options.seed)
    words = vocabulary(load_relevance_set()["articles"], rng)
    articles = generate_articles(options.articles, words, rng)
    configurations = [(f"analysis of {Path(analysis.__file__).parents[2]}", analysis.Analyzer)]
    if options.pymorphy3:
        from stemmers import ComparisonAnalyzer, pymorphy3_stems

        lemmas = pymorphy3_stems()
        configurations.append(
            ("same, Russian = pymorphy3 lemma + Snowball", lambda: ComparisonAnalyzer(russian_stems=lemmas))
        )
    print(f"{options.articles} generated articles, load average {os.getloadavg()[0]:.2f}")
    for name, make in configurations:
        analyzer = make()
        started, terms = time.perf_counter(), 0
        for _page_id, _lang, title, body in articles:
            terms += len(analyzer.analyze(title)) + len(analyzer.analyze(body))
        seconds = time.perf_counter() - started
        print(
            f"| {name} | {options.articles / seconds:,.0f} pages/s | {terms / options.articles:.1f} terms/page |"
        )


if __name__ == "__main__":
    main()
