"""Test set-up shared by the unit tests and the strict nbval run of the notebooks."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

import notebook_env  # noqa: E402
from hypothesis import settings  # noqa: E402

# Before any kernel starts: kernels inherit this process's environment.
notebook_env.apply()

# The suite must fail only when the course is wrong: property tests draw the same examples
# in every run, on every machine.
settings.register_profile("deterministic", derandomize=True, deadline=None, database=None)
settings.load_profile("deterministic")

SANITIZE = ROOT / "tests" / "sanitize.cfg"


def pytest_configure(config):
    # An absolute path, so the suite works from any working directory.
    if getattr(config.option, "nbval_sanitize_with", "unset") is None:
        config.option.nbval_sanitize_with = str(SANITIZE)
