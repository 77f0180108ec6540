"""The set-up files say the same thing as the README."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
INSTALL = "python -m pip install -r requirements.txt"
TEST = "python -m pytest"


def test_environment_yml_installs_requirements_txt():
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    assert re.search(r"^\s*- pip:\s*\n\s*- -r requirements\.txt\s*$", text, re.M)
    assert re.search(r"^\s*- python=3\.11\s*$", text, re.M)


def test_every_requirement_has_an_upper_bound():
    lines = [ln.split("#")[0].strip() for ln in (ROOT / "requirements.txt").read_text().splitlines()]
    for line in filter(None, lines):
        assert ">=" in line and "<" in line.replace("<=", ""), line


def test_readme_names_the_commands_that_ci_runs():
    assert INSTALL in README and TEST in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert INSTALL in ci and TEST in ci


def test_readme_lists_every_chapter():
    for nb in sorted((ROOT / "notebooks").glob("*.ipynb")):
        assert nb.name in README, nb.name
