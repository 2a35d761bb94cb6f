"""Backup and restore of a whole site: the database, the original media files and a manifest.

Nothing here invents a dump format. The database goes through the engine's own tool:
- SQLite: the online backup API (`sqlite3.Connection.backup`), which copies a consistent
  snapshot page by page while readers and writers carry on;
- PostgreSQL: `pg_dump --format=custom` and `pg_restore`, the dump taken inside an exported
  snapshot so the row counts in the manifest describe exactly the dumped data.

A backup directory holds:
    manifest.json        what, when, from which commit and migration state, counts, checksums
    database.sqlite3     (SQLite) or database.dump (PostgreSQL, pg_dump's custom format)
    media/…              original images, their renditions (so the restored rendition rows
                         point at files that exist) and documents

Media are read and written through Django's media storage: files under MEDIA_ROOT are
copied as files; objects in a bucket (MEDIA_S3_BUCKET, hiwar.core.storage) are listed,
downloaded and uploaded through the storage API under the same names. The backup's
layout is the same either way, so a backup of one restores into the other (the way
from MEDIA_ROOT to a bucket).

It is written into a hidden sibling directory first and renamed into place only when every
file is written and checksummed, so a failed run (full disk, killed process) never leaves
something that looks like a complete backup.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import json
import os
import posixpath
import shutil
import sqlite3
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.files import File
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connection, connections
from django.db.migrations.loader import MigrationLoader

from hiwar.core.media import storage_is_writable

FORMAT = "hiwar-backup/1"
PROJECT = "hiwar"
MANIFEST = "manifest.json"
SQLITE_FILE = "database.sqlite3"
PG_FILE = "database.dump"
MEDIA_DIR = "media"
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A backup or restore that cannot go on; the message names the problem."""


@dataclass
class Manifest:
    data: dict

    @property
    def engine(self) -> str:
        return self.data["engine"]

    @property
    def migrations(self) -> set[tuple[str, str]]:
        return {tuple(item.split(".", 1)) for item in self.data["migrations"]}

    @property
    def counts(self) -> dict[str, int]:
        return self.data["counts"]

    @property
    def files(self) -> dict[str, dict]:
        return self.data["files"]


# --- helpers shared by both directions -------------------------------------------------


