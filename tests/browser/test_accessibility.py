"""Accessibility in the browser: axe-core finds no serious or critical violation on the
home, section, article and search pages of each language (phone and desktop); the
keyboard focus is visible on everything a reader can tab to; the language switcher
is marked up for the languages it leads to.
"""

import pytest

from .checks import axe_violations, focus_change, switcher_links
from .conftest import LANGS
from .content import CORRIDOR

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# At most this many Tab presses: the article page has about 13 stops (skip link,
# brand, switcher, navigation, kicker, source, footer); at least MIN_STOPS must be found.
TAB_STOPS = 20
MIN_STOPS = 10


def pages_of(news, lang):
    return {
        "home": news.homes[lang].url,
        "section": news.sections[("news", lang)].url,
        "article": news.corridor[lang].url,
        "search": f"/{lang}/search/?q={CORRIDOR[lang]['search_word']}",
    }


@pytest.mark.parametrize("lang", LANGS)
def test_axe_finds_no_serious_or_critical_violation(lang, news_site, open_page):
    problems = []
    for viewport in ("phone", "desktop"):
        page = open_page(news_site, viewport)
        for name, url in pages_of(news_site.content, lang).items():
            page.goto(url)
            page.evaluate("document.fonts.ready")
            problems += [f"{viewport} {name} {url}: {line}" for line in axe_violations(page)]
    assert not problems, "axe-core (serious/critical):\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_keyboard_focus_is_visible(lang, news_site, open_page, shoot):
    """Tab from the top of the article: every stop is on screen and visibly changes.

    "Visible" is measured in pixels: focused vs. blurred screenshots of the element
    and its surroundings must differ, at 3:1 contrast or more, on at least as many
    pixels as a 1 px line around the element would take.
    """
    page = open_page(news_site, "desktop")
    page.goto(news_site.content.corridor[lang].url)
    page.evaluate("document.fonts.ready")
    page.bring_to_front()
    problems, seen = [], []
    for stop in range(TAB_STOPS):
        page.keyboard.press("Tab")
        change = focus_change(page)
        if change["element"] is None:  # past the last link: focus left the page
            break
        seen.append(change["element"])
        if stop == 0:
            shoot(page, f"{lang}-desktop-focus-skip-link")
            if "skip-link" not in change["element"]:
                problems.append(f"Tab 1 lands on {change['element']}, not on the skip link")
        if stop in (3, 5, 8):
            shoot(page, f"{lang}-desktop-focus-tab-{stop + 1}")
        if not change["on_screen"]:
            problems.append(f"Tab {stop + 1}: {change['element']} is focused off screen")
        elif change["strong_pixels"] < change["needed"]:
            problems.append(
                f"Tab {stop + 1}: focus on {change['element']} is hard to see: "
                f"{change['strong_pixels']} px change at ≥3:1 contrast, {change['needed']} needed"
            )
    if len(seen) < MIN_STOPS:
        problems.append(f"only {len(seen)} Tab stops, expected at least {MIN_STOPS}")
    assert not problems, "\n".join(problems + ["tab order: " + " | ".join(seen)])


@pytest.mark.parametrize("lang", LANGS)
def test_switcher_links_carry_hreflang_and_lang(lang, news_site, open_page):
    """On every kind of page, each switcher link names its language for screen readers and search engines."""
    page = open_page(news_site, "phone")
    problems = []
    for name, url in pages_of(news_site.content, lang).items():
        page.goto(url)
        links = switcher_links(page)
        if not links:
            problems.append(f"{name} {url}: no language switcher")
        for link in links:
            if not link["hreflang"] or link["hreflang"] != link["lang"] or link["hreflang"] == lang:
                problems.append(f"{name} {url}: switcher link {link}")
            if link["href"] and not link["href"].startswith(f"/{link['hreflang']}/"):
                problems.append(f"{name} {url}: switcher link {link} leads outside /{link['hreflang']}/")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_no_picture_is_described_by_its_title_or_file_name(lang, news_site, open_page):
    """Alt text comes from hiwar.core.images.alt_text: the image's description,
    the caption or the headline, never its label (`test image 3`, `demo:…`) or file."""
    from hiwar.core.models import CreditedImage

    labels = set()
    for image in CreditedImage.objects.all():
        name = image.file.name.rsplit("/", 1)[-1]
        labels |= {image.title, name, name.rsplit(".", 1)[0]}
    page = open_page(news_site, "desktop")
    problems, figures = [], 0
    for name, url in pages_of(news_site.content, lang).items():
        page.goto(url)
        alts = page.eval_on_selector_all(
            "img, meta[property='og:image:alt'], meta[name='twitter:image:alt']",
            "els => els.map(e => e.tagName === 'IMG' ? e.getAttribute('alt') : e.content)",
        )
        figures += page.locator("figure.figure img").count()
        problems += [f"{name} {url}: alt {alt!r}" for alt in alts if alt is None or alt in labels]
        problems += [f"{name} {url}: a demo: key" for _ in [1] if "demo:" in page.content()]
        empty = page.locator("figure.figure img[alt='']").count()
        if empty:
            problems.append(f"{name} {url}: {empty} article picture(s) with an empty alt")
    assert figures >= 2, "the article's two pictures were not found"
    assert not problems, "\n".join(problems)
