"""Every page of the demo site, in Arabic, Russian and English, is valid HTML
by the W3C Nu HTML Checker (vnu.jar, the checker behind validator.w3.org/nu).

The demo content (`load_demo`, what `make run` serves) has each page type: home
pages, sections, articles with and without translations, events, standard pages.
Search (with results, without, and a query that matches nothing) and the
not-found page are added to the sitemap's URLs. The pages are rendered through
Django's test client and checked in one run of the checker. Its errors and its
warnings both fail the test. `make vnu` installs the checker (npm) and Java.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = Path(os.environ.get("HIWAR_VNU_JAR", ROOT / "tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar"))
SEARCH_WORDS = {"ar": "روسيا", "ru": "Россия", "en": "Russia"}


def require_checker() -> list[str]:
    """The checker is part of `make test`: a missing one is a failure that says how to install it."""
    java = shutil.which("java")
    if java is None or not VNU_JAR.is_file():
        missing = "Java (apt-get install -y default-jre-headless)" if java is None else f"{VNU_JAR}"
        pytest.fail(
            f"The W3C HTML checker cannot run: {missing} is missing. Install both with: make vnu",
            pytrace=False,
        )
    return [java, "-Xss2m", "-jar", str(VNU_JAR)]


def demo_site_paths(client) -> list[str]:
    sitemap = client.get("/sitemap.xml")
    assert sitemap.status_code == 200
    paths = [urlsplit(loc.split("</loc>")[0]).path for loc in sitemap.content.decode().split("<loc>")[1:]]
    for lang, word in SEARCH_WORDS.items():
        paths += [
            f"/{lang}/search/?q={quote(word)}",
            f"/{lang}/search/",
            f"/{lang}/search/?q=zzqx",
            f"/{lang}/no-such-page/",
        ]
    return paths


def render_all(client, paths, folder: Path) -> dict[str, str]:
    """Write each page to a file; return {file name: page path} for the report."""
    names = {}
    for number, path in enumerate(paths):
        response = client.get(path)
        expected = 404 if "no-such-page" in path else 200
        assert response.status_code == expected, path
        file = folder / f"{number:03d}.html"
        file.write_bytes(response.content)
        names[file.name] = path
    return names


def checker_messages(command, folder: Path) -> list[dict]:
    result = subprocess.run(
        [*command, "--format", "json", "--exit-zero-always", *sorted(str(p) for p in folder.glob("*.html"))],
        capture_output=True,
        text=True,
        timeout=300,
    )
    return json.loads(result.stderr)["messages"]


def is_problem(message) -> bool:
    return message["type"] == "error" or message.get("subType") == "warning"


@pytest.mark.django_db
def test_every_demo_page_is_valid_html_in_each_language(client, tmp_path):
    command = require_checker()
    call_command("load_demo", stdout=open(os.devnull, "w"))
    paths = demo_site_paths(client)
    assert {path.split("/")[1] for path in paths} == {"ar", "ru", "en"}
    assert len(paths) > 60

    names = render_all(client, paths, tmp_path)
    problems = [
        f"{names.get(m.get('url', '').rsplit('/', 1)[-1], m.get('url'))} line {m.get('lastLine')}: "
        f"{m['type']}: {m['message']}"
        for m in checker_messages(command, tmp_path)
        if is_problem(m)
    ]
    assert problems == [], "\n".join(problems)


def test_the_checker_reports_what_we_count_as_a_problem(tmp_path):
    """The test above could pass on a checker that says nothing: it does not."""
    command = require_checker()
    (tmp_path / "bad.html").write_text(
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>x</title></head>'
        '<body><time datetime="2026-11-29T19:51:35.006926+03:00">x</time><form action=""></form></body></html>',
        encoding="utf-8",
    )
    problems = [m["message"] for m in checker_messages(command, tmp_path) if is_problem(m)]
    assert any("fraction of a second" in message for message in problems), problems
    assert any("“action”" in message for message in problems), problems
