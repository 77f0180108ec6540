"""The set-up files say the same thing as the README."""

import re
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from test_lower_bounds import lower_bound_pins

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
INSTALL = "python -m pip install -r requirements.txt"
TEST = "python -m pytest"
FRESH = "bash scripts/test_fresh_machine.sh"
SLOW = "python -m pytest -m slow"
LOWER = "python scripts/test_lower_bounds.py"
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
    assert INSTALL in README and TEST in README and FRESH in README and LOWER in README
    for path in [".ci/run", ".github/workflows/ci.yml"]:
        ran = commands(path)
        assert INSTALL in ran, path
        assert TEST in ran, path
        assert any(c.endswith(FRESH) for c in ran), path
        assert LOWER in ran, path
        assert ran.index(INSTALL) < ran.index(TEST) < ran.index(SLOW), path
    assert SLOW in README


def test_ci_tests_the_lower_bounds_after_the_newest_versions():
    ran = commands(".ci/run")
    fresh = next(i for i, c in enumerate(ran) if c.endswith(FRESH))
    assert ran.index(TEST) < fresh < ran.index(LOWER)


def workflow_jobs():
    """The GitHub workflow's jobs: name -> the job's text."""
    text = (ROOT / ".github/workflows/ci.yml").read_text(encoding="utf-8")
    parts = re.split(r"^  ([\w-]+):\s*$", text.split("\njobs:\n", 1)[1], flags=re.M)
    return dict(zip(parts[1::2], parts[2::2]))


def test_github_workflow_tests_the_lower_bounds_in_a_job_of_their_own():
    jobs = workflow_jobs()
    assert len(jobs) == 2, list(jobs)
    (lower,) = [job for job in jobs.values() if LOWER in job]
    assert INSTALL not in lower and TEST not in lower


def test_lower_bound_pins_keep_names_extras_and_markers():
    text = """# a comment
paddlepaddle>=3.0,<3.4

latex2mathml >= 3.77, < 4  # spaces and a comment
PyYAML[libyaml]>=6.0.1,<7; python_version >= "3.11"
"""
    assert lower_bound_pins(text) == [
        "paddlepaddle==3.0",
        "latex2mathml==3.77",
        'PyYAML[libyaml]==6.0.1; python_version >= "3.11"',
    ]


@pytest.mark.parametrize("line", ["numpy<2.5", "numpy==2.4", "numpy>=1.26,>=2.0", "-r other.txt", "numpy>=,<2.5"])
def test_lower_bound_pins_refuse_a_line_without_one_lower_bound(line):
    with pytest.raises(ValueError, match="requirements.txt: .*" + re.escape(line)):
        lower_bound_pins(line)


def test_each_lower_bound_pin_is_the_lowest_version_its_requirement_allows():
    lines = [ln.split("#")[0].strip() for ln in (ROOT / "requirements.txt").read_text().splitlines()]
    requirements = [Requirement(line) for line in lines if line]
    pins = [Requirement(pin) for pin in lower_bound_pins((ROOT / "requirements.txt").read_text())]
    assert len(pins) == len(requirements)
    for req, pin in zip(requirements, pins, strict=True):
        (spec,) = pin.specifier
        assert pin.name == req.name and spec.operator == "=="
        lowest = [s.version for s in req.specifier if s.operator == ">="]
        assert [spec.version] == lowest and req.specifier.contains(spec.version, prereleases=True)


def test_ci_and_github_workflow_run_the_browser_tests_after_the_suite_with_ci_true():
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
