"""Build the course's HTML site, for a class without internet.

Usage: python scripts/build_site.py OUTDIR [--notebooks DIR]

OUTDIR/index.html   the home page: every chapter with links to the pages below
OUTDIR/book/        each chapter with its stored outputs (solutions included)
OUTDIR/slides/      each chapter as a reveal.js deck (slide boundaries from the cells' metadata)
OUTDIR/guide/       the teacher's guide of each chapter (see scripts/teaching_guide.py)
OUTDIR/student/     handouts (figures, no solutions) and the student notebooks zipped; this
                    folder stands alone, so it can be copied to the class's computers
OUTDIR/zh/          the same for the Chinese edition, when notebooks/zh/ has chapters

Everything is made from the chapters found in notebooks/ (or DIR) at build time. Pages work
opened from file:// with no network: formulas are converted to MathML here (scripts/site_math.py),
reveal.js and the style sheets are copied next to the pages. Nothing is written into notebooks/;
OUTDIR is replaced when it holds a site this script built, and refused when it holds anything else.
The build stops with a message naming the chapter and the problem when something cannot be
made right: a formula that does not convert, a chapter without teacher's notes (or with notes
that no longer match it), an image without a description, a page that would load something
from the network, a broken link or anchor.
"""

import argparse
import copy
import io
import posixpath
import re
import shutil
import sys
import tempfile
import time
import zipfile
from contextlib import redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import jinja2
import nbformat
import student_edition
from bs4 import BeautifulSoup
from markupsafe import Markup
from nbconvert.exporters import HTMLExporter, SlidesExporter
from nbconvert.filters.markdown_mistune import MarkdownWithMath
from site_labels import LABELS
from site_math import MathError, MathMLRenderer, markdown_to_html, mathml_text
from slide_rule import draws_figure, solution_positions
from teaching_guide import LESSON_MINUTES, NotesError, cells_with, chapter_exercises, load_notes

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "web"
# Each edition: language code -> folder under notebooks/ and under OUTDIR ("" for English).
EDITIONS = {"en": "", "zh": "zh"}
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
MARKER = ".built-by-build_site"
NBCONVERT_DEFAULT_ALT = "No description has been provided for this image"
# What a page may load: only files of the site (and data: URLs).
LOADING_ATTRIBUTES = {"script": "src", "link": "href", "img": "src", "source": "src", "iframe": "src", "embed": "src"}
NETWORK = re.compile(r"^\s*(https?:)?//", re.I)
CSS_NETWORK = re.compile(r"""(url\(\s*['"]?\s*(https?:)?//|@import)""", re.I)


class BuildError(Exception):
    """The site cannot be built right; the message says where and why."""


@dataclass
class Chapter:
    path: Path
    stem: str  # "03_stride"
    number: str  # "03"
    title: str  # markdown of the chapter's "# ..." heading
    learn: list  # markdown of each "You will learn" item
    nb: nbformat.NotebookNode


def learn_items(markdown):
    """The items of the first bullet list in the chapter's first cell: what the reader will learn."""
    items = []
    for line in markdown.splitlines():
        item = re.match(r"^[-*+]\s+(.*)", line)
        if item:
            items.append(item.group(1).strip())
        elif items and line.strip() and line.startswith((" ", "\t")):
            items[-1] += " " + line.strip()
        elif items:
            break
    return items


def read_chapter(path):
    nb = nbformat.read(path, as_version=4)
    first = nb.cells[0].source if nb.cells and nb.cells[0].cell_type == "markdown" else ""
    title = re.search(r"^#\s+(.+?)\s*$", first, re.M)
    learn = learn_items(first)
    if not title or not learn:
        raise BuildError(
            f"{path}: the first cell must be markdown with the title (# ...) and the 'You will learn' list"
        )
    return Chapter(path, path.stem, path.name[:2], title.group(1), learn, nb)


