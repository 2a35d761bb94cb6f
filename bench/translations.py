"""The Translations dashboard and the cost of marking translations outdated.

    .venv/bin/python bench/translations.py [--stories 10000] [--requests 30]

Builds N stories across ar/ru/en in a throw-away SQLite database (or DATABASE_URL):
each story's original in one language (rotating), and in each other language a
translation up to date, outdated, in progress (a draft) or missing (35/15/15/35 %).
The pages are written in bulk (rows, not Wagtail's add_child: 10,000 stories through
add_child would take most of an hour); the links are the ones the app writes.

Then, through Django's test client as a logged-in superuser (hiwar.settings.test):
- the dashboard's server time (median, p95 wall clock; median CPU time of the process,
  which a shared machine's other loads disturb less) and query count per page, for
  pages 1, the middle and the last, filters, and page sizes 10 / 50 / 100;
- the time a source's publish takes with and without the receiver that marks its
  translations (a real Wagtail publish of a changed title, alternating), and the
  marking UPDATE alone.
"""

import argparse
import datetime
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _setup import percentile, setup_django  # noqa: E402

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LANGS = ("ar", "ru", "en")
SLUGS = ("news", "analysis", "economy")
TITLES = {
    "ar": "وزير الخارجية يبحث مشروع الممر الشمالي رقم {n}",
    "ru": "Министр обсудил проект Северного коридора № {n}",
    "en": "Minister discusses the North corridor project no. {n}",
}


def step(number):
    digits = ""
    for _position in range(4):
        number, rest = divmod(number, len(ALPHABET))
        digits = ALPHABET[rest] + digits
    return digits


