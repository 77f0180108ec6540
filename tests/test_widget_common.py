"""What all widgets share: Pillow pictures in the course's colours, their language, and strict nbval."""

import io
import subprocess
import sys
from pathlib import Path

import nbformat
import numpy as np
import pytest
from PIL import Image

from utils import i18n, viz
from utils.viz import raster
from utils.viz.style import INPUT, PAD, WINDOW

ROOT = Path(__file__).resolve().parent.parent


def pixels(png):
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))


def test_grid_paints_roles_and_window():
    colours = raster.fill((3, 3), INPUT)
    colours[0] = raster.rgb(PAD)
    grid = raster.Grid(colours, np.arange(9).reshape(3, 3), "", cell=20, outline=[(1, 1)])
    image = Image.new("RGB", grid.size, "white")
    grid.draw(image, 0, 0)
    px = np.asarray(image)
    assert tuple(px[3, 3]) == raster.rgb(PAD) and tuple(px[43, 3]) == raster.rgb(INPUT)  # row 0 pad, row 2 input
    assert tuple(px[20, 30]) == raster.rgb(WINDOW)  # the top edge of the outlined centre cell


def test_text_wraps_sums_at_plus_signs():
    line = " + ".join(f"{k}×{k}" for k in range(40))
    text = raster.Text([line], width=200)
    assert len(text.lines) > 1 and all(raster.text_width(t, raster.TEXT_SIZE) <= 200 for t in text.lines)
    assert " ".join(text.lines).count("×") == 40


def test_widgets_speak_the_language_set(monkeypatch):
    zh = {
        "step": "步骤",
        "input": "输入",
        "kernel": "卷积核",
        "Step {k} of {n}: output ({i}, {j})": "第 {k} 步，共 {n} 步：输出 ({i}, {j})",
    }
    monkeypatch.setattr(i18n, "catalogue", lambda language: zh if language == "zh" else {})
    i18n.set_language("zh")
    try:
        player = viz.step_through(np.arange(1, 10).reshape(3, 3), np.array([[0, 1], [2, 3]]))
        assert player.slider.description == "步骤"
        assert "第 1 步，共 4 步：输出 (0, 0)" in player.text.value
        if raster._font_file("zh") == raster._font_file("en"):
            pytest.skip("no CJK font on this machine: Chinese titles would show as boxes")
        assert raster.font(15).getname()[0].endswith("CJK SC")  # Chinese titles need a CJK font
    finally:
        i18n.set_language("en")
    english = viz.step_through(np.arange(1, 10).reshape(3, 3), np.array([[0, 1], [2, 3]]))
    assert english.slider.description == "step" and english.image.value != player.image.value


NOTEBOOK_CELLS = [
    "import sys\nsys.path.insert(0, {root!r})\nimport numpy as np\nfrom utils import viz",
    "viz.step_through(np.arange(1, 10).reshape(3, 3), np.array([[0, 1], [2, 3]]))",
    "viz.step_through(np.arange(48).reshape(3, 4, 4) % 5, np.ones((3, 2, 2)))",
    "viz.explorer()",
    "viz.stack_explorer([(3, 1, 2), (3, 1, 4)])",
    'viz.image_lab("chelsea.png", "laplacian", channels="colour")',
]


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """A throwaway notebook with every widget, executed as refresh_notebooks.py executes the chapters."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from refresh_notebooks import execute

    folder = tmp_path_factory.mktemp("widgets")
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(c.format(root=str(ROOT))) for c in NOTEBOOK_CELLS]
    execute(nb, folder)
    path = folder / "widgets.ipynb"
    nbformat.write(nb, path)
    return path, nb


def test_each_widget_cell_stores_a_static_picture_then_its_summary(executed):
    _, nb = executed
    for cell in nb.cells[1:]:
        kinds = [o.output_type for o in cell.outputs]
        assert kinds == ["display_data", "execute_result"], cell.source
        picture, widget = cell.outputs
        assert "image/jpeg" in picture.data and picture.metadata == {"static_copy_of_widget": True}
        text = widget.data["text/plain"]
        assert "application/vnd.jupyter.widget-view+json" in widget.data
        assert text.split(":")[0] in ("step-through", "explorer", "stack explorer", "image lab")
        assert "PNG" not in text and "JFIF" not in text and "\\x" not in text  # no image bytes leak into the text


@pytest.mark.slow  # a second pytest run with nbval: with `python -m pytest -m slow`
def test_strict_nbval_passes_and_compares_the_taught_numbers(executed):
    path, nb = executed
    run = [sys.executable, "-m", "pytest", "--nbval", "--nbval-current-env", "-p", "no:cacheprovider", "-n", "0", "-q"]
    result = subprocess.run([*run, path.name], cwd=path.parent, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:]
    # The same notebook with one taught number changed must fail: the number is compared.
    changed = path.read_text(encoding="utf-8").replace("[[25, 31], [43, 49]]", "[[25, 31], [43, 48]]")
    assert changed != path.read_text(encoding="utf-8")
    path.with_name("changed.ipynb").write_text(changed, encoding="utf-8")
    result = subprocess.run([*run, "changed.ipynb"], cwd=path.parent, capture_output=True, text=True, timeout=600)
    assert result.returncode == 1 and "FAILED changed.ipynb::Cell 1 " in result.stdout
