"""PostgreSQL: the tsvector moves from search_entry to its own narrow table
`search_vector` (page_id, document), with the language as a lexeme (`~ar`), so
that counting and ranking the matches of a common word read few pages.
SQLite: nothing to do."""

from django.db import migrations

CREATE = [
    "CREATE TABLE search_vector (page_id bigint PRIMARY KEY, document tsvector NOT NULL)",
    "CREATE INDEX search_vector_document_gin ON search_vector USING gin (document)",
    "INSERT INTO search_vector (page_id, document)"
    " SELECT page_id, document || array_to_tsvector(ARRAY['~' || lang]) FROM search_entry"
    " WHERE document IS NOT NULL",
    "DROP INDEX IF EXISTS search_entry_document_gin",
    "ALTER TABLE search_entry DROP COLUMN IF EXISTS document",
]
DROP = [
    "ALTER TABLE search_entry ADD COLUMN document tsvector",
    "UPDATE search_entry e SET document = setweight(to_tsvector('simple', title_terms), 'A')"
    " || setweight(to_tsvector('simple', body_terms), 'D')",
    "CREATE INDEX search_entry_document_gin ON search_entry USING gin (document)",
    "DROP TABLE search_vector",
]


def vector_table(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in CREATE:
            schema_editor.execute(statement)


def document_column(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in DROP:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0004_narrow_postgres_rows")]

    operations = [migrations.RunPython(vector_table, document_column)]
