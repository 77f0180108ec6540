"""The student edition keeps every exercise and drops every solution."""

import subprocess
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent


def test_student_edition(tmp_path):
    subprocess.run([sys.executable, "scripts/student_edition.py", str(tmp_path)], cwd=ROOT, check=True)
    chapters = sorted((ROOT / "notebooks").glob("*.ipynb"))
    assert sorted(p.name for p in tmp_path.glob("*.ipynb")) == [p.name for p in chapters]
    for path in chapters:
        full = nbformat.read(path, as_version=4)
        student = nbformat.read(tmp_path / path.name, as_version=4)
        solutions = [c for c in full.cells if c.cell_type == "code" and c.source.startswith("# Solution")]
        assert len(student.cells) == len(full.cells) - 2 * len(solutions)  # each with its heading
        assert not any("# Solution" in c.source or "*Solution" in c.source for c in student.cells)
        asked = [c for c in student.cells if c.cell_type == "code" and c.source.startswith("answer = ...")]
        assert len(asked) == len(solutions)
        assert all(not c.outputs and c.execution_count is None for c in student.cells if c.cell_type == "code")
