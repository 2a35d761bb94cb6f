"""python manage.py import_site SOURCE [SOURCE …] [--base-url URL] [--publish] [--fetch-images]
[--dry-run] [--section SLUG] [--user USERNAME] [--max-bytes N] [--jobs N]

An old site's archive → stories (hiwar/ingest/archive.py; docs/import.md, "Moving an
old site"). SOURCE is a directory of saved pages, a sitemap (file or URL), a file
listing URLs one a line, or URLs.
"""

import os

from django.core.management.base import BaseCommand, CommandError

from hiwar.ingest.archive import run_import
from hiwar.ingest.models import ImportRecord
from hiwar.ingest.permissions import import_user
from hiwar.ingest.reading import MAX_INPUT_BYTES, InputError


class Command(BaseCommand):
    help = "Import an old site's archive: every page once, its language versions linked as one story."

    def add_arguments(self, parser):
        parser.add_argument(
            "sources",
            nargs="+",
            metavar="SOURCE",
            help="directory of saved pages, sitemap file or URL, file of URLs, or URLs",
        )
        parser.add_argument(
            "--base-url",
            default="",
            metavar="URL",
            help="the old site's address, for pages saved in a directory (e.g. http://old.example.org)",
        )
        parser.add_argument(
            "--section", metavar="SLUG", help="section slug (default: news of each page's language)"
        )
        parser.add_argument(
            "--publish", action="store_true", help="publish at once (the old URLs redirect from then on)"
        )
        parser.add_argument(
            "--fetch-images",
            action="store_true",
            help="download each page's photo (http(s) sources only) and make it the lead image",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="read, parse and group only; write nothing"
        )
        parser.add_argument("--user", metavar="USERNAME", help="import with this editor's page permissions")
        parser.add_argument(
            "--max-bytes",
            type=int,
            default=MAX_INPUT_BYTES,
            help=f"refuse pages larger than this (default {MAX_INPUT_BYTES})",
        )
        parser.add_argument(
            "--jobs",
            type=int,
            default=min(2, os.cpu_count() or 1),
            help="processes: pages are parsed in jobs - 1 others while this one writes",
        )

    def handle(self, *args, **options):
        from hiwar.ingest.importer import ImportOptions

        import_options = ImportOptions(
            section=options["section"],
            publish=options["publish"],
            user=import_user(options.get("user")),
            kind=ImportRecord.PAGE,
            suggest_translations=False,
        )
        try:
            report = run_import(
                options["sources"],
                import_options,
                self.stderr._out,
                base_url=options["base_url"],
                limit=options["max_bytes"],
                jobs=options["jobs"],
                dry_run=options["dry_run"],
                fetch_images=options["fetch_images"],
            )
        except InputError as error:
            raise CommandError(str(error)) from None
        for name, reason in report.failures:
            self.stderr.write(f"{name}: error: {reason}")
        for name, reason in report.refused_links:
            self.stderr.write(f"{name}: translation link refused: {reason}")
        if report.images_fetched:
            self.stdout.write(f"images fetched {report.images_fetched}")
        line = report.summary()
        if options["dry_run"]:
            line += " (dry run: parsed only, nothing written)"
        self.stdout.write(line)
        if report.counts["failed"]:
            raise SystemExit(1)
