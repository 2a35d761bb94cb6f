"""python manage.py import_feed URL_OR_PATH [URL_OR_PATH …] [--lang ar|ru|en|auto] [--section SLUG]
[--dry-run] [--json] [--publish]

RSS 2.0, Atom and NINJS 2.x feeds → draft articles, one transaction (or savepoint) per
item. An item is known by its GUID (NINJS `uri`), else its link, else its content. An
item that cannot be read or imported is reported by its number and GUID
(`feed.xml: item 3 (guid X): error: …`), and the items after it are imported.
Arguments and the summary line shared with import_page:
hiwar/ingest/management/import_command.py.
"""

from hiwar.ingest.batch import display_name
from hiwar.ingest.feeds import parse_feed
from hiwar.ingest.management.import_command import ImportCommand
from hiwar.ingest.models import ImportRecord
from hiwar.ingest.reading import read_input


class Command(ImportCommand):
    help = "Import the items of RSS/Atom or NINJS feeds as draft articles with their source set."
    inputs = "feeds"
    inputs_metavar = "URL_OR_PATH"
    inputs_help = "feed files or http(s) URLs"
    lang_help = "language of the items (default: the feed's, else detected)"
    section_help = "section slug (default: news of the item's language)"
    record_kind = ImportRecord.FEED

    def run_batch(self, report, write, options):
        for feed in options["feeds"]:
            feed_name = display_name(feed)
            try:
                items = parse_feed(read_input(feed, options["max_bytes"]).data, options["lang"])
            except Exception as error:  # one bad feed never stops the others
                report.failed(feed_name, error)
                continue
            for number, item in enumerate(items, start=1):
                # `feed.xml: item 3 (guid agency-1003): error: …`; the items after it go on
                label = f"{feed_name}: item {number} ({f'guid {item.key}' if item.key else 'no guid'})"
                name = f"{feed_name}#{item.key or number}"  # the import record's origin, --json's "file"
                if item.error is not None:
                    report.failed(label, item.error)
                    continue
                self.take(report, write, name, item.page, label=label, guid=item.key)
