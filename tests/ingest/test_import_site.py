"""Issue 19: `manage.py import_site` over a shuffled archive of 3 languages × 10 stories.

One story per three pages (linked from the old switcher, whatever the files' order),
translations up to date, every old URL answering 301 once published (never for a
draft), a second run changing nothing, and every bad page named with its reason.
"""

import io
import random

import pytest
from wagtail.contrib.redirects.models import Redirect

from hiwar.ingest.archive import Progress, path_key
from hiwar.ingest.models import ImportRecord
from hiwar.news.models import ArticlePage
from hiwar.translations.models import TranslationLink
from hiwar.translations.table import state_of
from tests.ingest.archive_corpus import HOST, _paragraph, archive, write_archive
from tests.ingest.conftest import run

pytestmark = pytest.mark.django_db


def import_site(*args):
    return run("import_site", "--jobs", 1, *args)


@pytest.fixture
def old_site(tmp_path, site_tree):
    pages = archive(10, seed=31)
    write_archive(tmp_path / "mirror", pages, shuffle_seed=5)
    return tmp_path / "mirror", pages


def _redirect_target(client, path):
    response = client.get(path)
    return response.status_code, response.headers.get("Location")


@pytest.mark.postgres
def test_a_shuffled_archive_becomes_ten_stories_of_three_linked_pages(old_site, client):
    mirror, pages = old_site
    first = import_site(mirror, "--base-url", HOST, "--publish")
    assert first.status == 0, first.err
    assert first.out.strip().splitlines()[-1] == (
        "imported 30, unchanged 0, duplicates 0, failed 0, translations linked 20"
    )
    assert ArticlePage.objects.filter(depth__gt=3).count() == 30
    keys = set(ArticlePage.objects.filter(depth__gt=3).values_list("translation_key", flat=True))
    assert len(keys) == 10
    by_url = {r.old_url: r.article for r in ImportRecord.objects.select_related("article")}
    for page in pages:
        article = by_url[page.url].specific
        assert article.locale.language_code == page.lang
        assert article.title == page.expected["title"]
        versions = {p.locale.language_code: p for p in article.get_translations(inclusive=True).specific()}
        siblings = {p.url for p in pages if p.story == page.story}
        assert {by_url[url].pk for url in siblings} == {v.pk for v in versions.values()}
        link = TranslationLink.objects.filter(page_id=article.pk).first()
        if page.lang == "ar":  # the source of its story
            assert link is None
        else:
            assert link.source_id == versions["ar"].pk and link.outdated_at is None
            assert state_of(article, link) == "up_to_date"
    # every old URL, as sent (percent-encoded Arabic paths, query strings), answers 301
    for page in pages:
        status, location = _redirect_target(client, page.path)
        assert status == 301, page.path
        assert location == by_url[page.url].url
    assert Redirect.objects.count() == 30

    again = import_site(mirror, "--base-url", HOST, "--publish")
    assert again.status == 0, again.err
    assert again.out.strip().splitlines()[-1] == (
        "imported 0, unchanged 30, duplicates 0, failed 0, translations linked 0"
    )
    assert ArticlePage.objects.filter(depth__gt=3).count() == 30 and Redirect.objects.count() == 30


def test_drafts_get_no_redirect_until_they_are_published(old_site, client):
    mirror, pages = old_site
    assert import_site(mirror, "--base-url", HOST).status == 0
    assert Redirect.objects.count() == 0
    page = pages[0]
    status, _ = _redirect_target(client, page.path)
    assert status == 404  # the draft's address and title do not leak
    article = ImportRecord.objects.get(old_url=page.url).article
    article.save_revision().publish()
    status, location = _redirect_target(client, page.path)
    assert (status, location) == (301, article.url)
    article.refresh_from_db()
    article.unpublish()
    assert Redirect.objects.count() == 0, list(Redirect.objects.values())
    assert _redirect_target(client, page.path)[0] == 404


def test_the_old_query_string_and_its_order_find_the_redirect(old_site, client):
    mirror, pages = old_site
    assert import_site(mirror, "--base-url", HOST, "--publish").status == 0
    russian = next(p for p in pages if "show.php" in p.path)  # /ru/show.php?id=…&lang=ru
    number = russian.path.split("id=")[1].split("&")[0]
    status, location = _redirect_target(client, f"/ru/show.php?lang=ru&id={number}")
    assert status == 301 and location == ImportRecord.objects.get(old_url=russian.url).article.url


def test_bad_pages_are_named_with_their_reason_and_the_run_goes_on(tmp_path, site_tree):
    pages = archive(2, seed=41)
    mirror = tmp_path / "mirror"
    write_archive(mirror, pages)
    (mirror / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 8)
    (mirror / "big.html").write_bytes(b"<html><body>" + b"x" * (6 * 1024 * 1024) + b"</body></html>")
    wrong = pages[0].data.decode("cp1256").encode("utf-8")  # says windows-1256, is UTF-8
    (mirror / "wrong-encoding.html").write_bytes(wrong)
    result = import_site(mirror, "--base-url", HOST)
    assert result.status == 1
    assert "binary.html: error: binary file, not an HTML page" in result.err
    assert "big.html: error: too large: 6.0 MB, the limit is 5 MB" in result.err
    assert "wrong-encoding.html: error: declares windows-1256 (<meta>) but is utf-8" in result.err
    assert result.out.strip().splitlines()[-1] == (
        "imported 6, unchanged 0, duplicates 0, failed 3, translations linked 4"
    )


