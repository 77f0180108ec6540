"""The course's widgets in a real JupyterLab: change each one in the browser, see the kernel redraw it.

Each test writes a throwaway notebook into the server's temporary copy (never the chapters),
runs it with Restart Kernel and Run All, then drives the widget as a reader would (slider
keys, play button, dropdowns, text boxes, toggle buttons, file upload) and waits for the
picture (the Image widget's src) and the text (the HTML widget) that the kernel sends back.
Playwright is imported inside the tests, so the default run collects this module without it.
"""

import hashlib
import io
import re

import nbformat
import numpy as np
import pytest
from nbformat.v4 import new_code_cell, new_notebook
from PIL import Image

from utils import viz

pytestmark = pytest.mark.browser

SETUP = """\
import sys
from pathlib import Path

sys.path.insert(0, str(Path.cwd().parent))
import numpy as np
from utils import viz"""


def open_widget(lab, name, source):
    """Write a notebook with the set-up cell and `source`, run it all, return its Notebook and Output."""
    nb = new_notebook(cells=[new_code_cell(SETUP), new_code_cell(source)])
    nb.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
    path = lab.server.root / "scratch" / name
    path.parent.mkdir(exist_ok=True)
    nbformat.write(nb, path)
    notebook = lab.open(path.relative_to(lab.server.root).as_posix())
    notebook.run_all()
    assert notebook.errors() == []
    return notebook, notebook.output(source)


def panel_text(out):
    """The widget's HTML text (its numbers, messages and notes)."""
    return out.locator.locator(".widget-html-content").first


def upload(out, path):
    """Choose `path` with the Upload button's file chooser, as a reader does."""
    with out.page.expect_file_chooser() as chooser:
        out.locator.locator("button.widget-upload").click()
    chooser.value.set_files(path)


def check_live_view(out):
    """The live widget replaced its static copy: one picture, inside the widget, loaded."""
    from playwright.sync_api import expect

    expect(out.locator.locator("img")).to_have_count(1)
    expect(out.locator.locator(".jupyter-widgets img")).to_have_count(1)
    assert out.image(0).evaluate("img => img.complete && img.naturalWidth > 0")


DIGEST = """async img => {
    const bytes = await (await fetch(img.src)).arrayBuffer();
    const digest = await crypto.subtle.digest("SHA-256", bytes);
    return [...new Uint8Array(digest)].map(b => b.toString(16).padStart(2, "0")).join("");
}"""


def expect_picture(out, picture, timeout=10_000):
    """Wait until the page shows exactly these JPEG bytes.

    An Image widget's src is a new blob: URL at every update, so the bytes behind it are compared.
    """
    wanted = hashlib.sha256(picture).hexdigest()
    out.page.wait_for_function(
        f"async img => ({DIGEST})(img).then(d => d === '{wanted}')", arg=out.image(0).element_handle(), timeout=timeout
    )


def finish(lab, notebook, screenshots, name):
    notebook.screenshot(screenshots / f"widget_{name}.png")
    assert lab.page_errors == [] and lab.blocked == []


def test_step_through_slider_and_play(lab, screenshots):
    from playwright.sync_api import expect

    notebook, out = open_widget(
        lab, "player.ipynb", "viz.step_through(np.arange(1, 10).reshape(3, 3), np.array([[0, 1], [2, 3]]))"
    )
    check_live_view(out)
    text = panel_text(out)
    expect(text).to_contain_text("Step 1 of 4: output (0, 0)")
    expect(text).to_contain_text("0×1 + 1×2 + 2×4 + 3×5 = 25")
    # The same widget made here draws, step by step, the pictures the page must show.
    here = viz.step_through(np.arange(1, 10).reshape(3, 3), np.array([[0, 1], [2, 3]]))
    pictures = []
    for step in range(1, 5):
        here.slider.value = step
        pictures.append(here.image.value)
    assert len(set(pictures)) == 4
    expect_picture(out, pictures[0])
    out.set_slider("step", 4)
    expect(text).to_contain_text("0×5 + 1×6 + 2×8 + 3×9 = 49")
    expect(text).to_contain_text("running sum: 0 → 6 → 22 → 49")
    expect_picture(out, pictures[3])
    out.press_slider("step", "Home")
    expect(text).to_contain_text("= 25")
    expect_picture(out, pictures[0])
    # The play button moves the slider in the browser (jslink); each step comes back from the kernel.
    out.locator.locator(".widget-play button").first.click()
    expect(out.slider("step")).to_have_attribute("aria-valuenow", re.compile(r"^4(\.0)?$"), timeout=20_000)
    expect(text).to_contain_text("= 49")
    expect_picture(out, pictures[3])
    finish(lab, notebook, screenshots, "step_through")


