"""Notebook hygiene: what strict nbval on a fresh machine needs, checked on the stored files."""

import json
import re
from pathlib import Path

import pytest
from jupyter_client.kernelspec import KernelSpecManager

NOTEBOOKS = sorted(
    p
    for p in (Path(__file__).resolve().parent.parent / "notebooks").rglob("*.ipynb")
    if ".ipynb_checkpoints" not in p.parts
)
# The words a chapter's shape is recognised by, in each edition.
WORDS = {"notebooks": ("You will learn", "## Exercises"), "zh": ("你将学到", "## 练习")}
UNSTABLE = {
    "absolute path": re.compile(r"(/root/|/home/|/tmp/|/work/|/Users/|[A-Z]:\\)"),
    "memory address": re.compile(r" at 0x[0-9a-fA-F]+"),
    "GPU place": re.compile(r"CUDAPlace|Place\(gpu"),
    "Paddle parameter name": re.compile(r"conv2d_\d+\.[wb]_\d+|linear_\d+\.[wb]_\d+"),
    "version string": re.compile(r"\b(paddle|numpy|matplotlib)\s*(version)?\s*[=:]?\s*\d+\.\d+\.\d+", re.I),
}


def text_of(output):
    if "text" in output:
        return "".join(output["text"])
    text = "".join(output.get("data", {}).get("text/plain", ""))
    return text + "\n".join(output.get("traceback", []))


def code_cells(nb):
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


@pytest.fixture(params=NOTEBOOKS, ids=[str(p.relative_to(p.parents[1])) for p in NOTEBOOKS])
def nb(request):
    nb = json.loads(request.param.read_text(encoding="utf-8"))
    nb["words"] = WORDS[request.param.parent.name]
    return nb


def test_kernelspec_is_what_a_fresh_install_writes(nb):
    # JupyterLab replaces a kernelspec that differs from the installed kernel's on open, and
    # the chapter then shows as modified; store exactly what it would write.
    spec = KernelSpecManager().get_kernel_spec("python3")
    expected = {"display_name": spec.display_name, "language": spec.language, "name": "python3"}
    assert nb["metadata"]["kernelspec"] == expected


def test_executed_top_to_bottom(nb):
    counts = [c["execution_count"] for c in code_cells(nb) if "".join(c["source"]).strip()]
    assert counts == list(range(1, len(counts) + 1))


def test_no_error_or_stderr_output(nb):
    for cell in code_cells(nb):
        for out in cell["outputs"]:
            assert out["output_type"] != "error", "".join(cell["source"])
            assert out.get("name") != "stderr", f"stderr stored: {text_of(out)!r}"


def test_no_output_that_differs_between_machines(nb):
    for cell in code_cells(nb):
        for out in cell["outputs"]:
            text = text_of(out)
            for what, pattern in UNSTABLE.items():
                assert not pattern.search(text), f"{what} in output: {text[:200]!r}"


def test_no_nbval_escape_hatches(nb):
    # Every output is compared: no cell opts out of strict nbval.
    for cell in code_cells(nb):
        source = "".join(cell["source"])
        assert not re.search(r"NBVAL_(IGNORE_OUTPUT|SKIP|RAISES_EXCEPTION)", source)
        assert not [t for t in cell.get("metadata", {}).get("tags", []) if t.startswith("nbval")]


def test_chapter_shape(nb):
    """Opens with what the reader will learn, first code cell imports utils, ends with exercises."""
    cells = nb["cells"]
    learn, exercises = nb["words"]
    assert cells[0]["cell_type"] == "markdown" and learn in "".join(cells[0]["source"])
    first = "".join(code_cells(nb)[0]["source"])
    assert "import utils" in first and "Cannot find the course's utils/ folder" in first
    text = "\n".join("".join(c["source"]) for c in cells)
    assert exercises in text
    solutions = [c for c in code_cells(nb) if "".join(c["source"]).startswith("# Solution")]
    assert solutions
    for cell in solutions:
        assert "check(" in "".join(cell["source"])
        assert text_of(cell["outputs"][-1]).startswith("✓ ")  # the checker said right, in either language


def test_solutions_are_folded(nb):
    # Collapsed in JupyterLab until the learner opens them; still run and compared by nbval.
    for cell in code_cells(nb):
        if "".join(cell["source"]).startswith("# Solution"):
            assert cell["metadata"]["jupyter"] == {"source_hidden": True, "outputs_hidden": True}
            assert cell["metadata"]["collapsed"] is True
