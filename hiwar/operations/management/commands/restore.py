from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from hiwar.operations.backup import BackupError, current_counts, restore_backup


class Command(BaseCommand):
    help = (
        "Restore a backup made by `backup` into this site's database and media storage (MEDIA_ROOT or "
        "the MEDIA_S3_BUCKET bucket), then rebuild the "
        "search index. Refuses a non-empty database (unless --force), a damaged or incomplete backup, "
        "a backup of another engine or project, and one made at a newer migration state."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)
        parser.add_argument("--force", action="store_true", help="Replace a database that has content.")
        parser.add_argument("--no-reindex", action="store_true", help="Skip rebuilding the search index.")

    def handle(self, *args, directory, force, no_reindex, **options):
        try:
            manifest = restore_backup(directory, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        counts = current_counts()
        differing = {
            label: (expected, counts.get(label))
            for label, expected in manifest.counts.items()
            if counts.get(label) != expected
        }
        if differing:
            raise CommandError(f"restored, but row counts differ from the manifest: {differing}")
        if not no_reindex:
            call_command("rebuild_search_index", stdout=self.stdout)
        self.stdout.write(
            f"Restored {sum(counts.values())} rows and "
            f"{sum(1 for name in manifest.files if name.startswith('media/'))} media files "
            f"from {directory} (made {manifest.data['created_at']} at {manifest.data['git_commit'][:12]})."
        )
