"""Field accuracy of the old-site importer (issue 19), per layout.

    .venv/bin/python bench/import_quality.py [--stories 40] [--seed 7]

Builds the made-up archive of tests/ingest/archive_corpus.py (stories × 3 languages
in seven layouts: old tables in windows-1256 and windows-1251, ISO-8859-1 and
ISO-8859-6, undeclared windows-1256, UTF-8 with a BOM, a modern UTF-8 theme), reads
each page as import_site does (hiwar.ingest.charsets, hiwar.ingest.layouts) and
compares nine fields with what a reader sees: language, title, date, paragraphs,
subheadings, photo credit, source, language links and the encoding used.
Target: ≥ 98 % of the fields on every layout. No database.
"""

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hiwar.settings.test")

TARGET = 0.98


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args()

    from hiwar.ingest.charsets import decode_page
    from hiwar.ingest.layouts import parse_archive_page
    from tests.ingest.archive_corpus import accuracy, archive

    def parse(page):
        text, encoding = decode_page(page.data)
        return parse_archive_page(text, page.url, encoding=encoding)

    pages = archive(options.stories, seed=options.seed)
    ok = True
    print(f"{len(pages)} pages, {options.stories} stories × 3 languages, seed {options.seed}")
    for layout, (right, total, misses) in sorted(accuracy(pages, parse).items()):
        share = right / total
        ok &= share >= TARGET
        pages_of_layout = sum(1 for page in pages if page.layout == layout)
        print(
            f"{layout:15} {pages_of_layout:4} pages  {right:5}/{total:<5} fields  {share:7.2%}"
            f"  {'ok' if share >= TARGET else 'BELOW TARGET'}"
        )
        for path, name, expected, found in misses[:3]:
            print(f"    {path} {name}: expected {expected!r}, found {found!r}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
