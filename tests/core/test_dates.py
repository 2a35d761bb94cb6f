import datetime

import pytest

from hiwar.core import dates
from hiwar.core.dates import DateStyle, format_date

SEPT_14 = datetime.date(2022, 9, 14)


@pytest.mark.parametrize(
    "lang, expected",
    [("ar", "١٤ سبتمبر ٢٠٢٢"), ("ru", "14 сентября 2022"), ("en", "14 September 2022")],
)
def test_default_format_per_language(lang, expected):
    assert format_date(SEPT_14, lang) == expected


def test_arabic_with_latin_digits():
    assert format_date(SEPT_14, "ar", DateStyle(arabic_digits=dates.LATIN)) == "14 سبتمبر 2022"


def test_arabic_levantine_months():
    assert format_date(SEPT_14, "ar", DateStyle(arabic_months=dates.LEVANTINE)) == "١٤ أيلول ٢٠٢٢"
    january = datetime.date(2023, 1, 5)
    assert format_date(january, "ar", DateStyle(arabic_months=dates.LEVANTINE)) == "٥ كانون الثاني ٢٠٢٣"


def test_arabic_dual_months():
    april = datetime.date(1992, 4, 8)
    assert format_date(april, "ar", DateStyle(arabic_months=dates.DUAL)) == "٨ أبريل/نيسان ١٩٩٢"


def test_hijri_beside_gregorian_in_arabic():
    text = format_date(SEPT_14, "ar", DateStyle(show_hijri=True))
    assert text == "١٤ سبتمبر ٢٠٢٢ - ١٨ صفر ١٤٤٤ هـ"


def test_hijri_in_english_and_russian():
    assert format_date(SEPT_14, "en", DateStyle(show_hijri=True)) == "14 September 2022 (18 Safar 1444 AH)"
    assert format_date(SEPT_14, "ru", DateStyle(show_hijri=True)) == "14 сентября 2022 (18 сафара 1444 г. х.)"


def test_hijri_with_latin_digits():
    text = format_date(SEPT_14, "ar", DateStyle(arabic_digits=dates.LATIN, show_hijri=True))
    assert text == "14 سبتمبر 2022 - 18 صفر 1444 هـ"


def test_hijri_outside_umm_al_qura_tables_is_left_out():
    assert format_date(datetime.date(1900, 1, 1), "en", DateStyle(show_hijri=True)) == "1 January 1900"


def test_aware_datetime_uses_site_local_date(settings):
    settings.TIME_ZONE = "Europe/Moscow"
    late_utc = datetime.datetime(2022, 9, 13, 22, 30, tzinfo=datetime.UTC)  # 01:30 in Moscow
    assert format_date(late_utc, "en") == "14 September 2022"


def test_machine_datetime_is_to_the_second_in_the_site_time_zone():
    """HTML's <time datetime> allows at most three digits of a second's fraction."""
    from zoneinfo import ZoneInfo

    from django.utils import timezone

    instant = datetime.datetime(2026, 11, 29, 16, 51, 35, 6926, tzinfo=ZoneInfo("UTC"))
    with timezone.override(ZoneInfo("Europe/Moscow")):
        assert dates.machine_datetime(instant) == "2026-11-29T19:51:35+03:00"
    assert dates.machine_datetime(datetime.date(2022, 9, 14)) == "2022-09-14"
