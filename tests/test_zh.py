"""The Chinese edition stays in step with the English one.

- every markdown cell of every English chapter has a translation, and none is stale;
- notebooks/zh/ is exactly what scripts/build_zh.py makes (sources and metadata);
- the code is the English code plus the one line that switches the language;
- stored outputs differ from the English ones only where the checker or a widget speaks Chinese;
- every glossary term of README.zh.md is translated the same way everywhere;
- every message the checker and the widgets can show has a Chinese translation.
"""

import ast
import importlib
import json
import re
from pathlib import Path

import build_zh
import nbformat
import numpy as np
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
    assert chinese[0].source.replace("\n\n" + build_zh.SWITCH, "", 1) == english[0].source
    assert chinese[0].source.count(build_zh.SWITCH) == 1
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


LOCALE = ROOT / "utils" / "locale" / "zh"


def chinese_catalogue(*stems):
    """The Chinese catalogue files utils/locale/zh/<stem>.json named (default: all of them), merged."""
    merged = {}
    for path in sorted(LOCALE.glob("*.json")):
        if not stems or path.stem in stems:
            merged.update(json.loads(path.read_text(encoding="utf-8")))
    return merged


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


def messages_in_tables():
    """Texts the code passes to tr() from a table, not as a literal: the reply's words, legends, dropdowns."""
    from utils.exercises.reply import _STYLE
    from utils.viz import imagelab, style

    explorer = importlib.import_module("utils.viz.explorer")  # utils.viz.explorer is the function
    words = {word for _, word, _, _ in _STYLE.values()}
    tables = [style.LABELS.values(), imagelab.KERNELS.values(), imagelab.CHANNELS.values(), explorer.KINDS]
    return words.union(*tables)


def exercise_texts():
    return {t for i in exercise_ids() for t in exercise(i).texts()}


def test_every_checker_and_widget_message_has_a_chinese_translation():
    missing = sorted((messages_in_code() | messages_in_tables()) - set(chinese_catalogue()))
    assert not missing, f"{len(missing)} messages lack a translation, e.g. {missing[:3]}"


def test_every_exercise_message_has_a_chinese_translation():
    missing = sorted(exercise_texts() - set(chinese_catalogue()))
    assert not missing, f"{len(missing)} exercise texts lack a translation, e.g. {missing[:3]}"


def test_chinese_messages_are_chinese_keep_their_placeholders_and_are_all_used():
    wanted = messages_in_code() | messages_in_tables() | exercise_texts()
    seen = {}
    for path in sorted(LOCALE.glob("*.json")):
        for english, chinese in json.loads(path.read_text(encoding="utf-8")).items():
            assert english in wanted, f"{path.name}: the translation of {english!r} is no longer used"
            # "{id}：{problem}" is translated by its full-width colon alone.
            formula = chinese.rstrip("。") == english.rstrip(".")  # a formula alone needs no translation
            assert CJK.search(chinese) or "：" in chinese or formula, f"{path.name}: {english!r} is not translated"
            # Placeholders are filled by .format() and braces in exercise texts are sets: both stay as they are.
            assert sorted(re.findall(r"\{[^{}]*\}", chinese)) == sorted(re.findall(r"\{[^{}]*\}", english)), (
                f"{path.name}: {chinese!r} does not keep the placeholders of {english!r}"
            )
            assert seen.setdefault(english, chinese) == chinese, f"{english!r} is translated twice, differently"


def test_checker_speaks_chinese():
    from utils.exercises import verdict

    wrong = exercise("03.1").mistakes[0].answer
    try:
        i18n.set_language("zh")
        replies = [verdict("03.1", answer)[1] for answer in (113 if wrong != 113 else 114, "112", ..., True, None)]
        replies += [verdict("01.3", answer)[1] for answer in ((26, 24, 1), [26], "x")]
        replies += [verdict("01.5", "z")[1], verdict("03.3", lambda **kwargs: None)[1]]
    finally:
        i18n.set_language("en")
    for message in replies:
        # The frame is Chinese whatever the exercise texts are: the id, a full-width colon, Chinese words.
        assert re.match(r"\d\d\.\d：", message) and CJK.search(message.split("：", 1)[1][:12]), message
        assert not re.search(r"not yet|Hint:|you gave|give |replace \.\.\.", message), message
    assert "(高, 宽)" in replies[5]  # the names of the numbers asked for are translated too
    assert "。 " not in replies[0]  # Chinese sentences follow one another without a space


WIDGETS = {
    "step_through": lambda viz: viz.step_through(np.arange(1, 10).reshape(3, 3), np.array([[0, 1], [2, 3]]), bias=1),
    "step_through_channels": lambda viz: viz.step_through(np.arange(48).reshape(3, 4, 4) % 5, np.ones((3, 2, 2))),
    "step_through_pads": lambda viz: viz.step_through(np.ones((3, 3)), np.ones((2, 2)), padding=(1, 0, 0, 1)),
    "explorer": lambda viz: viz.explorer(size=8, kernel_size=3, padding=0, stride=2),
    "explorer_same": lambda viz: viz.explorer(size=8, kernel_size=3, padding="same", stride=2, dilation=2),
    "explorer_no_fit": lambda viz: viz.explorer(size=2, kernel_size=5, padding=0, stride=1),
    "stack_explorer": lambda viz: viz.stack_explorer([(3, 1, 2), (3, 1, 4)]),
    "image_lab": lambda viz: viz.image_lab("chelsea.png", "laplacian", channels="colour"),
    "image_lab_mean": lambda viz: viz.image_lab("coffee.png", "mean", size=5, channels="grey"),
}


@pytest.mark.parametrize("name", WIDGETS)
def test_a_widget_summary_in_chinese_states_the_same_numbers(name):
    """The text/plain summary nbval compares is Chinese in the Chinese edition, with every number as in English."""
    from utils import viz

    english = repr(WIDGETS[name](viz))
    try:
        i18n.set_language("zh")
        chinese = repr(WIDGETS[name](viz))
    finally:
        i18n.set_language("en")
    number = r"-?\d+(?:\.\d+)?"
    assert CJK.search(chinese) and not re.search(r"\b(input|kernel|output|stride|layers|Note)\b", chinese), chinese
    assert re.findall(number, chinese) == re.findall(number, english), f"{english}\n{chinese}"
