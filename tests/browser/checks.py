"""What a reader sees, measured in the page: direction, overflow, credits, focus, axe.

Each function takes a Playwright `Page` and returns plain data, so a test's
assertion message can say exactly what was wrong and where.
"""

import io
import re

ARABIC_INDIC = re.compile(r"[٠-٩]")
LATIN_DIGIT = re.compile(r"[0-9]")
# Month names a reader expects in each language (genitive in Russian).
MONTHS = {
    "ar": [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


def looks_like_date_in(lang: str, text: str) -> bool:
    """`١٤ سبتمبر ٢٠٢٥` (ar, Arabic-Indic digits only), `14 сентября 2025`, `14 September 2025`."""
    text = text.strip()
    if not any(month in text for month in MONTHS[lang]):
        return False
    if lang == "ar":
        return bool(ARABIC_INDIC.search(text)) and not LATIN_DIGIT.search(text)
    return bool(LATIN_DIGIT.search(text)) and not ARABIC_INDIC.search(text)


def direction(page) -> dict:
    """Computed `direction` of <html>, <body> and <main>, and the `lang`/`dir` attributes."""
    return page.evaluate(
        """() => ({
            lang: document.documentElement.lang,
            dir: document.documentElement.dir,
            html: getComputedStyle(document.documentElement).direction,
            body: getComputedStyle(document.body).direction,
            main: getComputedStyle(document.querySelector('main')).direction,
        })"""
    )


def horizontal_overflow(page) -> dict | None:
    """None when the page does not scroll sideways; else the widths and the widest culprits."""
    return page.evaluate(
        """() => {
            const doc = document.documentElement;
            const viewport = doc.clientWidth;
            const before = window.scrollX;
            window.scrollTo(document.dir === 'rtl' ? -10000 : 10000, window.scrollY);
            const moved = window.scrollX !== before;
            window.scrollTo(before, window.scrollY);
            if (doc.scrollWidth <= viewport && document.body.scrollWidth <= viewport && !moved) return null;
            const culprits = [];
            for (const el of document.querySelectorAll('body *')) {
                const r = el.getBoundingClientRect();
                const name = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
                if (r.width && (r.right > viewport + 1 || r.left < -1)) {
                    culprits.push(`${name} box [${Math.round(r.left)}..${Math.round(r.right)}]`);
                } else if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible'
                           && !el.querySelector('*')) {
                    culprits.push(`${name} content ${el.scrollWidth}px in ${el.clientWidth}px`);
                }
            }
            return {viewport, scrollWidth: doc.scrollWidth, bodyScrollWidth: document.body.scrollWidth,
                    scrolls: moved, culprits: culprits.slice(0, 10)};
        }"""
    )


def image_credits(page) -> list[dict]:
    """Every image in <main>, with its figure's credit: text and whether a reader can see it."""
    return page.evaluate(
        """() => [...document.querySelectorAll('main img')].map(img => {
            const figure = img.closest('figure');
            const credit = figure && figure.querySelector('.credit');
            const visible = el => {
                if (!el) return false;
                const s = getComputedStyle(el), r = el.getBoundingClientRect();
                return s.visibility !== 'hidden' && s.display !== 'none' && parseFloat(s.opacity) > 0 &&
                       r.width > 0 && r.height > 0 && r.right > 0 &&
                       r.left < document.documentElement.clientWidth && el.innerText.trim().length > 0;
            };
            return {
                src: img.getAttribute('src'),
                inCard: !!img.closest('.card'),
                credit: credit ? credit.innerText.trim() : null,
                creditVisible: visible(credit),
                creditBelowImage: !!credit && credit.getBoundingClientRect().top >= img.getBoundingClientRect().bottom - 1,
            };
        })"""
    )


def switcher_links(page) -> list[dict]:
    return page.evaluate(
        """() => [...document.querySelectorAll('.lang-switcher a')].map(a => ({
            href: a.getAttribute('href'), hreflang: a.getAttribute('hreflang'),
            lang: a.getAttribute('lang'), text: a.innerText.trim(),
            visible: a.getBoundingClientRect().width > 0,
        }))"""
    )


def alternates(page) -> dict:
    return page.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll('link[rel=alternate][hreflang]')]
                 .map(l => [l.hreflang, new URL(l.href).pathname]))"""
    )


# --- axe-core ------------------------------------------------------------------

_AXE = None


def axe_violations(page, impacts=("serious", "critical")) -> list[str]:
    """axe-core (shipped by axe-playwright-python) on the page: one line per failing node."""
    global _AXE
    if _AXE is None:
        from axe_playwright_python.sync_playwright import Axe

        _AXE = Axe()
    results = _AXE.run(page)
    lines = []
    for violation in results.response["violations"]:
        if violation["impact"] not in impacts:
            continue
        for node in violation["nodes"]:
            lines.append(
                f"{violation['impact']} {violation['id']}: {' '.join(map(str, node['target']))} "
                f"— {node.get('failureSummary', '').splitlines()[-1].strip() if node.get('failureSummary') else violation['help']}"
            )
    return lines


# --- focus -----------------------------------------------------------------------


def _luminance(rgb) -> float:
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def focus_change(page, margin=6) -> dict:
    """How the keyboard-focused element looks focused vs. not focused, pixel by pixel.

    Takes the element's box plus `margin` px (where outlines are drawn), shot with
    focus and again after blur(), then counts the pixels whose colour changed with at
    least 3:1 contrast (WCAG 1.4.11 for focus indicators). The element gets its
    focus back (from the keyboard's point of view nothing happened).
    """
    from PIL import Image

    info = page.evaluate(
        """() => {
            const el = document.activeElement;
            if (!el || el === document.body) return null;
            const r = el.getBoundingClientRect();
            return {tag: el.tagName.toLowerCase(), text: (el.innerText || el.value || '').trim().slice(0, 40),
                    cls: el.className || '', href: el.getAttribute('href'),
                    x: r.left, y: r.top, w: r.width, h: r.height,
                    vw: document.documentElement.clientWidth, vh: window.innerHeight};
        }"""
    )
    if info is None:
        return {"element": None}
    x0, y0 = max(0, info["x"] - margin), max(0, info["y"] - margin)
    x1, y1 = min(info["vw"], info["x"] + info["w"] + margin), min(info["vh"], info["y"] + info["h"] + margin)
    element = f"{info['tag']}.{info['cls']} {info['text']!r} {info['href'] or ''}".strip()
    if x1 - x0 < 1 or y1 - y0 < 1:
        return {"element": element, "on_screen": False, "strong_pixels": 0, "needed": 1}
    clip = {"x": x0, "y": y0, "width": x1 - x0, "height": y1 - y0}
    focused = Image.open(io.BytesIO(page.screenshot(clip=clip, animations="disabled"))).convert("RGB")
    page.evaluate("() => { window.__hiwarFocused = document.activeElement; document.activeElement.blur(); }")
    blurred = Image.open(io.BytesIO(page.screenshot(clip=clip, animations="disabled"))).convert("RGB")
    page.evaluate("() => window.__hiwarFocused.focus({preventScroll: true})")
    strong = 0
    before, after = blurred.tobytes(), focused.tobytes()
    for i in range(0, len(after), 3):
        a, b = after[i : i + 3], before[i : i + 3]
        if a != b and contrast(a, b) >= 3:
            strong += 1
    # A 1 px line all around the element: the least an outline can be and still be seen.
    needed = int(2 * (min(info["w"], info["vw"]) + info["h"]))
    return {"element": element, "on_screen": True, "strong_pixels": strong, "needed": needed}
