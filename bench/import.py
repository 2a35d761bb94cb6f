"""Import speed: parse-only (--dry-run) and into the database (SQLite by default).

    .venv/bin/python bench/import.py [--pages 1000] [--db-pages 300]

Generates pages in the reference-page format (switcher, title, Arabic-Indic
date, 13 paragraphs and 2 subheadings separated by U+00A0 lines, site name,
credit, source), each with its own random text so that none is a
near-duplicate of another, writes them to a temporary folder and runs the
real `import_page` command over them, as an editor would:

1. `import_page --dry-run --json` over --pages files (read, decode, parse, JSON);
2. `import_page` over --db-pages other files into a throw-away, migrated SQLite
   database with the site tree (drafts, revisions, import records, LSH bands),
   with Wagtail's admin search index kept current as in production
   (`AUTO_UPDATE` on; the test settings turn it off), then over as many other
   files with it off, as the test settings have it;
3. the first set again: every file is `unchanged`.

Targets (issue 3): parse-only ≥ 200 pages/s, into the database ≥ 50 pages/s.

4. `import_site` (issue 19) over --site-pages old-site pages (a mirror directory of
   stories in three languages, in the seven layouts of tests/ingest/archive_corpus.py):
   `--dry-run` (read, decode, parse, group by the switcher links), then into the
   database (drafts, one transaction per story, translations linked). Same targets.
"""

import argparse
import io
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _setup import setup_django  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from hiwar.text.normalize import to_arabic_indic_digits  # noqa: E402
from hiwar.text.organisation import ORGANISATION_NAMES  # noqa: E402

PARSE_TARGET = 200
DATABASE_TARGET = 50
NB = "\u00a0"
MONTHS = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
]
WORDS = (
    "أكد وزير الخارجية الروسي أن العلاقات بين البلدين مثال على الشراكة والتحالف الاستراتيجي وقال "
    "إن التعاون في مجالات التجارة والاقتصاد والطاقة والتعليم والثقافة يتطور بشكل متواصل وأشار إلى "
    "حجم التبادل التجاري والاستثمارات المتبادلة والشركات العاملة في المنطقة وأضاف أن الحوار السياسي "
    "على أعلى المستويات يشمل الأمن الإقليمي ومكافحة الإرهاب وتهريب المخدرات والجريمة المنظمة وشدد "
    "على أهمية المنتدى البرلماني والمؤتمرات العلمية والتبادل الطلابي والمنح الدراسية وأوضح أن "
    "اللجنة الحكومية المشتركة ستعقد اجتماعها المقبل في العاصمة لبحث مشاريع النقل والزراعة والصناعة "
    "والمياه والطاقة المتجددة والبنية التحتية والاتصالات والسياحة والصحة"
).split()


def sentence(rng, words=18):
    return " ".join(rng.choice(WORDS) for _ in range(words)) + f" {rng.randint(2, 999)}."


