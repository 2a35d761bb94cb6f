"""SQLite write contention: an editor publishing while `import_page --publish` runs.

    .venv/bin/python bench/import_contention.py [--pages 300] [--every 0.4]

Two runs side by side, each in its own throw-away SQLite database (WAL, the
production options of hiwar/settings/base.py: 20 s busy timeout, IMMEDIATE
transactions):

- **paced**: the importer as shipped (hiwar/ingest/pacing.py: a 0.15 s pause after
  each second of writing);
- **unpaced**: the same importer with the pause set to 0, as before the fix.

In each, `manage.py import_page --publish` runs in its own process over --pages
generated pages in the reference format (bench/import.py's generator), and one
editor, logged in to the admin in this process, publishes an edit of an article
through the page editor's form every --every seconds until the import ends. Each
publish's wall time is its wait plus its own work: the same publish with no import
running is measured first. Target (issue 13): no publish waits more than 2 s.
"""

import argparse
import importlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

TARGET_SECONDS = 2.0
IDLE_PUBLISHES = 5
# The import run without pauses (the baseline): the same command, pacing switched off.
UNPACED = (
    "import runpy, sys; import hiwar.ingest.pacing as pacing; pacing.PAUSE = 0.0; "
    "sys.argv = ['manage.py', *sys.argv[1:]]; runpy.run_path('manage.py', run_name='__main__')"
)


def editor_publish(client, article_id):
    """One publish through the admin's page editor, as the browser posts it; seconds."""
    from hiwar.news.models import ArticlePage
    from tests.newsroom.forms import article_form

    article = ArticlePage.objects.get(pk=article_id)
    data = article_form(
        article,
        summary=f"نص مُعدَّل في {time.monotonic():.3f}",
        loaded_revision_id=str(article.latest_revision_id),
        **{"action-publish": "1"},
    )
    start = time.perf_counter()
    response = client.post(f"/admin/pages/{article_id}/edit/", data)
    elapsed = time.perf_counter() - start
    if response.status_code != 302:
        raise SystemExit(f"the editor's publish answered {response.status_code}, not a redirect")
    return elapsed


def worker(mode, pages, every):
    """One run in this process's own database; prints its figures as JSON."""
    from _setup import setup_django

    setup_django(f"contention-{mode}")
    from django.contrib.auth import get_user_model
    from django.test import Client

    from hiwar.news.models import ArticlePage
    from tests.factories import make_article, make_site_tree

    generator = importlib.import_module("import")  # bench/import.py's page generator
    _, _, sections = make_site_tree(("news",))
    articles = [make_article(sections[("news", "ar")], title=f"خبر للتحرير {n}").pk for n in range(4)]
    editor = get_user_model().objects.create_superuser("editor", "editor@example.org", None)
    client = Client()
    client.force_login(editor)

    idle = [editor_publish(client, articles[n % len(articles)]) for n in range(IDLE_PUBLISHES)]
    folder = Path(tempfile.mkdtemp(prefix=f"hiwar-contention-{mode}-"))
    paths = generator.write_pages(folder, pages, seed=7)
    command = [sys.executable, "-c", UNPACED] if mode == "unpaced" else [sys.executable, "manage.py"]
    start = time.perf_counter()
    importer = subprocess.Popen(
        [*command, "import_page", "--publish", *paths],
        cwd=ROOT,
        env=os.environ.copy(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(2.5)  # the command's start-up (Django, datasketch) is not contention
    waits, number = [], 0
    while importer.poll() is None:
        waits.append(editor_publish(client, articles[number % len(articles)]))
        number += 1
        time.sleep(every)
    output, errors = importer.communicate()
    import_seconds = time.perf_counter() - start
    summary = (output.strip().splitlines() or [errors.strip()])[-1]
    print(
        json.dumps(
            {
                "mode": mode,
                "idle_median": statistics.median(idle),
                "publishes": len(waits),
                "median": statistics.median(waits) if waits else None,
                "p95": sorted(waits)[int(0.95 * (len(waits) - 1))] if waits else None,
                "max": max(waits) if waits else None,
                "import_seconds": import_seconds,
                "import_exit": importer.returncode,
                "summary": summary,
                "published": ArticlePage.objects.filter(live=True).count() - len(articles),
            }
        )
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--every", type=float, default=0.4, help="seconds between the editor's publishes")
    parser.add_argument("--worker", choices=("paced", "unpaced"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.worker:
        worker(options.worker, options.pages, options.every)
        return 0

    results = {}
    for mode in ("paced", "unpaced"):
        environment = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
        run = subprocess.run(
            [
                sys.executable,
                __file__,
                "--worker",
                mode,
                "--pages",
                str(options.pages),
                "--every",
                str(options.every),
            ],
            env=environment,
            capture_output=True,
            text=True,
            check=False,
        )
        if run.returncode != 0:
            print(run.stdout, run.stderr, sep="\n")
            return 1
        results[mode] = json.loads(run.stdout.strip().splitlines()[-1])

    print(
        f"{options.pages} pages, an editor's publish every {options.every} s; load average {os.getloadavg()}"
    )
    print("| importer | idle publish | publishes during import | median | p95 | max | import | pages/s |")
    print("|---|---|---|---|---|---|---|---|")
    for mode, figures in results.items():
        print(
            f"| {mode} | {figures['idle_median']:.2f} s | {figures['publishes']} | {figures['median']:.2f} s "
            f"| {figures['p95']:.2f} s | **{figures['max']:.2f} s** | {figures['import_seconds']:.1f} s "
            f"| {options.pages / figures['import_seconds']:.0f} |"
        )
        print(f"    {mode}: {figures['summary']}; {figures['published']} imported articles live")
    paced_max = results["paced"]["max"]
    verdict = "met" if paced_max <= TARGET_SECONDS else "NOT MET"
    print(f"longest wait with pacing: {paced_max:.2f} s (target ≤ {TARGET_SECONDS} s: {verdict})")
    return 0 if paced_max <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
