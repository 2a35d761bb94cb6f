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
    "Too many wrong passwords were tried. Try again in %(minutes)s minute.": {
        # the lockout page (django-axes) writes minutes in Latin digits
        "ar": [
            "جُرِّبت كلمات مرور خاطئة كثيرة. حاول مرة أخرى بعد 0 دقيقة.",
            "جُرِّبت كلمات مرور خاطئة كثيرة. حاول مرة أخرى بعد دقيقة واحدة.",
            "جُرِّبت كلمات مرور خاطئة كثيرة. حاول مرة أخرى بعد دقيقتين.",
            "جُرِّبت كلمات مرور خاطئة كثيرة. حاول مرة أخرى بعد 3 دقائق.",
            "جُرِّبت كلمات مرور خاطئة كثيرة. حاول مرة أخرى بعد 11 دقيقة.",
            "جُرِّبت كلمات مرور خاطئة كثيرة. حاول مرة أخرى بعد 100 دقيقة.",
        ],
        "ru": [
            "Слишком много неверных паролей. Попробуйте снова через 0 минут.",
            "Слишком много неверных паролей. Попробуйте снова через 1 минуту.",
            "Слишком много неверных паролей. Попробуйте снова через 2 минуты.",
            "Слишком много неверных паролей. Попробуйте снова через 3 минуты.",
            "Слишком много неверных паролей. Попробуйте снова через 11 минут.",
            "Слишком много неверных паролей. Попробуйте снова через 100 минут.",
        ],
        "en": [
            f"Too many wrong passwords were tried. Try again in {n} minute{'' if n == 1 else 's'}."
            for n in COUNTS
        ],
    },
}

HIWAR = Path(__file__).resolve().parents[2] / "hiwar"
SEARCH_PAGE = HIWAR / "search" / "templates" / "search" / "search_page.html"
LOCKED_OUT_PAGE = HIWAR / "core" / "templates" / "core" / "locked_out.html"
LOCKOUT = "Too many wrong passwords were tried. Try again in %(minutes)s minute."


def snippets_of_the_search_page():
    """{msgid: the template text that shows it}, cut from the search page itself."""
    source = SEARCH_PAGE.read_text(encoding="utf-8")
    count = re.search(r'<p class="search-count"[^>]*>(.*?)</p>', source, re.S).group(1)
    pages = re.search(r'<span class="pagination__current">(.*?)</span>', source, re.S).group(1)
    lockout = re.search(
        r"<p>(\{% blocktranslate count minutes.*?\{% endblocktranslate %\})</p>",
        LOCKED_OUT_PAGE.read_text(encoding="utf-8"),
        re.S,
    ).group(1)
    load = "{% load i18n hiwar_dates %}"
    return {
        "%(shown)s result": load + count,
        "Page %(number)s of %(count)s": load + pages,
        LOCKOUT: load + lockout,
    }


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
                Context(
                    {
                        "results": types.SimpleNamespace(total=n, page=1, num_pages=n),
                        "minutes": n,
                        "request": request,
                    }
                )
            ).strip()
            for n in COUNTS
        ]
    assert rendered == EXPECTED[msgid][lang]
