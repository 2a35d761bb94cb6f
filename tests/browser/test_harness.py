"""The browser suite's own checks, on pages made up to fail them: a check that cannot
fail proves nothing. Also: a missing Chromium fails (with the install command), never skips.
"""

import pytest

from .checks import focus_change, horizontal_overflow, image_credits, looks_like_date_in
from .conftest import INSTALL_COMMAND, VIEWPORTS, require_chromium

pytestmark = pytest.mark.browser


def test_missing_chromium_fails_with_the_install_command(tmp_path):
    with pytest.raises(pytest.fail.Exception) as failure:
        require_chromium(str(tmp_path / "no-chromium-here"))
    assert "apt-get install -y chromium" in str(failure.value)
    assert INSTALL_COMMAND in str(failure.value)


def test_dates_are_recognised_per_language():
    assert looks_like_date_in("ar", "١٤ سبتمبر ٢٠٢٥")
    assert not looks_like_date_in("ar", "14 سبتمبر 2025")  # Latin digits on an Arabic page
    assert not looks_like_date_in("ar", "14 September 2025")
    assert looks_like_date_in("ru", "14 сентября 2025")
    assert not looks_like_date_in("ru", "14 September 2025")
    assert looks_like_date_in("en", "14 September 2025")
    assert not looks_like_date_in("en", "١٤ سبتمبر ٢٠٢٥")


@pytest.fixture
def blank(browser):
    context = browser.new_context(viewport=VIEWPORTS["phone"], device_scale_factor=1, reduced_motion="reduce")
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("dir", ["rtl", "ltr"])
def test_sideways_scrolling_is_caught_in_both_directions(blank, dir):
    blank.set_content(f'<html dir="{dir}"><body><main><p>ok</p></main></body></html>')
    assert horizontal_overflow(blank) is None
    blank.set_content(
        f'<html dir="{dir}"><body><main><pre class="wide">{"x" * 300}</pre></main></body></html>'
    )
    overflow = horizontal_overflow(blank)
    assert overflow and overflow["scrolls"] and any("pre.wide" in c for c in overflow["culprits"]), overflow


def test_hidden_or_missing_credits_are_caught(blank):
    image = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="100" height="50">'
    blank.set_content(
        f"<main><figure>{image}<figcaption><span class=credit>Photo: TASS</span></figcaption></figure>"
        f"<figure>{image}<figcaption><span class=credit style='display:none'>Photo: TASS</span></figcaption></figure>"
        f"<figure>{image}</figure></main>"
    )
    shown, hidden, missing = image_credits(blank)
    assert shown["creditVisible"] and shown["creditBelowImage"] and shown["credit"] == "Photo: TASS"
    assert not hidden["creditVisible"]
    assert missing["credit"] is None and not missing["creditVisible"]


@pytest.mark.parametrize(
    "style, visible",
    [
        ("a:focus-visible { outline: 3px solid #e8c77a; outline-offset: 2px }", True),
        ("a:focus-visible { outline: none }", False),
        # Blue on dark teal is drawn, but at 2.7:1 it is below the 3:1 a focus ring needs.
        ("a:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px }", False),
    ],
)
def test_invisible_focus_is_caught(blank, style, visible):
    blank.set_content(
        f"<style>body {{ background: #0d3b45; padding: 40px }} a {{ color: #fff; outline: none }} {style}</style>"
        "<a href='#x'>Link on a dark header</a>"
    )
    blank.bring_to_front()
    blank.keyboard.press("Tab")
    change = focus_change(blank)
    assert change["element"] and change["on_screen"]
    assert (change["strong_pixels"] >= change["needed"]) is visible, change
