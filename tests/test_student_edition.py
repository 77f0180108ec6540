"""The student edition keeps every exercise, drops every solution, and runs on its own."""

import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from notebook_rules import is_solution
from refresh_notebooks import execute

ROOT = Path(__file__).resolve().parent.parent
CHAPTERS = sorted((ROOT / "notebooks").glob("*.ipynb"))


@pytest.fixture(scope="module")
def edition(tmp_path_factory):
    # Outside the repository, as a teacher's zip would be unpacked.
    out = tmp_path_factory.mktemp("handout")
    subprocess.run([sys.executable, "scripts/student_edition.py", str(out)], cwd=ROOT, check=True, capture_output=True)
    return out


def test_solutions_gone_exercises_kept(edition):
    assert sorted(p.name for p in edition.glob("*.ipynb")) == [p.name for p in CHAPTERS]
    assert (edition / "utils" / "__init__.py").is_file() and (edition / "img" / "README.md").is_file()
    assert not list(edition.rglob("__pycache__"))
    for path in CHAPTERS:
        full = nbformat.read(path, as_version=4)
        student = nbformat.read(edition / path.name, as_version=4)
        solutions = [c for c in full.cells if is_solution(c)]
        assert len(student.cells) == len(full.cells) - 2 * len(solutions)  # each with its heading
        assert not any("# Solution" in c.source or "*Solution" in c.source for c in student.cells)
        assert all(not c.outputs and c.execution_count is None for c in student.cells if c.cell_type == "code")


@pytest.mark.slow  # runs every chapter once more: with `python -m pytest -m slow`
def test_every_chapter_runs_top_to_bottom_outside_the_repository(edition):
    # One kernel for all chapters keeps this test cheap (Paddle is imported once); `%reset -f`
    # before each chapter empties the namespace, so no chapter can lean on another's variables.
    combined = nbformat.v4.new_notebook()
    starts = {}
    for path in CHAPTERS:
        starts[len(combined.cells)] = path.name
        combined.cells.append(nbformat.v4.new_code_cell("%reset -f"))
        combined.cells += nbformat.read(edition / path.name, as_version=4).cells
    execute(combined, edition)
    chapter, waiting, asked = None, {}, {}
    for i, cell in enumerate(combined.cells):
        chapter = starts.get(i, chapter)
        if cell.cell_type != "code":
            continue
        errors = [o for o in cell.outputs if o.output_type == "error"]
        assert not errors, f"{chapter}: {errors[0].ename}: {errors[0].evalue}"
        text = "".join(o.get("text", "") + o.get("data", {}).get("text/plain", "") for o in cell.outputs)
        asked[chapter] = asked.get(chapter, 0) + ("= ..." in cell.source and "check(" in cell.source)
        waiting[chapter] = waiting.get(chapter, 0) + text.count("not answered yet") + text.count("no prediction yet")
    for path in CHAPTERS:
        assert asked[path.name] and waiting[path.name] >= asked[path.name], path.name


def test_first_cell_explains_a_missing_utils_folder(edition, tmp_path):
    lonely = tmp_path / "lonely.ipynb"
    nb = nbformat.read(edition / CHAPTERS[0].name, as_version=4)
    nb.cells = nb.cells[:2]
    nbformat.write(nb, lonely)
    first = next(c for c in nb.cells if c.cell_type == "code")
    result = subprocess.run(
        [sys.executable, "-c", first.source], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert result.returncode != 0 and "Cannot find the course's utils/ folder" in result.stderr
    assert "StopIteration" not in result.stderr
