"""Fill a PostgreSQL site with many articles, fast: copies of each section's own
articles written with two INSERT … SELECT statements per section (no Wagtail save,
no revisions, no search index), for load benchmarks that need a big database.

    DATABASE_URL=postgres://…/hiwar_bench .venv/bin/python bench/bulk_articles.py --articles 100000

Each section (of every language) gets an equal share, dated before its existing
articles, with the tree's paths, numchild and url_path kept right, so Wagtail's
routing, listings and counts see them as real pages. Run again with a higher
figure to add the difference; a site with demo content is expected (load_demo).
"""

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hiwar.settings.dev")

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# A path step of Wagtail's tree (4 base-36 digits) as SQL, from the integer n.
STEP = " || ".join(
    f"substr('{ALPHABET}', (({{n}} / {36**power}) %% 36)::int + 1, 1)" for power in (3, 2, 1, 0)
)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args()
    import django

    django.setup()
    from django.db import connection, transaction

    from hiwar.news.models import ArticlePage, SectionPage

    sections = list(SectionPage.objects.order_by("path"))
    have = ArticlePage.objects.count()
    missing = args.articles - have
    if missing <= 0:
        print(f"{have} articles already")
        return
    share = -(-missing // len(sections))
    with transaction.atomic(), connection.cursor() as cursor:
        for section in sections:
            template = ArticlePage.objects.child_of(section).filter(live=True).order_by("date").first()
            if template is None:
                continue
            last = section.get_children().order_by("-path").values_list("path", flat=True).first()
            start = int(last[-4:], 36) + 1 if last else 1
            step = STEP.format(n="(%(start)s + g)")
            cursor.execute(
                f"""
                INSERT INTO wagtailcore_page (path, depth, numchild, title, slug, live,
                    has_unpublished_changes, url_path, seo_title, show_in_menus, search_description,
                    expired, content_type_id, owner_id, locked, first_published_at, last_published_at,
                    draft_title, translation_key, locale_id)
                SELECT %(parent)s || {step}, t.depth, 0, t.title || ' ' || g, 'bulk-' || (%(start)s + g),
                    true, false, %(url)s || 'bulk-' || (%(start)s + g) || '/', '', false, '',
                    false, t.content_type_id, t.owner_id, false, t.first_published_at, t.last_published_at,
                    t.title || ' ' || g, gen_random_uuid(), t.locale_id
                FROM wagtailcore_page t, generate_series(0, %(count)s - 1) g WHERE t.id = %(template)s
                """,
                {
                    "parent": section.path,
                    "start": start,
                    "url": section.url_path,
                    "count": share,
                    "template": template.pk,
                },
            )
            cursor.execute(
                """
                INSERT INTO news_articlepage (page_ptr_id, date, summary, lead_image_caption, body,
                    source_name, source_url, author, unofficial_translation, lead_image_id,
                    marked_as_update, updated_at)
                SELECT p.id, a.date - (substr(p.slug, 6)::int || ' minutes')::interval, a.summary,
                    a.lead_image_caption, a.body, a.source_name, a.source_url, a.author,
                    a.unofficial_translation, a.lead_image_id, false, NULL
                FROM wagtailcore_page p, news_articlepage a
                WHERE p.path LIKE %(prefix)s AND p.depth = %(depth)s AND p.slug LIKE 'bulk-%%'
                  AND a.page_ptr_id = %(template)s
                  AND NOT EXISTS (SELECT 1 FROM news_articlepage x WHERE x.page_ptr_id = p.id)
                """,
                {"prefix": section.path + "%", "depth": section.depth + 1, "template": template.pk},
            )
            cursor.execute(
                "UPDATE wagtailcore_page SET numchild = (SELECT count(*) FROM wagtailcore_page c "
                "WHERE c.path LIKE %(prefix)s AND c.depth = %(depth)s) WHERE id = %(id)s",
                {"prefix": section.path + "%", "depth": section.depth + 1, "id": section.pk},
            )
        cursor.execute("ANALYZE wagtailcore_page; ANALYZE news_articlepage")
    print(f"{ArticlePage.objects.count()} articles in {len(sections)} sections")


if __name__ == "__main__":
    main()
