"""Server cost of one uncached Arabic article, this tree against an earlier commit, in one run.

    .venv/bin/python bench/page_cost.py [--base 9191c48] [--requests 200] [--rounds 3]

Checks the base commit out into a temporary worktree (its .venv linked to ours), and
runs the same measurement in a child process of each tree, alternately, `--rounds`
times: on PAGE_COST_DATABASE_URL (PostgreSQL with the demo content: `manage.py
load_demo`) and PAGE_COST_REDIS_URL, the longest live Arabic article is rendered
through Django's test client (the whole middleware stack, no edge cache) after three
warm-up requests; per request it prints the median and p95 server time, the SQL
queries and the Redis round trips (commands redis-py sent to the server), and the
median time of the first request after a change (the content generation deleted
before it, so a page bundle is rebuilt; no difference in a tree without bundles).
Then the ratio of the medians. Both trees read the same database: the base must share its schema.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, os, statistics, sys, time
sys.path.insert(0, os.getcwd())
os.environ["DJANGO_SETTINGS_MODULE"] = "hiwar.settings.dev"
import django
django.setup()
import redis.connection
from django.db import connection
from django.test import Client

sends = [0]
klass = getattr(redis.connection, "AbstractConnection", redis.connection.Connection)
original = klass.send_packed_command
def counting(self, command, check_health=True):
    sends[0] += 1
    return original(self, command, check_health)
klass.send_packed_command = counting

from django.db.models import TextField
from django.db.models.functions import Cast, Length
from hiwar.news.models import ArticlePage
article = (
    ArticlePage.objects.live().filter(locale__language_code="ar")
    .annotate(size=Length(Cast("body", TextField()))).order_by("-size").first()
)
url = article.url
client = Client(HTTP_HOST="localhost")
for _ in range(3):
    assert client.get(url).status_code == 200, url
sends[0] = 0
statements = []
def count_statement(execute, sql, params, many, context):
    statements.append(sql)
    return execute(sql, params, many, context)
with connection.execute_wrapper(count_statement):
    assert client.get(url).status_code == 200
round_trips = sends[0]
times = []
for _ in range(int(sys.argv[1])):
    started = time.perf_counter()
    response = client.get(url)
    times.append(time.perf_counter() - started)
    assert response.status_code == 200
times.sort()
# The first request after a change (a page bundle rebuilt: hiwar/news/bundles.py): the
# content generation is deleted before each; in a tree without bundles the key is unused.
from django.core.cache import cache
rebuilt = []
for _ in range(max(5, int(sys.argv[1]) // 10)):
    cache.delete("hiwar:content-generation")
    started = time.perf_counter()
    assert client.get(url).status_code == 200
    rebuilt.append(time.perf_counter() - started)
print(json.dumps({
    "url": url, "queries": len(statements), "round_trips": round_trips,
    "median_ms": statistics.median(times) * 1000, "p95_ms": times[int(0.95 * (len(times) - 1))] * 1000,
    "rebuilt_ms": statistics.median(rebuilt) * 1000,
}))
"""


def measure(tree, requests, env):
    done = subprocess.run(
        [str(ROOT / ".venv/bin/python"), "-c", CHILD, str(requests)],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        sys.exit(f"the measurement failed in {tree}:\n{done.stderr[-3000:]}")
    out = done.stdout
    return json.loads(out.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="9191c48")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    env = {
        **os.environ,
        "DATABASE_URL": os.environ.get(
            "PAGE_COST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/hiwar_pagecost"
        ),
        "REDIS_URL": os.environ.get("PAGE_COST_REDIS_URL", "redis://127.0.0.1:6379/5"),
    }
    load_at_start = os.getloadavg()
    base_tree = Path(tempfile.mkdtemp(prefix="hiwar-page-cost-")) / "base"
    subprocess.run(
        ["git", "worktree", "add", "--detach", str(base_tree), args.base],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (base_tree / ".venv").symlink_to(ROOT / ".venv")
    try:
        results = {"base": [], "this": []}
        for _ in range(args.rounds):  # alternate, so both see the same machine load
            results["base"].append(measure(base_tree, args.requests, env))
            results["this"].append(measure(ROOT, args.requests, env))
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(base_tree)], cwd=ROOT, check=False)
    head = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    print(f"uncached Arabic article {results['this'][0]['url']}")
    print(f"load average (1, 5, 15 min) at the start: {', '.join(f'{x:.2f}' for x in load_at_start)}")
    print(f"load average (1, 5, 15 min) at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    medians = {}
    for name, label in (("base", args.base), ("this", head)):
        rows = results[name]
        medians[name] = statistics.median(row["median_ms"] for row in rows)
        rounds = ", ".join(f"{row['median_ms']:.1f}" for row in rows)
        print(
            f"{name} ({label}): {rows[0]['queries']} SQL queries, {rows[0]['round_trips']} Redis round trips, "
            f"median {medians[name]:.1f} ms (rounds: {rounds}), "
            f"p95 {statistics.median(row['p95_ms'] for row in rows):.1f} ms, "
            f"first request after a change {statistics.median(row['rebuilt_ms'] for row in rows):.1f} ms"
        )
    print(f"ratio this/base: {medians['this'] / medians['base']:.2f}")


if __name__ == "__main__":
    sys.exit(main())
