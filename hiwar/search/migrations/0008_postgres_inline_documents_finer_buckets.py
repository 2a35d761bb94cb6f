"""PostgreSQL: every document is rewritten, for two changes that make a query cheaper
(docs/benchmarks.md, 2026-12-04). SQLite: nothing to do.

- Each document stays inline in its row instead of going to the TOAST table. A
  tsvector hardly compresses, so under the default storage (EXTENDED) every document
  above 2 kB (most: about 2.5 kB at 60–160 words) went out of line, and ranking the
  1,000 candidates of a query read each one through the TOAST index: 4.7 ms of the
  ranking's 7.5 ms at 100,000 articles, 2.3 ms inline. MAIN keeps a document in its
  row unless the row cannot fit a page (about 8 kB).
- The id buckets double in size from 1,000 ids (`#0x97`, `#1x48`, … `#9x0`) instead of
  growing eightfold (1,000, 8,000, 64,000, 512,000 ids, migration 0007), so that the
  slice of the newest ids a query counts can be about as wide as it needs
  (PostgresBackend.slice_lexemes).
"""

from django.db import migrations

EIGHTFOLD = (1_000, 8_000, 64_000, 512_000)  # migration 0007's bucket sizes
DOUBLING = tuple(1_000 * 2**level for level in range(10))  # PostgresBackend.BUCKET_SIZES when written


def bucket_lexemes(sizes) -> str:
    return (
        "ARRAY[" + ", ".join(f"'#{level}x' || (page_id / {size})" for level, size in enumerate(sizes)) + "]"
    )


def rebucket(old, new) -> str:
    # ts_delete and || make a new value, stored under the column's storage of the moment
    return (
        f"UPDATE search_vector SET document = ts_delete(document, {bucket_lexemes(old)})"
        f" || array_to_tsvector({bucket_lexemes(new)})"
    )


FORWARD = [
    "ALTER TABLE search_vector ALTER COLUMN document SET STORAGE MAIN",
    rebucket(EIGHTFOLD, DOUBLING),
]
BACKWARD = [
    "ALTER TABLE search_vector ALTER COLUMN document SET STORAGE EXTENDED",
    rebucket(DOUBLING, EIGHTFOLD),
]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("search", "0007_postgres_bucket_lexemes")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
