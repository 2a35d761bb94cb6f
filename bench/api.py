"""Benchmark of the distribution outputs with 10,000 articles.

    .venv/bin/python bench/api.py [--articles 10000] [--runs 30]

Builds a throw-away SQLite database in a temporary directory (migrations, the
three home pages and their sections, one real article made with the test
factories), then copies that article's rows in bulk: Page rows with treebeard
paths allocated in order under each section, ArticlePage rows with one
INSERT … SELECT per copy. Articles come in ar/ru/en triples sharing a
translation key, so sitemaps carry hreflang alternates.

Then times, with Django's test client, the API article list and detail, the
RSS/Atom feeds, the sitemap (an index at this size) and one per-language
sitemap, and the article page: median and 95th percentile in milliseconds, and
the number of SQL queries of one request.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup_django(workdir):
    os.environ["DJANGO_SETTINGS_MODULE"] = "hiwar.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
    os.environ["HIWAR_VAR_DIR"] = str(workdir)
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    setup_test_environment()  # test client, ALLOWED_HOSTS for testserver
    call_command("migrate", verbosity=0, interactive=False)


def build(count):
    import uuid

    from django.db import connection, transaction
    from django.db.models import F
    from django.utils import timezone
    from wagtail.models import Page

    from hiwar.news.models import ArticlePage
    from tests.factories import make_article, make_image, make_site_tree, paragraph

    _locales, _homes, sections = make_site_tree()
    image = make_image()
    body = [
        paragraph("نص الفقرة الأولى " * 20),
        ("subheading", "التعاون الأمني"),
        paragraph("نص الفقرة الثانية " * 20),
        ("image", {"image": image, "caption": "في موسكو"}),
    ]
    template = make_article(
        sections[("news", "ar")],
        "قالب",
        image=image,
        body=body,
        summary="ملخص",
        source_name="تاس",
        source_url="https://tass.ru/",
    )
    template.tags.add("روسيا", "طاجيكستان")
    template.save_revision().publish()
    template = Page.objects.get(pk=template.pk)
    article_columns = [
        field.column for field in ArticlePage._meta.local_concrete_fields if field.column != "page_ptr_id"
    ]
    copied = [column for column in article_columns if column != "date"]
    insert = (
        f"INSERT INTO news_articlepage (page_ptr_id, date, {', '.join(copied)}) "
        f"SELECT %s, %s, {', '.join(copied)} FROM news_articlepage WHERE page_ptr_id = %s"
    )
    now = timezone.now()
    from hiwar.text.languages import LANGUAGE_CODES as langs

    keys = [uuid.uuid4() for _ in range((count + 2) // 3)]
    started = time.perf_counter()
    with transaction.atomic():
        for offset, lang in enumerate(langs):
            section = Page.objects.get(pk=sections[("news", lang)].pk)
            numbers = range(offset, count, 3)
            start = section.numchild + 1
            pages = []
            for position, number in enumerate(numbers):
                slug = f"article-{number}"
                published = now - timezone.timedelta(minutes=number + 1)
                pages.append(
                    Page(
                        title=f"Article {number} {lang}",
                        draft_title=f"Article {number} {lang}",
                        slug=slug,
                        path=Page._get_path(section.path, section.depth + 1, start + position),
                        depth=section.depth + 1,
                        numchild=0,
                        url_path=f"{section.url_path}{slug}/",
                        content_type_id=template.content_type_id,
                        locale_id=section.locale_id,
                        translation_key=keys[number // 3],
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=published,
                        last_published_at=published,
                        show_in_menus=False,
                    )
                )
            Page.objects.bulk_create(pages, batch_size=500)
            with connection.cursor() as cursor:
                cursor.executemany(
                    insert,
                    [(page.pk, page.first_published_at, template.pk) for page in pages],
                )
            Page.objects.filter(pk=section.pk).update(numchild=F("numchild") + len(pages))
    Page.fix_tree() if os.environ.get("BENCH_FIX_TREE") else None
    return template, time.perf_counter() - started


def measure(client, url, runs, empty_cache=False):
    """(median ms, p95 ms, queries of a warm request, bytes); with `empty_cache`, the
    cache is emptied before each timed request, so the response is built every time."""
    from django.core.cache import cache
    from django.db import connection

    for _ in range(2):  # renditions, site root paths, template loading
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        client.get(url)
    times = []
    size = 0
    for _ in range(runs):
        if empty_cache:
            cache.clear()
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        size = len(response.content)
    times.sort()
    p95 = times[min(len(times) - 1, max(0, round(0.95 * len(times)) - 1))]
    return statistics.median(times), p95, len(queries), size


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hiwar-bench-") as workdir:
        started = time.perf_counter()
        setup_django(workdir)
        print(f"migrated in {time.perf_counter() - started:.1f} s", flush=True)
        template, seconds = build(args.articles)
        from django.test import Client

        from hiwar.news.models import ArticlePage

        total = ArticlePage.objects.count()
        print(f"{total} articles ({args.articles} copied in {seconds:.1f} s)", flush=True)
        client = Client()
        some = ArticlePage.objects.filter(locale__language_code="ru").order_by("-date").first()
        cases = [
            ("API article list, 20 per page", "/api/v1/articles?lang=ar"),
            ("API article list, 100 per page", "/api/v1/articles?per_page=100"),
            ("API article list, section + since", "/api/v1/articles?section=news&since=2000-01-01&lang=ru"),
            ("API article detail", f"/api/v1/articles/{some.pk}"),
            ("RSS feed, 50 items", "/ar/feed/"),
            ("Atom section feed, 50 items", "/ru/news/feed/atom/"),
            ("sitemap.xml (index)", "/sitemap.xml"),
            ("sitemap-ar.xml (3,300 URLs)", "/sitemap-ar.xml"),
            ("news-sitemap.xml", "/news-sitemap.xml"),
            ("article page (HTML, with head tags)", some.url),
        ]
        print()
        print("| response | median ms | p95 ms | queries | bytes | built each time: median ms |")
        print("|---|---:|---:|---:|---:|---:|")
        for name, url in cases:
            runs = max(5, args.runs // 3) if "sitemap-ar" in url else args.runs
            median, p95, queries, size = measure(client, url, runs)
            # Feeds and sitemaps are kept in the cache until content changes: also time them built.
            built = "—"
            if "feed" in url or "sitemap" in url:
                built = f"{measure(client, url, runs, empty_cache=True)[0]:.1f}"
            print(
                f"| {name} `{url}` | {median:.1f} | {p95:.1f} | {queries} | {size:,} | {built} |", flush=True
            )


if __name__ == "__main__":
    main()
