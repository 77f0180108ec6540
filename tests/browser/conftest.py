"""Headless Chromium for the browser tests: Debian's chromium driven by Playwright for Python.

Playwright's own browser download is not used (it cannot download here); the tests launch
the system chromium through `executable_path`. Where chromium or Playwright is missing the
tests are skipped with a message saying how to install them, except under CI=true, where
a missing browser fails the run.
"""

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "screenshots"
INSTALL_HINT = "install them with: apt-get install -y chromium && python -m pip install -r requirements-browser.txt"
# Without the background-networking flags Chromium keeps trying to reach Google's hosts.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path():
    return os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


def _missing():
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed"
    if not chromium_path():
        return "chromium is not on PATH"
    return None


@pytest.fixture(scope="session")
def browser():
    missing = _missing()
    if missing:
        message = f"browser tests need chromium and Playwright: {missing}; {INSTALL_HINT}"
        if os.environ.get("CI") == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def offline_context(browser, allowed_prefixes, **kwargs):
    """A browser context that aborts every request whose URL does not start with an allowed prefix.

    The aborted URLs are collected in `context.blocked`, so a test can assert that a page
    asked for nothing from the network.
    """
    context = browser.new_context(**kwargs)
    context.blocked = []

    def route(r):
        url = r.request.url
        if url.startswith(tuple(allowed_prefixes)) or url.startswith(("data:", "blob:", "about:")):
            r.continue_()
        else:
            context.blocked.append(url)
            r.abort()

    context.route("**/*", route)
    return context


@pytest.fixture(scope="session")
def screenshots():
    """The git-ignored folder where the browser tests leave screenshots for a person to look at."""
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS
