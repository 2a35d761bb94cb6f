"""Dates in the reader's language, following the site's format settings.

Babel gives the month names; the rest is ours:
- Babel writes Latin digits even for `ar` (whose CLDR default numbering is
  Arabic-Indic), so the digits are converted here: `14 سبتمبر 2022` → `١٤ سبتمبر ٢٠٢٢`.
- Month names: Egyptian/Gulf `سبتمبر` is CLDR `ar`; Levantine `أيلول` is CLDR
  `ar_SY`; the dual style shows both, as Arab agencies often do: `سبتمبر/أيلول`.
- Hijri (Umm al-Qura, from hijridate) may be shown beside the Gregorian date:
  `١٤ سبتمبر ٢٠٢٢ - ١٨ صفر ١٤٤٤ هـ`.
"""

import datetime
from dataclasses import dataclass

from babel.dates import format_date as babel_format_date
from babel.dates import format_time as babel_format_time
from babel.dates import get_month_names
from hijridate import Gregorian

from hiwar.text.normalize import to_arabic_indic_digits

EGYPTIAN, LEVANTINE, DUAL = "egyptian", "levantine", "dual"
ARABIC_INDIC, LATIN = "arab", "latn"

# Hijri dates are only defined by the Umm al-Qura tables for this range.
HIJRI_RANGE = (datetime.date(1937, 3, 14), datetime.date(2077, 11, 16))

# hijridate names the months in Arabic and English only; Russian usage as in
# Russian Muslim media: `18 сафара 1444 г. х.`
RUSSIAN_HIJRI_MONTHS = (
    "мухаррама",
    "сафара",
    "раби аль-авваля",
    "раби ас-сани",
    "джумада аль-уля",
    "джумада ас-сани",
    "раджаба",
    "шаабана",
    "рамадана",
    "шавваля",
    "зуль-каады",
    "зуль-хиджи",
)


@dataclass(frozen=True)
class DateStyle:
    """The site-wide choices an editor makes in the admin (core.DateFormatSettings)."""

    arabic_digits: str = ARABIC_INDIC
    arabic_months: str = EGYPTIAN
    show_hijri: bool = False


DEFAULT_STYLE = DateStyle()


def _as_date(value) -> datetime.date:
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            from django.utils import timezone  # local time of the site, not UTC

            value = timezone.localtime(value)
        return value.date()
    return value


def _arabic_month(month: int, style: str) -> str:
    egyptian = get_month_names("wide", locale="ar")[month]
    levantine = get_month_names("wide", locale="ar_SY")[month]
    if style == LEVANTINE:
        return levantine
    if style == DUAL:
        return f"{egyptian}/{levantine}"
    return egyptian


def _arabic_digits(text: str, style: DateStyle) -> str:
    return to_arabic_indic_digits(text) if style.arabic_digits == ARABIC_INDIC else text


def hijri_date(value, lang: str, style: DateStyle = DEFAULT_STYLE) -> str:
    """`١٨ صفر ١٤٤٤ هـ` (ar), `18 сафара 1444 г. х.` (ru), `18 Safar 1444 AH` (en).

    Empty outside the Umm al-Qura tables."""
    day = _as_date(value)
    if not HIJRI_RANGE[0] <= day <= HIJRI_RANGE[1]:
        return ""
    hijri = Gregorian(day.year, day.month, day.day).to_hijri()
    if lang == "ar":
        return _arabic_digits(f"{hijri.day} {hijri.month_name('ar')} {hijri.year} هـ", style)
    if lang == "ru":
        return f"{hijri.day} {RUSSIAN_HIJRI_MONTHS[hijri.month - 1]} {hijri.year} г. х."
    return f"{hijri.day} {hijri.month_name('en')} {hijri.year} AH"


def format_date(value, lang: str, style: DateStyle = DEFAULT_STYLE) -> str:
    """`14 September 2022`, `14 сентября 2022`, `١٤ سبتمبر ٢٠٢٢` (by default)."""
    day = _as_date(value)
    if lang == "ar":
        text = f"{day.day} {_arabic_month(day.month, style.arabic_months)} {day.year}"
        text = _arabic_digits(text, style)
    else:
        text = babel_format_date(day, "d MMMM y", locale=lang)
    if style.show_hijri:
        hijri = hijri_date(day, lang, style)
        if hijri:
            text = f"{text} ({hijri})" if lang != "ar" else f"{text} - {hijri}"
    return text


def format_time(value, lang: str, style: DateStyle = DEFAULT_STYLE) -> str:
    """`14:05` with the digits of the language's date style."""
    from django.utils import timezone

    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        value = timezone.localtime(value)
    text = babel_format_time(value, "HH:mm", locale=lang)
    return _arabic_digits(text, style) if lang == "ar" else text


def machine_datetime(value) -> str:
    """ISO 8601 to the second, in the site's time zone: `2026-11-29T19:51:35+03:00`.

    For HTML's `<time datetime>`, JSON-LD and sitemaps. HTML allows at most three
    digits of a fraction of a second, and Django's `date:"c"` writes six whenever
    the value has microseconds (an imported or just-published article has)."""
    from django.utils import timezone

    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.replace(microsecond=0).isoformat()
    return value.isoformat()
