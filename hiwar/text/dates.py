"""Publication dates written out in Arabic, Russian and English news copy.

Forms understood (digits may be Arabic-Indic or Western everywhere):

- Arabic, Egyptian month names:   `١٤ سبتمبر ٢٠٢٢`, `14 سبتمبر 2022م`
- Arabic, Levantine month names:  `١٤ أيلول ٢٠٢٢`, `14 تشرين الأول 2022`
- Arabic, dual month names:       `8 ابريل/نيسان 1992`, `14 أيلول (سبتمبر) 2022`
- Arabic, Maghrebi month names:   `14 جوان 2022`
- Russian (genitive or nominative): `14 сентября 2022`, `14 сентября 2022 г.`
- English: `14 September 2022`, `September 14, 2022`, `Sept. 14, 2022`
- numeric: `2022-09-14` (ISO), `14.09.2022` (Russian sites), `14/09/2022`
  (day first, as in Arabic and Russian copy).

A leading weekday (`الأربعاء`, `среда,`, `Wednesday,`) and a trailing time
(`10:45`) are allowed on a date line. Nothing here imports Django.
"""

from __future__ import annotations

import datetime as dt
import re

from hiwar.text.normalize import fold

# Month names are compared after folding (normalize.fold) the spelling variants
# news copy mixes: hamza on or under alef is often dropped (`أبريل` / `ابريل`,
# `أيار` / `ايار`), alef madda too (`آذار` / `اذار`, `آب` / `اب`), and diacritics and
# tatweel carry no meaning (`سبتمبـر` = `سبتمبر`); `Сентября` = `сентября`.

# Egyptian (and Gulf) month names are the English ones transcribed: سبتمبر, أكتوبر.
ARABIC_EGYPTIAN_MONTHS = {
    "يناير": 1,
    "فبراير": 2,
    "مارس": 3,
    "أبريل": 4,
    "ابريل": 4,
    "إبريل": 4,
    "مايو": 5,
    "يونيو": 6,
    "يونيه": 6,
    "يوليو": 7,
    "يوليه": 7,
    "أغسطس": 8,
    "اغسطس": 8,
    "سبتمبر": 9,
    "أكتوبر": 10,
    "اكتوبر": 10,
    "نوفمبر": 11,
    "ديسمبر": 12,
}
# Levantine and Iraqi month names are the Syriac ones: أيلول is September.
# Two-word names keep their space: `تشرين الأول` (October), `كانون الثاني` (January).
ARABIC_LEVANTINE_MONTHS = {
    "كانون الثاني": 1,
    "شباط": 2,
    "آذار": 3,
    "نيسان": 4,
    "أيار": 5,
    "حزيران": 6,
    "تموز": 7,
    "آب": 8,
    "أيلول": 9,
    "تشرين الأول": 10,
    "تشرين الثاني": 11,
    "كانون الأول": 12,
}
# Maghrebi month names follow French: جوان is June (juin), أوت is August (août).
ARABIC_MAGHREBI_MONTHS = {
    "جانفي": 1,
    "فيفري": 2,
    "أفريل": 4,
    "ماي": 5,
    "جوان": 6,
    "جويلية": 7,
    "أوت": 8,
}
RUSSIAN_MONTHS = {
    # genitive, as dates are written: 14 сентября 2022
    "января": 1,
    "февраля": 2,
    "марта": 3,
    "апреля": 4,
    "мая": 5,
    "июня": 6,
    "июля": 7,
    "августа": 8,
    "сентября": 9,
    "октября": 10,
    "ноября": 11,
    "декабря": 12,
    # nominative, as in headers: сентябрь 2022
    "январь": 1,
    "февраль": 2,
    "март": 3,
    "апрель": 4,
    "май": 5,
    "июнь": 6,
    "июль": 7,
    "август": 8,
    "сентябрь": 9,
    "октябрь": 10,
    "ноябрь": 11,
    "декабрь": 12,
    # abbreviations: 14 сент. 2022
    "янв": 1,
    "фев": 2,
    "февр": 2,
    "мар": 3,
    "апр": 4,
    "июн": 6,
    "июл": 7,
    "авг": 8,
    "сен": 9,
    "сент": 9,
    "окт": 10,
    "ноя": 11,
    "нояб": 11,
    "дек": 12,
}
ENGLISH_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

MONTHS: dict[str, int] = {}
for _table in (
    ARABIC_EGYPTIAN_MONTHS,
    ARABIC_LEVANTINE_MONTHS,
    ARABIC_MAGHREBI_MONTHS,
    RUSSIAN_MONTHS,
    ENGLISH_MONTHS,
):
    for _name, _number in _table.items():
        MONTHS[fold(_name)] = _number

