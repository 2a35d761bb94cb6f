"""Page weight, from the browser's own network log, on a cold cache:

- an article page without its images transfers under 150 KB (HTML, CSS, JS, fonts and
  anything else that is not an image), headers included;
- it makes no request to any host but the site's own;
- no script blocks rendering.

The figures of each language are written to test-artifacts/browser/page-weight.json
(docs/benchmarks.md, section Browser, has the last recorded ones). The test server
sends files uncompressed, so they are an upper bound of what a reader downloads
from a server that compresses CSS and HTML.
"""

import json
from urllib.parse import urlsplit

import pytest

from .conftest import LANGS

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

BUDGET_BYTES = 150_000
IMAGE_TYPES = {"image", "media"}


def network_log(page, url):
    finished, failed = [], []
    page.on("requestfinished", lambda request: finished.append(request))
    page.on("requestfailed", lambda request: failed.append(request))
    page.goto(url, wait_until="networkidle")
    page.evaluate("document.fonts.ready")
    # Scroll to the end so lazy images load too: they must also come from our host.
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    page.wait_for_load_state("networkidle")
    rows = []
    for request in finished:
        sizes = request.sizes()
        rows.append(
            {
                "type": request.resource_type,
                "url": request.url,
                "bytes": sizes["responseBodySize"] + sizes["responseHeadersSize"],
                "body": sizes["responseBodySize"],
            }
        )
    return rows, [f"{r.resource_type} {r.url}: {r.failure}" for r in failed]


BLOCKING_SCRIPTS = """() => {
    const js = s => !s.type || /^(text|application)\\/(x-)?(java|ecma)script$|^module$/i.test(s.type);
    const blocking = [];
    for (const s of document.querySelectorAll('script')) {
        if (!js(s) || s.type === 'module' || s.async || s.defer) continue;
        if (s.src || s.closest('head')) blocking.push(s.src || `inline in <head>: ${s.textContent.slice(0, 60)}`);
    }
    for (const e of performance.getEntriesByType('resource')) {
        if (e.renderBlockingStatus === 'blocking' && e.initiatorType === 'script') blocking.push(`blocking: ${e.name}`);
    }
    return blocking;
}"""


@pytest.mark.parametrize("lang", LANGS)
def test_article_page_is_light_and_self_hosted(lang, news_site, open_page, artifacts):
    page = open_page(news_site, "desktop")
    url = news_site.content.corridor[lang].url
    rows, failed = network_log(page, url)
    own_host = urlsplit(news_site.url).netloc

    foreign = [
        row["url"]
        for row in rows
        if urlsplit(row["url"]).scheme in ("http", "https") and urlsplit(row["url"]).netloc != own_host
    ]
    weighed = [row for row in rows if row["type"] not in IMAGE_TYPES]
    total = sum(row["bytes"] for row in weighed)
    by_type = {}
    for row in weighed:
        by_type[row["type"]] = by_type.get(row["type"], 0) + row["bytes"]
    blocking = page.evaluate(BLOCKING_SCRIPTS)

    report_path = artifacts / "page-weight.json"
    report = json.loads(report_path.read_text()) if report_path.exists() else {}
    report[lang] = {
        "url": url,
        "total_without_images": total,
        "by_type": by_type,
        "images": sum(row["bytes"] for row in rows if row["type"] in IMAGE_TYPES),
        "requests": [
            {k: row[k] for k in ("type", "bytes")} | {"path": urlsplit(row["url"]).path} for row in rows
        ],
    }
    report_path.write_text(json.dumps(report, ensure_ascii=False, indent=2))

    listing = "\n".join(f"  {row['type']:<10} {row['bytes']:>7} {urlsplit(row['url']).path}" for row in rows)
    assert not failed, f"requests failed on {url}:\n" + "\n".join(failed)
    assert any(row["type"] == "document" for row in rows), f"no document in the network log of {url}"
    assert any(row["type"] == "font" for row in rows), f"no web font loaded on {url}:\n{listing}"
    assert not foreign, f"{url} requests other hosts than {own_host}: {foreign}"
    assert total < BUDGET_BYTES, (
        f"{url} transfers {total} bytes without images (budget {BUDGET_BYTES}):\n{listing}"
    )
    assert not blocking, f"{url} has render-blocking scripts: {blocking}"
