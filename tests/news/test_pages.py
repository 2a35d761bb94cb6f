"""Each page type in each language: lang/dir, switcher, hreflang, dates, credits."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from hiwar.core.models import DateFormatSettings
from hiwar.news.models import SectionPage
from tests.factories import make_article, make_image, make_standard_page, paragraph, publish

LANGS = ("ar", "ru", "en")
DIRECTION = {"ar": "rtl", "ru": "ltr", "en": "ltr"}
TITLES = {
    "ar": "لافروف يصف العلاقات بين روسيا وطاجيكستان بأنها مثال للشراكة",
    "ru": "Лавров назвал отношения России и Таджикистана примером партнёрства",
    "en": "Lavrov calls Russia–Tajikistan ties a model of partnership",
}

# Pages behave the same on the embedded SQLite and on production PostgreSQL.
pytestmark = pytest.mark.postgres


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def switcher_codes(soup):
    return [a["hreflang"] for a in soup.select(".lang-switcher a")]


def alternates(soup):
    return {link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"][hreflang]')}


@pytest.fixture
def story(site_tree):
    """One story in all three languages, published 14 September 2022."""
    date = timezone.make_aware(datetime.datetime(2022, 9, 14, 12, 0))
    image = make_image(
        credit="مجلس الاتحاد الروسي", credit_en="Federation Council of Russia", credit_ru="Совет Федерации"
    )
    versions = {}
    for lang in LANGS:
        versions[lang] = make_article(
            site_tree.sections[("news", lang)],
            TITLES[lang],
            date=date,
            image=image,
            summary=f"summary {lang}",
            source_name={"ar": "تاس", "ru": "ТАСС", "en": "TASS"}[lang],
            body=[
                paragraph("نص الفقرة الأولى."),
                ("subheading", "التعاون الأمني"),
                paragraph("Второй абзац."),
            ],
            translation_of=versions.get("ar"),
            unofficial_translation=(lang == "en"),
        )
    return versions


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGS)
def test_home_page_renders_in_each_language(client, site_tree, story, lang):
    soup = soup_of(client.get(f"/{lang}/"))
    assert soup.html["lang"] == lang
    assert soup.html["dir"] == DIRECTION[lang]
    lead = soup.select_one(".home-top__lead .card__title a")
    assert lead.get_text(strip=True) == TITLES[lang]


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGS)
def test_section_page_renders_in_each_language(client, site_tree, story, lang):
    soup = soup_of(client.get(f"/{lang}/news/"))
    assert soup.html["lang"] == lang and soup.html["dir"] == DIRECTION[lang]
    assert [a.get_text(strip=True) for a in soup.select(".card__title a")] == [TITLES[lang]]


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGS)
def test_article_page_renders_in_each_language(client, story, lang):
    soup = soup_of(client.get(story[lang].url))
    assert soup.html["lang"] == lang and soup.html["dir"] == DIRECTION[lang]
    assert soup.h1.get_text(strip=True) == TITLES[lang]
    assert TITLES[lang] in soup.title.get_text()
    assert [h.get_text(strip=True) for h in soup.select(".article__subheading")] == ["التعاون الأمني"]


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGS)
def test_standard_page_renders_in_each_language(client, site_tree, lang):
    titles = {"ar": "حول المجموعة", "ru": "О группе", "en": "About the group"}
    source = None
    pages = {}
    for code in LANGS:
        pages[code] = make_standard_page(site_tree.homes[code], titles[code], "text", translation_of=source)
        source = source or pages[code]
    assert pages["ar"].slug == "hwl-almjmwt"
    assert pages["ru"].slug == "o-gruppe"
    soup = soup_of(client.get(pages[lang].url))
    assert soup.html["lang"] == lang and soup.html["dir"] == DIRECTION[lang]
    assert soup.h1.get_text(strip=True) == titles[lang]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "lang, expected_date, credit, source",
    [
        ("ar", "١٤ سبتمبر ٢٠٢٢", "مجلس الاتحاد الروسي", "تاس"),
        ("ru", "14 сентября 2022", "Совет Федерации", "ТАСС"),
        ("en", "14 September 2022", "Federation Council of Russia", "TASS"),
    ],
)
def test_article_date_credit_and_source_in_page_language(client, story, lang, expected_date, credit, source):
    soup = soup_of(client.get(story[lang].url))
    assert soup.select_one(".article__meta time").get_text(strip=True) == expected_date
    assert soup.select_one(".figure--lead .credit bdi").get_text(strip=True) == credit
    assert source in soup.select_one(".article__source").get_text()


@pytest.mark.django_db
def test_credit_label_is_translated(client, story):
    labels = {
        lang: soup_of(client.get(story[lang].url)).select_one(".credit").get_text(" ", strip=True)
        for lang in LANGS
    }
    assert labels["ar"].startswith("الصورة:")
    assert labels["ru"].startswith("Фото:")
    assert labels["en"].startswith("Photo:")


@pytest.mark.django_db
def test_unofficial_translation_notice_only_where_marked(client, story):
    assert (
        soup_of(client.get(story["en"].url)).select_one(".article__notice").get_text(strip=True)
        == "Unofficial translation"
    )
    assert soup_of(client.get(story["ar"].url)).select_one(".article__notice") is None


@pytest.mark.django_db
def test_date_settings_change_arabic_dates(client, story):
    from wagtail.models import Site

    settings_obj = DateFormatSettings.for_site(Site.objects.get(is_default_site=True))
    settings_obj.arabic_digits = "latn"
    settings_obj.arabic_months = "levantine"
    settings_obj.save()
    soup = soup_of(client.get(story["ar"].url))
    assert soup.select_one(".article__meta time").get_text(strip=True) == "14 أيلول 2022"


@pytest.mark.django_db
def test_switcher_lists_exactly_the_existing_translations(client, site_tree):
    section = site_tree.sections
    arabic = make_article(section[("news", "ar")], "خبر بلغتين")
    russian = make_article(section[("news", "ru")], "Новость на двух языках", translation_of=arabic)
    only_english = make_article(section[("news", "en")], "English only story")

    ar_soup = soup_of(client.get(arabic.url))
    assert switcher_codes(ar_soup) == ["ru"]
    assert ar_soup.select_one('.lang-switcher a[hreflang="ru"]')["href"] == russian.url
    assert switcher_codes(soup_of(client.get(russian.url))) == ["ar"]
    english_soup = soup_of(client.get(only_english.url))
    assert english_soup.select(".lang-switcher") == []


@pytest.mark.django_db
def test_switcher_ignores_unpublished_translation(client, site_tree):
    arabic = make_article(site_tree.sections[("news", "ar")], "خبر")
    make_article(site_tree.sections[("news", "en")], "Draft translation", translation_of=arabic, live=False)
    assert switcher_codes(soup_of(client.get(arabic.url))) == []


@pytest.mark.django_db
def test_switcher_links_carry_hreflang_and_lang(client, story):
    soup = soup_of(client.get(story["ar"].url))
    for link in soup.select(".lang-switcher a"):
        assert link["hreflang"] == link["lang"]
    assert switcher_codes(soup) == ["ru", "en"]


@pytest.mark.django_db
def test_hreflang_alternates_and_x_default(client, story):
    soup = soup_of(client.get(story["ru"].url))
    links = alternates(soup)
    assert set(links) == {"ar", "ru", "en", "x-default"}
    for lang in LANGS:
        assert links[lang] == "http://testserver" + story[lang].url
    assert links["x-default"] == links["ar"]


@pytest.mark.django_db
def test_x_default_falls_back_when_no_arabic_version(client, site_tree):
    english = make_article(site_tree.sections[("news", "en")], "English first")
    russian = make_article(site_tree.sections[("news", "ru")], "Русская версия", translation_of=english)
    links = alternates(soup_of(client.get(russian.url)))
    assert set(links) == {"ru", "en", "x-default"}
    assert links["x-default"] == links["ru"]


@pytest.mark.django_db
def test_article_urls_start_with_language_and_section(story):
    assert story["ar"].url.startswith("/ar/news/")
    assert story["ru"].url.startswith("/ru/news/")
    assert story["en"].url.startswith("/en/news/")
    assert re.fullmatch(r"/ar/news/[a-z0-9-]+/", story["ar"].url)


@pytest.mark.django_db
def test_article_page_query_budget(client, story, django_assert_max_num_queries):
    client.get(story["ar"].url)  # fill Wagtail's own caches (site root paths, renditions)
    # The first view created the site's date settings: a change, so this one rebuilds the
    # page bundle (the next ones cost no query: tests/news/test_page_cost.py).
    with django_assert_max_num_queries(25):
        response = client.get(story["ar"].url)
    assert response.status_code == 200


@pytest.mark.django_db
def test_home_page_shows_lead_latest_and_sections(client, site_tree):
    news, analysis = site_tree.sections[("news", "ar")], site_tree.sections[("analysis", "ar")]
    for number in range(5):
        make_article(news, f"خبر رقم {number}", date=timezone.now() - datetime.timedelta(hours=number + 1))
    make_article(analysis, "تحليل جديد", date=timezone.now() - datetime.timedelta(hours=10))
    soup = soup_of(client.get("/ar/"))
    assert soup.select_one(".home-top__lead .card__title").get_text(strip=True) == "خبر رقم 0"
    latest = [a.get_text(strip=True) for a in soup.select(".home-top__latest .card__title a")]
    assert latest[:4] == ["خبر رقم 1", "خبر رقم 2", "خبر رقم 3", "خبر رقم 4"]
    section_titles = [h.get_text(strip=True) for h in soup.select(".home-section .section-title")]
    assert section_titles == ["أخبار", "تحليلات"]


@pytest.mark.django_db
def test_each_section_block_shows_its_own_newest_four_without_the_lead(client, site_tree):
    """One query serves every block: each must still get only its own section's articles."""
    news, analysis = site_tree.sections[("news", "ru")], site_tree.sections[("analysis", "ru")]
    now = timezone.now()
    for number in range(7):
        make_article(news, f"Новость {number}", date=now - datetime.timedelta(hours=number + 1))
    for number in range(2):
        make_article(analysis, f"Анализ {number}", date=now - datetime.timedelta(hours=number + 20))
    make_article(analysis, "Черновик анализа", live=False)
    make_article(site_tree.sections[("news", "en")], "English news", date=now)  # another language

    soup = soup_of(client.get("/ru/"))
    blocks = {
        block.select_one(".section-title").get_text(strip=True): [
            a.get_text(strip=True) for a in block.select(".card__title a")
        ]
        for block in soup.select(".home-section")
    }
    # "Новость 0" leads the page, so the news block starts with the next one.
    assert blocks == {
        "Новости": ["Новость 1", "Новость 2", "Новость 3", "Новость 4"],
        "Аналитика": ["Анализ 0", "Анализ 1"],
    }


