"""The dashboard's table for scripts: `translation_status [--lang ru] [--state outdated] [--json]`."""

import json

from django.core.management.base import BaseCommand, CommandError

from hiwar.core.languages import language_codes
from hiwar.text.languages import spelled_out
from hiwar.translations import table
from hiwar.translations.models import State

BATCH = 500


class Command(BaseCommand):
    help = "Stories × languages with each cell's translation state (original, up_to_date, outdated, in_progress, missing)."

    def add_arguments(self, parser):
        parser.add_argument("--lang", default="", help=f"only this language's column: {spelled_out()}")
        parser.add_argument(
            "--state", default="", help="only stories with a cell in this state: " + ", ".join(State.values)
        )
        parser.add_argument("--section", default="", help="only stories of the section with this slug")
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="one JSON document: counts and rows"
        )

    def handle(self, *args, lang="", state="", section="", as_json=False, **options):
        if lang and lang not in language_codes():
            raise CommandError(f"--lang {lang}: not a site language (use {spelled_out()})")
        if state and state not in State.values:
            raise CommandError(f"--state {state}: not a state (use {', '.join(State.values)})")
        if section:
            from hiwar.news.models import SectionPage

            if not SectionPage.objects.filter(slug=section).exists():
                raise CommandError(f"--section {section}: no section has this slug")
        filters = table.Filters(lang=lang, state=state, section=section)
        keys = [row["translation_key"] for row in table.story_keys(filters)]
        _stories, counts = table.counts(filters)
        rows = []
        for start in range(0, len(keys), BATCH):
            rows.extend(table.rows_for(keys[start : start + BATCH], filters.languages))
        if as_json:
            self.stdout.write(dump(counts, rows))
            return
        self.stdout.write("  ".join(f"{name}: {number}" for name, number in counts.items()))
        self.stdout.write("\t".join(["id", "title", *filters.languages]))
        for row in rows:
            cells = [cell.state + (f"({cell.page.pk})" if cell.page else "") for cell in row.cells]
            original = row.original
            self.stdout.write(
                "\t".join([str(original.pk) if original else "-", original.title if original else "", *cells])
            )


def dump(counts, rows) -> str:
    document = {
        "counts": counts,
        "stories": [
            {
                "translation_key": str(row.key),
                "original": row.original.pk if row.original else None,
                "title": row.original.title if row.original else "",
                "section": row.section.slug if row.section else None,
                "languages": {
                    cell.lang: {
                        "state": cell.state,
                        "page": cell.page.pk if cell.page else None,
                        "source_deleted": cell.source_deleted,
                    }
                    for cell in row.cells
                },
            }
            for row in rows
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)
