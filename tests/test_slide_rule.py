"""Slide boundaries live in the chapters' metadata, written by the rule in scripts/slide_rule.py."""

import copy
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output
from slide_rule import SLIDE_LINES, apply_slide_rule, slide_types, solution_positions

ROOT = Path(__file__).resolve().parent.parent
CHAPTERS = sorted((ROOT / "notebooks").rglob("[0-9][0-9]_*.ipynb"))
PNG = new_output("display_data", data={"image/png": "iVBORw0KGgo=", "text/plain": "<Figure>"})


def figure(source):
    return new_code_cell(source, outputs=[PNG])


@pytest.mark.parametrize("path", CHAPTERS, ids=[str(p.relative_to(ROOT)) for p in CHAPTERS])
def test_every_chapter_stores_the_slide_types_of_the_rule(path):
    nb = nbformat.read(path, as_version=4)
    stored = [cell.metadata.get("slideshow", {}).get("slide_type") for cell in nb.cells]
    assert stored == slide_types(nb), f"run: python scripts/refresh_notebooks.py {path.relative_to(ROOT)}"


def test_the_rule_on_a_small_chapter():
    cells = [
        new_markdown_cell("# 1. Title\n\n**You will learn**\n- a"),  # 0 slide: the first cell
        new_code_cell("import utils"),  # 1 skip: the set-up cell
        new_markdown_cell("## 1.1 First idea\n\nText."),  # 2 slide: a heading
        new_code_cell("x = 1"),  # 3 -
        new_markdown_cell("Introduces a figure."),  # 4 -
        figure("viz.a()"),  # 5 -
        new_markdown_cell("Introduces a second figure."),  # 6 slide: after a figure
        figure("viz.b()"),  # 7 -
        figure("viz.c()"),  # 8 slide: after a figure
        new_markdown_cell("A closing remark.\n\n### A sub-heading"),  # 9 slide: has a heading
        new_markdown_cell("## Exercises\n\n**Exercise 1.1.** Why?"),  # 10 slide
        new_code_cell('answer = ...\ncheck("01.1", answer)'),  # 11 -
        new_markdown_cell("*Solution 1.1*"),  # 12 skip: a solution's heading
        new_code_cell('# Solution\nanswer = 1\ncheck("01.1", answer)'),  # 13 skip: a solution
        new_markdown_cell("**Exercise 1.2.** And?"),  # 14 slide: an exercise
        new_code_cell('answer = ...\ncheck("01.2", answer)'),  # 15 -
    ]
    expected = ["slide", "skip", "slide", "-", "-", "-", "slide", "-", "slide", "slide", "slide", "-"]
    expected += ["skip", "skip", "slide", "-"]
    nb = new_notebook(cells=cells)
    assert slide_types(nb) == expected
    apply_slide_rule(nb)
    assert [cell.metadata["slideshow"]["slide_type"] for cell in nb.cells] == expected


def test_a_slide_that_would_overflow_is_cut():
    assert SLIDE_LINES == 30
    paragraph = "\n".join(["A line of text."] * 10)  # 10 lines and the space after it: 11
    nb = new_notebook(cells=[new_markdown_cell("# T")] + [new_markdown_cell(paragraph) for _ in range(5)])
    # The title (2) and two paragraphs fill 24 lines; a third would make 35.
    assert slide_types(nb) == ["slide", "-", "-", "slide", "-", "slide"]


def test_a_solution_heading_without_its_solution_is_kept():
    nb = new_notebook(cells=[new_markdown_cell("# T"), new_markdown_cell("*Solution ideas are welcome*")])
    assert solution_positions(nb) == set()
    assert slide_types(nb) == ["slide", "-"]


@pytest.mark.parametrize("path", CHAPTERS[:3], ids=[p.name for p in CHAPTERS[:3]])
def test_solutions_are_what_the_student_edition_leaves_out(path):
    nb = nbformat.read(path, as_version=4)
    skipped = solution_positions(nb)
    solutions = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and c.source.startswith("# Solution")]
    assert solutions and skipped == {i for s in solutions for i in (s, s - 1)}  # each with its heading above
    before = copy.deepcopy(nb)
    slide_types(nb)
    assert nb == before  # the rule reads the notebook, it does not change it
