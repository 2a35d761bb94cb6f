import time

from django.core.management.base import BaseCommand

from hiwar.search.indexing import rebuild_index


class Command(BaseCommand):
    help = "Rebuild the search index (hiwar.search) from every live, public page."

    def handle(self, *args, **options):
        started = time.perf_counter()
        count = rebuild_index()
        self.stdout.write(f"Indexed {count} pages in {time.perf_counter() - started:.1f} s.")
