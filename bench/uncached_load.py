"""Uncached throughput of one Arabic article, this tree against an earlier commit
and/or Wagtail's demo site.

    .venv/bin/python bench/uncached_load.py [--base 627282c|none] [--bakerydemo DIR]
        [--rounds 2] [--seconds 15] [--connections 16]

gunicorn (deploy/gunicorn.conf.py, GUNICORN_WORKERS or 5 sync workers, production
settings, no edge cache) from each tree in turn, on UNCACHED_DATABASE_URL (PostgreSQL
with the demo content) and UNCACHED_REDIS_URL, and wrk on the longest live Arabic
article (gzip asked), alternately `--rounds` times so both see the same machine load
(the order reversed every other round).
The base is checked out into a temporary worktree, as bench/page_cost.py does
(`--base none`: no base). `--bakerydemo DIR` (wagtail/bakerydemo set up outside this
repository, see bench/bakerydemo.sh) adds its longest blog post to every round, served
by bench/bakerydemo.sh with the same worker count and wrk settings on BAKERY_PORT
(18158), between this tree's rounds, and prints our req/s over its per round.
Each worker's peak memory (VmHWM) is read after its wrk, before the server stops.
Needs wrk (make bench-tools). Port UNCACHED_PORT (18150) on loopback.
"""

import argparse
import concurrent.futures
import os
import re
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
from load import parse_wrk, wrk  # noqa: E402


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


def warm(url):
    urllib.request.urlopen(urllib.request.Request(url, headers={"Host": "localhost"}), timeout=30).close()


def measure(tree, env, port, path, seconds, connections):
    process = serve(tree, env, port)
    try:
        url = f"http://127.0.0.1:{port}{path}"
        wait_for(url)
        # Every worker warm (menu, renditions, bundles): 10 requests at once, so that
        # not only the first worker serves them (as bench/bakerydemo.sh does).
        with concurrent.futures.ThreadPoolExecutor(10) as pool:
            list(pool.map(warm, [url] * 10))
        request = urllib.request.Request(url, headers={"Host": "localhost", "Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request, timeout=30) as response:
            size = len(response.read())
        result = {**wrk(port, path, seconds, connections), "gzip_bytes": size}
        result["worker_vmhwm_mb"] = worker_peaks(process.pid)
        return result
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(30)


def worker_peaks(master):
    """Peak resident size (VmHWM, MB) of each worker of a gunicorn master."""
    pids = subprocess.run(["ps", "-o", "pid=", "--ppid", str(master)], capture_output=True, text=True).stdout
    peaks = []
    for pid in pids.split():
        status = Path(f"/proc/{pid}/status").read_text()
        peaks.append(int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) // 1024)
    return sorted(peaks)


def measure_bakerydemo(directory, workers, seconds, connections):
    """One round of bench/bakerydemo.sh (its own gunicorn, stopped when it returns)."""
    env = {**os.environ, "BAKERY_DIR": str(directory), "BAKERY_PORT": os.environ.get("BAKERY_PORT", "18158")}
    for name in ("REDIS_URL", "DJANGO_SETTINGS_MODULE", "DATABASE_URL"):
        env.pop(name, None)  # bakerydemo's own settings; REDIS_URL would switch its cache
    out = subprocess.run(
        [str(ROOT / "bench/bakerydemo.sh"), workers, str(seconds), str(connections)],
        env=env, check=True, capture_output=True, text=True, timeout=seconds + 600,
    ).stdout  # fmt: skip
    result = parse_wrk(out)
    page = re.search(r"^bakerydemo (\S+): (\d+) bytes", out, re.M)
    result["path"], result["gzip_bytes"] = page.group(1), int(page.group(2))
    result["worker_vmhwm_mb"] = sorted(int(kb) // 1024 for kb in re.findall(r"VmHWM:\s+(\d+) kB", out))
    return result


def row_text(row):
    latency = row["latency_ms"]
    return (
        f"{row['requests_per_s']:.1f} req/s (p50 {latency.get('p50', 0):.0f} ms, p99 {latency.get('p99', 0):.0f} ms, "
        f"errors {row['errors']}, load {row['load']:.2f}, {row['gzip_bytes']} bytes gzip, "
        f"worker VmHWM MB {row['worker_vmhwm_mb']})"
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="627282c", help="a commit, or none")
    parser.add_argument("--bakerydemo", type=Path, help="a bakerydemo set up by bench/bakerydemo.sh")
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
    trees = {"this": ROOT}
    if args.base != "none":
        base_tree = Path(tempfile.mkdtemp(prefix="hiwar-uncached-")) / "base"
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(base_tree), args.base], cwd=ROOT, check=True
        )
        (base_tree / ".venv").symlink_to(ROOT / ".venv")
        trees = {"base": base_tree, **trees}
    load_at_start = os.getloadavg()
    results = {name: [] for name in trees}
    if args.bakerydemo:
        results["bakerydemo"] = []
    try:
        for number in range(args.rounds):
            # Alternately, and in the reverse order every other round (ABBA), so that
            # neither always runs after the other as the machine's load drifts.
            for name in list(results)[:: -1 if number % 2 else 1]:
                load = os.getloadavg()[0]
                if name == "bakerydemo":
                    row = measure_bakerydemo(
                        args.bakerydemo, env["GUNICORN_WORKERS"], args.seconds, args.connections
                    )
                else:
                    row = measure(trees[name], env, port, path, args.seconds, args.connections)
                results[name].append({**row, "load": load})
    finally:
        if "base" in trees:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(trees["base"])], cwd=ROOT, check=False
            )
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    print(
        f"uncached Arabic article {path}, {env['GUNICORN_WORKERS']} workers, {args.connections} connections, "
        f"{args.seconds} s"
    )
    print(f"load average at the start: {', '.join(f'{x:.2f}' for x in load_at_start)}")
    print(f"load average at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    labels = {"base": args.base, "this": head.stdout.strip()}
    if args.bakerydemo:
        labels["bakerydemo"] = results["bakerydemo"][0]["path"]
    rates = {}
    for name, rows in results.items():
        rates[name] = statistics.median(row["requests_per_s"] for row in rows)
        print(f"{name} ({labels[name]}), per round:")
        for row in rows:
            print(f"  {row_text(row)}")
    for other in ("base", "bakerydemo"):
        if other in results:
            per_round = [
                t["requests_per_s"] / o["requests_per_s"]
                for t, o in zip(results["this"], results[other], strict=True)
            ]
            print(
                f"ratio this/{other}: per round {', '.join(f'{r:.2f}' for r in per_round)}; "
                f"of the medians {rates['this'] / rates[other]:.2f}"
            )


if __name__ == "__main__":
    sys.exit(main())
