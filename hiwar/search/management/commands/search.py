import json

from django.core.management.base import BaseCommand, CommandError

from hiwar.search.query import InvalidSearch, search
from hiwar.text.languages import DEFAULT_LANGUAGE, spelled_out


class Command(BaseCommand):
    help = "Search published pages: search --lang ar [--json] QUERY [QUERY …] (top 10 per query)."

    def add_arguments(self, parser):
        parser.add_argument("queries", nargs="+", metavar="QUERY")
        parser.add_argument(
            "--lang", default=DEFAULT_LANGUAGE, help=f"{spelled_out('all')} (default {DEFAULT_LANGUAGE})"
        )
        parser.add_argument("--json", action="store_true", help="one JSON object per query and line")

    def handle(self, *args, queries, lang, json: bool, **options):
        for query in queries:
            try:
                results = search(query, lang, page=1, per_page=10)
            except InvalidSearch as error:
                raise CommandError(str(error)) from None
            if json:
                self.write_json(query, results)
            else:
                self.write_text(query, results)

    def write_json(self, query, results):
        line = {"query": query, "results": [result.as_dict(with_snippet=False) for result in results.results]}
        self.stdout.write(json_dumps(line))

    def write_text(self, query, results):
        self.stdout.write(f"{query}: {results.total} results")
        for rank, result in enumerate(results.results, 1):
            date = result.date.date().isoformat() if result.date else "-"
            self.stdout.write(
                f"{rank:>3}. [{result.lang}] {date} {result.title}  {result.url}  ({result.score})"
            )


def json_dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False)