def _story_page(lang, path, links, title):
    anchors = " ".join(f'<a href="{href}">{word}</a>' for word, href in links)
    rng = random.Random(title)
    first, second = _paragraph(rng, lang), _paragraph(rng, lang)  # each page its own text
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"></head><body>{anchors}<br>'
        f"<b>{title}</b><br>5 May 2005<br><br>{first}<br><br>{second}</body></html>"
    ).encode()


def test_a_self_link_and_two_russian_versions_of_one_story_are_reported(tmp_path, site_tree):
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    (mirror / "ar1.html").write_bytes(
        _story_page("ar", "/ar1.html", [("Ru", "/ru1.html")], "خبر المكتبة الأول")
    )
    (mirror / "ru1.html").write_bytes(
        _story_page("ru", "/ru1.html", [("عربي", "/ar1.html")], "Первая новость")
    )
    (mirror / "ru2.html").write_bytes(
        _story_page("ru", "/ru2.html", [("عربي", "/ar1.html")], "Вторая новость")
    )
    (mirror / "self.html").write_bytes(_story_page("ru", "/self.html", [("En", "/self.html")], "Сама себе"))
    result = import_site(mirror)
    assert result.status == 0, result.err
    assert "self.html: translation link refused: links to itself as its own en version" in result.err
    assert (
        "ru2.html: translation link refused: claims to be the ru version of "
        f"{mirror / 'ar1.html'}, which names {mirror / 'ru1.html'}; imported on its own"
    ) in result.err
    assert result.out.strip().splitlines()[-1] == (
        "imported 4, unchanged 0, duplicates 0, failed 0, translations linked 1"
    )
    ar1 = ImportRecord.objects.get(old_url="/ar1.html").article
    ru1 = ImportRecord.objects.get(old_url="/ru1.html").article
    ru2 = ImportRecord.objects.get(old_url="/ru2.html").article
    assert ar1.translation_key == ru1.translation_key != ru2.translation_key


def test_without_fetch_images_the_photo_url_and_credit_are_kept_for_an_editor(old_site):
    mirror, pages = old_site
    assert (
        import_site(mirror, "--base-url", HOST, "--fetch-images").status == 0
    )  # a directory: nothing fetched
    page = next(p for p in pages if p.layout == "table-1256")
    record = ImportRecord.objects.get(old_url=page.url)
    assert record.parsed["image_url"] == f"{HOST}/photos/{page.story}.jpg"
    assert record.parsed["image_credit"] == page.expected["credit"]
    assert record.article.lead_image_id is None


def test_progress_lines_without_a_terminal_and_a_bar_on_one():
    from collections import Counter

    plain, bar = io.StringIO(), io.StringIO()
    counts = Counter()
    lines, bars = Progress(plain, 20, tty=False), Progress(bar, 20, tty=True)
    for done in range(20):
        counts["imported" if done % 4 else "failed"] += 1
        lines.step(counts)
        bars.step(counts)
    bars.finish()
    written = plain.getvalue().splitlines()
    assert len(written) == 10 and written[-1].startswith(
        "progress: 20/20 pages: imported 15, unchanged 0, duplicates 0, failed 5, about 0:00 left"
    )
    frames = bar.getvalue().split("\r")[1:]
    assert len(frames) == 20 and "\n" not in "".join(frames[:-1])
    assert frames[9].startswith("[" + "#" * 15 + "." * 15 + "] 10/20 pages: imported 7,")
    assert "ETA 0:0" in frames[9] and frames[-1].endswith("\x1b[K\n")


def test_pages_and_links_are_matched_by_path_and_query_whatever_the_host_and_encoding():
    assert path_key("http://old.example/ar/%D8%AE%D8%A8%D8%B1?id=2&b=1") == path_key("/ar/خبر?b=1&id=2")
    assert path_key("/en/news/2001/") == path_key("https://other.example/en/news/2001")


def test_on_a_terminal_the_command_draws_a_bar_and_elsewhere_prints_lines(tmp_path):
    """The real command, its standard error a pseudo-terminal (a bar) or a pipe (lines)."""
    import os
    import pty
    import subprocess
    import sys

    from tests.processes import ROOT, environment

    mirror = tmp_path / "mirror"
    write_archive(mirror, archive(4, seed=71))
    command = [sys.executable, "manage.py", "import_site", "--dry-run", "--base-url", HOST, str(mirror)]
    env = environment(f"sqlite:///{tmp_path / 'unused.sqlite3'}")
    leader, follower = pty.openpty()
    run_tty = subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=follower, timeout=120)
    os.close(follower)
    drawn = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal's other end is closed: all read
            break
        if not chunk:
            break
        drawn += chunk
    os.close(leader)
    assert run_tty.returncode == 0
    frames = drawn.decode().split("\r")
    assert any(frame.startswith("[" + "#" * 30 + "] 12/12 pages: imported 12,") for frame in frames)
    assert "ETA" in drawn.decode() and "progress:" not in drawn.decode()

    run_pipe = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert run_pipe.returncode == 0
    assert run_pipe.stderr.splitlines()[-1].startswith("progress: 12/12 pages: imported 12,")
    assert "\r" not in run_pipe.stderr and "ETA" not in run_pipe.stderr
    assert run_pipe.stdout.strip().endswith("translations linked 8 (dry run: parsed only, nothing written)")
