"""The offline site (scripts/build_site.py), checked without a browser.

The site is built from a copy of the chapters to which the slide rule was applied, as
scripts/refresh_notebooks.py stores them. tests/browser/test_site.py opens the same pages
in Chromium with the network blocked.
"""

import re
import shutil
import subprocess
import sys
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import build_site
import nbformat
import pytest
import student_edition
from bs4 import BeautifulSoup
from nbconvert.filters.markdown_mistune import IPythonRenderer, MarkdownWithMath
from site_math import MathError
from slide_rule import apply_slide_rule, draws_figure
from teaching_guide import load_notes

import utils.exercises

ROOT = Path(__file__).resolve().parent.parent
CHAPTERS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
NBCONVERT_DEFAULT_ALT = "No description has been provided for this image"
# Building the whole site takes tens of seconds: these run with `python -m pytest -m slow`.
pytestmark = pytest.mark.slow


def copy_with_slide_rule(dest):
    """The chapters (and any translated edition) with the slide rule applied, in `dest`."""
    for path in sorted((ROOT / "notebooks").rglob("[0-9][0-9]_*.ipynb")):
        target = dest / path.relative_to(ROOT / "notebooks")
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(apply_slide_rule(nbformat.read(path, as_version=4)), target)
    return dest


def snapshot(folder):
    return {p: (p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(folder.rglob("*"))}


@pytest.fixture(scope="module")
def notebooks(tmp_path_factory):
    return copy_with_slide_rule(tmp_path_factory.mktemp("notebooks"))


@pytest.fixture(scope="module")
def built(notebooks, tmp_path_factory):
    """The site, and the notebooks folders as they were before and after the build."""
    out = tmp_path_factory.mktemp("site") / "site"
    before = snapshot(ROOT / "notebooks"), snapshot(notebooks)
    build_site.build(out, notebooks)
    return out, before, (snapshot(ROOT / "notebooks"), snapshot(notebooks))


@pytest.fixture(scope="module")
def site(built):
    return built[0]


def text_of(page):
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    for hidden in soup.find_all(["script", "style"]):
        hidden.extract()
    return soup.get_text(" ")


class Loads(HTMLParser):
    """Every URL a page would fetch by itself (not the links a reader may follow)."""

    LOADING = {"script": "src", "img": "src", "link": "href", "iframe": "src", "source": "src", "embed": "src"}

    def __init__(self):
        super().__init__()
        self.urls, self.styles, self.imgs, self._in_style = [], [], [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in self.LOADING and attrs.get(self.LOADING[tag]):
            self.urls.append(attrs[self.LOADING[tag]])
        if tag == "img":
            self.imgs.append(attrs)
        if "style" in attrs:
            self.styles.append(attrs["style"] or "")
        self._in_style = tag == "style"

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)

    def handle_endtag(self, tag):
        self._in_style = False


def parsed(page):
    loads = Loads()
    loads.feed(page.read_text(encoding="utf-8"))
    return loads


def formula_count(nb):
    """How many formulas the chapter's markdown has, found by nbconvert's own markdown parser."""

    class Count(IPythonRenderer):
        n = 0

        def block_math(self, body):
            Count.n += 1
            return ""

        inline_math = block_math

    for cell in nb.cells:
        if cell.cell_type == "markdown":
            MarkdownWithMath(renderer=Count(escape=False)).render(cell.source)
    return Count.n


def test_every_chapter_has_a_page_a_handout_slides_and_a_guide(site):
    assert (site / "index.html").is_file() and (site / "student" / "index.html").is_file()
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    linked = {a["href"] for a in home.find_all("a", href=True)}
    for path in CHAPTERS:
        for page in [f"book/{path.stem}.html", f"student/{path.stem}.html", f"slides/{path.stem}.html"]:
            assert (site / page).is_file() and page in linked, page
        assert (site / "guide" / f"{path.stem}.html").is_file()
        assert f"guide/{path.stem}.html" in linked


def test_no_page_loads_anything_from_the_network(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 4 * len(CHAPTERS)
    for page in pages:
        loads = parsed(page)
        assert loads.urls, page  # every page loads its style sheets
        for url in loads.urls:
            assert not re.match(r"(https?:)?//", url.strip(), re.I), f"{page.name} loads {url}"
        for css in loads.styles:
            assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//|@import", css, re.I), page.name
    for css in site.rglob("*.css"):
        assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//|@import", css.read_text(encoding="utf-8"), re.I), css


def test_every_image_has_a_description(site):
    described = 0
    for page in site.rglob("*.html"):
        for img in parsed(page).imgs:
            assert img.get("alt", "").strip() not in ("", NBCONVERT_DEFAULT_ALT), page.name
            described += 1
    assert described > 0
    # A description written in the teacher's notes is the one the page carries.
    text = load_notes("01_cross_correlation").figures["c09"]  # the cell that draws viz.corr_steps
    alts = [img["alt"] for img in parsed(site / "book" / "01_cross_correlation.html").imgs]
    assert " ".join(text.split()) in alts


@pytest.mark.parametrize("path", CHAPTERS, ids=[p.stem for p in CHAPTERS])
def test_formulas_are_mathml_and_no_tex_is_left(site, path):
    nb = nbformat.read(path, as_version=4)
    html = (site / "book" / f"{path.stem}.html").read_text(encoding="utf-8")
    assert html.count("<math ") == formula_count(nb) > 0
    text = text_of(site / "book" / f"{path.stem}.html")
    for tex in ("$$", "\\frac", "\\left", "\\times", "\\lfloor"):
        assert tex not in text
    assert "MathJax" not in html and "require.js" not in html


@pytest.mark.parametrize("path", CHAPTERS, ids=[p.stem for p in CHAPTERS])
def test_handouts_keep_every_figure_and_drop_every_solution(site, path):
    nb = nbformat.read(path, as_version=4)
    solutions = [c for c in nb.cells if c.cell_type == "code" and c.source.startswith("# Solution")]
    figures_in_solutions = sum(draws_figure(c) for c in solutions)
    figures = sum(draws_figure(c) for c in nb.cells)
    book, handout = site / "book" / f"{path.stem}.html", site / "student" / f"{path.stem}.html"
    assert len(parsed(handout).imgs) == figures - figures_in_solutions
    assert len(parsed(book).imgs) == figures
    book_text, handout_text = " ".join(text_of(book).split()), " ".join(text_of(handout).split())
    assert solutions and "*Solution" not in handout_text and "# Solution" not in handout_text
    asked = "\n".join(c.source for c in nb.cells if c not in solutions)  # e.g. a function's first line
    for solution in solutions:
        for line in solution.source.splitlines()[1:]:
            if line.strip() and "check(" not in line and line.strip() not in asked:
                words = " ".join(re.findall(r"\w+|[^\w\s]", line))  # highlighted code is split into spans
                assert words.replace(" ", "") in book_text.replace(" ", "")
                assert words.replace(" ", "") not in handout_text.replace(" ", ""), line


def test_the_student_zip_is_the_student_edition(site, tmp_path):
    student_edition.main(tmp_path)
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    with zipfile.ZipFile(site / "student" / "student-notebooks.zip") as archive:
        names = sorted(n.removeprefix("student-notebooks/") for n in archive.namelist())
        assert names == written
        for path in CHAPTERS:
            nb = nbformat.reads(archive.read(f"student-notebooks/{path.name}").decode(), as_version=4)
            assert not any(c.source.startswith("# Solution") for c in nb.cells)


def test_the_student_folder_stands_alone(site):
    for page in (site / "student").glob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for element in soup.find_all(["a", "link", "script", "img"]):
            url = element.get("href") or element.get("src") or ""
            if url and not url.startswith(("data:", "#")):
                target = (page.parent / url.split("#")[0]).resolve()
                assert (site / "student").resolve() in target.parents, f"{page.name} -> {url}"


@pytest.mark.parametrize("path", CHAPTERS, ids=[p.stem for p in CHAPTERS])
def test_the_slides_are_cut_where_the_metadata_says(site, notebooks, path):
    nb = nbformat.read(notebooks / path.name, as_version=4)
    slides = sum(c.metadata["slideshow"]["slide_type"] == "slide" for c in nb.cells)
    html = (site / "slides" / f"{path.stem}.html").read_text(encoding="utf-8")
    assert html.count("<section") == 2 * slides  # each slide is a stack of one (nbconvert's layout)
    assert re.search(r'<script src="\.\./assets/reveal\.js/reveal\.js">', html)
    assert (site / "assets" / "reveal.js" / "LICENSE").is_file()


def test_the_guide_has_the_plan_the_predictions_and_the_checkers_mistakes(site):
    stem = "03_stride"
    text = " ".join(text_of(site / "guide" / f"{stem}.html").split())
    notes = load_notes(stem)
    for item in notes.questions + [activity for _, activity in notes.plan] + list(notes.predict.values()):
        for words in re.split(r"\$[^$]+\$|`", item):  # formulas are MathML, code is set apart
            assert " ".join(words.split()) in text
    assert "43–45" in text  # the plan's last step ends at 45 minutes
    for exercise_id in [i for i in utils.exercises.exercise_ids() if i.startswith("03.")]:
        assert utils.exercises.prompt(exercise_id) in text
        for wrong, cause in utils.exercises.mistakes(exercise_id):
            assert cause in text and wrong in text


def test_a_chinese_edition_gets_its_own_pages_and_a_language_switch(notebooks, tmp_path):
    copy = tmp_path / "notebooks"
    (copy / "zh").mkdir(parents=True)
    for path in CHAPTERS[:2]:
        shutil.copy(notebooks / path.name, copy / path.name)
        nb = nbformat.read(notebooks / path.name, as_version=4)
        learn = "**你将学到**\n- 卷积核 $\\frac{1}{2}$;\n- 特征图。"
        nb.cells[0].source = f"# {int(path.name[:2])}. 第 {path.name[:2]} 章\n\n" + learn
        nbformat.write(nb, copy / "zh" / path.name)
    out = tmp_path / "site"
    build_site.build(out, copy)
    stem = CHAPTERS[0].stem
    for page in ["index.html", "student/index.html", *(f"{k}/{stem}.html" for k in ("book", "student", "slides"))]:
        html = (out / "zh" / page).read_text(encoding="utf-8")
        assert '<html lang="zh"' in html, page
    english = BeautifulSoup((out / "book" / f"{stem}.html").read_text(encoding="utf-8"), "html.parser")
    chinese = BeautifulSoup((out / "zh" / "book" / f"{stem}.html").read_text(encoding="utf-8"), "html.parser")
    assert english.find("a", hreflang="zh")["href"] == f"../zh/book/{stem}.html"
    assert chinese.find("a", hreflang="en")["href"] == f"../../book/{stem}.html"
    assert "第 01 章" in chinese.get_text() and "<math" in str(chinese.find("main"))
    # The teacher's guide is written once, in English, and both editions link to it.
    assert chinese.find("a", href=f"../../guide/{stem}.html")


def test_the_build_writes_nothing_into_the_notebooks(built):
    _, before, after = built
    assert before == after


def test_a_chapter_without_teachers_notes_stops_the_build(notebooks, tmp_path):
    copy = tmp_path / "notebooks"
    shutil.copytree(notebooks, copy)
    shutil.copy(copy / CHAPTERS[0].name, copy / "10_new_chapter.ipynb")
    with pytest.raises(build_site.NotesError, match=r"teaching/10_new_chapter\.yml"):
        build_site.build(tmp_path / "site", copy)
    assert not (tmp_path / "site").exists()


def test_a_formula_that_does_not_convert_stops_the_build(notebooks, tmp_path):
    copy = tmp_path / "notebooks"
    shutil.copytree(notebooks, copy)
    path = copy / CHAPTERS[0].name
    nb = nbformat.read(path, as_version=4)
    nb.cells[2].source += "\n\nA broken formula: $\\fracc{1}{2}$."
    nbformat.write(nb, path)
    with pytest.raises(MathError, match=rf"{CHAPTERS[0].stem}.*\\fracc"):
        build_site.build(tmp_path / "site", copy)
    assert not (tmp_path / "site").exists()


def test_missing_slide_metadata_stops_the_build_with_a_message(tmp_path):
    copy = tmp_path / "notebooks"
    copy.mkdir()
    nb = nbformat.read(CHAPTERS[0], as_version=4)
    for cell in nb.cells:
        cell.metadata.pop("slideshow", None)
    nbformat.write(nb, copy / CHAPTERS[0].name)
    run = subprocess.run(
        [sys.executable, "scripts/build_site.py", str(tmp_path / "site"), "--notebooks", str(copy)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1
    assert "refresh_notebooks.py" in run.stderr and "Traceback" not in run.stderr


def test_a_folder_the_build_did_not_make_is_left_alone(notebooks, tmp_path):
    (tmp_path / "mine.txt").write_text("keep me")
    with pytest.raises(build_site.BuildError, match="not empty"):
        build_site.build(tmp_path, notebooks)
    assert (tmp_path / "mine.txt").read_text() == "keep me"
    with pytest.raises(build_site.BuildError, match="outside"):
        build_site.build(ROOT / "notebooks" / "site", notebooks)
