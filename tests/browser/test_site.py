"""The offline site in headless Chromium with the network blocked: a classroom without internet.

The site is built into a temporary folder (from a copy of the chapters with the slide rule
applied, as scripts/refresh_notebooks.py stores them) and every page is opened from file://.
Each page must typeset its formulas (MathML, no raw TeX in the visible text), load every
image, ask for nothing outside file://, and link only to files and anchors that exist; the
decks must advance. Screenshots of the home page, a chapter, a handout and a slide are kept
in screenshots/ for a person to look at.
"""

import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

import nbformat
import pytest

from conftest import offline_context

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import build_site  # noqa: E402
from test_build_site import CHAPTERS, copy_with_slide_rule, formula_count  # noqa: E402

pytestmark = pytest.mark.browser

VIEWPORT = {"width": 1280, "height": 800}
RAW_TEX = ("$$", "\\frac", "\\left", "\\lfloor", "\\times", "\\begin")
# All the text of the page, hidden slides included, without scripts and style sheets.
PAGE_STATE = """() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: n => n.parentElement.closest('script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  let text = '';
  while (walker.nextNode()) text += walker.currentNode.data + ' ';
  return {
    text: text,
    maths: document.querySelectorAll('math').length,
    images: Array.from(document.images).map(i => [i.complete, i.naturalWidth, i.alt]),
    links: Array.from(document.querySelectorAll('a[href]')).map(a => a.href),
    ids: Array.from(document.querySelectorAll('[id]')).map(e => e.id),
  };
}"""
DRAWN = "Array.from(document.querySelectorAll('math')).map(m => m.getBoundingClientRect().width > 0)"
SLIDE_DRAWN = DRAWN.replace("document", "Reveal.getCurrentSlide()")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    notebooks = copy_with_slide_rule(tmp_path_factory.mktemp("notebooks"))
    out = tmp_path_factory.mktemp("site") / "site"
    build_site.build(out, notebooks)
    return out, notebooks


def open_offline(browser, url, errors):
    context = offline_context(browser, ["file://"], viewport=VIEWPORT)
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(f"{url}: {error}"))
    page.goto(url)
    page.wait_for_load_state("load")
    page.wait_for_function("Array.from(document.images).every(i => i.complete)")
    return context, page


def test_every_page_works_offline(browser, site):
    out, _ = site
    pages = sorted(out.rglob("*.html"))
    assert len(pages) >= 4 * len(CHAPTERS) + 2
    states, errors = {}, []
    for path in pages:
        context, page = open_offline(browser, path.as_uri(), errors)
        states[path] = page.evaluate(PAGE_STATE)
        if path.parent.name != "slides":  # a deck shows one slide at a time: see test_the_slides_advance
            assert all(page.evaluate(DRAWN)), f"a formula of {path.relative_to(out)} is not drawn"
        assert context.blocked == [], f"{path.relative_to(out)} asked the network for {context.blocked}"
        context.close()
    assert errors == []
    for path, state in states.items():
        name = path.relative_to(out).as_posix()
        for tex in RAW_TEX:
            assert tex not in state["text"], f"raw TeX {tex!r} on {name}"
        for complete, width, alt in state["images"]:
            assert complete and width > 0, f"an image of {name} did not load"
            assert alt.strip(), f"an image of {name} has no description"
        for link in state["links"]:
            url = urlsplit(link)
            if url.scheme == "https":
                continue  # a citation (a source the text names): offline it does not open, nothing loads it
            assert url.scheme == "file", f"{name} links to {link}"
            target = Path(unquote(url.path))
            assert target.is_file(), f"{name} links to {link}, which does not exist"
            if target.parent.name == "slides" and url.fragment.startswith("/"):
                continue  # reveal.js's own route to a slide (#/3), not an anchor
            if url.fragment and target.suffix == ".html":
                ids = states[target]["ids"]
                assert url.fragment in ids or unquote(url.fragment) in ids, f"{name}: no anchor for {link}"
    # Where a chapter has formulas, its page shows every one of them as MathML.
    for chapter in CHAPTERS:
        expected = formula_count(nbformat.read(chapter, as_version=4))
        assert states[out / "book" / f"{chapter.stem}.html"]["maths"] == expected > 0


@pytest.mark.parametrize("chapter", CHAPTERS, ids=[c.stem for c in CHAPTERS])
def test_the_slides_advance(browser, site, chapter):
    out, notebooks = site
    nb = nbformat.read(notebooks / chapter.name, as_version=4)
    slides = sum(c.metadata["slideshow"]["slide_type"] == "slide" for c in nb.cells)
    errors = []
    context, page = open_offline(browser, (out / "slides" / f"{chapter.stem}.html").as_uri(), errors)
    page.wait_for_function("window.Reveal && Reveal.isReady()")
    assert page.evaluate("Reveal.getTotalSlides()") == slides > 1
    assert page.evaluate("Reveal.getIndices().h") == 0
    page.keyboard.press("ArrowRight")
    page.wait_for_function("Reveal.getIndices().h === 1")
    page.evaluate("Reveal.next()")
    page.wait_for_function("Reveal.getIndices().h === 2")
    assert page.evaluate("Reveal.getCurrentSlide().innerText").strip()  # the slide shows something
    for index in range(slides):  # every formula of the deck is drawn on its slide
        page.evaluate(f"Reveal.slide({index})")
        assert all(page.evaluate(SLIDE_DRAWN)), f"slide {index + 1}: a formula is not drawn"
    assert context.blocked == [] and errors == []
    context.close()


def test_screenshots_for_a_person_to_look_at(browser, site, screenshots):
    out, _ = site
    shots = {
        "site_home.png": ("index.html", None),
        "site_chapter.png": ("book/03_stride.html", None),
        "site_handout.png": ("student/09_case_mean_blur.html", None),  # shown at its first figure
        "site_slide.png": ("slides/01_cross_correlation.html", "the first slide with a displayed formula"),
    }
    for name, (page_path, presses) in shots.items():
        errors = []
        context, page = open_offline(browser, (out / page_path).as_uri(), errors)
        if presses:
            page.wait_for_function("window.Reveal && Reveal.isReady()")
            presses = page.evaluate("Reveal.getSlides().findIndex(s => s.querySelector('math[display=block]'))")
            assert presses > 0
            for _ in range(presses):
                page.keyboard.press("ArrowRight")
            page.wait_for_function(f"Reveal.getIndices().h === {presses}")
        if "student/" in page_path:
            page.evaluate("document.images[0].scrollIntoView({block: 'center'})")
        page.screenshot(path=str(screenshots / name))
        assert (screenshots / name).stat().st_size > 10_000 and context.blocked == [] and errors == []
        context.close()
