"""No reader page breaks its own Content-Security-Policy, in Chromium.

The policy (hiwar/core/middleware.py) forbids every script and any file from
another host. If a template ever needed one, Chromium would refuse it and fire a
`securitypolicyviolation` event; the page would also lose its styles or fonts.
Each page is loaded in each language and must report no violation, with its
stylesheet applied and its web fonts loaded.
"""

import pytest

from .conftest import LANGS

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

COLLECT_VIOLATIONS = """
  window.__violations = [];
  document.addEventListener('securitypolicyviolation',
    e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


@pytest.mark.parametrize("lang", LANGS)
def test_reader_pages_keep_their_policy(lang, news_site, open_page):
    page = open_page(news_site, "desktop")
    page.add_init_script(COLLECT_VIOLATIONS)
    problems = []
    for path in (f"/{lang}/", f"/{lang}/news/", news_site.content.corridor[lang].url, f"/{lang}/search/?q=a"):
        response = page.goto(path)
        assert "default-src 'none'" in response.headers["content-security-policy"], path
        page.evaluate("document.fonts.ready")
        page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")  # lazy images too
        page.wait_for_load_state("networkidle")
        violations = page.evaluate("window.__violations")
        header_colour = page.evaluate(
            "getComputedStyle(document.querySelector('.site-header')).backgroundColor"
        )
        fonts = page.evaluate("[...document.fonts].filter(f => f.status === 'loaded').length")
        if violations:
            problems.append(f"{path}: {violations}")
        if header_colour in ("rgba(0, 0, 0, 0)", "transparent"):
            problems.append(f"{path}: the stylesheet did not apply")
        if fonts == 0:
            problems.append(f"{path}: no web font loaded")
    assert not problems, "\n".join(problems)
