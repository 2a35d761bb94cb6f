"""`<meta name="description">` on every page type, in each language: the editor's
own text (Wagtail's Promote tab) when there is one, else the page's first words."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import make_article, make_standard_page, paragraph

INTROS = {
    "ar": "آخر أخبار العلاقات بين روسيا ودول العالم الإسلامي.",
    "ru": "Последние новости об отношениях России и исламского мира.",
    "en": "The latest news on Russia and the Islamic world.",
}
SUMMARIES = {
    "ar": "وفد برلماني يبحث في القاهرة توسيع التبادل الطلابي.",
    "ru": "Парламентская делегация обсудила в Каире студенческий обмен.",
    "en": "A parliamentary delegation discussed student exchange in Cairo.",
}


def description_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    tags = BeautifulSoup(response.content, "html.parser").select('meta[name="description"]')
    assert len(tags) <= 1
    return tags[0]["content"] if tags else None


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["ar", "ru", "en"])
def test_each_page_type_falls_back_to_its_own_first_words(client, site_tree, lang):
    section = site_tree.sections[("news", lang)]
    section.intro = INTROS[lang]
    section.save_revision().publish()
    article = make_article(section, summary=SUMMARIES[lang])
    long_body = " ".join([SUMMARIES[lang]] * 20)
    standard = make_standard_page(site_tree.homes[lang], f"page {lang}", long_body)

    assert description_of(client, section) == INTROS[lang]
    assert description_of(client, article) == SUMMARIES[lang]
    standard_description = description_of(client, standard)
    assert standard_description.startswith(SUMMARIES[lang]) and standard_description.endswith("…")
    assert len(standard_description) <= 200
    # Without a summary (an imported agency story), the body's first words.
    bare = make_article(section, body=[paragraph(long_body)])
    assert (
        description_of(client, bare).startswith(SUMMARIES[lang]) and len(description_of(client, bare)) <= 200
    )
    # A home page has no text of its own: no tag rather than an empty one.
    assert description_of(client, site_tree.homes[lang]) is None


@pytest.mark.django_db
def test_the_editors_description_wins(client, site_tree):
    home, section = site_tree.homes["ar"], site_tree.sections[("news", "ar")]
    for page, text in ((home, "أخبار روسيا والعالم الإسلامي"), (section, "أخبار اليوم")):
        page.search_description = text
        page.save_revision().publish()
    article = make_article(section, summary=SUMMARIES["ar"], search_description="وصف المحرر")
    assert description_of(client, home) == "أخبار روسيا والعالم الإسلامي"
    assert description_of(client, section) == "أخبار اليوم"
    assert description_of(client, article) == "وصف المحرر"
