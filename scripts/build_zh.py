"""Build the Chinese edition, notebooks/zh/, from the English chapters and translations/zh/.

Usage: python scripts/build_zh.py [--check] [--todo]

Each chapter has a catalogue translations/zh/NN_name.yml mapping a markdown cell's id to
  sha: the first 12 hex digits of the sha256 of the English markdown it translates
  zh:  the Chinese markdown
The Chinese notebook is the English one with every markdown cell replaced by its
translation and one line added to the first code cell, utils.set_language("zh"), so the
exercise checker and the widgets speak Chinese. Code is never translated.

The build stops, naming the chapter and the cell, when a translation is missing or stale
(its English cell changed since it was translated). Chapters whose cells changed are
re-executed, so their stored outputs come from running the Chinese notebook.
--check only reports what is missing, stale or out of date, and changes nothing.
--todo prints the English of every cell that needs a (new) translation.
"""

import copy
import hashlib
import sys
from pathlib import Path

import nbformat
import yaml

ROOT = Path(__file__).resolve().parent.parent
ENGLISH = ROOT / "notebooks"
CHINESE = ENGLISH / "zh"
CATALOGUES = ROOT / "translations" / "zh"
SWITCH = 'utils.set_language("zh")  # 练习检查器和交互部件使用中文'


def sha(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def chapters():
    return sorted(ENGLISH.glob("*.ipynb"))


def load_catalogue(name):
    path = CATALOGUES / f"{Path(name).stem}.yml"
    if not path.exists():
        return None
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def add_switch(source):
    """The first code cell with the language switch after the imports of utils, a blank line between."""
    lines = source.split("\n")
    at = max(i for i, line in enumerate(lines) if line.startswith(("import utils", "from utils import")))
    return "\n".join([*lines[: at + 1], "", SWITCH, *lines[at + 1 :]])


def translate(english, catalogue, chapter):
    """(the Chinese notebook without outputs, [problems])."""
    nb = copy.deepcopy(english)
    problems = []
    if catalogue is None:
        return nb, [f"{chapter}: no catalogue translations/zh/{Path(chapter).stem}.yml"]
    ids = {cell.id for cell in nb.cells}
    for extra in sorted(set(catalogue) - ids):
        problems.append(f"{chapter}: catalogue entry {extra} matches no cell")
    first_code = True
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            entry = catalogue.get(cell.id)
            if entry is None:
                problems.append(f"{chapter}: markdown cell {cell.id} has no translation")
            elif str(entry.get("sha")) != sha(cell.source):  # YAML reads an all-digit hash as a number
                problems.append(f"{chapter}: the translation of cell {cell.id} is stale (its English changed)")
            else:
                cell.source = entry["zh"].rstrip("\n")
        elif cell.cell_type == "code":
            if first_code:
                cell.source = add_switch(cell.source)
                first_code = False
            cell.outputs, cell.execution_count = [], None
    return nb, problems


def same_sources(a, b):
    """Same cells, sources and metadata; slide breaks aside, which the slide rule sets from each
    edition's own text (Chinese is shorter)."""

    def key(nb):
        return [
            (c.cell_type, c.id, c.source, {k: v for k, v in c.get("metadata", {}).items() if k != "slideshow"})
            for c in nb.cells
        ]

    return key(a) == key(b)


def build(check_only=False):
    """Build every Chinese chapter; return (problems, chapters that changed)."""
    problems, changed = [], []
    for path in chapters():
        english = nbformat.read(path, as_version=4)
        chinese, found = translate(english, load_catalogue(path.name), path.name)
        problems += found
        if found:
            continue
        target = CHINESE / path.name
        if target.exists() and same_sources(nbformat.read(target, as_version=4), chinese):
            continue
        changed.append(target)
        if not check_only:
            CHINESE.mkdir(exist_ok=True)
            nbformat.write(chinese, target)
    stray = sorted(set(p.name for p in CHINESE.glob("*.ipynb")) - {p.name for p in chapters()})
    problems += [f"notebooks/zh/{name} has no English chapter" for name in stray]
    return problems, changed


def todo():
    for path in chapters():
        catalogue = load_catalogue(path.name) or {}
        for cell in nbformat.read(path, as_version=4).cells:
            entry = catalogue.get(cell.id)
            if cell.cell_type == "markdown" and (entry is None or str(entry.get("sha")) != sha(cell.source)):
                print(f'## {path.stem} {cell.id} sha "{sha(cell.source)}"\n{cell.source}\n')


def main(args):
    if "--todo" in args:
        todo()
        return 0
    problems, changed = build(check_only="--check" in args)
    for problem in problems:
        print(problem, file=sys.stderr)
    if "--check" in args:
        for path in changed:
            print(f"out of date: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if problems or changed else 0
    if changed:
        import refresh_notebooks

        refresh_notebooks.main([str(p) for p in changed])
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
