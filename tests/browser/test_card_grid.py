"""Section listings with and without pictures: no holes in the card grid.

Imported agency copy has no picture. A card without one is a tinted panel that
fills its grid cell, so a row mixing both kinds is one even band. Measured in
Chromium on a phone and a desktop, in Arabic (RTL) and English (LTR): in every
row the cards start at the same height and are as tall as one another, each card
fills its cell, every row but the last is full, and the text cards run from the
inline-start edge on (right in Arabic, left in English). Screenshots are saved
under test-artifacts/browser/ for a person to look at.
"""

import datetime
import types

import pytest
from django.utils import timezone

from tests.factories import make_article, make_image, make_site_tree, paragraph

from .conftest import serve

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

HEADLINES = {
    "ar": [
        "وزارة الخارجية الروسية تستقبل وفداً من سلطنة عُمان لبحث التعاون في مجال التعليم العالي",
        "ارتفاع التبادل التجاري بين روسيا وماليزيا",
        "افتتاح مركز ثقافي روسي في الدار البيضاء",
        "خبراء: ممر بحر قزوين يختصر زمن الشحن إلى النصف",
        "قازان تستضيف ملتقى للشباب المسلم من أقاليم روسيا",
        "بدء رحلات شحن منتظمة بين أستراخان وميناء أنزلي",
        "جامعة موسكو تفتح قسماً جديداً لدراسات الخليج",
    ],
    "en": [
        "Russia's foreign ministry receives an Omani delegation to discuss cooperation in higher education",
        "Russia–Malaysia trade rises",
        "A Russian cultural centre opens in Casablanca",
        "Experts: the Caspian corridor halves shipping times",
        "Kazan hosts a forum of young Muslims from Russia's regions",
        "Regular cargo sailings begin between Astrakhan and Anzali",
        "Moscow University opens a new department of Gulf studies",
    ],
}
SUMMARY = {
    "ar": "ناقش الجانبان تبادل الطلاب والأساتذة وبرامج اللغة، واتفقا على لقاء جديد في الخريف المقبل.",
    "en": "The two sides discussed exchanges of students and lecturers and language programmes, and agreed to meet again in the autumn.",
}
SOURCE = {"ar": "تاس", "en": "TASS"}
WITH_PICTURE = (0, 2, 3, 6)  # the others are agency copy without one


def build_mixed_section():
    locales, homes, sections = make_site_tree(section_slugs=("news",))
    image = make_image(credit="رويترز", credit_en="Reuters", size=(960, 540), colour=(40, 90, 100))
    now = timezone.now()
    for lang in ("ar", "en"):
        for number, title in enumerate(HEADLINES[lang]):
            picture = number in WITH_PICTURE
            make_article(
                sections[("news", lang)],
                title,
                date=now - datetime.timedelta(hours=number + 1),
                summary="" if number == 5 else SUMMARY[lang],
                body=[paragraph(SUMMARY[lang])],
                image=image if picture else None,
                source_name="" if picture else SOURCE[lang],
            )
    return types.SimpleNamespace(sections=sections)


@pytest.fixture(scope="module")
def mixed_site(django_db_setup, django_db_blocker, playwright_driver):
    with serve(django_db_blocker, build_mixed_section) as site:
        yield site


MEASURE = """() => {
  const cells = [...document.querySelectorAll('.card-grid--listing > li')];
  return cells.map(li => {
    const cell = li.getBoundingClientRect();
    const card = li.querySelector('.card').getBoundingClientRect();
    return {
      top: Math.round(cell.top), height: Math.round(cell.height),
      left: Math.round(cell.left), right: Math.round(cell.right),
      cardTop: Math.round(card.top), cardHeight: Math.round(card.height),
      text: li.querySelector('.card').classList.contains('card--text'),
    };
  });
}"""


def rows_of(cells):
    rows = {}
    for cell in cells:
        rows.setdefault(cell["top"], []).append(cell)
    return [rows[top] for top in sorted(rows)]


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_cards_with_and_without_pictures_make_even_rows(lang, viewport, mixed_site, open_page, shoot):
    page = open_page(mixed_site, viewport)
    page.goto(mixed_site.content.sections[("news", lang)].url)
    page.evaluate("document.fonts.ready")
    shoot(page, f"{lang}-{viewport}-section-mixed-cards")
    cells = page.evaluate(MEASURE)
    assert len(cells) == 7 and sum(cell["text"] for cell in cells) == 3
    rows = rows_of(cells)
    columns = len(rows[0])
    assert columns == (1 if viewport == "phone" else 4), f"{columns} columns"
    problems = []
    for number, row in enumerate(rows, 1):
        if number < len(rows) and len(row) != columns:
            problems.append(f"row {number} has {len(row)} cards of {columns}: a hole")
        heights = {cell["height"] for cell in row}
        if len(heights) > 1:
            problems.append(f"row {number}: cells of heights {sorted(heights)}")
        for cell in row:
            if abs(cell["cardHeight"] - cell["height"]) > 1 or abs(cell["cardTop"] - cell["top"]) > 1:
                problems.append(f"row {number}: a card {cell} does not fill its cell")
        # The first card of a row sits at the inline-start edge: right in Arabic, left in English.
        ordered = sorted(row, key=lambda cell: cell["left"], reverse=(lang == "ar"))
        if ordered[0] is not row[0]:
            problems.append(f"row {number}: the first card is not at the inline-start edge")
    if viewport == "desktop":
        text_rows = [row for row in rows if any(cell["text"] for cell in row)]
        assert any(any(not cell["text"] for cell in row) for row in text_rows), "no row mixes both kinds"
    assert not problems, "\n".join(problems)
