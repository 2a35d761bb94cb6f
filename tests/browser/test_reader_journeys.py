"""A reader's journey in each language, on a phone (390×844) and a desktop (1366×900):

home → section → article → the same article in another language (from the switcher)
→ search for a word of that article → find it and open it.

Along the way we check what the reader sees: the computed direction (rtl on Arabic
pages), dates in the page's language, no sideways scrolling on the phone, image
credits visible under the images, and a switcher offering exactly the languages the
page exists in. Every page is saved under test-artifacts/browser/ for a person to look at.
All problems of a journey are collected and reported together.
"""

import re

import pytest

from .checks import (
    alternates,
    direction,
    horizontal_overflow,
    image_credits,
    looks_like_date_in,
    switcher_links,
)
from .conftest import LANGS
from .content import BODY_CREDIT, CORRIDOR, CORRIDOR_DATE_TEXT, LEAD_CREDIT

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

NEXT = {"ar": "ru", "ru": "en", "en": "ar"}
PHOTO = {"ar": "الصورة:", "ru": "Фото:", "en": "Photo:"}


class Journey:
    """Collects what is wrong on each page instead of stopping at the first problem."""

    def __init__(self, page, viewport, shoot, name):
        self.page, self.viewport, self.shoot, self.name = page, viewport, shoot, name
        self.problems = []
        self.step = 0

    def check(self, condition, message):
        if not condition:
            self.problems.append(f"{self.page.url}: {message}")
        return condition

    def arrived(self, label, lang, path):
        """The reader is now on `path` in `lang`: common checks and a screenshot."""
        page = self.page
        page.wait_for_load_state("load")
        page.evaluate("document.fonts.ready")
        self.step += 1
        self.shoot(page, f"{self.name}-{self.step}-{label}")
        self.check(page.url.split("?")[0].endswith(path), f"{label}: expected to be on {path}")
        dirs = direction(page)
        expected = "rtl" if lang == "ar" else "ltr"
        self.check(dirs["lang"] == lang, f"{label}: <html lang={dirs['lang']!r}>, expected {lang!r}")
        self.check(
            dirs["html"] == dirs["body"] == dirs["main"] == expected,
            f"{label}: computed direction {dirs}, expected {expected}",
        )
        # Mirrored, not just right-aligned: the brand starts the header on the reading side.
        brand = page.locator(".brand").bounding_box()
        width = page.viewport_size["width"]
        starts_right = brand["x"] + brand["width"] / 2 > width / 2
        self.check(
            starts_right == (lang == "ar"), f"{label}: the brand is on the wrong side for {expected}: {brand}"
        )
        if self.viewport == "phone":
            overflow = horizontal_overflow(page)
            self.check(overflow is None, f"{label}: the phone page scrolls sideways: {overflow}")
        for text in page.locator("main time").all_inner_texts():
            self.check(looks_like_date_in(lang, text), f"{label}: date {text!r} is not written in {lang}")

    def finish(self):
        assert not self.problems, "\n".join(
            [f"{len(self.problems)} problem(s) in {self.name}:"] + self.problems
        )


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
@pytest.mark.parametrize("lang", LANGS)
def test_reader_journey(lang, viewport, news_site, open_page, shoot):
    news = news_site.content
    article, section, home = news.corridor[lang], news.sections[("news", lang)], news.homes[lang]
    other = NEXT[lang]
    page = open_page(news_site, viewport)
    journey = Journey(page, viewport, shoot, f"{lang}-{viewport}")

    # Home: the lead story is our article.
    page.goto(f"/{lang}/")
    journey.arrived("home", lang, home.url)
    journey.check(
        page.locator(f'main a[href="{article.url}"]').count() > 0, "home: the newest article is not listed"
    )

    # The section, from the navigation bar.
    page.locator(".site-nav").get_by_role("link", name=section.title, exact=True).click()
    journey.arrived("section", lang, section.url)
    journey.check(
        page.locator("h1").inner_text().strip() == section.title, "section: <h1> is not the section title"
    )

    # The article, from the section's listing.
    page.locator(f'main a[href="{article.url}"]').first.click()
    journey.arrived("article", lang, article.url)
    journey.check(page.locator("h1").inner_text().strip() == CORRIDOR[lang]["title"], "article: wrong <h1>")
    date = page.locator(".article__meta time").inner_text().strip()
    journey.check(
        date == CORRIDOR_DATE_TEXT[lang], f"article: date {date!r}, expected {CORRIDOR_DATE_TEXT[lang]!r}"
    )

    quote = page.evaluate(
        "() => { const s = getComputedStyle(document.querySelector('.quote'));"
        " return [parseFloat(s.borderRightWidth), parseFloat(s.borderLeftWidth)]; }"
    )
    rule_side = "right" if quote[0] > quote[1] else "left"
    journey.check(
        rule_side == ("right" if lang == "ar" else "left"), f"article: the quote's rule is on the {rule_side}"
    )

    credits = image_credits(page)
    journey.check(len(credits) == 2, f"article: expected the lead image and one body image, found {credits}")
    for image, credit in zip(credits, (LEAD_CREDIT[lang], BODY_CREDIT[lang]), strict=False):
        journey.check(image["creditVisible"], f"article: credit of {image['src']} is not visible: {image}")
        journey.check(image["creditBelowImage"], f"article: credit of {image['src']} is not under the image")
        expected = f"{PHOTO[lang]} {credit}"
        journey.check(
            image["credit"] == expected, f"article: credit {image['credit']!r}, expected {expected!r}"
        )

    # The switcher offers exactly the two other languages, marked up for them.
    links = switcher_links(page)
    offered = {link["hreflang"]: link for link in links}
    expected_codes = {code for code in LANGS if code != lang}
    journey.check(
        set(offered) == expected_codes,
        f"article: switcher offers {sorted(offered)}, expected {sorted(expected_codes)}",
    )
    for code, link in offered.items():
        journey.check(link["lang"] == code, f"switcher link {link} lacks lang={code!r}")
        journey.check(
            link["href"] == news.corridor[code].url, f"switcher link {link} is not {news.corridor[code].url}"
        )
        journey.check(link["visible"], f"switcher link {link} is not visible")
    heads = alternates(page)
    journey.check(
        {code: heads.get(code) for code in LANGS} == {code: news.corridor[code].url for code in LANGS},
        f"article: hreflang alternates {heads}",
    )

    # Switch language from the switcher.
    page.locator(f'.lang-switcher a[hreflang="{other}"]').click()
    translated = news.corridor[other]
    journey.arrived(f"switched-to-{other}", other, translated.url)
    journey.check(page.locator("h1").inner_text().strip() == CORRIDOR[other]["title"], "switched: wrong <h1>")

    # Search, in the new language, for a word of the article, and open the result.
    word = CORRIDOR[other]["search_word"]
    page.locator(f'header a[href="/{other}/search/"]').first.click()
    journey.arrived(f"search-{other}", other, f"/{other}/search/")
    box = page.locator("main input[name='q']")
    if journey.check(box.count() == 1, "search: no search box named q on the search page"):
        box.fill(word)
        box.press("Enter")
        page.wait_for_url(re.compile(r"[?&]q="))
        journey.arrived(f"search-{other}-results", other, f"/{other}/search/")
        result = page.locator(f'main a[href="{translated.url}"]')
        if journey.check(result.count() >= 1, f"search: searching {word!r} does not find {translated.url}"):
            result.first.click()
            journey.arrived(f"search-{other}-opened", other, translated.url)
    journey.finish()