def test_explorer_sliders_dropdowns_and_text_box(lab, screenshots):
    from playwright.sync_api import expect

    notebook, out = open_widget(lab, "explorer.ipynb", "viz.explorer()")
    check_live_view(out)
    text = panel_text(out)
    expect(text).to_contain_text("Paddle Conv2D output shape [1, 1, 3, 3]: agrees with the formula")
    first = out.src(0)
    out.set_slider("kernel size", 5)  # (5 + 1 + 1 - 4 - 1) // 2 + 1 = 2
    expect(text).to_contain_text("⌊(5 + 1 + 1 − 1·(5 − 1) − 1) / 2⌋ + 1 = ⌊2 / 2⌋ + 1 = 2")
    expect(text).to_contain_text("[1, 1, 2, 2]")
    expect(out.image(0)).not_to_have_attribute("src", first)
    out.select("padding", "per side")
    out.fill("top, bottom, left, right", "0, 0, 1, 1")  # height (5 - 5) // 2 + 1 = 1, width 2
    expect(text).to_contain_text("[1, 1, 1, 2]")
    out.fill("top, bottom, left, right", "one, two")
    expect(text).to_contain_text("Padding per side needs four whole numbers")
    out.fill("top, bottom, left, right", "1, 1, 1, 1")
    out.select("padding_mode", "reflect")
    expect(text).to_contain_text("only does that with one int padding")
    expect(text).to_contain_text("Paddle Conv2D raises TypeError")
    out.select("padding", "same")
    out.select("padding_mode", "zeros")
    out.set_slider("dilation", 2)
    expect(text).to_contain_text("Paddle's 'same' ignores dilation")
    finish(lab, notebook, screenshots, "explorer")


def test_stack_explorer_layers(lab, screenshots):
    from playwright.sync_api import expect

    notebook, out = open_widget(lab, "stack.ipynb", "viz.stack_explorer()")
    check_live_view(out)
    text = panel_text(out)
    expect(text).to_contain_text("span 5x5, as the recurrence says")
    first = out.src(0)
    out.set_slider("layers", 3)
    expect(text).to_contain_text("5 + 1·(3 − 1)·1 = 7")
    expect(out.image(0)).not_to_have_attribute("src", first)
    out.set_slider("layers", 2)
    expect(text).to_contain_text("span 5x5")
    # Layer 2's dilation: the sliders of one layer sit in the row labelled with its number.
    layer2 = out.locator.locator(".widget-hbox", has_text="layer 2")
    handle = layer2.locator(".widget-inline-hbox", has_text="dilation").locator("[role=slider]")
    for _ in range(3):
        handle.press("ArrowRight")
    # Dilation 4: 3 + 4·(3 − 1)·1 = 11; the taps 0..2 + {0, 4, 8} miss offsets 3 and 7 on each axis,
    # so 11·11 - 9·9 = 40 pixels of the box are holes.
    expect(text).to_contain_text("3 + 4·(3 − 1)·1 = 11")
    expect(text).to_contain_text("40 of the 121 pixels inside are holes that reach it by no path")
    finish(lab, notebook, screenshots, "stack_explorer")


def png_file(tmp_path, name, array):
    path = tmp_path / name
    Image.fromarray(array).save(path)
    return path


def test_image_lab_kernels_channels_and_uploads(lab, screenshots, tmp_path):
    from playwright.sync_api import expect

    notebook, out = open_widget(lab, "lab.ipynb", 'viz.image_lab("chelsea.png", "laplacian")')
    check_live_view(out)
    text = panel_text(out)
    expect(text).to_contain_text("Paddle output 264x398")
    first = out.src(0)
    out.select("kernel", "mean blur, k x k")
    expect(text).to_contain_text("Paddle output 262x396")  # 5x5: 4 pixels fewer each way
    expect(out.image(0)).not_to_have_attribute("src", first)
    out.set_slider("k", 3)
    expect(text).to_contain_text("Paddle output 264x398")
    # Colour: the 3x3 mean summed over R, G and B; the range the same widget gives here.
    colour = viz.image_lab("chelsea.png", "mean", size=3, channels="colour")
    assert colour.range_text() != viz.image_lab("chelsea.png", "mean", size=3).range_text()
    out.locator.locator("button", has_text="colour: R, G, B summed into 1 map").click()
    expect(text).to_contain_text(colour.range_text())
    rgba = np.zeros((40, 60, 4), np.uint8)
    rgba[..., 0], rgba[:, :30, 3] = 255, 255
    upload(out, png_file(tmp_path, "alpha.png", rgba))
    expect(text).to_contain_text("alpha channel was dropped, transparent parts put on white")
    expect(text).to_contain_text("Paddle output 38x58")
    expect(out.widget("photo").locator("select")).to_have_value("upload 2: alpha.png")
    (tmp_path / "notes.txt").write_text("not a picture")
    upload(out, tmp_path / "notes.txt")
    expect(text).to_contain_text("notes.txt is not an image the lab can read")
    huge = io.BytesIO()
    Image.new("L", (20000, 20000)).save(huge, format="PNG")  # 400 megapixels in a few hundred kB
    (tmp_path / "huge.png").write_bytes(huge.getvalue())
    upload(out, tmp_path / "huge.png")
    expect(text).to_contain_text("huge.png has more pixels than Pillow will open")
    expect(text).to_contain_text("Paddle output 38x58")  # the last good photo stays
    finish(lab, notebook, screenshots, "image_lab")
