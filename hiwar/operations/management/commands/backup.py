from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from hiwar.operations.backup import BackupError, make_backup


class Command(BaseCommand):
    help = (
        "Back up the database (a consistent snapshot, taken while the site serves), the original "
        "media files and a manifest (commit, migrations, row counts, checksums) into DIR."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path, help="A new or empty directory.")

    def handle(self, *args, directory, **options):
        try:
            manifest = make_backup(directory)
        except BackupError as error:
            raise CommandError(str(error)) from error
        rows = sum(manifest.counts.values())
        size = sum(item["bytes"] for item in manifest.files.values())
        self.stdout.write(
            f"Backed up {rows} rows in {len(manifest.counts)} tables and {len(manifest.files)} files "
            f"({size / 1e6:.1f} MB, {manifest.engine}) to {Path(directory).resolve()}"
        )
