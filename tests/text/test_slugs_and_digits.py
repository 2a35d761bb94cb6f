from hiwar.text.normalize import to_arabic_indic_digits, to_western_digits
from hiwar.text.slugs import slugify_title


def test_arabic_title_gets_readable_latin_slug():
    assert slugify_title("حول المجموعة") == "hwl-almjmwt"


def test_arabic_diacritics_and_tatweel_are_ignored_in_slugs():
    assert slugify_title("العَلاقـات") == slugify_title("العلاقات") == "allaqat"


def test_russian_title_is_transliterated():
    assert slugify_title("Лавров: визит в Душанбе") == "lavrov-vizit-v-dushanbe"


def test_english_title_is_slugified():
    assert slugify_title("Russia & Tajikistan: 30 years") == "russia-tajikistan-30-years"


def test_slug_is_cut_at_a_word_boundary():
    slug = slugify_title("روسيا " * 40, max_length=30)
    assert len(slug) <= 30 and not slug.endswith("-")


def test_title_of_only_punctuation_gives_empty_slug():
    assert slugify_title("«»!؟") == ""


def test_digits_both_ways():
    assert to_western_digits("١٤ سبتمبر ٢٠٢٢") == "14 سبتمبر 2022"
    assert to_western_digits("۲۰۲۲") == "2022"
    assert to_arabic_indic_digits("14 سبتمبر 2022") == "١٤ سبتمبر ٢٠٢٢"