@pytest.mark.django_db
def test_home_page_queries_do_not_grow_with_sections(client, site_tree, django_assert_max_num_queries):
    def home_queries():
        client.get("/en/")  # renditions, menus and Wagtail's own caches
        with django_assert_max_num_queries(40) as captured:
            assert client.get("/en/").status_code == 200
        return len(captured.captured_queries)

    for slug in ("news", "analysis"):
        make_article(site_tree.sections[(slug, "en")], f"{slug} story", image=make_image())
    two_sections = home_queries()
    home = site_tree.homes["en"]
    for slug in ("economy", "culture", "religion"):
        section = publish(
            home, SectionPage(title=slug.title(), slug=slug, show_in_menus=True, locale=home.locale)
        )
        make_article(section, f"{slug} story", image=make_image())
    assert home_queries() == two_sections


@pytest.mark.django_db
def test_editor_chosen_lead_story_leads(client, site_tree):
    news = site_tree.sections[("news", "ar")]
    chosen = make_article(news, "القصة المختارة", date=timezone.now() - datetime.timedelta(days=3))
    make_article(news, "أحدث خبر")
    home = site_tree.homes["ar"]
    home.lead_story = chosen
    home.save_revision().publish()
    soup = soup_of(client.get("/ar/"))
    assert soup.select_one(".home-top__lead .card__title").get_text(strip=True) == "القصة المختارة"