def engine_name(alias: str = "default") -> str:
    vendor = connections[alias].vendor
    if vendor not in ("sqlite", "postgresql"):
        raise BackupError(f"backups support SQLite and PostgreSQL, not {vendor}")
    return vendor


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def git_commit() -> str:
    try:
        result = subprocess.run(
            ["git", "rev-parse", "HEAD"],
            cwd=settings.BASE_DIR,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return result.stdout.strip() if result.returncode == 0 else "unknown"


def model_tables() -> dict[str, str]:
    """label → table of every concrete model that owns its table (proxies share one)."""
    tables = {}
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.proxy or not meta.managed:
            continue
        tables[meta.label] = meta.db_table
    return tables


def count_rows(cursor, tables: dict[str, str], existing: set[str]) -> dict[str, int]:
    counts = {}
    for label, table in sorted(tables.items()):
        if table not in existing:
            continue
        cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
        counts[label] = cursor.fetchone()[0]
    return counts


def postgres_environment(alias: str = "default") -> tuple[list[str], dict]:
    """Connection arguments and environment for pg_dump/pg_restore from Django's settings."""
    params = connections[alias].settings_dict
    args = []
    if params.get("HOST"):
        args += ["--host", params["HOST"]]
    if params.get("PORT"):
        args += ["--port", str(params["PORT"])]
    if params.get("USER"):
        args += ["--username", params["USER"]]
    env = dict(os.environ)
    if params.get("PASSWORD"):
        env["PGPASSWORD"] = params["PASSWORD"]
    return args, env


def run_tool(command: list[str], env: dict, what: str) -> None:
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    except FileNotFoundError as error:
        raise BackupError(f"{command[0]} is not installed (Debian: postgresql-client): {error}") from error
    if result.returncode != 0:
        message = (result.stderr or result.stdout).strip().splitlines()
        raise BackupError(
            f"{what} failed: {message[-1] if message else 'exit status ' + str(result.returncode)}"
        )


# --- backup ----------------------------------------------------------------------------


def applied_migrations(cursor) -> list[str]:
    cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
    return [f"{app}.{name}" for app, name in cursor.fetchall()]


def snapshot_sqlite(target: Path) -> tuple[list, dict]:
    """Copy the live SQLite database with the online backup API, then read the copy."""
    connection.ensure_connection()
    copy = sqlite3.connect(target)
    # Through Django's own connection, so the test suite's in-memory database works too.
    # pages=256 per step lets writers in between steps; a write by another connection
    # restarts the copy, so the result is always one consistent moment.
    try:
        connection.connection.backup(copy, pages=256)
        cursor = copy.cursor()
        existing = {row[0] for row in cursor.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        migrations = applied_migrations(cursor)
        counts = count_rows(cursor, model_tables(), existing)
    finally:
        copy.close()
    return migrations, counts


def snapshot_postgres(target: Path) -> tuple[list, dict]:
    """pg_dump inside an exported snapshot: the counts and the dump see the same data."""
    params = connection.settings_dict
    args, env = postgres_environment()
    with connection.cursor() as _:
        pass
    raw = connection.connection
    previous_autocommit = raw.autocommit
    raw.autocommit = False
    try:
        with raw.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
            cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
            existing = {row[0] for row in cursor.fetchall()}
            migrations = applied_migrations(cursor)
            counts = count_rows(cursor, model_tables(), existing)
            run_tool(
                [
                    "pg_dump",
                    *args,
                    "--format=custom",
                    "--no-owner",
                    "--no-privileges",
                    f"--snapshot={snapshot}",
                    "--file",
                    str(target),
                    params["NAME"],
                ],
                env,
                "pg_dump",
            )
        raw.rollback()
    finally:
        raw.autocommit = previous_autocommit
    return migrations, counts


def media_is_local() -> bool:
    """Media are files in MEDIA_ROOT (copied as files), not objects in a bucket."""
    return isinstance(default_storage, FileSystemStorage)  # a LazyObject: isinstance sees through it


def copy_media(source_root: Path, target_root: Path) -> None:
    if not source_root.is_dir():
        return
    for path in sorted(source_root.rglob("*")):
        relative = path.relative_to(source_root)
        if path.is_file():
            destination = target_root / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, destination)


def stored_names(storage, directory: str = ""):
    """Every file's name in `storage`, depth first (S3: keys under the storage's location)."""
    directories, files = storage.listdir(directory)
    for name in sorted(files):
        yield posixpath.join(directory, name)
    for name in sorted(directories):
        yield from stored_names(storage, posixpath.join(directory, name))


def download_media(storage, target_root: Path) -> None:
    for name in stored_names(storage):
        destination = target_root / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        with storage.open(name, "rb") as source, destination.open("wb") as target:
            shutil.copyfileobj(source, target, CHUNK)


def back_up_media(target_root: Path) -> None:
    if media_is_local():
        copy_media(Path(settings.MEDIA_ROOT), target_root)
    else:
        download_media(default_storage, target_root)


def checksums(root: Path) -> dict[str, dict]:
    files = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.name != MANIFEST:
            files[path.relative_to(root).as_posix()] = {
                "sha256": sha256_of(path),
                "bytes": path.stat().st_size,
            }
    return files


def prepare_target(directory: Path) -> Path:
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise BackupError(f"{directory} already exists and is not empty: give a new directory")
    parent = directory.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f".{directory.name}.partial-", dir=parent))
    except OSError as error:
        raise BackupError(f"cannot write in {parent}: {error.strerror or error}") from error


