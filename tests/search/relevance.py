"""Relevance measures for the search relevance set (relevance.json, beside this file).

Used by tests/search/test_relevance.py and by bench/search_quality.py; no Django.

MRR: the mean over queries of 1/rank of the first relevant result (0 if none
in the top 10). Recall@10: the mean share of a query's relevant articles found
in its top 10.

Scores are given per group: a query's `group` (issue 20: `ar-broken-plurals`,
`ru-fleeting-vowels`, `names`) or else its language, and `all` over every query.
A `lang: all` query is judged as the grouped page shows it: each result is followed
by the other versions of its story (the articles with the same `story`).
"""

import json
from collections import defaultdict
from pathlib import Path

RELEVANCE_SET = Path(__file__).resolve().with_name("relevance.json")
CUTOFF = 10


def load_relevance_set(path=RELEVANCE_SET) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def reciprocal_rank(ranked: list, relevant: set) -> float:
    for rank, key in enumerate(ranked[:CUTOFF], 1):
        if key in relevant:
            return 1.0 / rank
    return 0.0


def recall(ranked: list, relevant: set) -> float:
    return len(set(ranked[:CUTOFF]) & relevant) / len(relevant)


def group_of(item: dict) -> str:
    return item.get("group", item["lang"])


def with_story_versions(ranked: list, articles: list[dict]) -> list:
    """[`ru-nm-lavrov-doha`] → [`ru-nm-lavrov-doha`, `ar-nm-lavrov-doha`, `en-nm-lavrov-doha`]:
    each key followed by the other versions of its story (for a bare index without pages)."""
    story_of = {article["key"]: article.get("story") for article in articles}
    out = []
    for key in ranked:
        for other in [key] + [
            a["key"] for a in articles if story_of[key] and a.get("story") == story_of[key]
        ]:
            if other not in out:
                out.append(other)
    return out


def evaluate(queries: list[dict], run_query) -> dict:
    """{group: {"mrr", "recall", "queries"}, …, "all": …}; run_query(query, lang) → ranked article keys."""
    per_lang = defaultdict(lambda: {"rr": [], "recall": []})
    for item in queries:
        ranked = run_query(item["query"], item["lang"])
        relevant = set(item["relevant"])
        for bucket in (group_of(item), "all"):
            per_lang[bucket]["rr"].append(reciprocal_rank(ranked, relevant))
            per_lang[bucket]["recall"].append(recall(ranked, relevant))
    return {
        lang: {
            "mrr": sum(values["rr"]) / len(values["rr"]),
            "recall": sum(values["recall"]) / len(values["recall"]),
            "queries": len(values["rr"]),
        }
        for lang, values in per_lang.items()
    }


def misses(queries: list[dict], run_query) -> list[tuple[str, str, list]]:
    """Queries whose first result is not relevant: (lang, query, top 3)."""
    out = []
    for item in queries:
        ranked = run_query(item["query"], item["lang"])
        if not ranked or ranked[0] not in item["relevant"]:
            out.append((group_of(item), item["query"], ranked[:3]))
    return out
