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


class SearchWord(models.Model):
    """The index's own vocabulary, for "did you mean": each distinct written word of
    the indexed titles and bodies (3 letters or more), with its spelling key
    (`norm`: hiwar.text.normalize.fold plus normalize_arabic, so `أحمد` and `احمد`,
    `مدرسة` and `مدرسه`, `على` and `علي` share one key and are never corrections of
    each other). Words are added when pages are indexed and not removed: a word
    is only ever suggested after a search for it finds a page readers may see
    now (query.suggest), so a word of a draft or withdrawn page never shows."""

    lang = models.CharField(max_length=8)
    word = models.CharField(max_length=64)
    norm = models.CharField(max_length=64)
    size = models.PositiveSmallIntegerField(help_text="len(norm), to look up words of about a length.")

    class Meta:
        db_table = "search_word"
        constraints = [models.UniqueConstraint(fields=["lang", "word"], name="search_word_unique")]
        indexes = [models.Index(fields=["lang", "size"], name="search_word_lang_size")]

    def __str__(self):
        return f"{self.lang}: {self.word}"