def make_backup(directory: Path) -> Manifest:
    """Write a complete backup of the default database and the media storage into `directory`."""
    directory = Path(directory).resolve()
    engine = engine_name()
    work = prepare_target(directory)
    try:
        if engine == "sqlite":
            migrations, counts = snapshot_sqlite(work / SQLITE_FILE)
        else:
            migrations, counts = snapshot_postgres(work / PG_FILE)
        back_up_media(work / MEDIA_DIR)
        manifest = {
            "format": FORMAT,
            "project": PROJECT,
            "created_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "git_commit": git_commit(),
            "engine": engine,
            "media_storage": "files" if media_is_local() else "s3",  # what it came from; either restores
            "migrations": migrations,
            "counts": counts,
            "files": checksums(work),
        }
        (work / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
        if directory.exists():
            directory.rmdir()
        work.rename(directory)
    except (OSError, sqlite3.Error) as error:
        shutil.rmtree(work, ignore_errors=True)
        reason = getattr(error, "strerror", None) or error
        raise BackupError(f"backup to {directory} failed, nothing kept: {reason}") from error
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return Manifest(manifest)


# --- restore ---------------------------------------------------------------------------


def read_manifest(directory: Path) -> Manifest:
    path = Path(directory) / MANIFEST
    if not path.is_file():
        raise BackupError(f"{directory} is not a Hiwar backup: {MANIFEST} is missing")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BackupError(f"{path} is damaged: {error}") from error
    if not isinstance(data, dict) or data.get("project") != PROJECT or data.get("format") != FORMAT:
        raise BackupError(f"{directory} is not a backup of a Hiwar site (format {data.get('format')!r})")
    for key in ("engine", "migrations", "counts", "files"):
        if key not in data:
            raise BackupError(f"{path} is damaged: '{key}' is missing")
    return Manifest(data)


def verify_files(directory: Path, manifest: Manifest) -> None:
    """Every listed file present with its checksum, and nothing but listed files."""
    directory = Path(directory)
    for name, expected in manifest.files.items():
        path = directory / name
        if not path.is_file():
            raise BackupError(f"the backup is incomplete: {name} is missing")
        if path.stat().st_size != expected["bytes"] or sha256_of(path) != expected["sha256"]:
            raise BackupError(f"the backup is damaged: {name} does not match its checksum")
    database_file = SQLITE_FILE if manifest.engine == "sqlite" else PG_FILE
    if database_file not in manifest.files:
        raise BackupError(f"the backup is incomplete: it holds no {database_file}")


def verify_migrations(manifest: Manifest) -> None:
    """Refuse a backup made by newer code: its tables would not match our models."""
    known = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    ours = {app for app, _ in known}
    # Another project's database (a Django or Wagtail site of its own, its manifest made
    # to look like ours) has none of Hiwar's own apps' migrations, e.g. news.0001_initial.
    own_apps = {config.label for config in apps.get_app_configs() if config.name.startswith("hiwar.")} & ours
    if not any(app in own_apps for app, _ in manifest.migrations):
        raise BackupError(
            "the backup is of another project's database: none of Hiwar's own migrations "
            f"({', '.join(sorted(own_apps)[:3])}…) is applied in it"
        )
    unknown = sorted(
        f"{app}.{name}" for app, name in manifest.migrations if app in ours and (app, name) not in known
    )
    if unknown:
        raise BackupError(
            "the backup was made at a newer migration state than this code knows "
            f"({', '.join(unknown[:3])}{'…' if len(unknown) > 3 else ''}): upgrade the code first"
        )


CONTENT_LABELS = ("auth.User", "wagtailcore.Revision", "wagtailimages.Image", "core.CreditedImage")


def existing_content() -> dict[str, int]:
    """What in the current database a restore would overwrite: users, pages beyond the
    tree's root, revisions, images. An empty or freshly migrated database has none."""
    tables = connection.introspection.table_names()
    if "django_migrations" not in tables:
        return {}
    found = {}
    with connection.cursor() as cursor:
        for label in CONTENT_LABELS:
            with contextlib.suppress(LookupError):
                table = apps.get_model(label)._meta.db_table
                if table in tables:
                    cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
                    if rows := cursor.fetchone()[0]:
                        found[label] = rows
        page_table = apps.get_model("wagtailcore.Page")._meta.db_table
        if page_table in tables:
            # Wagtail's own migrations create the root and a welcome page.
            cursor.execute(f'SELECT COUNT(*) FROM "{page_table}" WHERE depth > 1')
            pages = cursor.fetchone()[0]
            cursor.execute(
                f'SELECT COUNT(*) FROM "{page_table}" p JOIN django_content_type c '
                "ON c.id = p.content_type_id WHERE c.app_label <> 'wagtailcore'"
            )
            if cursor.fetchone()[0] or pages > 1:
                found["wagtailcore.Page"] = pages
    return found


def restore_sqlite(directory: Path) -> None:
    connection.ensure_connection()
    source = sqlite3.connect(Path(directory) / SQLITE_FILE)
    try:
        # The backup API replaces the whole target in one step: it is either the old
        # database or the restored one, never a mix.
        source.backup(connection.connection)
    finally:
        source.close()


def restore_postgres(directory: Path) -> None:
    args, env = postgres_environment()
    name = connection.settings_dict["NAME"]
    connections.close_all()
    # --clean --if-exists drops what the dump recreates; --single-transaction makes the
    # whole restore one transaction, so a failure leaves the database as it was.
    run_tool(
        [
            "pg_restore",
            *args,
            "--dbname",
            name,
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            str(Path(directory) / PG_FILE),
        ],
        env,
        "pg_restore",
    )


def media_names(manifest: Manifest) -> list[str]:
    """The media files of a backup, as names in the media storage (media/a/b.jpg → a/b.jpg)."""
    return [name.removeprefix(MEDIA_DIR + "/") for name in manifest.files if name.startswith(MEDIA_DIR + "/")]


def restore_media_files(directory: Path, names: list[str]) -> None:
    media_root = Path(settings.MEDIA_ROOT)
    for name in names:
        destination = media_root / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        temporary = destination.with_name(f".{destination.name}.restoring")
        shutil.copy2(Path(directory) / MEDIA_DIR / name, temporary)
        temporary.replace(destination)


def upload_media(directory: Path, names: list[str], storage) -> None:
    """Each file under its own name: the restored rows name exactly these objects. An
    object already there is replaced (a storage that will not overwrite would otherwise
    store the file under another name)."""
    for name in names:
        if storage.exists(name):
            storage.delete(name)
        with (Path(directory) / MEDIA_DIR / name).open("rb") as handle:
            saved = storage.save(name, File(handle, name=name))
        if saved != name:
            raise BackupError(f"the media storage stored {name} as {saved}: the database names {name}")


def restore_media(directory: Path, manifest: Manifest) -> int:
    names = media_names(manifest)
    try:
        if media_is_local():
            restore_media_files(directory, names)
        else:
            upload_media(directory, names, default_storage)
    except OSError as error:
        raise BackupError(
            f"the database is restored but the media are not ({error}): fix the media storage "
            "and run restore again with --force"
        ) from error
    return len(names)


def check_restorable(directory: Path, force: bool) -> Manifest:
    """Every refusal happens here, before anything is written (the media storage's check
    writes one probe file and deletes it)."""
    manifest = read_manifest(directory)
    engine = engine_name()
    if manifest.engine != engine:
        raise BackupError(f"the backup is of a {manifest.engine} database; this site uses {engine}")
    verify_files(directory, manifest)
    verify_migrations(manifest)
    if media_names(manifest):
        try:
            storage_is_writable()
        except OSError as error:
            raise BackupError(f"the media storage cannot be written: {error}") from error
    if not force and (content := existing_content()):
        summary = ", ".join(f"{rows} {label}" for label, rows in content.items())
        raise BackupError(f"the database is not empty ({summary}): restore with --force to replace it")
    return manifest


def restore_backup(directory: Path, force: bool = False) -> Manifest:
    directory = Path(directory)
    manifest = check_restorable(directory, force)
    if manifest.engine == "sqlite":
        restore_sqlite(directory)
    else:
        restore_postgres(directory)
    restore_media(directory, manifest)
    return manifest


def current_counts() -> dict[str, int]:
    tables = connection.introspection.table_names()
    with connection.cursor() as cursor:
        return count_rows(cursor, model_tables(), set(tables))
