"""Helpers for journeys through Wagtail's editor in a real browser.

Wagtail 8 saves the editor's form by itself half a second after a change
(autosave, WAGTAIL_AUTOSAVE_INTERVAL). On the create view the first autosave
creates the page and the browser then swaps the form for the edit view's. A
button pressed while that is in flight races it: the button's post can land on
the create view a second time, or land before the autosave and be overwritten
by it. A journey waits for the editor to settle before every button that posts
the form, as an editor's eye would.
"""

AUTOSAVING = """() => [...document.querySelectorAll('[data-controller~="w-autosave"]')]
    .some((element) => element.dataset.wAutosaveStateValue === "saving")"""


def settle(page):
    """Let a pending autosave start (after WAGTAIL_AUTOSAVE_INTERVAL) and finish."""
    page.wait_for_timeout(800)
    page.wait_for_function(f"() => !({AUTOSAVING})()")


def wait_for_redirect(page, url, timeout=45_000):
    """Wait for the page a successful post leads to. If the editor came back instead,
    fail with what it says (a validation error, a conflict), not a bare timeout.
    The timeout is long: a publish runs its tasks inline in the tests
    (TASK_BACKEND=immediate), slow on a loaded machine."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.wait_for_url(url, timeout=timeout)
    except PlaywrightTimeout:
        messages = page.locator(".messages, [data-w-messages-target], .error-message, .w-field__errors")
        said = " | ".join(text.strip() for text in messages.all_inner_texts() if text.strip())
        raise AssertionError(
            f"no redirect to {url} from {page.url}; the page says: {said or 'nothing'}"
        ) from None
