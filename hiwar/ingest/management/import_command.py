"""The base of `import_page` and `import_feed`: their shared arguments, the loop's
problems check and error reporting, and the summary line
(`imported N, unchanged N, duplicates N, failed N`, written by batch.BatchReport).
"""

from contextlib import nullcontext

from django.core.management.base import BaseCommand

from hiwar.ingest.batch import BatchReport
from hiwar.ingest.permissions import import_user
from hiwar.ingest.reading import MAX_INPUT_BYTES
from hiwar.ingest.results import ImportFailure
from hiwar.text.languages import codes_or


class ImportCommand(BaseCommand):
    """Subclasses name their inputs and record kind, and implement `run_batch`."""

    inputs = "inputs"  # the positional argument's name (options[inputs])
    inputs_metavar = "INPUT"
    inputs_help = None
    lang_help = "language of the inputs (default: detected from the text)"
    section_help = "section slug (default: news of the page's language)"
    record_kind = None  # ImportRecord.PAGE or ImportRecord.FEED

    def add_arguments(self, parser):
        parser.add_argument(self.inputs, nargs="+", metavar=self.inputs_metavar, help=self.inputs_help)
        parser.add_argument("--lang", choices=codes_or("auto"), default="auto", help=self.lang_help)
        parser.add_argument("--section", metavar="SLUG", help=self.section_help)
        parser.add_argument("--dry-run", action="store_true", help="parse only; write nothing")
        parser.add_argument(
            "--json",
            action="store_true",
            help="JSON Lines on standard output; summary and errors on standard error",
        )
        parser.add_argument("--publish", action="store_true", help="publish at once instead of saving drafts")
        parser.add_argument("--user", metavar="USERNAME", help="import with this editor's page permissions")
        parser.add_argument(
            "--max-bytes",
            type=int,
            default=MAX_INPUT_BYTES,
            help=f"refuse inputs larger than this (default {MAX_INPUT_BYTES})",
        )
        self.add_more_arguments(parser)

    def add_more_arguments(self, parser):
        """Arguments of one command only."""

    def handle(self, *args, **options):
        report = BatchReport(self.stdout, self.stderr, options["json"], options["dry_run"])
        write, session = (None, nullcontext()) if options["dry_run"] else self.writer(options)
        with session:  # the search index is updated in bulk, after each article's transaction
            self.run_batch(report, write, options)
        report.summary()
        if report.any_failed:
            raise SystemExit(1)

    def run_batch(self, report: BatchReport, write, options):
        """Call `take(report, write, name, page, …)` for each page read; report unreadable inputs."""
        raise NotImplementedError

    def take(self, report: BatchReport, write, name: str, page, label: str | None = None, **import_arguments):
        """One page: with --dry-run, checked for problems and reported; else imported.

        `name` is the origin stored with the import; `label` names it in the report's
        lines (`feed.xml: item 3 (guid X)`), `name` when not given.
        One bad page never stops the batch: its error is reported and the batch goes on.
        """
        label = label or name
        try:
            if write is None:
                problems = page.problems()
                if problems:
                    raise ImportFailure("; ".join(problems))
                report.parsed(label, page, name)
            else:
                report.result(label, page, write(page, name, **import_arguments), name)
        except Exception as error:  # reported as the input's one-line error
            report.failed(label, error)

    def import_options(self, options) -> dict:
        """ImportOptions beyond section, publish and kind."""
        return {}

    def writer(self, options):
        """(write(page, name, **import_arguments), the batch session); the importer and MinHash
        (datasketch) load only here, not for --dry-run."""
        from hiwar.ingest.importer import ImportOptions, batch_session, import_parsed
        from hiwar.ingest.pacing import WriterPacer

        import_options = ImportOptions(
            section=options["section"],
            publish=options["publish"],
            user=import_user(options.get("user")),
            kind=self.record_kind,
            **self.import_options(options),
        )

        pacer = WriterPacer()

        def write(page, name, **import_arguments):
            try:
                return import_parsed(page, name, import_options, **import_arguments)
            finally:  # on SQLite, a gap for an editor's save now and then (ingest/pacing.py)
                pacer.after_commit()

        return write, batch_session()