def test_switcher_offers_only_existing_translations(news_site, open_page, shoot):
    """Arabic+Russian only: no English link; English only: no switcher at all."""
    news = news_site.content
    page = open_page(news_site, "desktop")
    problems = []
    for lang, other in (("ar", "ru"), ("ru", "ar")):
        page.goto(news.delegation[lang].url)
        links = switcher_links(page)
        if [(link["hreflang"], link["lang"], link["href"]) for link in links] != [
            (other, other, news.delegation[other].url)
        ]:
            problems.append(f"{page.url}: switcher {links}, expected only {other}")
        heads = alternates(page)
        if set(heads) - {"x-default"} != {"ar", "ru"}:
            problems.append(f"{page.url}: hreflang alternates {heads}, expected ar and ru")
    shoot(page, "ru-desktop-partial-translation")
    page.goto(news.explainer.url)
    if page.locator(".lang-switcher a").count():
        problems.append(f"{page.url}: an English-only article offers {switcher_links(page)}")
    assert not problems, "\n".join(problems)


def test_arabic_digits_are_not_beside_a_dot(news_site, open_page):
    """Arabic-Indic zero is a dot (٠): a `·` separator beside Arabic-Indic digits reads as
    one more digit, so `١٤ سبتمبر ٢٠٢٥ · تاس` looks like `٢٠٢٥٠ تاس` to a reader."""
    news = news_site.content
    page = open_page(news_site, "phone")
    dot_by_digit = re.compile(r"[٠-٩]\s*[·•∙⋅]|[·•∙⋅]\s*[٠-٩]")
    problems = []
    for url in (
        news.homes["ar"].url,
        news.sections[("news", "ar")].url,
        news.corridor["ar"].url,
        f"/ar/search/?q={CORRIDOR['ar']['search_word']}",
    ):
        page.goto(url)
        for line in page.locator("main").inner_text().splitlines():
            if dot_by_digit.search(line):
                problems.append(f"{url}: {line.strip()!r}")
    assert not problems, "a dot beside Arabic-Indic digits:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_search_box_is_wide_enough_to_type_in_on_a_phone(lang, news_site, open_page, shoot):
    """A reader types a query of a few words: on a 390 px phone the box must take at
    least half of the column (it shares the row with its label, a checkbox and the button)."""
    page = open_page(news_site, "phone")
    page.goto(f"/{lang}/search/?q={CORRIDOR[lang]['search_word']}")
    box = page.locator("main input[name='q']").bounding_box()
    column = page.locator("main .wrap, main").first.bounding_box()
    shoot(page, f"{lang}-phone-search-box")
    assert box["width"] >= column["width"] / 2, (
        f"the search box is {box['width']:.0f}px wide in a {column['width']:.0f}px column"
    )
