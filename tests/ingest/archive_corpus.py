"""A made-up old site's archive: stories in three languages, saved in seven layouts.

Every text here is written by us: the words are drawn from small vocabularies with
a seeded random generator (no copied article), so each story is its own text and
no two are near-duplicates. Each page comes with the fields a reader sees on it
(`expected`), which the importer must find: bench/import_quality.py and
tests/ingest/test_archive_layouts.py measure how many it does, per layout.

Layouts (the name is `Page.layout`):

- `table-1256`      Arabic, windows-1256 declared by `<meta http-equiv>`; a table with a
                    menu cell, `<font>` title and date, `<br><br>` paragraphs, `<b>` subheadings;
- `nometa-1256`     the same bytes without any declared charset (detection);
- `br-iso-8859-6`   Arabic in ISO-8859-6, `<center>` and `<br>` text only, no table;
- `table-1251`      Russian, windows-1251, `<p>` in table cells, `<center><b>` title;
- `bom-utf8`        Russian, UTF-8 with a byte-order mark and no charset; the date above the title;
- `latin1-table`    English, ISO-8859-1, `<font face>` table, accented words;
- `modern-utf8`     an HTML5 theme in any language: `<header>` menu, `<article>`, `<h1>`,
                    `<time datetime>`, `<h2>`, `<figure>`, hreflang links, `<aside>` list.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, unquote

HOST = "http://old.hiwar.example"

WORDS = {
    "ar": (
        "المدينة الحكومة المشروع الطريق المدرسة الميناء الجسر المستشفى المزارعون السكان الوزارة "
        "المجلس اللجنة التقرير المياه الكهرباء القطار المطار الجامعة الطلاب المعلمون الأطباء "
        "الشركة المصنع السوق الأسعار الميزانية المنطقة القرية الشارع الحديقة المكتبة المتحف "
        "افتتح أعلن قرر ناقش وافق أكد أوضح أضاف بدأ استكمل زار استقبل وقع درس طالب "
        "الجديد الكبير الأول الثاني الشمالي الجنوبي الشرقي الغربي السنوي المحلي العام "
        "يوم خلال بعد قبل أمام حول بين مع من إلى على في"
    ).split(),
    "ru": (
        "город правительство проект дорога школа порт мост больница фермеры жители министерство "
        "совет комиссия доклад вода электричество поезд аэропорт университет студенты учителя врачи "
        "компания завод рынок цены бюджет район село улица парк библиотека музей "
        "открыл объявил решил обсудил одобрил подтвердил пояснил добавил начал завершил посетил принял "
        "подписал изучил потребовал новый большой первый второй северный южный восточный западный "
        "годовой местный общий во время после перед вокруг между с из к на в для"
    ).split(),
    "en": (
        "city government project road school harbour bridge hospital farmers residents ministry "
        "council committee report water electricity train airport university students teachers "
        "doctors company factory market prices budget district village street park library museum "
        "café opened announced decided discussed approved confirmed explained added began completed "
        "visited received signed studied requested new large first second northern southern eastern "
        "western yearly local general during after before around between with from to on in for"
    ).split(),
}
CREDIT_LABEL = {"ar": "الصورة", "ru": "Фото", "en": "Photo"}
SOURCE_LABEL = {"ar": "المصدر", "ru": "Источник", "en": "Source"}
CREDITS = {
    "ar": ["أرشيف الموقع", "وكالة الأنباء المحلية", "مكتب الإعلام"],
    "ru": ["архив сайта", "местное агентство", "пресс-служба"],
    "en": ["site archive", "local agency", "press office"],
}
SOURCES = {
    "ar": ["وكالة الأنباء المحلية", "مراسل الموقع", "صحيفة المدينة"],
    "ru": ["местное агентство", "корреспондент сайта", "городская газета"],
    "en": ["local agency", "site correspondent", "city newspaper"],
}
SWITCH_WORD = {"ar": "عربي", "ru": "Ru", "en": "En"}
ARABIC_MONTHS = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
]
RUSSIAN_MONTHS = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
ENGLISH_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

LAYOUTS = (
    "table-1256",
    "nometa-1256",
    "br-iso-8859-6",
    "table-1251",
    "bom-utf8",
    "latin1-table",
    "modern-utf8",
)
# story number modulo 10 → layout of each language (every layout gets ≥ 2 pages in 10 stories)
LAYOUT_OF = {
    "ar": ["table-1256"] * 3 + ["nometa-1256"] * 2 + ["br-iso-8859-6"] * 2 + ["modern-utf8"] * 3,
    "ru": ["table-1251"] * 4 + ["bom-utf8"] * 3 + ["modern-utf8"] * 3,
    "en": ["latin1-table"] * 5 + ["modern-utf8"] * 5,
}
ENCODING = {
    "table-1256": "windows-1256",
    "nometa-1256": "windows-1256 (detected)",
    "br-iso-8859-6": "iso-8859-6",
    "table-1251": "windows-1251",
    "bom-utf8": "utf-8 (BOM)",
    "latin1-table": "iso-8859-1",
    "modern-utf8": "utf-8",
}


@dataclass
class Story:
    number: int
    date: dt.date
    texts: dict = field(default_factory=dict)  # lang → (title, blocks[(kind, text)], credit, source)


@dataclass
class Page:
    story: int
    lang: str
    layout: str
    path: str  # the old URL's path and query
    data: bytes
    expected: dict

    @property
    def url(self) -> str:
        return HOST + self.path

    @property
    def file_name(self) -> str:
        """The name wget -E gives the saved page (`?` kept, `.html` added after a query)."""
        path = unquote(self.path.lstrip("/"))
        if path.endswith("/"):
            return path + "index.html"
        return path + ".html" if "?" in path else path


def _words(rng, lang, count):
    return " ".join(rng.choice(WORDS[lang]) for _ in range(count))


def _sentence(rng, lang):
    text = _words(rng, lang, rng.randint(7, 13))
    return text[0].upper() + text[1:] if lang != "ar" else text


def _paragraph(rng, lang):
    return " ".join(_sentence(rng, lang) + "." for _ in range(rng.randint(2, 3)))


def make_story(number: int, seed: int = 19) -> Story:
    rng = random.Random(seed * 1000 + number)
    date = dt.date(2004, 1, 1) + dt.timedelta(days=rng.randint(0, 6000))
    story = Story(number, date)
    for lang in ("ar", "ru", "en"):
        title = _words(rng, lang, rng.randint(5, 9))
        title = title[0].upper() + title[1:] if lang != "ar" else title
        blocks = [("p", _paragraph(rng, lang)) for _ in range(rng.randint(2, 3))]
        sub = _words(rng, lang, rng.randint(3, 5))
        sub = sub[0].upper() + sub[1:] if lang != "ar" else sub
        blocks.append(("h", sub))
        blocks += [("p", _paragraph(rng, lang)) for _ in range(rng.randint(1, 3))]
        story.texts[lang] = (title, blocks, rng.choice(CREDITS[lang]), rng.choice(SOURCES[lang]))
    return story


def path_of(number: int, lang: str, layout: str) -> str:
    if layout == "modern-utf8":
        if lang == "ar":  # an Arabic path, percent-encoded as browsers send it
            return f"/ar/{quote('أخبار')}/{2000 + number}-{quote('خبر')}"
        return f"/{lang}/news/{2000 + number}/"
    return {
        "ar": f"/ar/article.php?id={1000 + number}",
        "ru": f"/ru/show.php?id={1000 + number}&lang=ru",
        "en": f"/en/story.asp?id={1000 + number}",
    }[lang]


def date_text(date: dt.date, lang: str, indic: bool) -> str:
    if lang == "ar":
        text = f"{date.day} {ARABIC_MONTHS[date.month - 1]} {date.year}"
        return text.translate(INDIC) if indic else text
    if lang == "ru":
        return f"{date.day} {RUSSIAN_MONTHS[date.month - 1]} {date.year}"
    return f"{ENGLISH_MONTHS[date.month - 1]} {date.day}, {date.year}"


def _switcher(lang, links, separator=" "):
    return separator.join(f'<a href="{href}">{SWITCH_WORD[other]}</a>' for other, href in links.items())


MENU = {
    "ar": ["الرئيسية", "أخبار", "اتصل بنا"],
    "ru": ["Главная", "Новости", "Контакты"],
    "en": ["Home", "News", "Contact"],
}
FOOTER = {"ar": "جميع الحقوق محفوظة 2009", "ru": "Все права защищены 2009", "en": "All rights reserved 2009"}


def render(story: Story, lang: str, layout: str, links: dict) -> bytes:
    """The page's bytes; `links` maps the other languages to the hrefs its switcher uses."""
    title, blocks, credit, source = story.texts[lang]
    # Arabic-Indic digits where the encoding has them (windows-1256 and ISO-8859-6 have not)
    date = date_text(story.date, lang, story.number % 2 == 0 and layout in ("modern-utf8", "bom-utf8"))
    credit_line = f"{CREDIT_LABEL[lang]}: {credit}"
    source_line = f"{SOURCE_LABEL[lang]}: {source}"
    menu = " | ".join(MENU[lang])
    direction = "rtl" if lang == "ar" else "ltr"
    if layout in ("table-1256", "nometa-1256"):
        body = "<br><br>\n".join(f"<b>{text}</b>" if kind == "h" else text for kind, text in blocks)
        meta = (
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
            if layout == "table-1256"
            else ""
        )
        html = f"""<html dir="rtl"><head>{meta}<title>{title}</title></head>
<body bgcolor="#ffffff"><table width="760" border="0"><tr><td colspan="2"><img src="/images/logo.gif"> {_switcher(lang, links)}</td></tr>
<tr><td width="150" valign="top"><font size="2">{menu}</font></td>
<td valign="top"><font face="Tahoma" size="5"><b>{title}</b></font><br>
<font size="2" color="#666666">{date}</font><br><br>
<center><img src="/photos/{story.number}.jpg" width="300"><br><font size="1">{credit_line}</font></center><br>
<font face="Tahoma" size="3">{body}<br><br>
{source_line}</font></td></tr>
<tr><td colspan="2"><center><font size="1">{FOOTER[lang]}</font></center></td></tr></table></body></html>"""
        return html.encode("cp1256", "xmlcharrefreplace")
    if layout == "br-iso-8859-6":
        body = "<br><br>".join(f"<b>{text}</b>" if kind == "h" else text for kind, text in blocks)
        html = f"""<html><head><meta http-equiv="content-type" content="text/html; charset=ISO-8859-6"></head>
<body dir="rtl"><center>{_switcher(lang, links, " | ")}</center><center><b>{title}</b></center>
<center>{date}</center><br>{body}<br><br>{credit_line}<br>{source_line}<br><br><center>{FOOTER[lang]}</center></body></html>"""
        return html.encode("iso8859-6", "xmlcharrefreplace")
    if layout == "table-1251":
        body = "\n".join(
            f"<p><b>{text}</b></p>" if kind == "h" else f"<p>{text}</p>" for kind, text in blocks
        )
        html = f"""<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1251">
<TITLE>{title} - Архив</TITLE></HEAD><BODY><TABLE><TR><TD>{menu}</TD><TD align=right>{_switcher(lang, links, " | ")}</TD></TR>
<TR><TD colspan=2><CENTER><FONT SIZE=4><B>{title}</B></FONT></CENTER><P><I>{date}</I></P>
{body}<P><FONT SIZE=1>{credit_line}</FONT></P><P>{source_line}</P></TD></TR></TABLE>
<CENTER><FONT SIZE=1>{FOOTER[lang]}</FONT></CENTER></BODY></HTML>"""
        return html.encode("cp1251", "xmlcharrefreplace")
    if layout == "bom-utf8":
        body = "\n".join(
            f"<div class='sub'><strong>{text}</strong></div>" if kind == "h" else f"<div>{text}</div>"
            for kind, text in blocks
        )
        html = f"""<!DOCTYPE html><html><head><title>{title}</title></head><body>
<div class="top">{menu}</div><div class="langs">{_switcher(lang, links)}</div>
<div class="post"><div class="date">{date}</div><div class="title"><big>{title}</big></div>
<div class="photo"><img src="/img/{story.number}.jpg"><div>{credit_line}</div></div>
{body}<div class="src">{source_line}</div></div><div class="foot">{FOOTER[lang]}</div></body></html>"""
        return b"\xef\xbb\xbf" + html.encode("utf-8")
    if layout == "latin1-table":
        body = "\n".join(
            f"<p><b>{text}</b></p>" if kind == "h" else f"<p>{text}</p>" for kind, text in blocks
        )
        html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>{title}</title></head>
