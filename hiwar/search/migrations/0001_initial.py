from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="SearchEntry",
            fields=[
                ("page_id", models.BigIntegerField(primary_key=True, serialize=False)),
                ("lang", models.CharField(db_index=True, max_length=8)),
                ("title", models.TextField()),
                ("url", models.TextField(blank=True)),
                ("date", models.DateTimeField(blank=True, null=True)),
                ("body", models.TextField(blank=True, help_text="Plain text, for snippets.")),
                (
                    "title_terms",
                    models.TextField(blank=True, help_text="Analysed title (hiwar.text.analysis)."),
                ),
                (
                    "body_terms",
                    models.TextField(blank=True, help_text="Analysed body (hiwar.text.analysis)."),
                ),
            ],
            options={"db_table": "search_entry"},
        ),
    ]
