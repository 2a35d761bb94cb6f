"""Scraped text pages → structured data (hiwar.text.pages), no database."""

import datetime as dt
from pathlib import Path

import pytest

from hiwar.text.pages import (
    PARAGRAPH,
    SUBHEADING,
    classify_blocks,
    detect_language,
    find_slips,
    has_subheading_shape,
    is_navigation,
    parse_text_page,
    switcher_languages,
)

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "000_e58cfb67f5e5646e.txt"
FIXTURES = Path(__file__).resolve().parents[1] / "ingest" / "fixtures"
NB = "\u00a0"


@pytest.fixture(scope="module")
def reference():
    if not SEED.exists():
        pytest.skip(f"reference page not found at {SEED}")
    return parse_text_page(SEED.read_text(encoding="utf-8"))


def test_reference_page(reference):
    page = reference
    assert page.lang == "ar"
    assert page.title == "لافروف يصف العلاقات بين روسيا وطاجيكستان بأنها مثال للشراكة والتحالف"
    assert page.date == dt.date(2022, 9, 14)
    assert len(page.paragraphs) == 13
    assert page.subheadings == ["تطوير التعاون في مجالات التجارة والاقتصاد", "التعاون الأمني"]
    # in place: 7 paragraphs, subheading, 4 paragraphs, subheading, 2 paragraphs
    assert [block.type for block in page.blocks] == (
        [PARAGRAPH] * 7 + [SUBHEADING] + [PARAGRAPH] * 4 + [SUBHEADING] + [PARAGRAPH] * 2
    )
    assert page.photo_credit == "مجلس الاتحاد الروسي"
    assert page.source == "تاس"
    assert page.translations_offered == ["ru", "en"]
    assert page.problems() == []


def test_reference_page_chrome_is_not_body(reference):
    texts = [block.text for block in reference.blocks]
    assert not any("مجموعة الرؤية الاستراتيجية" in text for text in texts)
    assert not any(text.startswith(("الصورة:", "المصدر:", "Ru En")) for text in texts)
    assert reference.blocks[0].text.startswith("أكد وزير الخارجية الروسي سيرغي لافروف")
    assert reference.blocks[-1].text.startswith("وقال وزير الخارجية الروسي")
    assert all(NB not in text for text in texts)  # no-break spaces folded to spaces


def test_reference_page_slips(reference):
    warnings = "\n".join(reference.warnings)
    assert "glued-number" in warnings and "30الماضية" in warnings
    assert "run-together in block 9: الوزيرلافروف" in warnings
    assert "doubled-diacritic" in warnings and "خاصاًً" in warnings
    assert 'glued-quote in block 15: إن"إهذا' in warnings
    assert "unbalanced-quotes in block 3" in warnings
    assert not any("dropped-as-chrome" in warning for warning in reference.warnings)


def test_reference_page_json(reference):
    data = reference.as_json("seed.txt")
    assert list(data) == [
        "file",
        "lang",
        "title",
        "date",
        "published",
        "blocks",
        "photo_credit",
        "source",
        "translations_offered",
        "warnings",
    ]
    assert data["date"] == "2022-09-14"
    assert data["blocks"][7] == {"type": "subheading", "text": "تطوير التعاون في مجالات التجارة والاقتصاد"}


def test_russian_page():
    page = parse_text_page((FIXTURES / "ru_page.txt").read_text(encoding="utf-8"))
    assert page.lang == "ru"
    assert page.title == "Лавров назвал отношения России и Таджикистана примером партнёрства"
    assert page.date == dt.date(2022, 9, 14)
    assert page.subheadings == ["Торговля и инвестиции", "Сотрудничество в сфере безопасности"]
    assert len(page.paragraphs) == 5
    assert (page.photo_credit, page.source) == ("Совет Федерации", "ТАСС")
    assert page.translations_offered == ["ar", "en"]
    assert any(warning.startswith("run-together") and "министрЛавров" in warning for warning in page.warnings)