def discover(notebooks):
    """The chapters of each edition found in `notebooks` (NN_name.ipynb), in order."""
    editions = {}
    for lang, folder in EDITIONS.items():
        paths = sorted((notebooks / folder).glob("[0-9][0-9]_*.ipynb"))
        if paths:
            editions[lang] = [read_chapter(p) for p in paths]
    if "en" not in editions:
        raise BuildError(f"no chapters (NN_name.ipynb) in {notebooks}")
    return editions


def check_slide_metadata(chapter):
    missing = [i for i, c in enumerate(chapter.nb.cells) if "slide_type" not in c.metadata.get("slideshow", {})]
    if missing:
        raise BuildError(
            f"{chapter.path}: cells {missing} have no slideshow.slide_type, so the slides cannot be cut; "
            f"run python scripts/refresh_notebooks.py {chapter.path.relative_to(chapter.path.parents[1])}, "
            f"which writes it by the rule in scripts/slide_rule.py"
        )


# ----------------------------------------------------------------------------------------------
# Figures: every image gets a description


def plain_text(markdown):
    """Readable text of a markdown paragraph, formulas included (for alternative text)."""
    soup = BeautifulSoup(markdown_to_html(markdown), "html.parser")
    for math in soup.find_all("math"):
        math.replace_with(mathml_text(str(math)))
    return " ".join(soup.get_text().split())


def figure_descriptions(chapter, written):
    """Alternative text for each cell that draws a figure: position -> text.

    The teacher's notes describe a figure under the id of the cell that draws it; any other
    figure is described by the paragraph of the chapter that introduces it.
    """
    cells = chapter.nb.cells
    figures = [i for i, cell in enumerate(cells) if draws_figure(cell)]
    descriptions = {}
    where = f"teaching/{chapter.stem}.yml, figures"
    for cell_id, text in written.items():
        descriptions[cells_with(chapter.nb, cell_id, where, draws_figure)] = " ".join(text.split())
    for i in figures:
        if i not in descriptions:
            before = next((c.source for c in reversed(cells[:i]) if c.cell_type == "markdown"), "")
            paragraph = before.strip().split("\n\n")[-1] if before.strip() else chapter.title
            descriptions[i] = "Figure. " + plain_text(paragraph)
    return descriptions


def prepared(chapter, descriptions):
    """A copy of the chapter for the pages: links to other chapters point at their pages, each
    figure carries its description, and widgets (which need a kernel) are left out."""
    nb = copy.deepcopy(chapter.nb)
    nb.metadata["title"] = re.sub(r"[*_`$\\]", "", chapter.title)
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "markdown":
            cell.source = re.sub(r"\]\((\d\d_[\w-]+)\.ipynb(#[^)]*)?\)", r"](\1.html\2)", cell.source)
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.outputs if WIDGET_VIEW not in o.get("data", {})]
            for output in cell.outputs:
                if "image/png" in output.get("data", {}) or "image/jpeg" in output.get("data", {}):
                    output.setdefault("metadata", {})["alt"] = descriptions[i]
    return nb


# ----------------------------------------------------------------------------------------------
# Pages


class MathMLPages:
    """nbconvert's markdown filter, with formulas written as MathML (and their errors located)."""

    @jinja2.pass_context
    def markdown2html(self, context, source):
        cell = context.get("cell", {})
        renderer = MathMLRenderer(
            escape=False,
            attachments=cell.get("attachments", {}),
            anchor_link_text=self.anchor_link_text,
            exclude_anchor_links=self.exclude_anchor_links,
        )
        try:
            return MarkdownWithMath(renderer=renderer).render(source)
        except MathError as error:
            name = context.get("resources", {}).get("metadata", {}).get("name", "?")
            raise MathError(f"{name}.ipynb, cell {cell.get('id', '?')}: {error}") from None


class BookExporter(MathMLPages, HTMLExporter):
    pass


class DeckExporter(MathMLPages, SlidesExporter):
    pass


def rel(page, target):
    """The relative URL from page to target, both paths relative to OUTDIR."""
    return posixpath.relpath(target, posixpath.dirname(page) or ".")


def solution_free(nb):
    """A copy of a prepared chapter without the cells the student edition leaves out."""
    drop = solution_positions(nb)
    handout = copy.copy(nb)
    handout.cells = [cell for i, cell in enumerate(nb.cells) if i not in drop]
    return handout


