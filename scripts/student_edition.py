"""Write the student edition: a folder a teacher can zip and hand out.

Usage: python scripts/student_edition.py OUTDIR

OUTDIR gets the chapters without their solutions and without outputs, with utils/, img/ and
data/ beside them, requirements.txt and a short README, so it opens in JupyterLab and runs
top to bottom anywhere. The chapters in notebooks/ stay the one source.
"""

import shutil
import sys
from pathlib import Path

import nbformat
from notebook_rules import is_solution, is_solution_heading

ROOT = Path(__file__).resolve().parent.parent
SUPPORT = ["utils", "img", "data"]
README = """# Standard 2-D convolution with PaddlePaddle: student edition

Set up once (Python 3.11), in this folder:

    python3.11 -m venv .venv && source .venv/bin/activate
    python -m pip install -r requirements.txt

Then open the chapters with `jupyter lab` and run each one top to bottom. Each ends with
exercises: replace `...` with your answer and run the cell; `check(...)` says whether it is
right, names the likely mistake when it is not, and gives a hint that grows more specific
with each try. Keep utils/ and img/ next to the chapters: the first cell looks for them.
"""


def student_version(nb):
    cells = nb.cells
    keep = []
    for i, cell in enumerate(cells):
        nxt = cells[i + 1] if i + 1 < len(cells) else None
        if is_solution(cell) or (is_solution_heading(cell) and nxt is not None and is_solution(nxt)):
            continue
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
        keep.append(cell)
    nb.cells = keep
    return nb


def main(outdir):
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        nbformat.write(student_version(nbformat.read(path, as_version=4)), outdir / path.name)
        print(f"wrote {outdir / path.name}")
    for name in SUPPORT:
        if (ROOT / name).is_dir():
            shutil.rmtree(outdir / name, ignore_errors=True)
            shutil.copytree(ROOT / name, outdir / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copy(ROOT / "requirements.txt", outdir / "requirements.txt")
    (outdir / "README.md").write_text(README, encoding="utf-8")
    print(f"copied {', '.join(n for n in SUPPORT if (ROOT / n).is_dir())}, requirements.txt and README.md")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
