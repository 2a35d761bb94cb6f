"""Uncached throughput of one Arabic article, this tree against an earlier commit.

    .venv/bin/python bench/uncached_load.py [--base 627282c] [--rounds 2] [--seconds 15] [--connections 16]

gunicorn (deploy/gunicorn.conf.py, GUNICORN_WORKERS or 5 sync workers, production
settings, no edge cache) from each tree in turn, on UNCACHED_DATABASE_URL (PostgreSQL
with the demo content) and UNCACHED_REDIS_URL, and wrk on the longest live Arabic
article (gzip asked), alternately `--rounds` times so both see the same machine load.
The base is checked out into a temporary worktree, as bench/page_cost.py does.
Needs wrk (make bench-tools). Port UNCACHED_PORT (18150) on loopback.
"""

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from load import wrk  # noqa: E402


def longest_arabic_article(database_url):
    return subprocess.run(
        ["psql", database_url, "-tAc",
         "SELECT p.url_path FROM wagtailcore_page p JOIN news_articlepage a ON a.page_ptr_id = p.id "
         "WHERE p.url_path LIKE '/home-ar/%' AND p.live ORDER BY length(a.body::text) DESC LIMIT 1"],
        check=True, capture_output=True, text=True,
    ).stdout.strip().replace("/home-ar/", "/ar/", 1)  # fmt: skip


def serve(tree, env, port):
    process = subprocess.Popen(
        [str(ROOT / ".venv/bin/gunicorn"), "-c", "deploy/gunicorn.conf.py", "hiwar.wsgi:application"],
        cwd=tree,
        env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return process


def wait_for(url, seconds=60):
    deadline = time.monotonic() + seconds
    while True:
        try:
            request = urllib.request.Request(url, headers={"Host": "localhost"})
            with urllib.request.urlopen(request, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            sys.exit(f"{url} did not answer 200 within {seconds} s")
        time.sleep(0.3)


def measure(tree, env, port, path, seconds, connections):
    process = serve(tree, env, port)
    try:
        url = f"http://127.0.0.1:{port}{path}"
        wait_for(url)
        for _ in range(10):  # every worker warm (menu, renditions, bundles)
            urllib.request.urlopen(
                urllib.request.Request(url, headers={"Host": "localhost"}), timeout=10
            ).close()
        return wrk(port, path, seconds, connections)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(30)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="627282c")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    database_url = os.environ.get("UNCACHED_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/hiwar_bundle")
    port = int(os.environ.get("UNCACHED_PORT", 18150))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hiwar.settings.production",
        "DATABASE_URL": database_url,
        "REDIS_URL": os.environ.get("UNCACHED_REDIS_URL", "redis://127.0.0.1:6379/11"),
        "SECRET_KEY": "bench-not-secret",
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "MEDIA_ROOT": str(ROOT / "var/media"),
        "STATIC_ROOT": tempfile.mkdtemp(prefix="hiwar-uncached-static-"),
        "GUNICORN_WORKERS": os.environ.get("GUNICORN_WORKERS", "5"),
    }
    subprocess.run(
        [str(ROOT / ".venv/bin/python"), "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT, env=env, check=True,
    )  # fmt: skip
    path = longest_arabic_article(database_url)
    base_tree = Path(tempfile.mkdtemp(prefix="hiwar-uncached-")) / "base"
    subprocess.run(["git", "worktree", "add", "--detach", str(base_tree), args.base], cwd=ROOT, check=True)
    (base_tree / ".venv").symlink_to(ROOT / ".venv")
    load_at_start = os.getloadavg()
    results = {"base": [], "this": []}
    try:
        for _ in range(args.rounds):
            for name, tree in (("base", base_tree), ("this", ROOT)):
                results[name].append(measure(tree, env, port, path, args.seconds, args.connections))
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(base_tree)], cwd=ROOT, check=False)
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    print(
        f"uncached Arabic article {path}, {env['GUNICORN_WORKERS']} workers, {args.connections} connections"
    )
    print(f"load average at the start: {', '.join(f'{x:.2f}' for x in load_at_start)}")
    print(f"load average at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    rates = {}
    for name, label in (("base", args.base), ("this", head.stdout.strip())):
        rows = results[name]
        rates[name] = statistics.median(row["requests_per_s"] for row in rows)
        print(
            f"{name} ({label}): req/s per round "
            + ", ".join(f"{row['requests_per_s']:.1f} (p50 {row['latency_ms'].get('p50', 0):.0f} ms, "
                        f"errors {row['errors']})" for row in rows)
        )  # fmt: skip
    print(f"ratio this/base: {rates['this'] / rates['base']:.2f}")


if __name__ == "__main__":
    sys.exit(main())
