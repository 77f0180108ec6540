"""The set-up files say the same thing as the README."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
INSTALL = "python -m pip install -r requirements.txt"
TEST = "python -m pytest"
FRESH = "bash scripts/test_fresh_machine.sh"
CHROMIUM = "apt-get install -y chromium"
BROWSER_INSTALL = "python -m pip install -r requirements-browser.txt"
BROWSER = "python -m pytest -m browser -n 0"


def test_environment_yml_installs_requirements_txt():
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    assert re.search(r"^\s*- pip:\s*\n\s*- -r requirements\.txt\s*$", text, re.M)
    assert re.search(r"^\s*- python=3\.11\s*$", text, re.M)


def test_every_requirement_has_an_upper_bound():
    lines = [ln.split("#")[0].strip() for ln in (ROOT / "requirements.txt").read_text().splitlines()]
    for line in filter(None, lines):
        assert ">=" in line and "<" in line.replace("<=", ""), line


def commands(path):
    """The shell commands a CI file runs, comments dropped."""
    lines = (ROOT / path).read_text(encoding="utf-8").splitlines()
    return [ln.split("#")[0].strip().removeprefix("run:").strip() for ln in lines if ln.split("#")[0].strip()]


def test_ci_and_github_workflow_run_the_readme_commands():
    assert INSTALL in README and TEST in README and FRESH in README
    for path in [".ci/run", ".github/workflows/ci.yml"]:
        ran = commands(path)
        assert INSTALL in ran, path
        assert TEST in ran, path
        assert any(c.endswith(FRESH) for c in ran), path
        assert ran.index(INSTALL) < ran.index(TEST), path


def test_ci_and_github_workflow_run_the_browser_tests_last_with_ci_true():
    assert CHROMIUM in README and BROWSER_INSTALL in README and BROWSER in README
    for path in [".ci/run", ".github/workflows/ci.yml"]:
        ran = commands(path)
        chromium = next(i for i, c in enumerate(ran) if CHROMIUM in c)
        browser = next(i for i, c in enumerate(ran) if c.endswith(BROWSER))
        fresh = next(i for i, c in enumerate(ran) if c.endswith(FRESH))
        # CI=true turns a missing browser from a skip into a failure.
        assert ran[browser] == f"CI=true {BROWSER}", path
        assert fresh < chromium < ran.index(BROWSER_INSTALL) < browser, path


def test_readme_lists_every_chapter():
    for nb in sorted((ROOT / "notebooks").glob("*.ipynb")):
        assert nb.name in README, nb.name
