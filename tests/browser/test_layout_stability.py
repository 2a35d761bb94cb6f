"""Nothing on the first screen moves when the web fonts arrive (layout shift).

The pages are drawn first in a fallback serif while the fonts load (font-display:
swap). If a line then gets wider and wraps, everything under it jumps: Lighthouse
measured a cumulative layout shift of 0.28 on the English home page on a phone,
where the language switcher dropped to a second row once Noto Serif arrived.

Each page is opened twice on a phone: with every font request refused, so the
fallback stays, and normally, after `document.fonts.ready`. The header and the
section menu must be in the same place and the same size both times, and the
content must start at the same height (what is inside it may reflow).
"""

import pytest

from .conftest import LANGS

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PHONES = {"phone": None, "phone-412": {"width": 412, "height": 823}}
WATCHED = (".site-header", ".lang-switcher", ".site-nav", "main")  # main: its top only


def boxes(page):
    return page.evaluate(
        """(selectors) => Object.fromEntries(selectors.map(s => {
             const r = document.querySelector(s)?.getBoundingClientRect();
             if (!r) return [s, null];
             return [s, s === "main" ? [Math.round(r.top)] : [Math.round(r.top), Math.round(r.height)]];
           }))""",
        list(WATCHED),
    )


def first_screen(open_page, site, path, viewport, size, fonts):
    page = open_page(site, viewport, size=size)
    if not fonts:
        page.route("**/*.woff2", lambda route: route.abort())
    page.goto(path)
    page.evaluate("document.fonts.ready")
    loaded = page.evaluate("[...document.fonts].filter(f => f.status === 'loaded').length")
    return boxes(page), loaded


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("phone", PHONES)
def test_the_header_does_not_move_when_the_fonts_arrive(lang, phone, news_site, open_page):
    for path in (f"/{lang}/", news_site.content.corridor[lang].url):
        fallback, none_loaded = first_screen(open_page, news_site, path, "phone", PHONES[phone], fonts=False)
        webfont, some_loaded = first_screen(open_page, news_site, path, "phone", PHONES[phone], fonts=True)
        assert none_loaded == 0 and some_loaded > 0, "the two views differ in their fonts"
        assert fallback[".site-header"] is not None and fallback[".lang-switcher"] is not None
        moved = {s: (fallback[s], webfont[s]) for s in WATCHED if fallback[s] != webfont[s]}
        assert not moved, f"{path} on a {phone}: [top, height] in the fallback font vs the web font: {moved}"
