"""python manage.py import_page PATH [PATH …] [--lang ar|ru|en|auto] [--section SLUG]
[--dry-run] [--json] [--publish] [--translation-of ID]

Scraped text pages (the reference-page format) and HTML pages → draft articles.
Rules and the --json schema: docs/import.md.
"""

import os
from contextlib import nullcontext

from django.core.management.base import BaseCommand

from hiwar.ingest.batch import BatchReport, display_name, prepared_pages
from hiwar.ingest.models import ImportRecord
from hiwar.ingest.permissions import import_user
from hiwar.ingest.reading import MAX_INPUT_BYTES, InputError
from hiwar.ingest.results import ImportFailure


class Command(BaseCommand):
    help = "Import scraped text or HTML article pages as draft articles (each file in its own transaction)."

    def add_arguments(self, parser):
        parser.add_argument(
            "paths", nargs="+", metavar="PATH", help="page files (.txt or .html) or http(s) URLs"
        )
        parser.add_argument(
            "--lang",
            choices=["ar", "ru", "en", "auto"],
            default="auto",
            help="language of the pages (default: detected from the text)",
        )
        parser.add_argument(
            "--section", metavar="SLUG", help="section slug (default: news of the page's language)"
        )
        parser.add_argument("--dry-run", action="store_true", help="parse only; write nothing")
        parser.add_argument(
            "--json",
            action="store_true",
            help="JSON Lines on standard output; summary and errors on standard error",
        )
        parser.add_argument("--publish", action="store_true", help="publish at once instead of saving drafts")
        parser.add_argument("--user", metavar="USERNAME", help="import with this editor's page permissions")
        parser.add_argument(
            "--translation-of",
            type=int,
            metavar="ID",
            help="link the new article as a translation of article ID (another language)",
        )
        parser.add_argument(
            "--max-bytes",
            type=int,
            default=MAX_INPUT_BYTES,
            help=f"refuse files larger than this (default {MAX_INPUT_BYTES})",
        )
        parser.add_argument(
            "--jobs",
            type=int,
            default=min(2, os.cpu_count() or 1),
            help="processes for an import (not --dry-run) of 16 files or more: pages are parsed "
            "in a second process while this one writes (default: 2 where there are 2 cores)",
        )

    def handle(self, *args, **options):
        report = BatchReport(self.stdout, self.stderr, options["json"], options["dry_run"])
        write, session = (None, nullcontext()) if options["dry_run"] else page_writer(options)
        with session:  # the search index is updated in bulk, after each article's transaction
            self.run_batch(report, write, options)
        report.summary()
        if report.any_failed:
            raise SystemExit(1)

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
            try:
                if item.error is not None:
                    raise InputError(item.error)
                if write is None:
                    problems = item.page.problems()
                    if problems:
                        raise ImportFailure("; ".join(problems))
                    report.parsed(item.name, item.page)
                else:
                    report.result(item.name, item.page, write(item))
            except Exception as error:  # one bad file never stops the batch
                report.failed(item.name, error)


def page_writer(options):
    """(import_parsed with the command's options, the batch session); MinHash (datasketch) loads only
    here, not for --dry-run."""
    from hiwar.ingest.importer import ImportOptions, batch_session, import_parsed

    import_options = ImportOptions(
        section=options["section"],
        publish=options["publish"],
        user=import_user(options.get("user")),
        translation_of=options["translation_of"],
        kind=ImportRecord.PAGE,
    )
    return (
        lambda item: import_parsed(item.page, item.name, import_options, signature=item.signature),
        batch_session(),
    )
