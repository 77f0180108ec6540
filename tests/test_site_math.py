"""Formulas become MathML at build time (scripts/site_math.py), and a bad one stops the build."""

import xml.etree.ElementTree as ET
from pathlib import Path

import nbformat
import pytest
from nbconvert.filters.markdown_mistune import IPythonRenderer, MarkdownWithMath
from site_math import MathError, markdown_to_html, mathml_text, tex_to_mathml

ROOT = Path(__file__).resolve().parent.parent
M = "{http://www.w3.org/1998/Math/MathML}"


def tree(tex, display=False):
    return ET.fromstring(tex_to_mathml(tex, display))


def tags(element):
    return [e.tag.removeprefix(M) for e in element.iter()]


def texts(element, tag):
    return [e.text for e in element.iter(M + tag)]


class Collector(IPythonRenderer):
    """A renderer that records each formula the markdown parser finds, the way the site's does."""

    def __init__(self):
        super().__init__(escape=False)
        self.found = []

    def block_math(self, body):
        self.found.append((body, True))
        return ""

    def inline_math(self, body):
        self.found.append((body, False))
        return ""


def chapter_formulas():
    collector = Collector()
    for path in sorted((ROOT / "notebooks").rglob("[0-9][0-9]_*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type == "markdown":
                before = len(collector.found)
                MarkdownWithMath(renderer=collector).render(cell.source)
                for i in range(before, len(collector.found)):
                    collector.found[i] += (f"{path.name} {cell.get('id')}",)
    return collector.found


FORMULAS = chapter_formulas()


def test_the_chapters_have_formulas():
    assert len(FORMULAS) > 50
    assert any("\\frac" in tex for tex, _, _ in FORMULAS)


@pytest.mark.parametrize(("tex", "display", "where"), FORMULAS, ids=[w + " " + t[:30] for t, _, w in FORMULAS])
def test_every_formula_of_every_chapter_converts(tex, display, where):
    root = tree(tex.strip(), display)
    assert root.get("display") == ("block" if display else "inline")
    assert "\\" not in "".join(root.itertext())  # no TeX command left as text


def test_fraction():
    root = tree(r"\frac{1}{25}")
    (frac,) = root.iter(M + "mfrac")
    assert [texts(part, "mn") for part in frac] == [["1"], ["25"]]  # numerator, denominator


def test_subscripts_keep_their_letters():
    root = tree(r"H_{out} \times W_{out}")
    subs = list(root.iter(M + "msub"))
    assert len(subs) == 2
    assert texts(subs[0], "mi") == ["H", "o", "u", "t"]
    assert "\u00d7" in texts(root, "mo")  # the multiplication sign


def test_floor_with_left_right_and_fraction():
    root = tree(r"H_{out} = \left\lfloor \frac{H + 2p_h - k_h}{s_h} \right\rfloor + 1", display=True)
    operators = texts(root, "mo")
    assert "\u230a" in operators and "\u230b" in operators  # the floor brackets
    assert "mfrac" in tags(root)


def test_ceil_sum_otimes_text_and_spaces():
    assert "".join(tree(r"\lceil H / s \rceil").itertext()) == "\u2308H/s\u2309"  # the ceiling brackets
    summation = tree(r"b[i, j] = \sum_{u, v} a[i+u,\ j+v]\; w[u, v]", display=True)
    assert "\u2211" in texts(summation, "mo")
    assert "\u2297" in texts(tree(r"[1, 2, 3, 2, 1] \otimes [1, 2, 3, 2, 1]"), "mo")
    mean = tree(r"x_{centre} - \text{mean of neighbours}")
    assert [t.replace("\xa0", " ") for t in texts(mean, "mtext")] == ["mean of neighbours"]
    spaced = tree(r"a = 1, \qquad b = 2")
    assert [e.get("width") for e in spaced.iter(M + "mspace")] == ["2em"]


@pytest.mark.parametrize(
    "bad",
    [r"\foo x", r"\frac{1}", r"{a", r"a}", r"\left( x", r"a_", ""],
    ids=["unknown command", "no denominator", "open brace", "close brace", "left alone", "empty sub", "empty"],
)
def test_a_formula_that_does_not_convert_raises(bad):
    with pytest.raises(MathError):
        tex_to_mathml(bad)


def test_tex_must_be_a_string():
    with pytest.raises(TypeError, match="tex"):
        tex_to_mathml(25)


def test_markdown_leaves_no_tex():
    html = markdown_to_html("The kernel $\\frac{1}{25}$ blurs:\n\n$$b = \\sum_{u} a_u$$\n\nand `$x$` in code stays.")
    assert html.count("<math") == 2
    assert 'display="block"' in html and 'display="inline"' in html
    assert "\\frac" not in html and "$$" not in html
    assert "<code>$x$</code>" in html  # code is not maths


def test_markdown_names_the_bad_formula():
    with pytest.raises(MathError, match=r"\\foo"):
        markdown_to_html("A broken formula $\\foo{x}$ here.")


def test_mathml_as_plain_text():
    assert mathml_text(tex_to_mathml(r"\frac{1}{25}")) == "1/25"
    assert mathml_text(tex_to_mathml(r"H_{out} = H - k + 1")) == "H_out = H − k + 1"
    assert mathml_text(tex_to_mathml(r"\sqrt{25} = 5")) == "√25 = 5"
