"""python manage.py proofread PATH_OR_PAGE_ID [...] [--json] [--no-spelling]

Proofreads page files in the reference format (read with the importer's parser, as
`import_page` reads them) or articles by page id (their latest version, what the
editor shows, without the warnings editors dismissed). Rules: docs/proofreading.md.

Text output: one line a warning, `SOURCE: CHECK in WHERE: EXCERPT — SUGGESTION`.
`--json`: a list of {"check", "block", "excerpt", "suggestion"} (block 0 is the title;
with several inputs each item also names its "source"). A missing file, an unknown
page id or an unreadable input: a one-line error on stderr and exit status 1 (the
other inputs are still proofread).
"""

import json
import os
import sys

from django.core.management.base import BaseCommand
from django.db import DatabaseError
from django.utils import translation

from hiwar.ingest.batch import one_line, parse_page_input
from hiwar.ingest.reading import InputError
from hiwar.proofreading import editor
from hiwar.text.languages import LANGUAGE_CODES
from hiwar.text.proofreading import proofread


class Failure(Exception):
    pass


class Command(BaseCommand):
    help = "Proofread page files (reference format) or articles by page id; --json for a list of warnings."

    def add_arguments(self, parser):
        parser.add_argument("inputs", nargs="+", metavar="PATH_OR_PAGE_ID")
        parser.add_argument("--json", action="store_true", help="print a JSON list of warnings")
        parser.add_argument("--no-spelling", action="store_true", help="every check but spelling (faster)")
        parser.add_argument("--lang", default="auto", help="language of page files (default: detected)")

    def handle(self, *args, **options):
        translation.activate("en")
        found, failed = [], False
        for name in options["inputs"]:
            try:
                warnings = self.proofread_one(name, options)
            except Failure as error:
                failed = True
                self.stderr.write(f"{name}: error: {error}")
                continue
            for where, warning in warnings:
                item = warning.as_json()
                if len(options["inputs"]) > 1:
                    item["source"] = name
                found.append(item)
                if not options["json"]:
                    self.stdout.write(
                        f"{name}: {warning.check} in {where}: {warning.excerpt} — {warning.suggestion}"
                    )
        if options["json"]:
            self.stdout.write(json.dumps(found, ensure_ascii=False, indent=1))
        elif not failed:
            self.stderr.write(f"{len(found)} warnings")
        if failed:
            sys.exit(1)

    def speller(self, lang, options):
        if options["no_spelling"] or lang is None:
            return None
        speller, note = editor._speller(lang)
        if note:
            self.stderr.write(note)
        return speller

    def vocabulary(self, lang):
        """The site's words; a file is still proofread where there is no database yet."""
        try:
            return editor.site_vocabulary(lang)
        except DatabaseError as error:
            self.stderr.write(f"the site's vocabulary is not used (no database: {one_line(error)})")
            return frozenset()

    def proofread_one(self, name, options):
        if name.isdigit() and not os.path.exists(name):
            return self.proofread_page(int(name), options)
        try:
            page = parse_page_input(name, options["lang"])
        except InputError as error:
            raise Failure(one_line(error)) from None
        lang = page.lang if page.lang in LANGUAGE_CODES else None
        blocks = [block.text for block in page.blocks]
        warnings = proofread(
            page.title, blocks, lang, page.date, self.vocabulary(lang), self.speller(lang, options)
        )
        return [(self.where(warning.block), warning) for warning in warnings]

    def proofread_page(self, page_id, options):
        from wagtail.models import Page

        try:
            page = Page.objects.filter(pk=page_id).first()
        except DatabaseError as error:
            raise Failure(f"cannot read page {page_id}: {one_line(error)}") from None
        if page is None:
            raise Failure(f"no page with id {page_id}")
        page = page.specific
        page = page.get_latest_revision_as_object() if page.latest_revision_id else page
        if options["no_spelling"]:
            with self.settings_without_spelling():
                report = editor.report_for(page)
        else:
            report = editor.report_for(page)
        if report.spelling_note:
            self.stderr.write(report.spelling_note)
        return [(item.where, item.warning) for item in report.open]

    @staticmethod
    def where(block):
        return "title" if block == 0 else f"block {block}"

    def settings_without_spelling(self):
        from django.test.utils import override_settings

        return override_settings(HIWAR_PROOFREADING_SPELLING=False)
