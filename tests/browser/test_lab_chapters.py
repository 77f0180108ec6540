"""Every chapter, run in JupyterLab in headless Chromium as a learner runs it.

Restart Kernel and Run All Cells, then: no error output, every figure drawn, every formula
typeset, nothing asked of the network. A screenshot of each chapter goes to screenshots/lab/.
"""

import json

import pytest
from lab import ROOT, chapters, count_formulas

pytestmark = pytest.mark.browser

CHAPTERS = chapters()


def stored(path):
    return json.loads((ROOT / path).read_text(encoding="utf-8"))


def figures_in(nb):
    """Outputs JupyterLab shows as one <img> of their own: an image, not a widget nor its static copy."""
    return sum(
        1
        for cell in nb["cells"]
        if cell["cell_type"] == "code"
        for out in cell["outputs"]
        if any(m.startswith("image/") for m in out.get("data", {}))
        and "application/vnd.jupyter.widget-view+json" not in out["data"]
        # A widget's static copy is blanked once the live widget renders (utils/viz/live.py).
        and not out.get("metadata", {}).get("static_copy_of_widget")
    )


@pytest.mark.parametrize("path", CHAPTERS)
def test_chapter_runs_in_jupyterlab(lab, path, screenshots):
    nb = lab.open(path)
    try:
        nb.run_all()
    finally:  # a failed run is worth a look too
        nb.screenshot(screenshots / "lab" / path.removeprefix("notebooks/").replace("/", "_").replace(".ipynb", ".png"))

    assert nb.errors() == []
    counts = nb.execution_counts()
    assert counts == list(range(1, len(counts) + 1)), "not every cell ran, in order, after the restart"

    images = nb.images()
    assert [i for i in images if not i["loaded"]] == [], "a figure did not load"
    assert sum(not i["inWidget"] for i in images) == figures_in(stored(path))

    markdown = [c for c in stored(path)["cells"] if c["cell_type"] == "markdown"]
    math = nb.math()
    assert math.rendered == len(markdown)
    assert math.raw == [], "TeX left untypeset in the rendered text"
    assert math.errors == 0
    assert math.typeset == sum(count_formulas("".join(c["source"])) for c in markdown)

    assert lab.blocked == [], "requests tried to leave the machine"
    assert lab.page_errors == []
