"""Scheduled publishing without anyone at a keyboard: one tick of run_scheduler
publishes a page whose go-live minute has come, and the page then shows on every
public face exactly like a page published by hand."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from tests.factories import make_article

pytestmark = pytest.mark.django_db


def schedule(article, go_live_at):
    """What the chief editor's approval of a page with a go-live time leaves behind."""
    article.go_live_at = go_live_at
    revision = article.save_revision(approved_go_live_at=go_live_at)
    revision.publish()
    article.refresh_from_db()
    return revision


def faces(client, title, slug, word):
    """Where a published Arabic article shows: True or False for each face."""
    return {
        "listing": title in client.get("/ar/news/").content.decode(),
        "home": title in client.get("/ar/").content.decode(),
        "feed": title in client.get("/ar/feed/").content.decode(),
        "sitemap": f"/ar/news/{slug}/" in client.get("/sitemap.xml").content.decode(),
        "search": title in client.get("/ar/search/", {"q": word}).content.decode(),
        "api": title in client.get("/api/v1/articles", {"lang": "ar"}).content.decode(),
        "article": client.get(f"/ar/news/{slug}/").status_code == 200,
    }


def test_one_scheduler_tick_publishes_a_due_page_onto_every_face(client, site_tree):
    section = site_tree.sections[("news", "ar")]
    by_hand = make_article(section, "مؤتمر قازان للتعاون الرقمي", summary="منتدى رقمي")
    scheduled = make_article(section, "معرض قازان للكتاب العربي", summary="معرض الكتاب", live=False)
    schedule(scheduled, timezone.now() + datetime.timedelta(minutes=1))
    assert not scheduled.live
    assert not any(faces(client, scheduled.title, scheduled.slug, "معرض").values()), "nothing before its time"

    # The minute comes (the approved go-live time is now in the past minute)…
    past = timezone.now() - datetime.timedelta(seconds=30)
    for revision in scheduled.revisions.all():
        revision.content["go_live_at"] = past.isoformat()
        revision.approved_go_live_at = revision.approved_go_live_at and past
        revision.save()
    call_command("run_scheduler", "--once", stdout=io.StringIO())
    scheduled.refresh_from_db()
    assert scheduled.live

    expected = faces(client, by_hand.title, by_hand.slug, "منتدى")
    assert all(expected.values()), expected
    assert faces(client, scheduled.title, scheduled.slug, "معرض") == expected


def test_a_page_whose_time_has_not_come_stays_unpublished(client, site_tree):
    section = site_tree.sections[("news", "ar")]
    later = make_article(section, "خبر مؤجل", live=False)
    schedule(later, timezone.now() + datetime.timedelta(minutes=5))
    call_command("run_scheduler", "--once", stdout=io.StringIO())
    later.refresh_from_db()
    assert not later.live
    assert client.get(f"/ar/news/{later.slug}/").status_code == 404


def test_expiry_takes_a_page_off_at_the_next_tick(client, site_tree):
    section = site_tree.sections[("news", "ar")]
    article = make_article(section, "خبر ينتهي", summary="ينتهي")
    article.expire_at = timezone.now() - datetime.timedelta(seconds=30)
    article.save()
    call_command("run_scheduler", "--once", stdout=io.StringIO())
    article.refresh_from_db()
    assert not article.live and article.expired
    assert not any(faces(client, article.title, article.slug, "ينتهي").values())
