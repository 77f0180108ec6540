"""Markdown with maths to HTML whose formulas are MathML, made at build time.

Browsers render MathML without any script, so the pages need no MathJax and no network.
latex2mathml passes what it does not understand through (an unknown command becomes the
text "\\foo", a missing argument is dropped), so every result is checked here, and a formula
that does not convert cleanly raises MathError instead of reaching a page as raw TeX.
"""

import re
import xml.etree.ElementTree as ET

from latex2mathml.converter import convert
from nbconvert.filters.markdown_mistune import IPythonRenderer, MarkdownWithMath

MATHML = "{http://www.w3.org/1998/Math/MathML}"
# How many children each MathML element that takes arguments must have.
ARITY = {"mfrac": 2, "msub": 2, "msup": 2, "msubsup": 3, "mroot": 2, "munder": 2, "mover": 2, "munderover": 3}


class MathError(ValueError):
    """A formula that does not convert to MathML."""


def _braces_balanced(tex):
    depth = 0
    for brace in re.findall(r"(?<!\\)[{}]", tex):
        depth += 1 if brace == "{" else -1
        if depth < 0:
            return False
    return depth == 0


def tex_to_mathml(tex, display=False):
    """The MathML for one formula (without its $ delimiters); MathError if it does not convert."""
    if not isinstance(tex, str):
        raise TypeError(f"tex must be a string, got {type(tex).__name__}")
    if not tex.strip():
        raise MathError("empty formula")
    if not _braces_balanced(tex):
        raise MathError(f"unbalanced braces in ${tex}$")
    try:
        mathml = convert(tex, display="block" if display else "inline")
    except Exception as error:  # latex2mathml raises its own exception types, and IndexError
        raise MathError(f"${tex}$ does not convert to MathML: {type(error).__name__} {error}") from error
    for element in ET.fromstring(mathml).iter():
        name = element.tag.removeprefix(MATHML)
        if element.text and element.text.startswith("\\"):
            raise MathError(f"${tex}$: latex2mathml does not know {element.text}")
        if name in ARITY and len(element) != ARITY[name]:
            raise MathError(f"${tex}$: <{name}> has {len(element)} arguments instead of {ARITY[name]}")
    return mathml


def mathml_text(mathml):
    """A formula as one line of plain text (for alternative text): 1/25, H_out, √(25)."""

    def group(part):
        part = part.strip()
        return part if re.fullmatch(r"[\w.]+", part) else f"({part})"

    def text(element):
        name = element.tag.removeprefix(MATHML)
        parts = [text(child) for child in element]
        if name == "mfrac":
            return "/".join(group(p) for p in parts)
        if name in ("msub", "munder"):
            return f"{parts[0]}_{group(parts[1])} "
        if name in ("msup", "mover"):
            return f"{parts[0]}^{group(parts[1])} "
        if name in ("msubsup", "munderover"):
            return f"{parts[0]}_{group(parts[1])}^{group(parts[2])} "
        if name == "msqrt":
            return f"√{group(''.join(parts))}"
        if name == "mspace":
            return " "
        if name == "mo" and element.text and element.text.strip() in "=+−×·≤≥→<>":
            return f" {element.text.strip()} "
        if name == "mo" and element.text == ",":
            return ", "
        return (element.text or "") + "".join(parts)

    return " ".join(text(ET.fromstring(mathml)).replace("\xa0", " ").split())


class MathMLRenderer(IPythonRenderer):
    """nbconvert's markdown renderer, with formulas written as MathML instead of TeX for MathJax."""

    def block_math(self, body):
        return tex_to_mathml(body.strip(), display=True)

    def inline_math(self, body):
        return tex_to_mathml(body.strip())

    def latex_environment(self, name, body):
        return tex_to_mathml(f"\\begin{{{name}}}{body}\\end{{{name}}}", display=True)


def markdown_to_html(source, **renderer_options):
    """HTML for a markdown text; its formulas become MathML (MathError if one does not convert)."""
    return MarkdownWithMath(renderer=MathMLRenderer(escape=False, **renderer_options)).render(source)