def shortened(title, length=30):
    """A title cut at a word before `length` characters (for the navigation bar); maths is never cut."""
    if len(title) <= length or "$" in title:
        return title
    return title[: title.rfind(" ", 0, length - 1)].rstrip(",:;") + "…"


def section_of(nb, index):
    """The last heading at or above cell `index` (where a cell is, in words a teacher can find)."""
    for cell in reversed(nb.cells[: index + 1]):
        if cell.cell_type == "markdown":
            headings = re.findall(r"^#{1,4}\s+(.+?)\s*$", cell.source, re.M)
            if headings:
                return headings[-1]
    return ""


class Site:
    """Writes every page of every edition into OUTDIR."""

    def __init__(self, out, editions, notes, exercises):
        self.out, self.editions, self.notes, self.exercises = out, editions, notes, exercises
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(WEB / "templates"), autoescape=True, undefined=jinja2.StrictUndefined
        )
        templates = [str(WEB / "templates")]
        self.book = BookExporter(template_file="book.html.j2", extra_template_paths=templates)
        self.deck = DeckExporter(
            template_file="slides.html.j2",
            extra_template_paths=templates,
            exclude_input_prompt=True,
            exclude_output_prompt=True,
        )

    @staticmethod
    def path(lang, kind, stem=None):
        """Where a page lives, relative to OUTDIR."""
        prefix = f"{EDITIONS[lang]}/" if EDITIONS[lang] else ""
        return (
            prefix
            + {
                "home": "index.html",
                "student_home": "student/index.html",
                "zip": "student/student-notebooks.zip",
                "book": f"book/{stem}.html",
                "handout": f"student/{stem}.html",
                "slides": f"slides/{stem}.html",
                "guide": f"guide/{stem}.html",
            }[kind]
        )

    def guide(self, stem):
        """The teacher's guide of a chapter (written in English, for every edition), or None."""
        return self.path("en", "guide", stem) if stem in self.notes else None

    def assets(self, lang, page):
        """The folder of style sheets for `page`: handouts use their own copy, so student/ stands alone."""
        student = self.path(lang, "student_home").rsplit("/", 1)[0]
        return rel(page, f"{student}/assets" if page.startswith(student + "/") else "assets")

    def write(self, page, text):
        path = self.out / page
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    @staticmethod
    def inline(markdown):
        """HTML for one line of markdown (a title, a list item), without the paragraph around it."""
        # "3. Stride" would otherwise become an ordered list starting at 3.
        html = markdown_to_html(re.sub(r"^(\d+)\.", r"\1\\.", markdown.strip())).strip()
        return Markup(re.sub(r"^<p>(.*)</p>$", r"\1", html, flags=re.S))

    def nav(self, lang, kind, page, stem=None):
        """The navigation bar: home, previous and next of the same kind, the chapter's other pages, language."""
        labels = LABELS[lang]
        chapters = self.editions["en" if kind == "guide" else lang]
        if kind == "guide":
            chapters = [c for c in chapters if c.stem in self.notes]
        student = kind in ("handout", "student_home")
        nav = {"home": rel(page, self.path(lang, "student_home" if student else "home")), "also": [], "lang": None}
        stems = [c.stem for c in chapters]
        index = stems.index(stem) if stem in stems else None
        for key, step in (("prev", -1), ("next", 1)):
            j = None if index is None else index + step
            nav[key] = None
            if j is not None and 0 <= j < len(chapters):
                url = rel(page, self.path(lang, kind, chapters[j].stem))
                nav[key] = {"url": url, "title": self.inline(shortened(chapters[j].title))}
        if stem and not student:
            for other in ("book", "slides", "handout"):
                if other != kind and stem in [c.stem for c in self.editions[lang]]:
                    nav["also"].append({"label": labels[other], "url": rel(page, self.path(lang, other, stem))})
            if kind != "guide" and self.guide(stem):
                nav["also"].append({"label": labels["guide"], "url": rel(page, self.guide(stem))})
        for other_lang in self.editions:
            has_page = stem is None or stem in [c.stem for c in self.editions[other_lang]]
            # Handouts link only within their own folder, which can be copied alone.
            if other_lang != lang and kind != "guide" and not student and has_page:
                target = self.path(other_lang, kind, stem)
                nav["lang"] = {
                    "url": rel(page, target),
                    "label": LABELS[other_lang]["language_name"],
                    "code": other_lang,
                }
        return Markup(self.env.get_template("nav.html.j2").render(nav=nav, labels=labels))

    def render(self, template, page, lang, **context):
        html = self.env.get_template(template).render(
            lang=lang, labels=LABELS[lang], assets=self.assets(lang, page), **context
        )
        self.write(page, html)

    # -- the pages -------------------------------------------------------------------------

    def chapter_pages(self, lang, chapter):
        notes = self.notes.get(chapter.stem) if lang == "en" else None
        nb = prepared(chapter, figure_descriptions(chapter, notes.figures if notes else {}))
        labels = LABELS[lang]
        self.book.language_code = self.deck.language_code = lang
        for kind, notebook, banner in (
            ("book", nb, ""),
            ("handout", solution_free(nb), labels["handout_banner"]),
        ):
            page = self.path(lang, kind, chapter.stem)
            site = {
                "assets": self.assets(lang, page),
                "nav": self.nav(lang, kind, page, chapter.stem),
                "banner": banner,
            }
            html, _ = self.book.from_notebook_node(notebook, resources=self.resources(chapter, site))
            self.write(page, html)
        page = self.path(lang, "slides", chapter.stem)
        site = {
            "assets": self.assets(lang, page),
            "lang": lang,
            "title": f"{nb.metadata['title']} ({labels['slides']})",
            "home": rel(page, self.path(lang, "book", chapter.stem)),
            "home_label": f"\u2190 {labels['book']}",
        }
        html, _ = self.deck.from_notebook_node(nb, resources=self.resources(chapter, site))
        self.write(page, html)

    @staticmethod
    def resources(chapter, site):
        return {"metadata": {"name": chapter.stem, "path": str(chapter.path.parent)}, "site": site}

    def cell_link(self, chapter, page, cell):
        """(url, where) of cell `cell` of a chapter's page, seen from `page`; where is its section."""
        url = rel(page, self.path("en", "book", chapter.stem))
        if cell is None:
            return url, self.inline(chapter.title)
        if "id" in chapter.nb.cells[cell]:
            url += f"#cell-id={chapter.nb.cells[cell].id}"
        return url, self.inline(section_of(chapter.nb, cell) or chapter.title)

    def guide_page(self, chapter):
        page = self.guide(chapter.stem)
        notes = self.notes[chapter.stem]
        exercises = chapter_exercises(chapter.number, chapter.nb, self.exercises)
        for exercise in exercises:
            exercise["prompt"] = self.inline(exercise["prompt"])
            exercise["url"], exercise["where"] = self.cell_link(chapter, page, exercise["cell"])
        where = f"teaching/{chapter.stem}.yml, predict"
        predict = [(cells_with(chapter.nb, cell_id, where), self.inline(q)) for cell_id, q in notes.predict.items()]
        predict += [(e["cell"], e["prompt"]) for e in exercises if e["kind"] == "predict"]
        predict.sort(key=lambda item: len(chapter.nb.cells) if item[0] is None else item[0])
        predict = [dict(zip(("url", "where"), self.cell_link(chapter, page, cell)), prompt=q) for cell, q in predict]
        plan, start = [], 0
        for minutes, activity in notes.plan:
            plan.append({"start": start, "end": start + minutes, "activity": self.inline(activity)})
            start += minutes
        assert start == LESSON_MINUTES  # load_notes checked it
        self.render(
            "guide.html.j2",
            page,
            "en",
            title=f"{LABELS['en']['guide']}: {chapter.title}",
            nav_html=self.nav("en", "guide", page, chapter.stem),
            chapter={
                "title": self.inline(chapter.title),
                "book": rel(page, self.path("en", "book", chapter.stem)),
                "slides": rel(page, self.path("en", "slides", chapter.stem)),
                "handout": rel(page, self.path("en", "handout", chapter.stem)),
            },
            goals=[self.inline(item) for item in chapter.learn],
            plan=plan,
            predict=predict,
            exercises=exercises,
            questions=[self.inline(q) for q in notes.questions],
        )

    def home_pages(self, lang):
        labels = LABELS[lang]
        chapters = self.editions[lang]
        home, student_home = self.path(lang, "home"), self.path(lang, "student_home")
        self.render(
            "home.html.j2",
            home,
            lang,
            title=labels["site_title"],
            intro=labels["intro"],
            nav_html=self.nav(lang, "home", home),
            chapters=[
                {
                    "title": self.inline(c.title),
                    "learn": [self.inline(item) for item in c.learn],
                    "book": rel(home, self.path(lang, "book", c.stem)),
                    "handout": rel(home, self.path(lang, "handout", c.stem)),
                    "slides": rel(home, self.path(lang, "slides", c.stem)),
                    "guide": rel(home, self.guide(c.stem)) if self.guide(c.stem) else None,
                }
                for c in chapters
            ],
            student_index=rel(home, student_home),
            student_zip=rel(home, self.path(lang, "zip")),
        )
        self.render(
            "student_home.html.j2",
            student_home,
            lang,
            title=f"{labels['student_title']}: {labels['site_title']}",
            nav_html=self.nav(lang, "student_home", student_home),
            chapters=[
                {"title": self.inline(c.title), "handout": rel(student_home, self.path(lang, "handout", c.stem))}
                for c in chapters
            ],
            student_zip=rel(student_home, self.path(lang, "zip")),
        )

    def copy_assets(self, zipped):
        env = self.book.environment
        jupyter_css = "\n".join(
            env.loader.get_source(env, f"static/{name}")[0] for name in ("index.css", "theme-light.css")
        )
        folders = ["assets"] + [self.path(lang, "student_home").rsplit("/", 1)[0] + "/assets" for lang in self.editions]
        for folder in folders:
            self.write(f"{folder}/jupyter.css", jupyter_css)
            self.write(f"{folder}/site.css", (WEB / "site.css").read_text(encoding="utf-8"))
        self.write("assets/slides.css", (WEB / "slides.css").read_text(encoding="utf-8"))
        shutil.copytree(WEB / "vendor" / "reveal.js", self.out / "assets" / "reveal.js")
        for lang in self.editions:
            shutil.copy(zipped, self.out / self.path(lang, "zip"))

    def build(self, zipped):
        self.copy_assets(zipped)
        for lang, chapters in self.editions.items():
            for chapter in chapters:
                self.chapter_pages(lang, chapter)
            self.home_pages(lang)
        for chapter in self.editions["en"]:
            self.guide_page(chapter)


