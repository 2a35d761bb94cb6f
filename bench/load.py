"""Run by bench/load.sh. One run, on loopback, with the production stack of
deploy/local-stack.sh (gunicorn with GUNICORN_WORKERS sync workers, PostgreSQL,
Redis, Varnish):

1. wrk, CONNECTIONS connections for SECONDS each, on the longest Arabic article
   (gzip asked, as browsers do): gunicorn directly (uncached), through Varnish,
   through nginx proxy_cache in front of the same gunicorn, and nginx serving the
   bytes Varnish served from a file (the ceiling); ratios printed.
2. Purge storm: wrk reads the article through Varnish while this process publishes
   an edit of it every second (through Wagtail, purging as the app does), then polls
   Varnish until the new title shows. Reports wrk's errors, Varnish's hit ratio over
   the storm, and the worst time to see an edit.
3. Peak memory (VmHWM) of each gunicorn worker.
"""

import argparse
import http.client
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PORTS = {"app": 8151, "edge": 8152, "admin": 8153, "file": 8154, "nginx_cache": 8155}


def sh(*args, **kwargs):
    return subprocess.run(args, check=True, text=True, capture_output=True, **kwargs).stdout


def prepare_database(pg, db, redis, articles):
    exists = sh("psql", f"{pg}/postgres", "-tAc", f"SELECT 1 FROM pg_database WHERE datname='{db}'").strip()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "hiwar.settings.dev", "DATABASE_URL": f"{pg}/{db}"}
    env.pop("REDIS_URL", None)
    if not exists:
        sh("psql", f"{pg}/postgres", "-qc", f"CREATE DATABASE {db}")
    py = str(ROOT / ".venv/bin/python")
    subprocess.run([py, "manage.py", "migrate", "-v0", "--noinput"], cwd=ROOT, env=env, check=True)
    pages = sh("psql", f"{pg}/{db}", "-tAc", "SELECT count(*) FROM news_articlepage").strip()
    if pages == "0":
        subprocess.run(
            [py, "manage.py", "load_demo"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
        )
    subprocess.run([py, "bench/bulk_articles.py", "--articles", str(articles)], cwd=ROOT, env=env, check=True)
    return int(sh("psql", f"{pg}/{db}", "-tAc", "SELECT count(*) FROM news_articlepage").strip())


def longest_arabic_article(pg, db):
    return sh(
        "psql", f"{pg}/{db}", "-tAc",
        "SELECT p.id, p.url_path FROM wagtailcore_page p JOIN news_articlepage a ON a.page_ptr_id = p.id "
        "WHERE p.url_path LIKE '/home-ar/%' AND p.slug NOT LIKE 'bulk-%' AND p.live "
        "ORDER BY length(a.body::text) DESC LIMIT 1",
    ).strip().split("|")  # fmt: skip


def get(port, path, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path, headers={"Host": "localhost", **(headers or {})})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


WRK_LATENCY = re.compile(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", re.M)


def wrk(port, path, seconds, connections):
    out = sh(
        "wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s",
        "-H", "Accept-Encoding: gzip", "-H", "Host: localhost", f"http://127.0.0.1:{port}{path}",
    )  # fmt: skip
    return parse_wrk(out)


def parse_wrk(out):
    """wrk's --latency report → req/s, p50/p99 in ms, errors (socket errors and non-2xx/3xx)."""
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    scale = {"us": 0.001, "ms": 1, "s": 1000}
    latency = {f"p{q}": float(v) * scale[unit] for q, v, unit in WRK_LATENCY.findall(out)}
    errors = 0
    if match := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out):
        errors += sum(map(int, match.groups()))
    if match := re.search(r"Non-2xx or 3xx responses: (\d+)", out):
        errors += int(match.group(1))
    return {"requests_per_s": rate, "latency_ms": latency, "errors": errors, "raw": out}


NGINX_CONF = """
worker_processes auto;
pid {dir}/nginx.pid;
error_log {dir}/nginx-error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    keepalive_requests 100000;
    proxy_cache_path {dir}/nginx-cache keys_zone=hiwar:10m max_size=1g inactive=1h;
    server {{
        listen 127.0.0.1:{file};
        location / {{
            root {dir}/www;
            default_type "text/html; charset=utf-8";
            add_header Content-Encoding gzip;
            add_header Vary Accept-Encoding;
            try_files /article.html.gz =404;
        }}
    }}
    server {{
        listen 127.0.0.1:{nginx_cache};
        location / {{
            proxy_pass http://127.0.0.1:{app};
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_cache hiwar;
            proxy_cache_key $scheme$host$uri$is_args$args;
            proxy_cache_use_stale updating error timeout http_500 http_502 http_503;
            proxy_cache_background_update on;
            proxy_cache_lock on;
            add_header X-Cache $upstream_cache_status;
        }}
    }}
}}
"""


def varnish_counters(directory):
    data = json.loads(sh("varnishstat", "-n", f"{directory}/varnish", "-1", "-j"))
    data = data.get("counters", data)
    return {name: value.get("value") for name, value in data.items() if isinstance(value, dict)}


def storm(args, stack_dir, page_id, path, env):
    """wrk on the edge while an edit is published every second; returns the figures."""
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from hiwar.edge.backends import VarnishBackend
    from hiwar.news.models import ArticlePage

    purge_s, purged = [], []
    send = VarnishBackend.purge_batch

    def timed_purge(self, urls):  # the bench's own stopwatch around the app's purge
        tick = time.monotonic()
        send(self, urls)
        purge_s.append(time.monotonic() - tick)
        purged.append(len(urls))

    VarnishBackend.purge_batch = timed_purge
    result = {}
    before = varnish_counters(stack_dir)

    def load():
        result["wrk"] = wrk(PORTS["edge"], path, args.storm, args.connections)

    reader = threading.Thread(target=load)
    reader.start()
    time.sleep(1)
    seen, publish_s = [], []
    original = ArticlePage.objects.get(pk=page_id).title
    started = time.monotonic()
    edit = 0
    while time.monotonic() - started < args.storm - 3:
        edit += 1
        tick = time.monotonic()
        page = ArticlePage.objects.get(pk=page_id)
        page.title = f"{original} — تحديث {edit}"
        page.save_revision().publish()
        publish_s.append(time.monotonic() - tick)
        shown = time.monotonic()
        while True:
            status, _, body = get(PORTS["edge"], path)
            if status == 200 and f"تحديث {edit}<".encode() in body:
                seen.append(time.monotonic() - shown)
                break
            if time.monotonic() - shown > 10:
                seen.append(None)
                break
            time.sleep(0.02)
        time.sleep(max(0, 1 - (time.monotonic() - tick)))
    reader.join()
    after = varnish_counters(stack_dir)
    page = ArticlePage.objects.get(pk=page_id)
    page.title = original
    page.save_revision().publish()
    hits = after["MAIN.cache_hit"] - before["MAIN.cache_hit"]
    misses = after["MAIN.cache_miss"] - before["MAIN.cache_miss"]
    visible = [s for s in seen if s is not None]
    return {
        "edits": edit,
        "wrk_requests_per_s": result["wrk"]["requests_per_s"],
        "wrk_errors": result["wrk"]["errors"],
        "hit_ratio": hits / (hits + misses) if hits + misses else None,
        "hits": hits,
        "misses": misses,
        "edits_not_seen_within_10_s": seen.count(None),
        "visible_after_s_max": max(visible) if visible else None,
        "visible_after_s_median": sorted(visible)[len(visible) // 2] if visible else None,
        "publish_s_median": sorted(publish_s)[len(publish_s) // 2],
        "purge_s_median": sorted(purge_s)[len(purge_s) // 2] if purge_s else None,
        "urls_per_purge": max(purged) if purged else None,
        "publish_s_max": max(publish_s),
    }


def worker_memory(stack_dir):
    master = int(Path(f"{stack_dir}/gunicorn.pid").read_text())
    peaks = {}
    for pid in sh("ps", "-o", "pid=", "--ppid", str(master)).split():
        status = Path(f"/proc/{pid}/status").read_text()
        peaks[pid] = int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) // 1024
    return peaks


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--storm", type=int, default=30)
    parser.add_argument("--workers", type=int, default=5)
    args = parser.parse_args()
    for tool in ("wrk", "nginx", "varnishd"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing: make bench-tools")
    pg = os.environ.get("LOAD_PG", "postgres://postgres@127.0.0.1:5432")
    db = os.environ.get("LOAD_DB", "hiwar_bench_load")
    redis = os.environ.get("LOAD_REDIS", "redis://127.0.0.1:6379/10")
    count = prepare_database(pg, db, redis, args.articles)
    page_id, url_path = longest_arabic_article(pg, db)
    path = "/ar/" + url_path.split("/", 2)[2]
    stack_dir = tempfile.mkdtemp(prefix="hiwar-load-")
    env = {
        "STACK_DIR": stack_dir, "DATABASE_URL": f"{pg}/{db}", "REDIS_URL": redis,
        "APP_PORT": str(PORTS["app"]), "EDGE_PORT": str(PORTS["edge"]), "EDGE_ADMIN_PORT": str(PORTS["admin"]),
        "GUNICORN_WORKERS": str(args.workers),
    }  # fmt: skip
    stack_env = {**os.environ, **env}
    subprocess.run([str(ROOT / "deploy/local-stack.sh"), "start"], env=stack_env, check=True)
    # nginx's workers run as nobody: their files in a directory they may enter.
    nginx_dir = tempfile.mkdtemp(prefix="hiwar-load-nginx-")
    os.chmod(nginx_dir, 0o755)
    nginx_conf = Path(nginx_dir) / "nginx.conf"
    try:
        for _ in range(3):
            status, headers, body = get(PORTS["edge"], path, {"Accept-Encoding": "gzip"})
        assert status == 200 and headers.get("X-Cache") == "HIT", (status, headers)
        (Path(nginx_dir) / "www").mkdir(mode=0o755)
        (Path(nginx_dir) / "www/article.html.gz").write_bytes(body)
        nginx_conf.write_text(NGINX_CONF.format(dir=nginx_dir, **PORTS))
        sh("nginx", "-c", str(nginx_conf), "-p", nginx_dir)
        time.sleep(0.5)
        for _ in range(3):
            status, headers, _ = get(PORTS["nginx_cache"], path, {"Accept-Encoding": "gzip"})
        assert status == 200 and headers.get("X-Cache") == "HIT", ("nginx proxy_cache", status, headers)
        results = {}
        for name, port in (("uncached gunicorn", "app"), ("Varnish", "edge"),
                           ("nginx proxy_cache", "nginx_cache"), ("nginx file (ceiling)", "file")):  # fmt: skip
            results[name] = wrk(PORTS[port], path, args.seconds, args.connections)
            time.sleep(2)
        bakery = None
        if os.environ.get("BAKERY_DIR"):  # Wagtail's demo, same load, same workers (bench/bakerydemo.sh)
            out = subprocess.run(
                [str(ROOT / "bench/bakerydemo.sh"), str(args.workers), str(args.seconds), str(args.connections)],
                check=True, text=True, capture_output=True,
            ).stdout  # fmt: skip
            bakery = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
            print(out)
        storm_result = storm(args, stack_dir, page_id, path, {
            "DJANGO_SETTINGS_MODULE": "hiwar.settings.production", "DATABASE_URL": f"{pg}/{db}",
            "REDIS_URL": redis, "SECRET_KEY": "load-bench-not-secret", "ALLOWED_HOSTS": "localhost",
            "EDGE_PURGE_URL": f"http://127.0.0.1:{PORTS['edge']}", "LOG_LEVEL": "WARNING",
            "STATIC_ROOT": f"{stack_dir}/static",
        })  # fmt: skip
        memory = worker_memory(stack_dir)
    finally:
        subprocess.run(["nginx", "-c", str(nginx_conf), "-p", nginx_dir, "-s", "stop"], check=False)
        subprocess.run([str(ROOT / "deploy/local-stack.sh"), "stop"], env=stack_env, check=False)
        shutil.rmtree(stack_dir, ignore_errors=True)
        shutil.rmtree(nginx_dir, ignore_errors=True)
    ceiling = results["nginx file (ceiling)"]["requests_per_s"]
    uncached = results["uncached gunicorn"]["requests_per_s"]
    print(
        f"\n{count} articles; {path} ({len(body)} bytes gzip); {args.connections} connections, {args.seconds} s each"
    )
    print(
        f"{'setup':24} {'req/s':>10} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'of ceiling':>10} {'× uncached':>10}"
    )
    for name, r in results.items():
        print(
            f"{name:24} {r['requests_per_s']:10.0f} {r['latency_ms'].get('p50', 0):8.1f} "
            f"{r['latency_ms'].get('p99', 0):8.1f} {r['errors']:7d} {r['requests_per_s'] / ceiling:10.0%} "
            f"{r['requests_per_s'] / uncached:10.0f}"
        )
    if bakery is not None:
        print(
            f"bakerydemo uncached: {bakery:.1f} req/s; ours uncached / bakerydemo = {uncached / bakery:.2f}"
        )
    print("purge storm:", json.dumps(storm_result, ensure_ascii=False))
    print("peak memory per gunicorn worker (MB):", memory)


if __name__ == "__main__":
    main()
