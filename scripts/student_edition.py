"""Write the student edition: the chapters without their solutions and without outputs.

Usage: python scripts/student_edition.py OUTDIR

The chapters in notebooks/ stay the one source. A solution is a code cell whose first line
is "# Solution", together with the "*Solution ...*" heading right above it.
"""

import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent


def is_solution(cell):
    return cell.cell_type == "code" and cell.source.startswith("# Solution")


def is_solution_heading(cell):
    return cell.cell_type == "markdown" and cell.source.strip().startswith("*Solution")


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


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
