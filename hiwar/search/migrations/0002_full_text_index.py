"""The engine-specific full-text part of the index.

SQLite: an FTS5 table over the analysed title and body, rowid = page_id. The
terms are already analysed, so the tokenizer only splits on spaces; diacritic
folding is off (`й` stays `й`).
PostgreSQL: a `tsvector` column (title weighted A, body D, 'simple'
configuration over the analysed terms) with a GIN index.
"""

from django.db import migrations

SQLITE_CREATE = (
    "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 0')"
)
SQLITE_DROP = "DROP TABLE IF EXISTS search_fts"
POSTGRES_CREATE = [
    "ALTER TABLE search_entry ADD COLUMN document tsvector",
    "CREATE INDEX search_entry_document_gin ON search_entry USING gin (document)",
]
POSTGRES_DROP = [
    "DROP INDEX IF EXISTS search_entry_document_gin",
    "ALTER TABLE search_entry DROP COLUMN IF EXISTS document",
]


def create_full_text_index(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute(SQLITE_CREATE)
    elif vendor == "postgresql":
        for statement in POSTGRES_CREATE:
            schema_editor.execute(statement)


def drop_full_text_index(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute(SQLITE_DROP)
    elif vendor == "postgresql":
        for statement in POSTGRES_DROP:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create_full_text_index, drop_full_text_index)]
