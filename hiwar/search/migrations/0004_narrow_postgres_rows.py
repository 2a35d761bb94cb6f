"""PostgreSQL: keep search_entry's heap rows narrow (long text and the tsvector
go to TOAST), so that counting and finding the newest matches of a common word
reads few pages. SQLite: nothing to do."""

from django.db import migrations


def narrow_rows(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE search_entry SET (toast_tuple_target = 128)")


def default_rows(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE search_entry RESET (toast_tuple_target)")


class Migration(migrations.Migration):
    dependencies = [("search", "0003_fts_external_content")]

    operations = [migrations.RunPython(narrow_rows, default_rows)]
