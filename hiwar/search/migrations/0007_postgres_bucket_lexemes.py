"""PostgreSQL: each document also holds its id bucket lexemes (`#0x97` for page ids
97,000–97,999, `#1x12`, `#2x1`, `#3x0` for buckets of 8,000, 64,000, 512,000 ids), so
that counting a common word reads only the newest slice of the index (see
PostgresBackend._count_matches). SQLite: nothing to do."""

from django.db import migrations

# PostgresBackend.BUCKET_SIZES when this migration was written
BUCKET_SIZES = (1_000, 8_000, 64_000, 512_000)
LEXEMES = ", ".join(f"'#{level}x' || (page_id / {size})" for level, size in enumerate(BUCKET_SIZES))

ADD = f"UPDATE search_vector SET document = document || array_to_tsvector(ARRAY[{LEXEMES}])"
REMOVE = f"UPDATE search_vector SET document = ts_delete(document, ARRAY[{LEXEMES}])"


def add_buckets(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(ADD)


def remove_buckets(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(REMOVE)


class Migration(migrations.Migration):
    dependencies = [("search", "0006_vocabulary")]

    operations = [migrations.RunPython(add_buckets, remove_buckets)]
