"""Soak: many anonymous readers and two publishing editors against the production setup.

    bench/soak.sh [--readers 50] [--seconds 60] [--publish-every 3]

Run through soak.sh, which sets the production environment (gunicorn, PostgreSQL,
Redis). Builds a small site if the database has none, starts gunicorn on loopback,
then for `--seconds`: `--readers` threads each fetch readers' pages (home, sections,
articles, feeds, API) over keep-alive connections, while two editors each change and
publish their own article every `--publish-every` seconds (Wagtail's
save_revision().publish(), as the admin does) and check the change is visible to
readers. At the end: every status seen, latency percentiles, 5xx count, whether
every published edit is visible and every revision kept. Exit status 1 on any 5xx,
lost edit or lost revision. There is no edge cache yet: readers hit gunicorn.
"""

import argparse
import collections
import http.client
import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _setup import ROOT, percentile, setup_django  # noqa: E402


def build_site():
    from hiwar.news.models import ArticlePage, HomePage
    from tests.factories import make_article, make_site_tree

    if HomePage.objects.exists():
        return
    _locales, _homes, sections = make_site_tree(("news", "analysis"))
    for number in range(40):
        section = sections[(random.choice(["news", "analysis"]), random.choice(["ar", "ru", "en"]))]
        make_article(section, title=f"Soak story {number}")
    assert ArticlePage.objects.count() >= 40


def reader_urls():
    from hiwar.news.models import ArticlePage

    articles = [page.url for page in ArticlePage.objects.live().order_by("?")[:20]]
    pages = ["/ar/", "/ru/", "/en/", "/ar/news/", "/en/analysis/", "/ru/news/"]
    return pages + articles + ["/ar/feed/", "/en/feed/atom/", "/api/v1/articles", "/sitemap.xml"]


def wait_for(port, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("gunicorn did not start")


class Results:
    def __init__(self):
        self.lock = threading.Lock()
        self.statuses = collections.Counter()
        self.latencies = []
        self.errors = collections.Counter()

    def record(self, status, seconds):
        with self.lock:
            self.statuses[status] += 1
            self.latencies.append(seconds)


def fetch(connection, path, encoding="gzip"):
    connection.request("GET", path, headers={"Host": "127.0.0.1", "Accept-Encoding": encoding})
    response = connection.getresponse()
    body = response.read()
    return response.status, body


def reader(port, urls, stop, results):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    while not stop.is_set():
        path = random.choice(urls)
        started = time.monotonic()
        try:
            status, _ = fetch(connection, path)
        except (OSError, http.client.HTTPException) as error:
            with results.lock:
                results.errors[type(error).__name__] += 1
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            continue
        results.record(status, time.monotonic() - started)


def editor(number, article_id, port, stop, every, log):
    """Change the title and publish, then poll readers' page until the new title shows."""
    from django.db import close_old_connections

    from hiwar.news.models import ArticlePage

    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    edit = 0
    while not stop.is_set():
        edit += 1
        title = f"Soak edit {number}-{edit}"
        page = ArticlePage.objects.get(pk=article_id)
        page.title = title
        page.save_revision().publish()
        seen_after = None
        started = time.monotonic()
        while time.monotonic() - started < 60:
            try:
                status, body = fetch(connection, page.url, encoding="identity")  # to read the title
            except (OSError, http.client.HTTPException):
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                continue
            if status == 200 and title.encode() in body:
                seen_after = time.monotonic() - started
                break
            time.sleep(0.2)
        log.append({"editor": number, "title": title, "visible_after_s": seen_after})
        close_old_connections()
        stop.wait(every)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--publish-every", type=float, default=3)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--port", type=int, default=8611)
    args = parser.parse_args()

    setup_django()
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)
    build_site()
    from hiwar.news.models import ArticlePage

    urls = reader_urls()
    edited = list(
        ArticlePage.objects.live().filter(locale__language_code="en").values_list("pk", flat=True)[:2]
    )
    revisions_before = {pk: ArticlePage.objects.get(pk=pk).revisions.count() for pk in edited}

    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "hiwar.wsgi:application", "-b", f"127.0.0.1:{args.port}",
         "-w", str(args.workers), "-k", "gthread", "--threads", "4", "--timeout", "30"],
        cwd=ROOT, env=os.environ, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_for(args.port)
        stop, results, log = threading.Event(), Results(), []
        threads = [
            threading.Thread(target=reader, args=(args.port, urls, stop, results))
            for _ in range(args.readers)
        ]
        threads += [
            threading.Thread(target=editor, args=(n + 1, pk, args.port, stop, args.publish_every, log))
            for n, pk in enumerate(edited)
        ]
        for thread in threads:
            thread.start()
        time.sleep(args.seconds)
        stop.set()
        for thread in threads:
            thread.join(60)
    finally:
        server.terminate()
        server.wait(20)

    lost_edits = [entry for entry in log if entry["visible_after_s"] is None]
    last_titles = {}
    for entry in log:
        last_titles[entry["editor"]] = entry["title"]
    final_ok = all(
        ArticlePage.objects.get(pk=pk).title == last_titles[n + 1]
        for n, pk in enumerate(edited)
        if n + 1 in last_titles
    )
    publishes = collections.Counter(entry["editor"] for entry in log)
    revisions_kept = all(
        ArticlePage.objects.get(pk=pk).revisions.count() - revisions_before[pk] == publishes[n + 1]
        for n, pk in enumerate(edited)
    )
    total = sum(results.statuses.values())
    five_xx = sum(count for status, count in results.statuses.items() if status >= 500)
    visible = [entry["visible_after_s"] for entry in log if entry["visible_after_s"] is not None]
    report = {
        "readers": args.readers,
        "seconds": args.seconds,
        "requests": total,
        "requests_per_second": round(total / args.seconds, 1),
        "statuses": dict(results.statuses),
        "connection_errors": dict(results.errors),
        "5xx": five_xx,
        "latency_ms": {
            "p50": round(percentile(results.latencies, 0.5) * 1000) if total else None,
            "p95": round(percentile(results.latencies, 0.95) * 1000) if total else None,
            "p99": round(percentile(results.latencies, 0.99) * 1000) if total else None,
        },
        "publishes": sum(publishes.values()),
        "edits_not_visible": len(lost_edits),
        "edit_visible_after_s_max": round(max(visible), 2) if visible else None,
        "final_titles_live": final_ok,
        "revisions_kept": revisions_kept,
    }
    print(json.dumps(report, indent=2))
    if five_xx or lost_edits or not final_ok or not revisions_kept or results.errors:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
