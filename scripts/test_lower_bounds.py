"""Run the README's test command with every dependency at the lowest version requirements.txt allows.

requirements.txt stays the one list: each `name>=X,<Y` line becomes the pin `name==X`. The pins
go into a new virtual environment in .venv-lower/ (git-ignored, made anew on each run), then
`python -m pytest` runs there from the repository root; extra arguments go to pytest. Packages
that requirements.txt does not name resolve as pip chooses (the newest that fit the pins).
Exits with pytest's code. Needs only the standard library, so any Python 3.11 can run it.

Usage: python scripts/test_lower_bounds.py [pytest arguments]
"""

import os
import re
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ROOT / "requirements.txt"
VENV = ROOT / ".venv-lower"

# name, optional [extras], version specifiers, optional "; environment marker"
LINE = re.compile(r"(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)\s*(?P<extras>\[[^\]]*\])?\s*(?P<specs>[^;]*)(?P<marker>;.*)?")
LOWER = re.compile(r">=\s*(?P<version>[^\s,]+)")

SHOW_VERSIONS = """
import sys
from importlib.metadata import PackageNotFoundError, distributions, version
for name in sys.argv[1:]:
    try:
        print(f"  {name} {version(name)}")
    except PackageNotFoundError:
        print(f"  {name} not installed (its environment marker excludes this machine)")
print("Everything installed:", " ".join(sorted(f"{d.metadata['Name']}=={d.version}" for d in distributions())))
"""


def lower_bound_pins(text):
    """`name==X` for each `name>=X,...` line of a requirements file, extras and markers kept."""
    pins = []
    for raw in text.splitlines():
        line = raw.split("#")[0].strip()
        if not line:
            continue
        match = LINE.fullmatch(line)
        if line.startswith("-") or not match:
            raise ValueError(f"requirements.txt: cannot read {raw.strip()!r} (expected name>=X,<Y)")
        lower = LOWER.findall(match["specs"])
        if len(lower) != 1:
            raise ValueError(f"requirements.txt: {raw.strip()!r} needs exactly one lower bound (>=)")
        pins.append(f"{match['name']}{match['extras'] or ''}=={lower[0]}{match['marker'] or ''}")
    return pins


def run(*cmd, **kwargs):
    print("+", " ".join(map(str, cmd)), flush=True)
    return subprocess.run(list(map(str, cmd)), check=False, **kwargs).returncode


def main(pytest_args):
    pins = lower_bound_pins(REQUIREMENTS.read_text(encoding="utf-8"))
    venv.EnvBuilder(clear=True, with_pip=True).create(VENV)
    python = VENV / "bin" / "python"
    # Wheels only, as a learner's pip would get them: no release is built from source here.
    if run(python, "-m", "pip", "install", "--quiet", "--only-binary", ":all:", *pins) != 0:
        sys.exit("test_lower_bounds: pip could not install the lower bounds")

    print("Lower bounds installed:", flush=True)
    subprocess.run([python, "-c", SHOW_VERSIONS, *(re.split(r"[\[=;]", pin)[0] for pin in pins)], check=True)

    env = dict(os.environ, VIRTUAL_ENV=str(VENV), PATH=f"{VENV / 'bin'}{os.pathsep}{os.environ['PATH']}")
    return run(python, "-m", "pytest", *pytest_args, cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