# ----------------------------------------------------------------------------------------------
# The student notebooks, and the checks of the finished site


def zip_student_edition(path):
    """Zip what scripts/student_edition.py writes (the chapters without solutions or outputs)."""
    with tempfile.TemporaryDirectory() as tmp:
        with redirect_stdout(io.StringIO()):
            student_edition.main(tmp)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for file in sorted(Path(tmp).rglob("*")):
                if file.is_file():
                    archive.write(file, Path("student-notebooks") / file.relative_to(tmp))


def visible_text(soup):
    for hidden in soup.find_all(["script", "style", "pre", "code", "math"]):
        hidden.extract()
    return soup.get_text(" ")


def site_problems(out):
    """What is wrong with a built site: network loads, images without a description, links to
    nothing, raw TeX. An empty list when all is well."""
    problems, ids, links = [], {}, []
    for css in sorted(out.rglob("*.css")):
        if CSS_NETWORK.search(css.read_text(encoding="utf-8")):
            problems.append(f"{css.relative_to(out)} loads from the network (url(http...) or @import)")
    for page in sorted(out.rglob("*.html")):
        name = page.relative_to(out).as_posix()
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        ids[page] = {el["id"] for el in soup.find_all(id=True)}
        for tag, attribute in LOADING_ATTRIBUTES.items():
            for element in soup.find_all(tag):
                if NETWORK.match(element.get(attribute) or ""):
                    problems.append(f"{name}: <{tag}> loads {element[attribute]}")
        for element in soup.find_all("style") + soup.find_all(style=True):
            css = element.string or "" if element.name == "style" else element["style"]
            if CSS_NETWORK.search(css):
                problems.append(f"{name}: a style loads from the network")
        for img in soup.find_all("img"):
            if img.get("alt", "").strip() in ("", NBCONVERT_DEFAULT_ALT):
                problems.append(f"{name}: an image has no description (alt)")
        for element in soup.find_all(["a", "link", "script", "img"]):
            url = element.get("href") or element.get("src") or ""
            if url and not NETWORK.match(url) and not url.startswith(("data:", "mailto:", "javascript:")):
                links.append((page, name, url))
        text = visible_text(soup)
        for tex in ("$$", "\\frac", "\\left", "\\begin{"):
            if tex in text:
                problems.append(f"{name}: raw TeX {tex!r} in the text")
    for page, name, url in links:
        target, _, fragment = url.partition("#")
        path = (page.parent / unquote(target)).resolve() if target else page
        if not path.is_file():
            problems.append(f"{name}: link to {url}, which is not in the site")
        elif fragment and path.suffix == ".html" and not {fragment, unquote(fragment)} & ids.get(path, set()):
            # A browser looks for the id as written first, then percent-decoded (nbconvert's are encoded).
            problems.append(f"{name}: link to {url}, whose anchor is not on that page")
    return problems