<body><table width=100%><tr><td><font face="Verdana" size=1>{menu}</font></td><td>{_switcher(lang, links)}</td></tr>
<tr><td colspan=2><font face="Verdana" size=4><b>{title}</b></font><br><font size=1>{date}</font>
<font face="Verdana" size=2>{body}<p><i>{credit_line}</i></p><p>{source_line}</p></font></td></tr>
<tr><td colspan=2><font size=1>{FOOTER[lang]}</font></td></tr></table></body></html>"""
        return html.encode("iso8859-1", "xmlcharrefreplace")
    assert layout == "modern-utf8", layout
    body = "\n".join(f"<h2>{text}</h2>" if kind == "h" else f"<p>{text}</p>" for kind, text in blocks)
    alternates = "".join(
        f'<link rel="alternate" hreflang="{other}" href="{href}">' for other, href in links.items()
    )
    nav = "".join(
        f'<a hreflang="{other}" href="{href}">{SWITCH_WORD[other]}</a>' for other, href in links.items()
    )
    html = f"""<!DOCTYPE html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">
<title>{title} | Archive</title>{alternates}<meta property="article:published_time" content="{story.date.isoformat()}T09:30:00+03:00"></head>
<body><header><nav>{menu}</nav><nav class="languages">{nav}</nav></header>
<main><article><h1>{title}</h1><time datetime="{story.date.isoformat()}">{date}</time>
<figure><img src="/media/{story.number}.jpg" alt=""><figcaption>{credit_line}</figcaption></figure>
{body}<p class="source">{source_line}</p></article></main>
<aside><h3>{MENU[lang][1]}</h3><ul><li>{MENU[lang][0]}</li></ul></aside><footer>{FOOTER[lang]}</footer></body></html>"""
    return html.encode("utf-8")


def expected_fields(story: Story, lang: str, layout: str, links: dict) -> dict:
    title, blocks, credit, source = story.texts[lang]
    return {
        "lang": lang,
        "title": title,
        "date": story.date.isoformat(),
        "paragraphs": [text for kind, text in blocks if kind == "p"],
        "subheadings": [text for kind, text in blocks if kind == "h"],
        "credit": credit,
        "source": source,
        "language_links": dict(sorted(links.items())),
        "encoding": ENCODING[layout],
    }


def archive(stories: int = 10, seed: int = 19, offset: int = 0) -> list[Page]:
    """`stories` stories × 3 languages, each version linking to the other two."""
    pages = []
    for number in range(offset, offset + stories):
        story = make_story(number, seed)
        layouts = {lang: LAYOUT_OF[lang][number % 10] for lang in ("ar", "ru", "en")}
        paths = {lang: path_of(number, lang, layouts[lang]) for lang in layouts}
        for lang, layout in layouts.items():
            # old sites linked root-relative or absolute: both, in turn
            links = {
                other: (HOST + paths[other] if number % 3 == 0 else paths[other])
                for other in paths
                if other != lang
            }
            absolute = {other: HOST + paths[other] for other in links}
            pages.append(
                Page(
                    number,
                    lang,
                    layout,
                    paths[lang],
                    render(story, lang, layout, links),
                    expected_fields(story, lang, layout, absolute),
                )
            )
    return pages


def write_archive(directory: Path, pages: list[Page], shuffle_seed: int | None = None) -> list[Path]:
    """The pages saved under `directory` as a mirror of the old site (wget's names)."""
    order = list(pages)
    if shuffle_seed is not None:
        random.Random(shuffle_seed).shuffle(order)
    written = []
    for page in order:
        target = directory / page.file_name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(page.data)
        written.append(target)
    return written


def fields_of(archive_page) -> dict:
    """The same fields as `expected_fields`, from what the importer parsed."""
    page = archive_page.page
    return {
        "lang": page.lang,
        "title": page.title,
        "date": page.date.isoformat() if page.date else None,
        "paragraphs": page.paragraphs,
        "subheadings": page.subheadings,
        "credit": page.photo_credit,
        "source": page.source,
        "language_links": dict(
            sorted((k, v) for k, v in archive_page.language_links.items() if k != page.lang)
        ),
        "encoding": archive_page.encoding,
    }


def accuracy(pages: list[Page], parse) -> dict:
    """layout → (fields right, fields, [mismatches]) with `parse(page) -> ArchivePage`."""
    result = {}
    for page in pages:
        right, total, misses = result.get(page.layout, (0, 0, []))
        try:
            found = fields_of(parse(page))
        except Exception as error:  # noqa: BLE001 – a page that fails counts every field wrong
            found = {name: f"error: {error}" for name in page.expected}
        for name, value in page.expected.items():
            total += 1
            if found.get(name) == value:
                right += 1
            else:
                misses.append((page.path, name, value, found.get(name)))
        result[page.layout] = (right, total, misses)
    return result
