"""Dates as news copy writes them in Arabic, Russian and English."""

import datetime as dt

import pytest

from hiwar.text.dates import find_date, parse_date_line
from hiwar.text.normalize import fold_arabic

SEPT_14 = dt.date(2022, 9, 14)


@pytest.mark.parametrize(
    "line",
    [
        "١٤ سبتمبر ٢٠٢٢",  # the reference page: Arabic-Indic digits, Egyptian month
        "14 سبتمبر 2022",  # Western digits
        "١٤ أيلول ٢٠٢٢",  # Levantine month
        "14 ايلول 2022",  # hamza dropped
        "14 أيلول (سبتمبر) 2022م",  # dual month in brackets, era letter glued to the year
        "14 سبتمبر/أيلول 2022",  # dual month with a slash
        "الأربعاء، ١٤ سبتمبر ٢٠٢٢",  # weekday first
        "14 сентября 2022",
        "14 сентября 2022 г.",
        "14 сентября 2022 года, 10:45 мск",
        "среда, 14 сентября 2022",
        "14 September 2022",
        "September 14, 2022",
        "Wednesday, Sept. 14, 2022 10:45",
        "14th September 2022",
        "2022-09-14",
        "14.09.2022",
    ],
)
def test_date_lines(line):
    assert parse_date_line(line) == SEPT_14


@pytest.mark.parametrize(
    "line, expected",
    [
        ("8 ابريل/نيسان 1992", dt.date(1992, 4, 8)),  # dual month name as in the reference body
        ("٣ أيار ٢٠٢٣", dt.date(2023, 5, 3)),
        ("١٤ تشرين الأول ٢٠٢٢", dt.date(2022, 10, 14)),  # two-word Levantine month
        ("1 كانون الثاني 2023", dt.date(2023, 1, 1)),
        ("5 آب 2021", dt.date(2021, 8, 5)),  # آب (August) with alef madda
        ("5 اب 2021", dt.date(2021, 8, 5)),
        ("12 جوان 2022", dt.date(2022, 6, 12)),  # Maghrebi June
        ("1 января 2020", dt.date(2020, 1, 1)),
        ("31 декабря 2021", dt.date(2021, 12, 31)),
        ("May 3, 2021", dt.date(2021, 5, 3)),
    ],
)
def test_other_months(line, expected):
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "31 February 2022",  # no such day
        "أكد وزير الخارجية في 14 سبتمبر 2022 أن العلاقات جيدة",  # a sentence, not a date line
        "Ru En",
        "",
        "2022",
    ],
)
def test_not_date_lines(line):
    assert parse_date_line(line) is None


def test_find_date_in_a_sentence():
    text = "الاعتراف بإقامة العلاقات الدبلوماسية في 8 ابريل/نيسان 1992 إلى مستوى جديد"
    assert find_date(text) == dt.date(1992, 4, 8)
    assert find_date("no date here") is None


def test_fold_arabic_spellings():
    assert fold_arabic("أبريل") == fold_arabic("ابريل") == "ابريل"
    assert fold_arabic("سبتمبـر") == "سبتمبر"  # tatweel
    assert fold_arabic("خاصاً") == "خاصا"  # tanween
