"""Our search reaches MRR ≥ 0.9 on the relevance set, on SQLite and on PostgreSQL."""

import pytest

from hiwar.search.query import search
from tests.search.relevance import evaluate, load_relevance_set, misses


@pytest.mark.postgres
@pytest.mark.urls("tests.search.urls")
def test_relevance_set_mrr_at_least_0_9(relevance_articles):
    key_of = {page.pk: key for key, page in relevance_articles.items()}

    def run_query(query, lang):
        return [key_of[result.id] for result in search(query, lang, page=1, per_page=10).results]

    queries = load_relevance_set()["queries"]
    scores = evaluate(queries, run_query)
    failing = misses(queries, run_query)
    for lang in ("ar", "ru", "en", "all"):
        assert scores[lang]["mrr"] >= 0.9, (lang, scores[lang], failing)
