"""python manage.py import_feed URL_OR_PATH [URL_OR_PATH …] [--lang ar|ru|en|auto] [--section SLUG]
[--dry-run] [--json] [--publish]

RSS 2.0, Atom and NINJS 2.x feeds → draft articles, one transaction per item.
An item is known by its GUID (NINJS `uri`), else its link, else its content.
"""

from contextlib import nullcontext

from django.core.management.base import BaseCommand

from hiwar.ingest.batch import BatchReport, display_name
from hiwar.ingest.feeds import parse_feed
from hiwar.ingest.models import ImportRecord
from hiwar.ingest.permissions import import_user
from hiwar.ingest.reading import MAX_INPUT_BYTES, read_input
from hiwar.ingest.results import ImportFailure


class Command(BaseCommand):
    help = "Import the items of RSS/Atom or NINJS feeds as draft articles with their source set."

    def add_arguments(self, parser):
        parser.add_argument("feeds", nargs="+", metavar="URL_OR_PATH")
        parser.add_argument(
            "--lang",
            choices=["ar", "ru", "en", "auto"],
            default="auto",
            help="language of the items (default: the feed's, else detected)",
        )
        parser.add_argument(
            "--section", metavar="SLUG", help="section slug (default: news of the item's language)"
        )
        parser.add_argument("--dry-run", action="store_true", help="parse only; write nothing")
        parser.add_argument(
            "--json",
            action="store_true",
            help="JSON Lines on standard output; summary and errors on standard error",
        )
        parser.add_argument("--publish", action="store_true", help="publish at once instead of saving drafts")
        parser.add_argument("--user", metavar="USERNAME", help="import with this editor's page permissions")
        parser.add_argument("--max-bytes", type=int, default=MAX_INPUT_BYTES)

    def handle(self, *args, **options):
        report = BatchReport(self.stdout, self.stderr, options["json"], options["dry_run"])
        write, session = (None, nullcontext()) if options["dry_run"] else item_writer(options)
        with session:  # the search index is updated in bulk, after each article's transaction
            self.run_batch(report, write, options)
        report.summary()
        if report.any_failed:
            raise SystemExit(1)

    def run_batch(self, report, write, options):
        for feed in options["feeds"]:
            feed_name = display_name(feed)
            try:
                items = parse_feed(read_input(feed, options["max_bytes"]).data, options["lang"])
            except Exception as error:
                report.failed(feed_name, error)
                continue
            for number, item in enumerate(items, start=1):
                name = f"{feed_name}#{item.key or number}"
                try:
                    if write is None:
                        problems = item.page.problems()
                        if problems:
                            raise ImportFailure("; ".join(problems))
                        report.parsed(name, item.page)
                    else:
                        report.result(name, item.page, write(item, name))
                except Exception as error:  # one bad item never stops the feed
                    report.failed(name, error)


def item_writer(options):
    """(import_parsed for feed items keyed by GUID, the batch session); datasketch loads only here,
    not for --dry-run."""
    from hiwar.ingest.importer import ImportOptions, batch_session, import_parsed

    import_options = ImportOptions(
        section=options["section"],
        publish=options["publish"],
        user=import_user(options.get("user")),
        kind=ImportRecord.FEED,
    )
    return (lambda item, name: import_parsed(item.page, name, import_options, guid=item.key), batch_session())
