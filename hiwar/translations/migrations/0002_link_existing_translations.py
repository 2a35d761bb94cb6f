"""Existing translations (demo content, imported with --translation-of, made by
wagtail-localize) get their links: each follows its source's published revision."""

from django.db import migrations


def link_existing(apps, schema_editor):
    from hiwar.translations.links import backfill

    backfill(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("translations", "0001_initial"),
        ("news", "0003_article_update_stamp"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(link_existing, migrations.RunPython.noop)]