# ----------------------------------------------------------------------------------------------


def exercise_checker():
    """utils.exercises, which the teacher's guide reads the exercises and their mistakes from."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import utils.exercises as exercises

    missing = [name for name in ("exercise_ids", "kind", "mistakes", "prompt") if not hasattr(exercises, name)]
    if missing:
        raise BuildError(f"utils.exercises has no {', '.join(missing)}: the teacher's guide needs them")
    return exercises


def build(outdir, notebooks=ROOT / "notebooks"):
    """Build the site into `outdir`; returns the number of pages. BuildError says what is wrong."""
    out, notebooks = Path(outdir).resolve(), Path(notebooks).resolve()
    for folder in (notebooks, ROOT / "notebooks"):
        if out == folder or folder in out.parents or out in folder.parents:
            raise BuildError(f"OUTDIR {outdir} must be outside {folder} (the build writes nothing there)")
    if out.exists() and any(out.iterdir()) and not (out / MARKER).exists():
        raise BuildError(f"{outdir} is not empty and is not a site this script built; choose a new folder")
    # Everything is read and checked before anything is written.
    editions = discover(notebooks)
    for chapters in editions.values():
        for chapter in chapters:
            check_slide_metadata(chapter)
    notes = {chapter.stem: load_notes(chapter.stem) for chapter in editions["en"]}
    exercises = exercise_checker()
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp) / "site"
        zipped = Path(tmp) / "student-notebooks.zip"
        zip_student_edition(zipped)
        Site(staging, editions, notes, exercises).build(zipped)
        problems = site_problems(staging)
        if problems:
            raise BuildError("the site has problems:\n  " + "\n  ".join(problems))
        (staging / MARKER).write_text("Built by scripts/build_site.py; rebuilding replaces this folder.\n")
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(staging, out)
    return len(list(out.rglob("*.html")))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", help="the folder to build the site into (e.g. _site)")
    parser.add_argument("--notebooks", default=ROOT / "notebooks", type=Path, help="where the chapters are")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    try:
        pages = build(args.outdir, args.notebooks)
    except (BuildError, MathError, NotesError) as error:
        sys.exit(f"build_site: {error}")
    index = Path(args.outdir).resolve() / "index.html"
    print(f"built {pages} pages in {time.perf_counter() - start:.1f} s; open {index}")


if __name__ == "__main__":
    main()
