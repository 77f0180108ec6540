"""The JupyterLab harness itself: its server, its kernels, and the widget helpers of lab.py.

The widgets are driven on a small notebook written here into the temporary copy, not on the
chapters: each interaction changes a Label, HTML or Image widget through a Python callback
in the kernel, so a changed text proves the round trip page -> kernel -> page.
"""

import json
import platform
import re
import sys
import time

import nbformat
import pytest
from lab import LabServer, count_formulas, running
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

pytestmark = pytest.mark.browser

WIDGETS = """\
import io

import ipywidgets as widgets
from PIL import Image


def png(n):
    buffer = io.BytesIO()
    Image.new("L", (10 * n, 10 * n), 200).save(buffer, format="png")
    return buffer.getvalue()


size = widgets.IntSlider(value=3, min=1, max=9, description="kernel size")
shape = widgets.Label("3 x 3")
picture = widgets.Image(value=png(3), format="png")


def on_size(change):
    shape.value = f"{change.new} x {change.new}"
    picture.value = png(change.new)


size.observe(on_size, "value")
mode = widgets.Dropdown(options=["zeros", "reflect", "circular"], description="padding mode")
shown = widgets.HTML("<b>zeros</b>", description="mode")
mode.observe(lambda change: setattr(shown, "value", f"<b>{change.new}</b>"), "value")
name = widgets.Text(description="name", continuous_update=False)
greeting = widgets.Label("")
name.observe(lambda change: setattr(greeting, "value", f"hello {change.new}"), "value")
clicks = widgets.Button(description="count")
count = widgets.Label("0")
clicks.on_click(lambda _: setattr(count, "value", str(int(count.value) + 1)))
widgets.VBox([size, shape, picture, mode, shown, name, greeting, clicks, count])
"""


def write_notebook(server, name, sources, markdown=()):
    """A notebook of these markdown cells, then these code cells, in the served copy."""
    cells = [new_markdown_cell(m) for m in markdown] + [new_code_cell(s) for s in sources]
    nb = new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
    path = server.root / "scratch" / name
    path.parent.mkdir(exist_ok=True)
    nbformat.write(nb, path)
    return path.relative_to(server.root)


def natural_width(page, image):
    return page.evaluate("img => img.naturalWidth", image.element_handle())


@pytest.mark.parametrize(
    "markdown, formulas",
    [
        ("a $x$ and a $$y = 2$$", 2),
        ("`$code$` is not math, $a_1$ is", 1),
        (r"costs \$5 or \$6", 0),
        (r"\(a\) and \[b\]", 2),
        ("$$\n\\begin{aligned} x \\end{aligned}\n$$ then \\begin{align} y \\end{align}", 2),
        ("```\n$not$ math\n```", 0),
    ],
)
def test_count_formulas(markdown, formulas):
    assert count_formulas(markdown) == formulas


def test_jupyterlab_sees_one_python3_kernelspec_this_interpreter(lab_server):
    specs = lab_server.api("GET", "/api/kernelspecs")
    assert specs["default"] == "python3"
    assert list(specs["kernelspecs"]) == ["python3"]
    spec = specs["kernelspecs"]["python3"]["spec"]
    assert spec["argv"][0] == sys.executable
    assert spec["display_name"] == "Python 3 (ipykernel)"


