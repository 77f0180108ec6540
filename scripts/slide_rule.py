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
- the cell after a figure (a code cell whose output is an image): "slide", so a figure
  ends its slide and the text about it and the figure stay on the screen together;
- a cell that would overfill the slide: "slide". A slide holds about SLIDE_LINES lines of
  text; a cell counts its source lines (markdown lines wrap at WRAP characters), its printed
  lines and FIGURE_LINES per figure;
- anything else: "-", on the same slide as the cell before.
"""

import copy
import math
import re

from student_edition import student_version

# A heading (#, ## or ###) at the start of a line, or a cell that opens with an exercise.
HEADING = re.compile(r"^#{1,3}\s", re.M)
EXERCISE = re.compile(r"\s*\*\*(Exercise|练习)")
# The decks' canvas is 1280x800 (web/templates/slides.html.j2): about 30 lines of code or text.
SLIDE_LINES = 30
WRAP = 110
FIGURE_LINES = 18


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


def lines(cell):
    """Roughly how many lines of the slide a cell fills."""
    if cell.cell_type != "code":
        return 1 + sum(max(1, math.ceil(len(line) / WRAP)) for line in cell.source.strip().splitlines())
    printed = sum(len("".join(o.get("text", "")).splitlines()) for o in cell.get("outputs", []))
    figures = sum(1 for o in cell.get("outputs", []) if any(k.startswith("image/") for k in o.get("data", {})))
    return 1 + len(cell.source.strip().splitlines()) + printed + FIGURE_LINES * figures


def slide_types(nb):
    """The slide type of each cell of a notebook, by the rule above."""
    cells = nb.cells
    first_code = next((i for i, c in enumerate(cells) if c.cell_type == "code"), None)
    hidden = solution_positions(nb) | {first_code}
    types = []
    after_figure, used = False, 0
    for i, cell in enumerate(cells):
        if i in hidden:
            types.append("skip")
            continue
        opens_section = cell.cell_type == "markdown" and (HEADING.search(cell.source) or EXERCISE.match(cell.source))
        full = used > 0 and used + lines(cell) > SLIDE_LINES
        new = i == 0 or opens_section or after_figure or full
        types.append("slide" if new else "-")
        used = (0 if new else used) + lines(cell)
        after_figure = draws_figure(cell)
    return types


def apply_slide_rule(nb):
    """Write the rule's slide type into each cell's metadata (in place); returns the notebook."""
    for cell, slide_type in zip(nb.cells, slide_types(nb)):
        cell.metadata["slideshow"] = {"slide_type": slide_type}
    return nb