@pytest.mark.django_db
def test_section_lists_newest_first_and_paginates(client, site_tree, settings):
    settings.HIWAR_SECTION_PAGE_SIZE = 2
    news = site_tree.sections[("news", "en")]
    for number in range(5):
        make_article(news, f"Story {number}", date=timezone.now() - datetime.timedelta(hours=number + 1))
    first = [a.get_text(strip=True) for a in soup_of(client.get("/en/news/")).select(".card__title a")]
    third = [a.get_text(strip=True) for a in soup_of(client.get("/en/news/?page=3")).select(".card__title a")]
    assert first == ["Story 0", "Story 1"]
    assert third == ["Story 4"]


@pytest.mark.django_db
def test_generated_slugs_stay_unique_within_a_section(site_tree):
    news, analysis = site_tree.sections[("news", "ar")], site_tree.sections[("analysis", "ar")]
    first = make_article(news, "زيارة وزير الخارجية", slug="")
    second = make_article(news, "زيارة وزير الخارجية", slug="")
    elsewhere = make_article(analysis, "زيارة وزير الخارجية", slug="")
    assert first.slug == "zyart-wzyr-alkharjyt"
    assert second.slug == "zyart-wzyr-alkharjyt-2"
    assert elsewhere.slug == "zyart-wzyr-alkharjyt"


@pytest.mark.django_db
def test_editor_slug_wins_over_transliteration(site_tree):
    article = make_article(site_tree.sections[("news", "ar")], "زيارة وزير الخارجية", slug="lavrov-visit")
    assert article.slug == "lavrov-visit"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "lang, label, credit",
    [
        ("ar", "الصورة:", "مجلس الاتحاد الروسي"),
        ("ru", "Фото:", "Совет Федерации"),
        ("en", "Photo:", "Federation Council of Russia"),
    ],
)
def test_listing_thumbnails_carry_the_photo_credit(client, site_tree, story, lang, label, credit):
    for url in (site_tree.homes[lang].url, site_tree.sections[("news", lang)].url):
        cards = soup_of(client.get(url)).select(".card__figure")
        assert cards, url
        for figure in cards:
            caption = figure.select_one(".card__credit")
            assert caption.get_text(" ", strip=True).startswith(label), url
            assert caption.bdi.get_text(strip=True) == credit
