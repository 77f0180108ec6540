"""The Chinese edition stays in step with the English one.

- every markdown cell of every English chapter has a translation, and none is stale;
- notebooks/zh/ is exactly what scripts/build_zh.py makes (sources and metadata);
- the code is the English code plus the one line that switches the language;
- stored outputs differ from the English ones only where the checker or a widget speaks Chinese;
- every glossary term of README.zh.md is translated the same way everywhere;
- every message the checker and the widgets can show has a Chinese translation.
"""

import ast
import json
import re
from pathlib import Path

import build_zh
import nbformat
import pytest

from utils import i18n
from utils.exercises import exercise, exercise_ids

ROOT = Path(__file__).resolve().parent.parent
CHAPTERS = build_zh.chapters()
CJK = re.compile(r"[\u4e00-\u9fff]")


def test_every_markdown_cell_has_a_current_translation():
    problems, _ = build_zh.build(check_only=True)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", CHAPTERS, ids=[p.name for p in CHAPTERS])
def test_chinese_notebook_is_what_the_build_makes(path):
    chinese, problems = build_zh.translate(
        nbformat.read(path, as_version=4), build_zh.load_catalogue(path.name), path.name
    )
    stored = nbformat.read(build_zh.CHINESE / path.name, as_version=4)
    assert not problems
    assert build_zh.same_sources(stored, chinese), f"rebuild notebooks/zh/{path.name} with scripts/build_zh.py"


@pytest.mark.parametrize("path", CHAPTERS, ids=[p.name for p in CHAPTERS])
def test_code_is_the_english_code_plus_the_language_switch(path):
    english = [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]
    chinese = [c for c in nbformat.read(build_zh.CHINESE / path.name, as_version=4).cells if c.cell_type == "code"]
    assert [c.id for c in chinese] == [c.id for c in english]
    assert build_zh.SWITCH in chinese[0].source
    assert build_zh.remove_switch(chinese[0].source) == english[0].source
    assert [c.source for c in chinese[1:]] == [c.source for c in english[1:]]


def output_texts(cell):
    texts = []
    for out in cell.outputs:
        data = out.get("data", {})
        texts.append((out.output_type, out.get("name"), out.get("text", "") + data.get("text/plain", "")))
    return texts


@pytest.mark.parametrize("path", CHAPTERS, ids=[p.name for p in CHAPTERS])
def test_outputs_differ_only_where_the_course_speaks_chinese(path):
    english = [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]
    chinese = [c for c in nbformat.read(build_zh.CHINESE / path.name, as_version=4).cells if c.cell_type == "code"]
    for en, zh in zip(english, chinese):
        en_out, zh_out = output_texts(en), output_texts(zh)
        assert len(en_out) == len(zh_out), zh.id
        for (en_type, en_name, en_text), (zh_type, zh_name, zh_text) in zip(en_out, zh_out):
            assert (en_type, en_name) == (zh_type, zh_name), zh.id
            assert en_text == zh_text or CJK.search(zh_text), f"{path.name} {zh.id}: {zh_text[:120]!r}"


def glossary():
    text = (ROOT / "README.zh.md").read_text(encoding="utf-8")
    section = text.split("## 术语表", 1)[1].split("\n## ", 1)[0]
    rows = [line.strip().strip("|").split("|") for line in section.splitlines() if line.startswith("|")]
    return [(en.strip(), zh.strip()) for en, zh, *_ in rows[2:]]


def prose(markdown):
    """Markdown without code spans, code blocks and maths, where terms are not prose."""
    markdown = re.sub(r"```.*?```", " ", markdown, flags=re.S)
    markdown = re.sub(r"\$\$.*?\$\$|\$[^$]*\$|`[^`]*`", " ", markdown, flags=re.S)
    return markdown


def test_glossary_terms_are_translated_the_same_way_everywhere():
    terms = glossary()
    assert len(terms) >= 15
    wrong = []
    for path in CHAPTERS:
        catalogue = build_zh.load_catalogue(path.name)
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type != "markdown":
                continue
            zh = catalogue[cell.id]["zh"]
            for en_term, zh_term in terms:
                if re.search(rf"\b{re.escape(en_term)}(s|es)?\b", prose(cell.source), re.I) and zh_term not in zh:
                    wrong.append(f"{path.name} {cell.id}: '{en_term}' is not translated as '{zh_term}'")
    assert not wrong, "\n".join(wrong)


def messages_in_code():
    """Every literal string passed to tr(...) in utils/."""
    found = set()
    for path in (ROOT / "utils").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr" and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add(arg.value)
    return found


def test_every_message_has_a_chinese_translation():
    catalogue = json.loads((ROOT / "utils" / "locale" / "zh.json").read_text(encoding="utf-8"))
    wanted = messages_in_code() | {t for i in exercise_ids() for t in exercise(i).texts()}
    missing = sorted(wanted - set(catalogue))
    assert not missing, f"{len(missing)} messages lack a translation, e.g. {missing[:3]}"
    assert not sorted(set(catalogue) - wanted), "translations of messages no longer used"
    assert all(CJK.search(v) for v in catalogue.values())


def test_checker_speaks_chinese():
    from utils.exercises import verdict

    try:
        i18n.set_language("zh")
        ok, message = verdict("03.1", "112")
        assert not ok and CJK.search(message)
    finally:
        i18n.set_language("en")
