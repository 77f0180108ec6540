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


def test_text_wraps_chinese_between_characters_and_english_at_spaces():
    chinese = "卷积核跨越 5 格（空洞 1 · (5 − 1) + 1），但填充后的输入只有 2x2：放不下任何窗口，所以没有输出。" * 2
    english = "The kernel spans 5 cells (dilation 1 · (5 − 1) + 1) but the padded input is only 2x2: no window fits."
    for line in (chinese, english):
        text = raster.Text([line], width=300)
        assert len(text.lines) > 1 and all(raster.text_width(t, raster.TEXT_SIZE) <= 300 for t in text.lines)
        assert "".join(text.lines).replace(" ", "") == line.replace(" ", "")  # nothing lost
    assert not any(t.startswith(("，", "。", "：", "）")) for t in raster.Text([chinese], width=300).lines)
    lines = raster.Text([english], width=300).lines
    assert all(word in english.split() for line in lines for word in line.split())  # broken at spaces only


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


@pytest.mark.parametrize(
    "files, chosen",
    [
        (["/f/DejaVuSans.ttf", "/f/NotoSansCJK-Bold.ttc", "/f/NotoSansCJK-Regular.ttc"], "/f/NotoSansCJK-Regular.ttc"),
        (
            ["/Library/Fonts/Arial.ttf", "/System/Library/Fonts/Hiragino Sans GB.ttc"],
            "/System/Library/Fonts/Hiragino Sans GB.ttc",
        ),
        (
            ["C:/Windows/Fonts/simsun.ttc", "C:/Windows/Fonts/msyhbd.ttc", "C:/Windows/Fonts/msyh.ttc"],
            "C:/Windows/Fonts/msyh.ttc",
        ),
        (["/f/DejaVuSans.ttf", "/f/cmr10.ttf"], None),
    ],
)
def test_a_cjk_font_is_found_by_its_file_name(monkeypatch, files, chosen):
    monkeypatch.setattr(raster.font_manager, "findSystemFonts", lambda: files)
    found = raster.cjk_font.__wrapped__()  # not the cached answer for this machine
    assert (found and found[0]) == chosen


def test_chinese_characters_get_a_cjk_font_in_either_edition():
    # An English picture titles an upload 猫.png with the CJK font, its other words with DejaVu Sans.
    assert raster._script("input: 猫.png, 40x30") == "zh" and raster._script("input: cat.png, 40x30") == "en"


def test_without_a_cjk_font_a_chinese_picture_is_drawn_in_english_with_a_note(monkeypatch):
    """Chinese words in a font without their glyphs would be empty boxes: the picture says so in English instead."""

    def make():
        return viz.step_through(np.arange(1, 10).reshape(3, 3), np.array([[0, 1], [2, 3]]))

    english = pixels(make().image.value)
    monkeypatch.setattr(raster, "cjk_font", lambda: None)
    caches = [raster._font_file, raster._font, raster._mask, raster._width]
    for cache in caches:
        cache.cache_clear()
    i18n.set_language("zh")
    try:
        player = make()
        lab = viz.image_lab("chelsea.png", "mean", size=3)  # its note on scaling is Chinese: left to the text panel
    finally:
        i18n.set_language("en")
        for cache in caches:  # the fonts drawn here are not the machine's
            cache.cache_clear()
    assert "第 1 步" in player.text.value and "缩小" in lab.text.value  # the panels stay Chinese
    chinese = pixels(player.image.value)
    assert chinese.shape[1] == english.shape[1] and chinese.shape[0] > english.shape[0] + 20  # a note under it
    top = chinese[: english.shape[0] - 8].astype(int) - english[: english.shape[0] - 8]
    assert np.abs(top).mean() < 1  # the English picture, up to JPEG noise
    note = chinese[english.shape[0] :]
    assert (note < 200).any()  # the note is written


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