# Longest names first so that `تشرين الأول` wins over a shorter prefix.
_MONTH_ALTERNATION = "|".join(
    re.escape(name).replace(r"\ ", r"\s+") for name in sorted(MONTHS, key=len, reverse=True)
)
# One month, or two names of the same month side by side, as Arabic sites print them:
# `ابريل/نيسان`, `نيسان - أبريل`, `أيلول (سبتمبر)`.
_MONTH = rf"(?P<month>{_MONTH_ALTERNATION})(?:\s*[/\-–(]\s*(?P<month2>{_MONTH_ALTERNATION})\s*\)?)?"
# `2022م`: the era letter م ("AD") may be glued to an Arabic year.
_WORD_END = r"(?:م)?(?![\w])"
_DAY = r"(?P<day>[0-3]?\d)"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_DAY_MONTH_YEAR = re.compile(rf"(?<![\w]){_DAY}(?:st|nd|rd|th)?\.?\s+{_MONTH}\.?,?\s+{_YEAR}{_WORD_END}")
_MONTH_DAY_YEAR = re.compile(rf"(?<![\w]){_MONTH}\.?\s+{_DAY}(?:st|nd|rd|th)?,?\s+{_YEAR}{_WORD_END}")
_ISO = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)(?!\d)")
_DAY_FIRST_NUMERIC = re.compile(
    r"(?<!\d)(?P<day>[0-3]?\d)[./](?P<month>[01]?\d)[./](?P<year>(?:19|20)\d\d)(?!\d)"
)

_MONTH_PATTERNS = (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR)
_NUMERIC_PATTERNS = (_ISO, _DAY_FIRST_NUMERIC)

# What may stand around a date on a date line: weekday names, a time, the
# Arabic era letter `م` (`2022م`, "AD"), `г.`/`года` after a Russian year,
# "Published:"/"نشر في" labels and punctuation.
_WEEKDAYS = (
    "السبت الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة "
    "понедельник вторник среда четверг пятница суббота воскресенье "
    "monday tuesday wednesday thursday friday saturday sunday "
    "mon tue wed thu fri sat sun"
).split()
_DATE_LINE_FILLERS = {fold(word) for word in _WEEKDAYS} | {
    fold(word)
    for word in (
        "م",
        "г",
        "года",
        "год",
        "в",
        "at",
        "on",
        "في",
        "نشر",
        "بتاريخ",
        "تاريخ",
        "النشر",
        "published",
        "updated",
        "опубликовано",
        "обновлено",
        "am",
        "pm",
        "msk",
        "gmt",
        "utc",
        "мск",
    )
}
_TIME = re.compile(r"\b\d{1,2}:\d\d(?::\d\d)?\b")
_FILLER_SPLIT = re.compile(r"[\s,،.:|\-–—/()]+")


def _valid_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _date_from_match(match: re.Match) -> dt.date | None:
    month = match.group("month")
    month_number = int(month) if month.isdigit() else MONTHS.get(re.sub(r"\s+", " ", month))
    if month_number is None:
        return None
    return _valid_date(int(match.group("year")), month_number, int(match.group("day")))


def _first_match(folded: str) -> tuple[re.Match, dt.date] | None:
    candidates = []
    for pattern in _MONTH_PATTERNS + _NUMERIC_PATTERNS:
        for match in pattern.finditer(folded):
            date = _date_from_match(match)
            if date:
                candidates.append((match.start(), match, date))
                break
    if not candidates:
        return None
    _, match, date = min(candidates, key=lambda item: item[0])
    return match, date


def find_date(text: str) -> dt.date | None:
    """The first date written anywhere in `text`, or None.

    `في 8 ابريل/نيسان 1992 إلى …` → 1992-04-08.
    """
    found = _first_match(fold(text))
    return found[1] if found else None


def find_dates(text: str) -> list[tuple[str, dt.date]]:
    """Every date written out in `text`, as (the words, the date), in order.

    `في 8 ابريل/نيسان 1992 إلى عام 2020` → [(`8 ابريل/نيسان 1992`, 1992-04-08)].
    """
    folded = fold(text)
    same_length = len(folded) == len(text)  # no marks removed: positions are the text's
    found = []
    for pattern in _MONTH_PATTERNS + _NUMERIC_PATTERNS:
        for match in pattern.finditer(folded):
            date = _date_from_match(match)
            if date:
                written = text[match.start() : match.end()] if same_length else match.group()
                found.append((match.start(), written, date))
    return [(written, date) for _, written, date in sorted(found, key=lambda item: item[0])]


def parse_date_line(line: str) -> dt.date | None:
    """The date if `line` holds a date and nothing else but a weekday, time or label.

    `١٤ سبتمبر ٢٠٢٢` → 2022-09-14; `Wednesday, September 14, 2022 10:45` → 2022-09-14;
    a sentence that merely mentions a date → None.
    """
    folded = fold(line.strip())
    if not folded or len(folded) > 80:
        return None
    found = _first_match(folded)
    if not found:
        return None
    match, date = found
    rest = _TIME.sub(" ", folded[: match.start()] + " " + folded[match.end() :])
    leftovers = [word for word in _FILLER_SPLIT.split(rest) if word]
    if all(word in _DATE_LINE_FILLERS for word in leftovers):
        return date
    return None
