import pytest

from hiwar.text.analysis import analyze, analyze_query, highlight_spans
from hiwar.text.russian import snowball_stem, surname_aware_stems


@pytest.mark.parametrize(
    "words",
    [
        ("Лавров", "Лаврова", "Лаврову", "Лавровым", "Лаврове"),
        ("Захарова", "Захаровой", "Захаровою"),
        ("Путин", "Путина", "Путину", "Путиным"),
        ("переговоры", "переговоров", "переговорах"),
        ("ёлка", "елка"),
        ("сотрудничество", "сотрудничества", "сотрудничеству"),
    ],
)
def test_russian_forms_meet(words):
    terms = [set(analyze(word, "ru")) for word in words]
    assert all(terms[0] & other for other in terms[1:])


def test_snowball_alone_misses_surname_cases():
    assert snowball_stem("лавров") != snowball_stem("лаврова")
    assert surname_aware_stems("лавров") == surname_aware_stems("лаврова")


@pytest.mark.parametrize(
    "words",
    [
        ("talks", "talk", "talked", "talking"),
        ("sanctions", "sanctioned", "sanction"),
        ("Russia's", "Russia", "Russia\u2019s"),
        ("ministers", "minister"),
    ],
)
def test_english_forms_meet(words):
    terms = [set(analyze(word, "en")) for word in words]
    assert all(terms[0] & other for other in terms[1:])


def test_stop_words_dropped():
    assert analyze("the of and", "en") == []
    assert analyze("и в на", "ru") == []


def test_words_analysed_by_their_script():
    assert analyze("BRICS قمة", "ar") == analyze("BRICS", "en") + analyze("قمة", "ar")


@pytest.mark.parametrize(
    "text", ["", "   ", '" * : ( ) NEAR AND OR -', "'; DROP TABLE x; --", "\ud800", "x" * 10000]
)
def test_hostile_queries_give_clean_terms(text):
    for group in analyze_query(text, "en"):
        for term in group:
            assert term.isalnum() and len(term) <= 60


def test_unknown_language_is_an_error():
    with pytest.raises(ValueError):
        analyze("x", "fr")


def test_highlight_finds_raw_words_with_tashkeel():
    text = "قال الوزيرُ إنّ العَلاقاتِ جيدة"
    terms = set(analyze("العلاقات", "ar"))
    spans = list(highlight_spans(text, terms))
    assert [text[start:end] for start, end in spans] == ["العَلاقاتِ"]
