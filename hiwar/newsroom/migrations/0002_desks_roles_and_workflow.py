"""Desks, roles, their collections and the "Desk → Chief editor" workflow (hiwar/newsroom/setup.py).

Wagtail's default Moderators become Chief editors; its Editors group is removed.
"""

from django.db import migrations

from hiwar.newsroom import setup


def install(apps, schema_editor):
    setup.install(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0001_initial"),
        ("news", "0001_initial"),
        ("core", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