def test_widget_helpers_drive_a_live_kernel(lab):
    from playwright.sync_api import expect  # here: the default run collects this file without Playwright

    path = write_notebook(lab.server, "widgets.ipynb", ["import sys\nprint(sys.prefix)", WIDGETS])
    nb = lab.open(path)
    nb.run_all()
    assert nb.errors() == []
    # The page's kernel is this interpreter's environment, not some other python3.
    expect(nb.output("sys.prefix").locator).to_have_text(sys.prefix)

    out = nb.output("widgets.VBox(")
    shape, shown, greeting, count = (out.label(i) for i in range(4))
    expect(shape).to_have_text("3 x 3")
    expect(out.image(0)).to_have_attribute("src", re.compile("^blob:"))
    first = out.src(0)
    assert natural_width(lab.page, out.image(0)) == 30

    out.set_slider("kernel size", 5)
    expect(shape).to_have_text("5 x 5")
    expect(out.image(0)).not_to_have_attribute("src", first)
    lab.page.wait_for_function("img => img.naturalWidth === 50", arg=out.image(0).element_handle())
    out.press_slider("kernel size", "ArrowLeft")
    expect(shape).to_have_text("4 x 4")

    expect(shown).to_have_text("zeros")
    out.select("padding mode", "reflect")
    expect(shown).to_have_text("reflect")

    out.fill("name", "Ada")
    expect(greeting).to_have_text("hello Ada")

    out.click("count")
    out.click("count")
    expect(count).to_have_text("2")

    with pytest.raises(LookupError, match="kernel size"):
        out.slider("stride")
    with pytest.raises(ValueError, match="cannot take"):
        out.set_slider("kernel size", 12)
    with pytest.raises(LookupError, match="2 code cells"):
        nb.output("import")
    assert lab.blocked == [] and lab.page_errors == []


def test_the_checks_of_a_chapter_catch_what_is_broken(lab):
    # An error stops Run All (and the harness does not wait for the cells after it), stderr
    # and tracebacks are reported, a broken image and raw TeX are found.
    path = write_notebook(
        lab.server,
        "broken.ipynb",
        [
            'print("before")',
            'import sys\nprint("a warning", file=sys.stderr)',
            'from IPython.display import Image\nImage(data=b"not a png", format="png")',
            "1 / 0",
            'print("never")',
        ],
        markdown=[r"Typeset: $\frac{a}{b}$ and $$\left(x\right)$$", r"Not typeset: \frac{1}{2} costs 5 $"],
    )
    nb = lab.open(path)
    nb.run_all(timeout=120)
    assert nb.execution_counts() == [1, 2, 3, 4, None]
    errors = nb.errors()
    assert len(errors) == 2
    assert "a warning" in errors[0] and "ZeroDivisionError" in errors[1]
    assert nb.images() == [{"inWidget": False, "loaded": False, "width": 0}]
    math = nb.math(timeout=5_000)
    assert (math.rendered, math.typeset, math.errors) == (2, 2, 0)
    assert math.raw == ["\\frac", "$"]


def test_stop_ends_the_server_and_its_kernels(tmp_path):
    (tmp_path / "root").mkdir()
    server = LabServer(tmp_path / "root", tmp_path / "scratch")
    try:
        server.start()
        kernel = server.api("POST", "/api/kernels", {"name": "python3"})
        deadline = time.monotonic() + 60
        while len(server.processes()) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        started = server.processes()
        kernels = [p for p in started if "ipykernel_launcher" in p.cmdline()]
        assert len(kernels) == 1, [p.cmdline() for p in started]
        assert kernels[0].cmdline()[0] == sys.executable
        assert kernel["name"] == "python3"
    finally:
        server.stop()
    assert [p.cmdline() for p in started if running(p)] == []


def test_jupyterlab_rewrites_a_stale_kernelspec_and_python_version(lab):
    # What the save test guards against: a notebook stored with the kernelspec of an older
    # ipykernel and another Python version is modified by merely opening it.
    path = write_notebook(lab.server, "stale.ipynb", ["1 + 1"])
    nb = nbformat.read(lab.server.root / path, as_version=4)
    nb.metadata["kernelspec"]["display_name"] = "Python 3"
    nb.metadata["language_info"] = {"name": "python", "version": "3.0.0"}
    nbformat.write(nb, lab.server.root / path)

    page = lab.open(path)
    assert page.is_dirty()
    page.save()
    saved = json.loads((lab.server.root / path).read_text(encoding="utf-8"))["metadata"]
    assert saved["kernelspec"]["display_name"] == "Python 3 (ipykernel)"
    assert saved["language_info"]["version"] == platform.python_version()
