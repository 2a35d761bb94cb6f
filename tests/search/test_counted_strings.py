"""Every counted string of the catalogues, for n = 0, 1, 2, 3, 11, 100, against text
written by hand (Arabic has six forms, Russian three plus one for fractions).

Counts are shown the way the search page shows them: `local_number` writes
Arabic-Indic digits on Arabic pages (the site's default setting).
"""

import re
import types
from pathlib import Path

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

LOCALE = Path(__file__).resolve().parents[2] / "hiwar" / "locale"
COUNTS = (0, 1, 2, 3, 11, 100)

EXPECTED = {
    "%(shown)s result": {
        "ar": ["لا نتائج", "نتيجة واحدة", "نتيجتان", "٣ نتائج", "١١ نتيجة", "١٠٠ نتيجة"],
        "ru": [
            "0 результатов",
            "1 результат",
            "2 результата",
            "3 результата",
            "11 результатов",
            "100 результатов",
        ],
        "en": ["0 results", "1 result", "2 results", "3 results", "11 results", "100 results"],
    },
    "Page %(number)s of %(count)s": {
        # the search page writes page numbers in Latin digits (not passed through local_number)
        "ar": [f"الصفحة 1 من {n}" for n in COUNTS],
        "ru": [f"Страница 1 из {n}" for n in COUNTS],
        "en": [f"Page 1 of {n}" for n in COUNTS],
    },
}

SEARCH_PAGE = (
    Path(__file__).resolve().parents[2] / "hiwar" / "search" / "templates" / "search" / "search_page.html"
)


def snippets_of_the_search_page():
    """{msgid: the template text that shows it}, cut from the search page itself."""
    source = SEARCH_PAGE.read_text(encoding="utf-8")
    count = re.search(r'<p class="search-count"[^>]*>(.*?)</p>', source, re.S).group(1)
    pages = re.search(r'<span class="pagination__current">(.*?)</span>', source, re.S).group(1)
    load = "{% load i18n hiwar_dates %}"
    return {"%(shown)s result": load + count, "Page %(number)s of %(count)s": load + pages}


def counted_msgids(lang):
    text = (LOCALE / lang / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    return set(re.findall(r'^msgid "(.*)"\nmsgid_plural ', text, re.M))


@pytest.mark.parametrize("lang", ["ar", "ru"])
def test_every_counted_string_has_hand_written_expectations(lang):
    assert counted_msgids(lang) == set(EXPECTED)


@pytest.mark.django_db
@pytest.mark.parametrize("msgid", sorted(EXPECTED))
@pytest.mark.parametrize("lang", ["ar", "ru", "en"])
def test_counted_strings_agree_with_their_number(site_tree, msgid, lang):
    request = RequestFactory().get(f"/{lang}/search/")
    template = Template(snippets_of_the_search_page()[msgid])
    with translation.override(lang):
        rendered = [
            template.render(
                Context({"results": types.SimpleNamespace(total=n, page=1, num_pages=n), "request": request})
            ).strip()
            for n in COUNTS
        ]
    assert rendered == EXPECTED[msgid][lang]
