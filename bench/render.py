"""Server-side render time of the home, section and article pages.

    .venv/bin/python bench/render.py [--articles 1000] [--requests 200]

Builds a site with N articles in a throw-away SQLite database, then renders
each page type through Django's test client, uncached (no page cache exists;
Wagtail's rendition and site-root caches are warm, as on a live site), and
prints median and p95 times and the SQL query count per request.
"""

import argparse
import datetime
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _setup import percentile, setup_django  # noqa: E402


def build_site(article_count):
    from django.utils import timezone

    from hiwar.news.models import ArticlePage
    from tests.factories import make_image, make_site_tree, paragraph

    locales, homes, sections = make_site_tree(("news", "analysis", "economy"))
    images = [make_image(credit=f"وكالة {n}") for n in range(10)]
    body = [
        paragraph(
            "أكد وزير الخارجية أن العلاقات بين روسيا وطاجيكستان مثال على الشراكة والتحالف الاستراتيجي. " * 3
        ),
        ("subheading", "تطوير التعاون في مجالات التجارة والاقتصاد"),
        paragraph("وأشار إلى أن حجم التبادل التجاري زاد بنسبة 44.7 بالمائة مقارنة بعام 2020. " * 3),
        ("quote", {"text": "هذا مثال على شراكة حقيقية", "attribution": "مصدر دبلوماسي"}),
        ("image", {"image": images[0], "caption": "جانب من اللقاء"}),
        paragraph("ولفت إلى أن أكثر من 300 شركة بمشاركة روسية تعمل حالياً في طاجيكستان. " * 3),
        ("subheading", "التعاون الأمني"),
        paragraph("وفي سياق التعاون الأمني، لفت الوزير الانتباه إلى التنسيق الوثيق بين البلدين. " * 3),
    ]
    from hiwar.text.languages import LANGUAGE_CODES as langs

    slugs = ("news", "analysis", "economy")
    now = timezone.now()
    first = None
    for number in range(article_count):
        lang = langs[number % 3] if number >= 3 else "ar"
        key = first.translation_key if (first and number in (1, 2)) else uuid.uuid4()
        if number in (1, 2):
            lang = langs[number]
        section = sections[(slugs[number % 3] if number >= 3 else "news", lang)]
        article = ArticlePage(
            title=f"مقالة رقم {number} عن العلاقات الروسية" if lang == "ar" else f"Article {number}",
            slug=f"article-{number}",
            date=now - datetime.timedelta(minutes=number),
            first_published_at=now - datetime.timedelta(minutes=number),
            summary="ملخص قصير للمقالة.",
            lead_image=images[number % len(images)],
            body=body,
            source_name="تاس",
            locale=locales[lang],
            translation_key=key,
            live=True,
        )
        section.add_child(instance=article)
        article.tags.add("روسيا", "طاجيكستان")
        article.save()
        if number == 0:
            first = article
    return first


def measure(client, url, requests):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(3):  # warm Wagtail's caches (site root paths, renditions)
        assert client.get(url).status_code == 200, url
    times = []
    with CaptureQueriesContext(connection) as queries:
        for _ in range(requests):
            start = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200
    return statistics.median(times), percentile(times, 0.95), len(queries) // requests


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    setup_django("render")
    from django.test import Client

    started = time.perf_counter()
    first = build_site(args.articles)
    print(f"built {args.articles} articles in {time.perf_counter() - started:.1f}s")
    client = Client()
    pages = {"home /ar/": "/ar/", "section /ar/news/": "/ar/news/", "article (ar)": first.url}
    print(f"{'page':<22}{'median ms':>10}{'p95 ms':>10}{'queries':>9}")
    for name, url in pages.items():
        median, p95, queries = measure(client, url, args.requests)
        print(f"{name:<22}{median:>10.1f}{p95:>10.1f}{queries:>9}")


if __name__ == "__main__":
    main()
