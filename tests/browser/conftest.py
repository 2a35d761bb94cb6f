"""Fixtures for the browser suite: Debian's Chromium driven by Playwright against a
real threaded WSGI server on 127.0.0.1 (Django's LiveServerThread, started through
pytest-django's LiveServer helper, the one behind its `live_server` fixture).

- One Chromium per session (`browser`), one fresh context per page (`open_page`),
  so no cache or cookie leaks from one journey into another.
- One server per test module (`serve`), with the module's content built once in
  a transaction that is rolled back when the module ends; each test runs in a
  savepoint (`django_db` marker), so what one test changes the next never sees.
- A missing Chromium FAILS with the command that installs it; it never skips.

See docs/browser-tests.md.
"""

import contextlib
import os
import types
from pathlib import Path

import pytest

from .content import build_news

CHROMIUM = os.environ.get("HIWAR_CHROMIUM", "/usr/bin/chromium")
INSTALL_COMMAND = "apt-get update && apt-get install -y chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"
VIEWPORTS = {
    "phone": {"width": 390, "height": 844},
    "desktop": {"width": 1366, "height": 900},
}
LANGS = ("ar", "ru", "en")


def require_chromium(path: str = CHROMIUM) -> str:
    """The browser tests are part of `make test`: no Chromium is a failure, not a skip."""
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        pytest.fail(
            f"Chromium not found at {path}. The browser tests (tests/browser) need Debian's Chromium.\n"
            f"Install it with:\n    {INSTALL_COMMAND}\n"
            "(`make test` runs this when chromium is missing; HIWAR_CHROMIUM=/path overrides the binary.)",
            pytrace=False,
        )
    return path


@pytest.fixture(scope="session")
def playwright_driver():
    executable = require_chromium()
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an asyncio loop running on the main thread; the
    # test code (factories, flush between tests) uses the ORM from that thread,
    # which Django's async-safety check would refuse. The server thread is unaffected.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    driver = sync_playwright().start()
    driver.executable = executable
    yield driver
    driver.stop()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="session")
def browser(playwright_driver):
    """One headless Chromium for the whole session."""
    try:
        chromium = playwright_driver.chromium.launch(
            executable_path=playwright_driver.executable, headless=True, args=CHROMIUM_ARGS
        )
    except Exception as error:  # a broken install must be as loud as a missing one
        pytest.fail(
            f"Chromium at {playwright_driver.executable} did not start: {error}\n"
            f"Reinstall it with:\n    {INSTALL_COMMAND}",
            pytrace=False,
        )
    yield chromium
    chromium.close()


@contextlib.contextmanager
def serve(django_db_blocker, build):
    """Build content with `build()` and serve it on 127.0.0.1 until the block ends.

    The content lives in one transaction that is rolled back at the end, so the
    rest of the suite never sees it. The in-memory SQLite test database is shared
    with the server thread through pytest-django's LiveServer (one connection),
    so the server reads what `build()` wrote and each test's own changes (made in
    a savepoint by the `django_db` marker) are undone after the test.
    """
    from django.db import transaction
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            content = build()
            server = LiveServer("127.0.0.1:0")
            try:
                yield types.SimpleNamespace(url=server.url, content=content)
            finally:
                server.thread.terminate()
                wait_for_requests()  # before the connection stops being shared with them
                server.stop()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def wait_for_requests(timeout=10.0):
    """Let the server's request threads still running (a page closed mid-request) finish.

    They use the test's database connection; they must be done before the test's
    savepoint is rolled back or the connection stops being shared.
    """
    import threading
    import time

    deadline = time.monotonic() + timeout
    for thread in threading.enumerate():
        if thread is not threading.current_thread() and "process_request_thread" in thread.name:
            thread.join(max(0.0, deadline - time.monotonic()))


@pytest.fixture(scope="module")
def news_site(django_db_setup, django_db_blocker, playwright_driver):
    """The news content of content.py served for one test module: `.url`, `.content`."""
    with serve(django_db_blocker, build_news) as site:
        yield site


@pytest.fixture
def open_page(browser):
    """`open_page(site, "phone"|"desktop", size={"width":…, "height":…}, **context_options)`
    → a Page in a fresh context (`size`, when given, replaces the viewport's).

    Reduced motion keeps `scroll-behavior: smooth` from animating under screenshots.
    """
    contexts = []

    def _open(site, viewport="desktop", size=None, **options):
        options.setdefault("reduced_motion", "reduce")
        context = browser.new_context(
            viewport=size or VIEWPORTS[viewport], base_url=site.url, device_scale_factor=1, **options
        )
        context.set_default_timeout(15_000)
        contexts.append(context)
        page = context.new_page()
        return page

    yield _open
    for context in contexts:
        context.close()
    wait_for_requests()


@pytest.fixture(scope="session")
def artifacts():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def shoot(artifacts):
    """`shoot(page, "ar-phone-home")` → full-page PNG under test-artifacts/browser/."""

    def _shoot(page, name):
        path = artifacts / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return _shoot
