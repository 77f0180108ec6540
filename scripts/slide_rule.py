"""Where a chapter's slides begin: the rule that writes each cell's `slideshow.slide_type`.

The decks in the HTML site are generated from this metadata (nbconvert's slides format, the
one JupyterLab's property inspector and RISE read too). scripts/refresh_notebooks.py applies
the rule, and a test checks that every chapter's metadata matches it, so nobody keeps slide
boundaries by hand.

The rule, for each cell:
- a solution (and its "*Solution ...*" heading), and the set-up cell (the first code cell,
  which only makes utils importable): "skip", so the class sees neither;
- a markdown cell with a heading (a line starting with #, ## or ###), or one that opens with
  an exercise ("**Exercise"): "slide", a new slide;
- a markdown cell that introduces a figure (the next cell draws one) while the current slide
  already shows a figure: "slide", so one slide never has to hold two figures;
- a code cell that draws a figure while the current slide already shows one: "slide";
- anything else: "-", on the same slide as the cell before.
"""

import copy
import re

from student_edition import student_version

# A heading (#, ## or ###) at the start of a line, or a cell that opens with an exercise.
HEADING = re.compile(r"^#{1,3}\s", re.M)
EXERCISE = re.compile(r"\s*\*\*(Exercise|练习)")


def solution_positions(nb):
    """Positions of the cells the student edition leaves out: the solutions and their headings.

    Found by running scripts/student_edition.py's own function on a copy, so the site, the
    slides and the student edition share one rule.
    """
    tagged = copy.deepcopy(nb)
    for i, cell in enumerate(tagged.cells):
        cell.metadata["position"] = i
    kept = {cell.metadata["position"] for cell in student_version(tagged).cells}
    return set(range(len(nb.cells))) - kept


def draws_figure(cell):
    return cell.cell_type == "code" and any(
        key.startswith("image/") for output in cell.get("outputs", []) for key in output.get("data", {})
    )


def slide_types(nb):
    """The slide type of each cell of a notebook, by the rule above."""
    cells = nb.cells
    first_code = next((i for i, c in enumerate(cells) if c.cell_type == "code"), None)
    hidden = solution_positions(nb) | {first_code}
    types = []
    figure_on_slide = False
    for i, cell in enumerate(cells):
        nxt = cells[i + 1] if i + 1 < len(cells) else None
        if i in hidden:
            types.append("skip")
            continue
        opens_section = cell.cell_type == "markdown" and (HEADING.search(cell.source) or EXERCISE.match(cell.source))
        introduces_figure = cell.cell_type == "markdown" and nxt is not None and draws_figure(nxt)
        if i == 0 or opens_section or (figure_on_slide and (introduces_figure or draws_figure(cell))):
            types.append("slide")
            figure_on_slide = False
        else:
            types.append("-")
        figure_on_slide = figure_on_slide or draws_figure(cell)
    return types


def apply_slide_rule(nb):
    """Write the rule's slide type into each cell's metadata (in place); returns the notebook."""
    for cell, slide_type in zip(nb.cells, slide_types(nb)):
        cell.metadata["slideshow"] = {"slide_type": slide_type}
    return nb
