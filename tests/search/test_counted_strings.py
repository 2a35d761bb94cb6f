"""Every counted string of the catalogues, for n = 0, 1, 2, 3, 11, 100, against text
written by hand (Arabic has six forms, Russian three plus one for fractions).

Counts are shown the way the search page shows them: `local_number` writes
Arabic-Indic digits on Arabic pages (the site's default setting).
"""

import re
import types
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
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
    "Page %(number)s of %(pages)s": {
        # the search page writes page numbers in the page's digits (local_number)
        "ar": [
            "الصفحة ١ من ٠",
            "الصفحة ١ من صفحة واحدة",
            "الصفحة ١ من صفحتين",
            "الصفحة ١ من ٣ صفحات",
            "الصفحة ١ من ١١ صفحة",
            "الصفحة ١ من ١٠٠ صفحة",
        ],
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

# The admin's counted strings (Translations dashboard, proofreading panel and messages):
# each catalogue form for n = 0, 1, 2, 3, 11, 100, read and checked by a speaker of the
# language (Arabic: zero, one and two spelled out, 3–10 with a plural noun, 11–99 with
# a singular accusative, 100 with a singular genitive). Where the count is printed,
# its digits are the admin's (Latin), as here.
EXPECTED_FORMS = {
    ("%(count)d original", "%(count)d originals"): {
        "ar": [
            "لا نسخ أصلية",
            "نسخة أصلية واحدة",
            "نسختان أصليتان",
            "3 نسخ أصلية",
            "11 نسخة أصلية",
            "100 نسخة أصلية",
        ],
        "ru": [
            "0 оригиналов",
            "1 оригинал",
            "2 оригинала",
            "3 оригинала",
            "11 оригиналов",
            "100 оригиналов",
        ],
    },
    ("%(count)d up to date", "%(count)d up to date"): {
        "ar": [
            "لا ترجمات محدّثة",
            "ترجمة محدّثة واحدة",
            "ترجمتان محدّثتان",
            "3 ترجمات محدّثة",
            "11 ترجمة محدّثة",
            "100 ترجمة محدّثة",
        ],
        "ru": [
            "0 актуальных переводов",
            "1 актуальный перевод",
            "2 актуальных перевода",
            "3 актуальных перевода",
            "11 актуальных переводов",
            "100 актуальных переводов",
        ],
    },
    ("%(count)d outdated", "%(count)d outdated"): {
        "ar": [
            "لا ترجمات متأخرة",
            "ترجمة متأخرة واحدة",
            "ترجمتان متأخرتان",
            "3 ترجمات متأخرة",
            "11 ترجمة متأخرة",
            "100 ترجمة متأخرة",
        ],
        "ru": [
            "0 устаревших переводов",
            "1 устаревший перевод",
            "2 устаревших перевода",
            "3 устаревших перевода",
            "11 устаревших переводов",
            "100 устаревших переводов",
        ],
    },
    ("%(count)d in progress", "%(count)d in progress"): {
        "ar": [
            "لا ترجمات قيد الإنجاز",
            "ترجمة واحدة قيد الإنجاز",
            "ترجمتان قيد الإنجاز",
            "3 ترجمات قيد الإنجاز",
            "11 ترجمة قيد الإنجاز",
            "100 ترجمة قيد الإنجاز",
        ],
        "ru": [
            "0 переводов в работе",
            "1 перевод в работе",
            "2 перевода в работе",
            "3 перевода в работе",
            "11 переводов в работе",
            "100 переводов в работе",
        ],
    },
    ("%(count)d missing", "%(count)d missing"): {
        "ar": [
            "لا ترجمات غير موجودة",
            "ترجمة واحدة غير موجودة",
            "ترجمتان غير موجودتين",
            "3 ترجمات غير موجودة",
            "11 ترجمة غير موجودة",
            "100 ترجمة غير موجودة",
        ],
        "ru": [
            "0 переводов отсутствуют",
            "1 перевод отсутствует",
            "2 перевода отсутствуют",
            "3 перевода отсутствуют",
            "11 переводов отсутствуют",
            "100 переводов отсутствуют",
        ],
    },
    ("%(count)d story", "%(count)d stories"): {
        "ar": [
            "لا أخبار",
            "خبر واحد",
            "خبران",
            "3 أخبار",
            "11 خبراً",
            "100 خبر",
        ],
        "ru": [
            "0 материалов",
            "1 материал",
            "2 материала",
            "3 материала",
            "11 материалов",
            "100 материалов",
        ],
    },
    ("%(count)s proofreading warning not dismissed", "%(count)s proofreading warnings not dismissed"): {
        "ar": [
            "لا تحذيرات تدقيق غير مستبعدة",
            "تحذير تدقيق واحد غير مستبعد",
            "تحذيران للتدقيق غير مستبعدين",
            "3 تحذيرات تدقيق غير مستبعدة",
            "11 تحذيرًا للتدقيق غير مستبعد",
            "100 تحذير تدقيق غير مستبعد",
        ],
        "ru": [
            "0 замечаний корректуры не снято",
            "1 замечание корректуры не снято",
            "2 замечания корректуры не сняты",
            "3 замечания корректуры не сняты",
            "11 замечаний корректуры не снято",
            "100 замечаний корректуры не снято",
        ],
    },
    (
        "Before you approve or publish: %(count)s proofreading warning is not dismissed (see Proofreading).",
        "Before you approve or publish: %(count)s proofreading warnings are not dismissed (see Proofreading).",
    ): {
        "ar": [
            "قبل الموافقة أو النشر: لا تحذيرات تدقيق غير مستبعدة.",
            "قبل الموافقة أو النشر: تحذير تدقيق واحد لم يُستبعد (انظر التدقيق اللغوي).",
            "قبل الموافقة أو النشر: تحذيران للتدقيق لم يُستبعدا (انظر التدقيق اللغوي).",
            "قبل الموافقة أو النشر: 3 تحذيرات تدقيق لم تُستبعد (انظر التدقيق اللغوي).",
            "قبل الموافقة أو النشر: 11 تحذيرًا للتدقيق لم يُستبعد (انظر التدقيق اللغوي).",
            "قبل الموافقة أو النشر: 100 تحذير تدقيق لم يُستبعد (انظر التدقيق اللغوي).",
        ],
        "ru": [
            "Перед одобрением или публикацией: 0 замечаний корректуры не снято (см. «Корректура»).",
            "Перед одобрением или публикацией: 1 замечание корректуры не снято (см. «Корректура»).",
            "Перед одобрением или публикацией: 2 замечания корректуры не сняты (см. «Корректура»).",
            "Перед одобрением или публикацией: 3 замечания корректуры не сняты (см. «Корректура»).",
            "Перед одобрением или публикацией: 11 замечаний корректуры не снято (см. «Корректура»).",
            "Перед одобрением или публикацией: 100 замечаний корректуры не снято (см. «Корректура»).",
        ],
    },
    (
        "Published with %(count)s proofreading warning not dismissed.",
        "Published with %(count)s proofreading warnings not dismissed.",
    ): {
        "ar": [
            "نُشرت دون تحذيرات تدقيق غير مستبعدة.",
            "نُشرت وفيها تحذير تدقيق واحد لم يُستبعد.",
            "نُشرت وفيها تحذيران للتدقيق لم يُستبعدا.",
            "نُشرت وفيها 3 تحذيرات تدقيق لم تُستبعد.",
            "نُشرت وفيها 11 تحذيرًا للتدقيق لم يُستبعد.",
            "نُشرت وفيها 100 تحذير تدقيق لم يُستبعد.",
        ],
        "ru": [
            "Опубликовано; 0 замечаний корректуры не снято.",
            "Опубликовано; 1 замечание корректуры не снято.",
            "Опубликовано; 2 замечания корректуры не сняты.",
            "Опубликовано; 3 замечания корректуры не сняты.",
            "Опубликовано; 11 замечаний корректуры не снято.",
            "Опубликовано; 100 замечаний корректуры не снято.",
        ],
    },
    ("%(counter)s warning dismissed as intended", "%(counter)s warnings dismissed as intended"): {
        "ar": [
            "لا تحذيرات مستبعدة",
            "تحذير واحد استُبعد لأنه مقصود",
            "تحذيران استُبعدا لأنهما مقصودان",
            "3 تحذيرات استُبعدت لأنها مقصودة",
            "11 تحذيرًا استُبعد لأنه مقصود",
            "100 تحذير استُبعد لأنه مقصود",
        ],
        "ru": [
            "0 замечаний снято: так задумано",
            "1 замечание снято: так задумано",
            "2 замечания сняты: так задумано",
            "3 замечания сняты: так задумано",
            "11 замечаний снято: так задумано",
            "100 замечаний снято: так задумано",
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
        "Page %(number)s of %(pages)s": load + pages,
        LOCKOUT: load + lockout,
    }


def counted_msgids(lang):
    with (LOCALE / lang / "LC_MESSAGES" / "django.po").open("rb") as source:
        return {message.id[0] for message in read_po(source, locale=lang) if message.pluralizable}


@pytest.mark.parametrize("lang", ["ar", "ru"])
def test_every_counted_string_has_hand_written_expectations(lang):
    assert counted_msgids(lang) == set(EXPECTED) | {singular for singular, _ in EXPECTED_FORMS}


@pytest.mark.parametrize(("singular", "plural"), sorted(EXPECTED_FORMS))
@pytest.mark.parametrize("lang", ["ar", "ru"])
def test_admin_counted_strings_agree_with_their_number(singular, plural, lang):
    names = set(re.findall(r"%\((\w+)\)", singular))
    with translation.override(lang):
        rendered = [translation.ngettext(singular, plural, n) % dict.fromkeys(names, n) for n in COUNTS]
    assert rendered == EXPECTED_FORMS[(singular, plural)][lang]


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
                        "results": types.SimpleNamespace(total=n, total_exact=True, page=1, num_pages=n),
                        "minutes": n,
                        "request": request,
                    }
                )
            ).strip()
            for n in COUNTS
        ]
    assert rendered == EXPECTED[msgid][lang]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "expected"),
    [("ar", "نحو ٢٦٠٠٠ نتيجة"), ("ru", "Около 26000 результатов"), ("en", "About 26000 results")],
)
def test_an_estimated_total_says_about(site_tree, lang, expected):
    """PostgreSQL estimates a total above 1,000 to two figures (backends.two_figures), so
    it ends in 00: Arabic counts it in the singular, Russian in the genitive plural."""
    template = Template(snippets_of_the_search_page()["%(shown)s result"])
    with translation.override(lang):
        rendered = template.render(
            Context({"results": types.SimpleNamespace(total=26000, total_exact=False), "request": None})
        ).strip()
    assert rendered == expected
