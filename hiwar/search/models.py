"""The search index: one row per searchable page, with its analysed text.

`page_id` is a plain integer, not a foreign key, so the index can be built and
benchmarked on its own (bench/search.py) and a page's deletion removes its row
through a signal. The full-text part lives beside this table and depends on the
database engine (see backends.py and migration 0002): an FTS5 virtual table on
SQLite, a `tsvector` column with a GIN index on PostgreSQL.
"""

from django.db import models


class SearchEntry(models.Model):
    page_id = models.BigIntegerField(primary_key=True)
    lang = models.CharField(max_length=8, db_index=True)
    title = models.TextField()
    url = models.TextField(blank=True)
    date = models.DateTimeField(null=True, blank=True)
    body = models.TextField(blank=True, help_text="Plain text, for snippets.")
    title_terms = models.TextField(blank=True, help_text="Analysed title (hiwar.text.analysis).")
    body_terms = models.TextField(blank=True, help_text="Analysed body (hiwar.text.analysis).")

    class Meta:
        db_table = "search_entry"

    def __str__(self):
        return f"{self.lang}: {self.title}"
