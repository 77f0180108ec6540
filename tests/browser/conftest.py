"""Headless Chromium for the browser tests: Debian's chromium driven by Playwright for Python.

Playwright's own browser download is not used (it cannot download here); the tests launch
the system chromium through `executable_path`. Where chromium or Playwright is missing the
tests are skipped with a message saying how to install them, except under CI=true, where
a missing browser fails the run.

JupyterLab: `lab_server` (one per session) serves a temporary copy of the course; `lab` gives
each test a fresh offline page on it. The helpers a test uses are documented in lab.py.
"""

import os
import re
import shutil
from pathlib import Path

import pytest
from lab import Lab, LabServer, copy_course

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
    """What is missing to run the browser tests, or None."""
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

    def abort(r):
        context.blocked.append(r.request.url)
        r.abort()

    # A regular expression is matched inside the browser driver, so allowed requests are never
    # held up waiting for Python (a Python predicate would stall them while a test sleeps).
    allowed = "|".join(re.escape(p) for p in [*allowed_prefixes, "data:", "blob:", "about:"])
    context.route(re.compile(f"^(?!{allowed})"), abort)
    return context


@pytest.fixture(scope="session")
def screenshots():
    """The git-ignored folder where the browser tests leave screenshots for a person to look at."""
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS


@pytest.fixture(scope="session")
def lab_server(tmp_path_factory):
    """`jupyter lab` on 127.0.0.1 serving a temporary copy of notebooks/, utils/, img/ (and data/).

    HOME and every Jupyter, IPython and matplotlib directory are new and empty; kernels run this
    interpreter. The server and every kernel it started are stopped at the end, pass or fail.
    """
    server = LabServer(copy_course(tmp_path_factory.mktemp("course")), tmp_path_factory.mktemp("lab"))
    try:
        yield server.start()
    finally:
        server.stop()


@pytest.fixture
def lab(browser, lab_server):
    """A fresh page on the session's JupyterLab; requests to anything but that server are aborted.

    Afterwards the page is closed and the kernels it started are shut down.
    """
    context = offline_context(browser, [lab_server.url + "/"], viewport={"width": 1280, "height": 900})
    page = Lab(context, lab_server)
    try:
        yield page
    finally:
        page.close()
        lab_server.shutdown_kernels()
