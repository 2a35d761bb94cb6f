"""python manage.py import_page PATH [PATH …] [--lang ar|ru|en|auto] [--section SLUG]
[--dry-run] [--json] [--publish] [--translation-of ID]

Scraped text pages (the reference-page format) and HTML pages → draft articles.
Rules and the --json schema: docs/import.md. Arguments and the summary line
shared with import_feed: hiwar/ingest/management/import_command.py.
"""

import os

from hiwar.ingest.batch import display_name, prepared_pages
from hiwar.ingest.management.import_command import ImportCommand
from hiwar.ingest.models import ImportRecord
from hiwar.ingest.reading import InputError


class Command(ImportCommand):
    help = "Import scraped text or HTML article pages as draft articles (each file in its own transaction)."
    inputs = "paths"
    inputs_metavar = "PATH"
    inputs_help = "page files (.txt or .html) or http(s) URLs"
    lang_help = "language of the pages (default: detected from the text)"
    record_kind = ImportRecord.PAGE

    def add_more_arguments(self, parser):
        parser.add_argument(
            "--translation-of",
            type=int,
            metavar="ID",
            help="link the new article as a translation of article ID (another language)",
        )
        parser.add_argument(
            "--jobs",
            type=int,
            default=min(2, os.cpu_count() or 1),
            help="processes for an import (not --dry-run) of 16 files or more: pages are parsed "
            "in a second process while this one writes (default: 2 where there are 2 cores)",
        )

    def import_options(self, options) -> dict:
        return {"translation_of": options["translation_of"]}

    def run_batch(self, report, write, options):
        paths = options["paths"]
        prepared = prepared_pages(
            paths,
            [display_name(path) for path in paths],
            options["lang"],
            options["max_bytes"],
            sign=write is not None,
            jobs=1 if write is None else options["jobs"],
        )  # parsing alone gains nothing
        for item in prepared:
            if item.error is not None:  # unreadable or unparsable: one line, the batch goes on
                report.failed(item.name, InputError(item.error))
                continue
            self.take(report, write, item.name, item.page, signature=item.signature)