def test_english_page_with_navigation():
    page = parse_text_page((FIXTURES / "en_page.txt").read_text(encoding="utf-8"))
    assert page.lang == "en"
    assert page.title == "Lavrov calls Russia and Tajikistan an example of partnership"
    assert page.date == dt.date(2022, 9, 14)
    assert page.subheadings == ["Trade and investment"]
    assert len(page.paragraphs) == 4
    assert (page.photo_credit, page.source) == ("Federation Council", "TASS")
    assert page.translations_offered == ["ar", "ru"]
    assert not any("Home" in block.text for block in page.blocks)


def test_date_before_title():
    page = parse_text_page("14 September 2022\n\nTitle of the story\n\nFirst paragraph of the story.\n")
    assert page.title == "Title of the story"
    assert page.paragraphs == ["First paragraph of the story."]


def test_no_date_and_no_title_are_problems():
    page = parse_text_page("Just one line of text without a date.")
    assert "no publication date found" in page.problems()
    assert "no title found" in parse_text_page("").problems()


def test_unknown_trailing_line_is_dropped_but_reported():
    page = parse_text_page(
        "Headline here\n\n14 September 2022\n\nThe body has one sentence.\n\nSome Footer Line\n"
    )
    assert page.paragraphs == ["The body has one sentence."]
    assert "dropped-as-chrome: Some Footer Line" in page.warnings


def test_language_given_but_text_differs_is_a_warning():
    page = parse_text_page((FIXTURES / "ru_page.txt").read_text(encoding="utf-8"), lang="en")
    assert page.lang == "en"
    assert page.warnings[0].startswith("language-mismatch")


# --- the subheading rule (docs/import.md) ---------------------------------------


@pytest.mark.parametrize(
    "text, shaped",
    [
        ("تطوير التعاون في مجالات التجارة والاقتصاد", True),
        ("التعاون الأمني", True),
        ("Торговля и инвестиции", True),
        ("Trade and investment", True),
        ("كما وشدد الوزير على أن الحوار يتطور بشكل جيّد.", False),  # full stop
        ("Why does it matter?", False),  # question mark
        ('He said: "We agree."', False),  # full stop inside closing quotes
        ("Проект «Северный поток»", True),  # closing guillemet is not punctuation
        ("- first item of a list", False),
        ("2022", False),  # no letters
        (" ".join(["word"] * 13), False),  # too many words
    ],
)
def test_subheading_shape(text, shaped):
    assert has_subheading_shape(text) is shaped


def test_short_line_is_a_subheading_only_between_paragraphs():
    texts = [
        "A lead paragraph without a stop",
        "Short heading",
        "A paragraph that follows it, with a stop.",
        "Closing short line",
    ]
    assert [block.type for block in classify_blocks(texts)] == [PARAGRAPH, SUBHEADING, PARAGRAPH, PARAGRAPH]


def test_two_short_lines_in_a_row():
    texts = ["Lead paragraph.", "First short", "Second short", "Body sentence here."]
    assert [block.type for block in classify_blocks(texts)] == [PARAGRAPH, PARAGRAPH, SUBHEADING, PARAGRAPH]


# --- metadata lines --------------------------------------------------------------------


def test_switcher_languages():
    assert switcher_languages("Ru En") == ["ru", "en"]
    assert switcher_languages("عربي | English") == ["ar", "en"]
    assert switcher_languages("Russia and England") is None


def test_navigation_lines():
    assert is_navigation("Home | News | World")
    assert is_navigation("الرئيسية » أخبار » سياسة")
    assert is_navigation("Главная")
    assert not is_navigation("Trade grew by 44.7 percent | officials said the figure was a record high")


def test_detect_language():
    assert detect_language("روسيا وطاجيكستان") == "ar"
    assert detect_language("Россия и Таджикистан") == "ru"
    assert detect_language("Russia and Tajikistan") == "en"
    assert detect_language("2022 - 14") is None


def test_slips_in_clean_text_are_none():
    page = parse_text_page((FIXTURES / "en_page.txt").read_text(encoding="utf-8"))
    assert find_slips(page.title, page.blocks) == []