def reference_format_page(rng, number):
    """One page shaped like seed/000_e58cfb67f5e5646e.txt, with random words."""
    date = to_arabic_indic_digits(f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2015, 2024)}")
    paragraphs = [" ".join(sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(13)]
    body = (
        paragraphs[:7]
        + ["تطوير التعاون في مجالات التجارة والاقتصاد"]
        + paragraphs[7:11]
        + ["التعاون الأمني"]
        + paragraphs[11:]
    )
    lines = ["Ru En", f"خبر رقم {number}: " + " ".join(rng.choice(WORDS) for _ in range(8)), date]
    for block in body:
        lines += [block, NB]
    lines += [
        NB,
        ORGANISATION_NAMES["ar"],  # the site's name in the footer, dropped as page chrome
        "الصورة: مجلس الاتحاد الروسي",
        "المصدر: تاس",
    ]
    return "\n\n".join(lines) + "\n"


def write_pages(folder, count, seed):
    rng = random.Random(seed)
    paths = []
    for number in range(count):
        path = folder / f"page-{seed}-{number:05d}.txt"
        path.write_text(reference_format_page(rng, number), encoding="utf-8")
        paths.append(str(path))
    return paths


def timed_command(*args):
    """(wall seconds, CPU seconds of this process, summary line) of one import_page run."""
    from django.core.management import call_command

    out, err = io.StringIO(), io.StringIO()
    start, start_cpu = time.perf_counter(), time.process_time()
    try:
        call_command("import_page", *args, stdout=out, stderr=err)
    except SystemExit:
        pass
    elapsed, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    summary = (err.getvalue() if "--json" in args else out.getvalue()).strip().splitlines()[-1]
    return elapsed, cpu, summary


def report(label, count, elapsed, cpu, summary, target):
    """Wall-clock rate against the target; the CPU rate shows what other processes took from us."""
    rate = count / elapsed
    verdict = "ok" if rate >= target else "BELOW TARGET"
    print(
        f"{label}: {count} pages in {elapsed:.2f} s = {rate:.0f} pages/s (target ≥ {target}: {verdict}); "
        f"CPU {cpu:.2f} s = {count / cpu:.0f} pages per CPU-second; load average {load_average()}"
    )
    print(f"    {summary}")
    return rate >= target


def load_average():
    try:
        return " ".join(f"{value:.1f}" for value in os.getloadavg())
    except OSError:
        return "n/a"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000, help="pages for the parse-only run")
    parser.add_argument("--db-pages", type=int, default=300, help="pages for the database run")
    parser.add_argument(
        "--site-pages", type=int, default=1000, help="old-site pages for the import_site runs"
    )
    parser.add_argument("--only-site", action="store_true", help="only the import_site runs")
    options = parser.parse_args()

    setup_django("import-bench")
    # Start-up is not throughput: Django and the migrations are ready, and the
    # importer is loaded (datasketch pulls in scipy: ~1.5 s once per command run).
    import hiwar.ingest.importer  # noqa: F401
    from tests.factories import make_site_tree

    make_site_tree(("news",))
    folder = Path(tempfile.mkdtemp(prefix="hiwar-import-pages-"))
    parse_paths = write_pages(folder, options.pages, seed=1)
    database_paths = write_pages(folder, options.db_pages, seed=2)
    no_index_paths = write_pages(folder, options.db_pages, seed=3)
    from django.conf import settings
    from django.test import override_settings

    production_index = override_settings(
        WAGTAILSEARCH_BACKENDS={
            "default": {**settings.WAGTAILSEARCH_BACKENDS["default"], "AUTO_UPDATE": True}
        }
    )

    try:
        site_ok = site_runs(options.site_pages, folder)
        if options.only_site:
            return 0 if site_ok else 1
        parse_ok = report(
            "parse-only (import_page --dry-run --json)",
            options.pages,
            *timed_command(*parse_paths, "--dry-run", "--json"),
            PARSE_TARGET,
        )
        with production_index:
            database_ok = report(
                "into the database (import_page, drafts, admin search index on)",
                options.db_pages,
                *timed_command(*database_paths),
                DATABASE_TARGET,
            )
        report(
            "into the database (admin search index off, as in the test settings)",
            options.db_pages,
            *timed_command(*no_index_paths),
            DATABASE_TARGET,
        )
        report(
            "re-import of the same files (all unchanged)",
            options.db_pages,
            *timed_command(*database_paths),
            DATABASE_TARGET,
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0 if parse_ok and database_ok and site_ok else 1


def timed_site(*args):
    from django.core.management import call_command

    out, err = io.StringIO(), io.StringIO()
    start, start_cpu = time.perf_counter(), time.process_time()
    try:
        call_command("import_site", *map(str, args), stdout=out, stderr=err)
    except SystemExit:
        pass
    elapsed, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    return elapsed, cpu, out.getvalue().strip().splitlines()[-1]


def site_runs(pages, folder):
    from tests.ingest.archive_corpus import HOST, archive, write_archive

    mirror = folder / "old-site"
    corpus = archive(max(1, pages // 3), seed=97)
    write_archive(mirror, corpus, shuffle_seed=1)
    count = len(corpus)
    parse_ok = report(
        "import_site --dry-run (parse and group)",
        count,
        *timed_site(mirror, "--base-url", HOST, "--dry-run", "--jobs", 1),
        PARSE_TARGET,
    )
    database_ok = report(
        "import_site into the database (drafts, stories linked)",
        count,
        *timed_site(mirror, "--base-url", HOST),
        DATABASE_TARGET,
    )
    report(
        "import_site again (all unchanged)", count, *timed_site(mirror, "--base-url", HOST), DATABASE_TARGET
    )
    return parse_ok and database_ok


if __name__ == "__main__":
    sys.exit(main())
