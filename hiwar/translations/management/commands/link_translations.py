"""Link the translations that have no TranslationLink yet (migration 0002 does it once;
run this after pages were written without Django's signals, e.g. a raw SQL load)."""

from django.core.management.base import BaseCommand

from hiwar.translations.links import backfill


class Command(BaseCommand):
    help = "Record the source of every article translation that has none yet (idempotent)."

    def handle(self, *args, **options):
        created = backfill()
        self.stdout.write(f"linked {created} translation{'s' if created != 1 else ''}")
