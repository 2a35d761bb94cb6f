"""Issue 19: `import_site` killed (SIGKILL) in the middle, then run again; images
fetched over HTTP from a local server (loopback port of this worktree, never the internet)."""

import http.server
import signal
import threading
import time
from xml.sax.saxutils import escape

import pytest

from tests.factories import make_site_tree
from tests.ingest.archive_corpus import archive, write_archive
from tests.processes import manage, run_python, shared_database_url

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

CHECK = """
import json
from django.db.models import Count
from wagtail.models import Page
from hiwar.ingest.models import ImportRecord
from hiwar.news.models import ArticlePage

articles = ArticlePage.objects.filter(depth__gt=3)
print(json.dumps({
    "articles": articles.count(),
    "records": ImportRecord.objects.count(),
    "stories": articles.values("translation_key").distinct().count(),
    "incomplete_stories": articles.values("translation_key").annotate(n=Count("id")).exclude(n=3).count(),
    "tree_problems": sum(len(found) for found in Page.find_problems()),
}))
"""


@pytest.fixture
def database_url(tmp_path):
    make_site_tree(("news",))
    return shared_database_url(tmp_path)


@pytest.mark.postgres
def test_a_killed_import_site_leaves_whole_stories_and_is_finished_by_running_it_again(
    database_url, tmp_path
):
    mirror = tmp_path / "mirror"
    write_archive(mirror, archive(20, seed=53), shuffle_seed=2)
    first = manage(database_url, "import_site", "--jobs", 1, "--base-url", "http://old.example", mirror)
    # without a terminal, a progress line every 6 pages (60 pages): kill after the second
    seen, deadline = 0, time.monotonic() + 120
    for line in first.stderr:
        seen += line.startswith("progress: ")
        if seen == 2 or time.monotonic() > deadline:
            first.send_signal(signal.SIGKILL)
            break
    first.wait(timeout=30)
    assert first.returncode == -signal.SIGKILL and seen == 2, "the run ended before it could be killed"
    after_kill = run_python(database_url, CHECK)
    assert 12 <= after_kill["articles"] < 60
    assert after_kill["articles"] == after_kill["records"] == 3 * after_kill["stories"]
    assert after_kill["incomplete_stories"] == 0 and after_kill["tree_problems"] == 0

    again = manage(database_url, "import_site", "--jobs", 1, "--base-url", "http://old.example", mirror)
    output, errors = again.communicate(timeout=300)
    assert again.returncode == 0, errors
    done = after_kill["articles"]
    assert output.strip().splitlines()[-1] == (
        f"imported {60 - done}, unchanged {done}, duplicates 0, failed 0, "
        f"translations linked {(60 - done) * 2 // 3}"
    )
    assert run_python(database_url, CHECK) == {
        "articles": 60,
        "records": 60,
        "stories": 20,
        "incomplete_stories": 0,
        "tree_problems": 0,
    }


PORT = 8111  # this worktree's loopback ports: 8110–8119

# A 1×1 GIF, made here (no copied file).
GIF = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"


@pytest.fixture
def old_site_server(tmp_path):
    """The old site, served on loopback: its pages, one photo each, a sitemap, a redirect loop."""
    pages = archive(2, seed=61)
    for page in pages:
        page.data = page.data.replace(b"http://old.hiwar.example", f"http://127.0.0.1:{PORT}".encode())
    requests = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):  # noqa: N802
            requests.append(self.path)
            if self.path == "/loop":
                self.send_response(302)
                self.send_header("Location", "/loop")
                self.end_headers()
                return
            if self.path == "/sitemap.xml":
                locs = "".join(
                    f"<url><loc>http://127.0.0.1:{PORT}{escape(p.path)}</loc></url>" for p in pages
                )
                body = (
                    f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                    f"{locs}<url><loc>http://127.0.0.1:{PORT}/loop</loc></url></urlset>"
                ).encode()
                kind = "application/xml"
            elif self.path.startswith(("/photos/", "/img/", "/media/")):
                body, kind = GIF, "image/gif"
            else:
                page = next((p for p in pages if p.path == self.path), None)
                if page is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                body, kind = page.data, "text/html"
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", PORT), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield pages, requests
    finally:
        server.shutdown()
        server.server_close()


def test_fetch_images_downloads_each_photo_once_as_the_lead_image_with_its_credit(
    database_url, old_site_server, settings, tmp_path
):
    pages, requests = old_site_server
    media = tmp_path / "media"
    sitemap = f"http://127.0.0.1:{PORT}/sitemap.xml"
    run = manage(database_url, "import_site", "--jobs", 1, "--fetch-images", sitemap, MEDIA_ROOT=str(media))
    output, errors = run.communicate(timeout=300)
    assert run.returncode == 1  # the redirect loop
    assert f"http://127.0.0.1:{PORT}/loop: error: cannot fetch:" in errors and "infinite loop" in errors
    assert output.strip().splitlines()[-1] == (
        "imported 6, unchanged 0, duplicates 0, failed 1, translations linked 4"
    )
    photos = [path for path in requests if path.startswith(("/photos/", "/img/", "/media/"))]
    assert sorted(photos) == ["/photos/0.jpg", "/photos/1.jpg"]  # the two pages with a photo, once each
    found = run_python(
        database_url,
        """
import json
from hiwar.ingest.models import ImportRecord
print(json.dumps(sorted(
    [r.article.lead_image.credit, r.parsed["image_credit"]] for r in ImportRecord.objects.exclude(parsed__image_url=None)
)))
""",
        MEDIA_ROOT=str(media),
    )
    assert len(found) == 2 and all(credit == expected for credit, expected in found)
    # a second run fetches nothing again
    again = manage(database_url, "import_site", "--jobs", 1, "--fetch-images", sitemap, MEDIA_ROOT=str(media))
    again.communicate(timeout=300)
    assert len([p for p in requests if p.startswith(("/photos/", "/img/", "/media/"))]) == 2
