"""SQLite: the FTS5 table reads its text from search_entry (external content)
instead of keeping a second copy, and indexes the language so that a search in
one language filters inside the full-text match. PostgreSQL: nothing to do."""

from django.db import migrations

SQLITE_CREATE = (
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "title_terms, body_terms, lang, content = 'search_entry', content_rowid = 'page_id', "
    "tokenize = 'unicode61 remove_diacritics 0')"
)
SQLITE_OLD = (
    "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 0')"
)


def external_content(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DROP TABLE IF EXISTS search_fts")
        schema_editor.execute(SQLITE_CREATE)
        schema_editor.execute("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")


def own_content(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DROP TABLE IF EXISTS search_fts")
        schema_editor.execute(SQLITE_OLD)
        schema_editor.execute(
            "INSERT INTO search_fts (rowid, title, body) SELECT page_id, title_terms, body_terms FROM search_entry"
        )


class Migration(migrations.Migration):
    dependencies = [("search", "0002_full_text_index")]

    operations = [migrations.RunPython(external_content, own_content)]
