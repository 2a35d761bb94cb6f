"""What a change purges (hiwar/edge/purge.py), and that purging never breaks a
publish: on SQLite and PostgreSQL, without the edge (tests/edge/test_edge_cache.py
has the real one)."""

import logging
import time

import pytest
from django.test import override_settings

from hiwar.edge import purge
from hiwar.edge.backends import VarnishBackend, request_for
from tests.core.test_database_faults import free_port
from tests.factories import make_article, make_standard_page

pytestmark = pytest.mark.django_db

SITEMAPS = {
    "http://localhost/sitemap.xml",
    "http://localhost/news-sitemap.xml",
    *(f"http://localhost/sitemap-{code}.xml" for code in ("ar", "ru", "en")),
    *(f"http://localhost/sitemap-{code}-tags.xml" for code in ("ar", "ru", "en")),
}


def test_an_article_purges_itself_its_listings_feeds_and_its_translations(site_tree):
    arabic = make_article(site_tree.sections[("news", "ar")], "زيارة")
    russian = make_article(
        site_tree.sections[("analysis", "ru")], "Визит", translation_of=arabic, live=False, slug="vizit"
    )
    urls = purge.urls_for(arabic)
    assert urls == purge.urls_for(russian)  # either version's change touches both
    expected = {
        f"http://localhost{arabic.url}",
        "http://localhost/ar/",
        "http://localhost/ar/news/",
        "http://localhost/ar/news/feed/",
        "http://localhost/ar/news/feed/atom/",
        "http://localhost/ar/feed/",
        "http://localhost/ar/feed/atom/",
        "http://localhost/ar/tags/*",
        "http://localhost/ru/analysis/vizit/",  # a draft: its switcher lists the others once live
        "http://localhost/ru/",
        "http://localhost/ru/analysis/",
        "http://localhost/ru/analysis/feed/",
        "http://localhost/ru/analysis/feed/atom/",
        "http://localhost/ru/feed/",
        "http://localhost/ru/feed/atom/",
        "http://localhost/ru/tags/*",
        *SITEMAPS,
    }
    assert urls == expected
    assert not any(url.startswith("http://localhost/en/") for url in urls)


def test_a_page_in_the_menu_purges_its_whole_language(site_tree):
    page = make_standard_page(site_tree.homes["ru"], "О группе")
    assert purge.urls_for(page) == {"http://localhost/ru/*", *SITEMAPS}
    assert (
        purge.urls_for(site_tree.sections[("news", "en")])
        == {f"http://localhost/{code}/*" for code in ("ar", "ru", "en")} | SITEMAPS
    )


def test_purge_requests_prefixes_are_bans():
    assert request_for("http://localhost/ar/news/") == ("PURGE", "/ar/news/", "localhost")
    assert request_for("https://hiwar.example.org/ru/*") == ("BAN", "/ru/", "hiwar.example.org")


def test_without_an_edge_nothing_is_gathered(site_tree, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        article = make_article(site_tree.sections[("news", "ar")], "بلا ذاكرة وسيطة")
        article.save_revision().publish()
    # (The next test shows the batch that an edge's setting brings.)
    assert not [
        callback for callback in callbacks if isinstance(getattr(callback, "__self__", None), purge._Batch)
    ]


@override_settings(
    WAGTAILFRONTENDCACHE={
        "edge": {"BACKEND": "hiwar.edge.backends.VarnishBackend", "LOCATION": "http://127.0.0.1:9"}
    }
)
def test_one_batch_per_transaction_sent_after_commit(site_tree, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        article = make_article(site_tree.sections[("news", "ar")], "دفعة واحدة")
        article.save_revision().publish()
        article.unpublish()
    batches = [
        callback.__self__
        for callback in callbacks
        if isinstance(getattr(callback, "__self__", None), purge._Batch)
    ]
    assert len(batches) == 1 and f"http://localhost{article.url}" in batches[0].urls


def test_an_edge_that_is_down_costs_a_publish_little_and_is_logged(site_tree, caplog):
    """Nothing listens on the port: the batch stops at the first refusal, logged."""
    backend = VarnishBackend({"LOCATION": f"http://127.0.0.1:{free_port()}", "TIMEOUT": 1})
    started = time.monotonic()
    with caplog.at_level(logging.ERROR, logger="hiwar.edge.backends"):
        backend.purge_batch([f"http://localhost/ar/news-{n}/" for n in range(50)])
    assert time.monotonic() - started < 1
    assert "50 URLs not purged" in caplog.text


def test_the_purge_address_must_be_http():
    with pytest.raises(ValueError, match="EDGE_PURGE_URL must be http://host:port"):
        VarnishBackend({"LOCATION": "varnish:6081"})
