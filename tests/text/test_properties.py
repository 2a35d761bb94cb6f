"""Properties of hiwar/text over any input (hypothesis; issue 13, *Property tests*).

- the Arabic, Russian and English analysers never raise, on any text;
- every normalisation is idempotent: normalising twice is normalising once;
- a word that is not a stop word never stems to nothing, nor to an empty term;
- the date parser and the scraped-page parser take any text and give a date (or None)
  and a ParsedPage; they raise nothing, and what they give holds no control character;
- proofreading (hiwar.text.proofreading, with and without spelling) raises nothing on
  any text, lone surrogates and bidi overrides included, and its warnings are well formed.

The feed and HTML parsers (hiwar/ingest, they need lxml and trafilatura) have their
properties in tests/ingest/test_parser_properties.py. Each property tries at most 200
examples, so this module stays in `make test-text`'s second or two.
"""

import datetime as dt
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from hiwar.text import arabic, english, normalize, russian
from hiwar.text.analysis import RAW_WORD, analyze, analyze_query, normalize_text
from hiwar.text.controls import remove_controls, strip_controls
from hiwar.text.dates import find_date, parse_date_line
from hiwar.text.pages import ParsedPage, parse_text_page
from hiwar.text.slugs import slugify_title

FEW = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text as news copy arrives: mostly letters of the three scripts, digits (Western,
# Arabic-Indic, Persian), Arabic marks and tatweel, punctuation, spaces and line
# breaks, with any other code point (controls, surrogates excluded) now and then.
ARABIC_CHARS = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
CYRILLIC_CHARS = st.characters(min_codepoint=0x0400, max_codepoint=0x04FF)
LATIN_CHARS = st.characters(min_codepoint=0x0020, max_codepoint=0x024F)
ANY_CHAR = st.characters(exclude_categories=("Cs",))
NEWS_CHARS = st.one_of(
    ARABIC_CHARS,
    CYRILLIC_CHARS,
    LATIN_CHARS,
    st.sampled_from(list(" \n\n\u00a0\t.,:;«»\"'’-–—()/ـ")),
    ANY_CHAR,
)
TEXT = st.text(NEWS_CHARS, max_size=300)

# Letters hamza to yeh without tatweel (U+0640), which is no letter: `ـ` alone is no word.
ARABIC_WORD = st.text(
    st.one_of(
        st.characters(min_codepoint=0x0621, max_codepoint=0x063F),
        st.characters(min_codepoint=0x0641, max_codepoint=0x064A),
    ),
    min_size=1,
    max_size=14,
)
RUSSIAN_WORD = st.text(
    st.sampled_from("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"),
    min_size=1,
    max_size=14,
)
ENGLISH_WORD = st.text(
    st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéğışø'’"), min_size=1, max_size=14
)


# --- the analysers ------------------------------------------------------------------


@FEW
@given(TEXT, st.sampled_from(["ar", "ru", "en", "all"]))
def test_the_analysers_never_raise(text, lang):
    terms = analyze(text, lang)
    assert all(isinstance(term, str) and term for term in terms)
    groups = analyze_query(text, lang)
    assert all(group and all(group) for group in groups)


@FEW
@given(TEXT)
@example("ا\u064e\u0653")  # alef, fatha, madda above: the marks go, no آ is composed
@example("ﻻ٣ۖ")  # a presentation-form ligature, an Arabic-Indic digit, a Quranic mark
def test_normalisation_is_idempotent(text):
    for rule in (
        normalize_text,
        normalize.fold,
        normalize.fold_arabic,
        normalize.normalize_arabic,
        normalize.to_western_digits,
        normalize.fold_case,
        normalize.unify_apostrophe,
        strip_controls,
    ):
        once = rule(text)
        assert rule(once) == once, rule.__name__


@FEW
@given(ARABIC_WORD)
def test_an_arabic_word_never_stems_to_nothing(word):
    word = normalize.normalize_arabic(word)
    if not arabic.is_stop_word(word):
        terms = arabic.arabic_terms(word)
        assert terms and all(terms), (word, terms)


@FEW
@given(RUSSIAN_WORD)
def test_a_russian_word_never_stems_to_nothing(word):
    word = russian.normalize_russian(word)
    if word not in russian.STOP_WORDS:
        terms = russian.russian_terms(word)
        assert terms and all(terms), (word, terms)


@FEW
@given(ENGLISH_WORD)
def test_an_english_word_never_stems_to_nothing(word):
    word = english.normalize_english(word)
    letters = english.drop_transliteration_marks(english.drop_possessive(english.fold_latin_diacritics(word)))
    if letters and letters not in english.STOP_WORDS:
        terms = english.english_terms(word)
        assert terms and all(terms), (word, terms)


@FEW
@given(TEXT)
def test_every_word_of_a_text_is_analysed_by_its_script(text):
    """No raw word of the text makes the analyser raise, on its own either."""
    for chunk in RAW_WORD.findall(text):
        analyze(chunk, "all")


# --- dates, slugs, scraped pages ----------------------------------------------------

DATE_LINES = st.builds(
    lambda day, month, year, sep: f"{day}{sep}{month}{sep}{year}",
    st.integers(-5, 40).map(str),
    st.one_of(
        st.integers(-1, 14).map(str), st.sampled_from(["سبتمبر", "أيلول", "сентября", "September", "جوان"])
    ),
    st.integers(0, 99999).map(str),
    st.sampled_from([" ", ".", "/", "-"]),
)


@FEW
@given(st.one_of(TEXT, DATE_LINES))
@example("31 February 2022")
@example("٣١/٠٢/٢٠٢٢")
@example("0000-00-00")
def test_the_date_parser_gives_a_date_or_none(line):
    for parsed in (parse_date_line(line), find_date(line)):
        assert parsed is None or type(parsed) is dt.date


@FEW
@given(TEXT)
def test_slugs_are_ascii_and_never_raise(title):
    slug = slugify_title(title)
    assert slug.isascii() and not re.search(r"[^a-z0-9-]", slug)


PAGE_LINES = st.lists(
    st.one_of(TEXT, DATE_LINES, st.sampled_from(["Ru En", "الصورة: تاس", "Источник: ТАСС", "\u00a0"])),
    max_size=12,
)


@FEW
@given(PAGE_LINES, st.sampled_from(["auto", "ar", "ru", "en"]))
def test_the_page_parser_takes_any_text(lines, lang):
    page = parse_text_page("\n".join(lines), lang)
    assert isinstance(page, ParsedPage)
    assert isinstance(page.problems(), list)
    data = page.as_json("page.txt")
    texts = [data["title"] or "", data["source"] or "", data["photo_credit"] or ""]
    texts += [block["text"] for block in data["blocks"]] + data["warnings"]
    assert all(remove_controls(text)[1] == 0 for text in texts)
    assert all(block["text"].strip() for block in data["blocks"])
    assert page.remove_controls().warnings == page.warnings  # a second pass finds nothing


@FEW
@given(TEXT)
def test_remove_controls_counts_what_it_removes(text):
    cleaned, count = remove_controls(text)
    assert cleaned == strip_controls(text)
    assert len(text) - len(cleaned) == count
    assert remove_controls(cleaned) == (cleaned, 0)


# --- proofreading (issue 16): the checks never raise, on any text -----------------------

from hiwar.text import proofreading  # noqa: E402
from hiwar.text.spelling import speller_for  # noqa: E402

# News characters and what breaks naive code: lone surrogates (broken JSON, clipboards),
# bidi embeddings, overrides and isolates, marks on nothing, quotes and brackets, digits
# of three kinds glued to letters.
SLIP_CHARS = st.one_of(
    NEWS_CHARS,
    st.sampled_from(
        list("\ud800\udbff\udc00\udfff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
    ),
    st.sampled_from(list('ًٌٍَُِّْـ"«»“”„()[]{},?;،؛؟!…0123456789٠١٢٣٤٥٦٧٨٩۰۱')),
    st.characters(),  # any code point, surrogates included
)
SLIP_TEXT = st.text(SLIP_CHARS, max_size=300)


@FEW
@given(
    st.one_of(st.none(), SLIP_TEXT),
    st.lists(SLIP_TEXT, max_size=5),
    st.sampled_from(["ar", "ru", "en", None]),
    st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))),
    st.lists(SLIP_TEXT, max_size=3),
    st.booleans(),
)
@example("\ud800", ["\udfff\u202e", "", " "], "ar", dt.date(2022, 9, 14), ["\ud800"], True)
def test_proofreading_checks_never_raise(title, blocks, lang, published, vocabulary, spelling):
    speller = speller_for(lang) if spelling and lang else None
    warnings = proofreading.proofread(title, blocks, lang, published, vocabulary, speller)
    assert len(warnings) <= proofreading.MAX_WARNINGS
    for warning in warnings:
        assert warning.check in proofreading.CHECK_NAMES
        assert 0 <= warning.block <= len(blocks)
        assert isinstance(warning.suggestion, str) and warning.key
        item = warning.as_json()
        assert set(item) == {"check", "block", "excerpt", "suggestion"}
        # what the editor stores and the command prints: encodable text
        item["excerpt"].encode("utf-8") and item["suggestion"].encode("utf-8")