def build(stories, seed=15):
    """Stories in bulk; returns (a source with translations, counts of cells per state)."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone
    from wagtail.models import Page, Revision

    from hiwar.news.models import ArticlePage
    from hiwar.translations import text
    from hiwar.translations.models import TranslationLink
    from tests.factories import make_article, make_site_tree, paragraph

    random.seed(seed)
    locales, homes, sections = make_site_tree(SLUGS)
    content_type = ContentType.objects.get_for_model(ArticlePage)
    children = {key: 0 for key in sections}
    now = timezone.now()
    body = '[{"type": "paragraph", "value": "<p>نص الخبر.</p>", "id": "b1"}]'
    pages, details, plan = [], [], []
    for number in range(stories):
        key = uuid.uuid4()
        original = LANGS[number % 3]
        slug = SLUGS[number % 3]
        versions = {original: "original"}
        for lang in LANGS:
            if lang != original:
                roll = random.random()
                state = (
                    "up_to_date"
                    if roll < 0.35
                    else "outdated"
                    if roll < 0.5
                    else "in_progress"
                    if roll < 0.65
                    else "missing"
                )
                if state != "missing":
                    versions[lang] = state
        for lang, state in versions.items():
            section = sections[(slug, lang)]
            children[(slug, lang)] += 1
            title = TITLES[lang].format(n=number)
            live = state != "in_progress"
            pages.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=f"story-{number}",
                    path=section.path + step(children[(slug, lang)]),
                    depth=section.depth + 1,
                    numchild=0,
                    url_path=f"{section.url_path}story-{number}/",
                    content_type=content_type,
                    live=live,
                    has_unpublished_changes=not live,
                    first_published_at=now - datetime.timedelta(minutes=number) if live else None,
                    last_published_at=now - datetime.timedelta(minutes=number) if live else None,
                    locale=locales[lang],
                    translation_key=key,
                )
            )
            plan.append((key, lang, state))
            details.append(now - datetime.timedelta(minutes=number))
    with transaction.atomic():
        Page.objects.bulk_create(pages, batch_size=1000)
        ids = dict(
            ((key, code), pk)
            for pk, key, code in Page.objects.filter(depth=4).values_list(
                "pk", "translation_key", "locale__language_code"
            )
        )
        table = ArticlePage._meta.db_table
        rows = [
            (ids[(key, lang)], date, "", "", body, "", "", "", False, False)
            for (key, lang, _state), date in zip(plan, details, strict=True)
        ]
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {table} (page_ptr_id, date, summary, lead_image_caption, body, source_name,"
                " source_url, author, unofficial_translation, marked_as_update) VALUES"
                " (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                rows,
            )
        for (slug, lang), count in children.items():
            Page.objects.filter(pk=sections[(slug, lang)].pk).update(numchild=count)
        fingerprint = text.fingerprint({"title": "x"})
        originals = {key: ids[(key, lang)] for key, lang, state in plan if state == "original"}
        TranslationLink.objects.bulk_create(
            [
                TranslationLink(
                    page_id=ids[(key, lang)],
                    source_id=originals[key],
                    synced_fingerprint=fingerprint,
                    outdated_at=now if state == "outdated" else None,
                )
                for key, lang, state in plan
                if state != "original"
            ],
            batch_size=1000,
        )
    counts = {}
    for _key, _lang, state in plan:
        counts[state] = counts.get(state, 0) + 1
    counts["missing"] = stories * 3 - len(plan)
    # One story made the ordinary way, for the publish measurement.
    source = make_article(sections[("news", "ar")], "خبر المصدر للقياس", body=[paragraph("نص أول.")])
    for lang in ("ru", "en"):
        make_article(sections[("news", lang)], f"Translation {lang}", translation_of=source)
    assert Revision.objects.filter(object_id=str(source.pk)).exists()
    return source, counts


def timed_get(client, url, requests):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
    times, cpu = [], []
    with CaptureQueriesContext(connection) as queries:
        for _ in range(requests):
            start, start_cpu = time.perf_counter(), time.process_time()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
            assert response.status_code == 200
    return statistics.median(times), percentile(times, 0.95), statistics.median(cpu), len(queries) // requests


def dashboard(client, stories, requests):
    from hiwar.translations import views

    last = (stories + views.PAGE_SIZE - 1) // views.PAGE_SIZE
    urls = {
        "page 1": "/admin/translations/",
        f"page {last // 2}": f"/admin/translations/?page={last // 2}",
        f"page {last} (last)": f"/admin/translations/?page={last}",
        "lang=ru&state=outdated": "/admin/translations/?lang=ru&state=outdated",
        "state=missing": "/admin/translations/?state=missing",
        "section=economy&desk=en-desk": "/admin/translations/?section=economy&desk=en-desk",
        "q=1234 (title search)": "/admin/translations/?q=1234",
    }
    print(f"\nDashboard, {views.PAGE_SIZE} rows a page")
    print(f"{'request':<32}{'median ms':>10}{'p95 ms':>10}{'CPU ms':>9}{'queries':>9}")
    for name, url in urls.items():
        median, p95, cpu, queries = timed_get(client, url, requests)
        print(f"{name:<32}{median:>10.1f}{p95:>10.1f}{cpu:>9.1f}{queries:>9}")
    print("\nPage size (page 1)")
    for size in (10, 50, 100):
        views.PAGE_SIZE = size
        median, p95, cpu, queries = timed_get(client, "/admin/translations/", requests)
        print(f"{size:>4} rows{'':<23}{median:>10.1f}{p95:>10.1f}{cpu:>9.1f}{queries:>9}")
    views.PAGE_SIZE = 50


def publishing(source, rounds):
    """A real publish of a changed title, with and without the marking receiver."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.signals import page_published

    from hiwar.news.models import ArticlePage
    from hiwar.translations import links, signals
    from hiwar.translations.models import TranslationLink

    def publish_once(number):
        page = ArticlePage.objects.get(pk=source.pk)
        page.title = f"خبر المصدر للقياس {number}"
        revision = page.save_revision()
        start = time.perf_counter()
        revision.publish()
        return (time.perf_counter() - start) * 1000

    with_marking, without = [], []
    for number in range(rounds):
        TranslationLink.objects.filter(source_id=source.pk).update(outdated_at=None, synced_fingerprint="x")
        with_marking.append(publish_once(2 * number))
        page_published.disconnect(dispatch_uid="translations-outdated", sender=ArticlePage)
        without.append(publish_once(2 * number + 1))
        page_published.connect(
            signals.mark_translations_outdated, sender=ArticlePage, dispatch_uid="translations-outdated"
        )
    assert TranslationLink.objects.filter(source_id=source.pk, outdated_at__isnull=False).count() == 2
    alone, marking_queries = [], 0
    content = ArticlePage.objects.get(pk=source.pk).live_revision.content
    for _ in range(rounds):
        TranslationLink.objects.filter(source_id=source.pk).update(outdated_at=None)
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            links.mark_outdated(source.pk, content)
            alone.append((time.perf_counter() - start) * 1000)
        marking_queries = max(marking_queries, len(queries))
    print(f"\nPublishing a source with 2 translations ({rounds} rounds, alternating)")
    print(f"{'':<32}{'median ms':>10}{'p95 ms':>10}")
    print(
        f"{'publish, marking on':<32}{statistics.median(with_marking):>10.2f}{percentile(with_marking, 0.95):>10.2f}"
    )
    print(
        f"{'publish, marking off':<32}{statistics.median(without):>10.2f}{percentile(without, 0.95):>10.2f}"
    )
    print(f"{'mark_outdated alone':<32}{statistics.median(alone):>10.2f}{percentile(alone, 0.95):>10.2f}")
    print(f"marking statements per publish: {marking_queries}")


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--stories", type=int, default=10000)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    setup_django("translations")
    from django.contrib.auth import get_user_model
    from django.test import Client
    from wagtail.users.models import UserProfile

    started = time.perf_counter()
    source, counts = build(args.stories)
    print(f"built {args.stories} stories in {time.perf_counter() - started:.1f}s; cells: {counts}")
    user = get_user_model().objects.create_superuser("bench", "bench@example.org", "x-pass-123")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client = Client()
    client.force_login(user)
    dashboard(client, args.stories + 1, args.requests)
    publishing(source, args.rounds)


if __name__ == "__main__":
    main()
