"""The teacher's guide of a chapter, and the hand-written notes it needs.

Generated parts: the learning goals (the chapter's "You will learn" list), and from
utils.exercises the exercises with the wrong answers the checker recognises and what each
means, and the exercises of kind "predict". Hand-written parts, one small file per chapter,
teaching/NN_name.yml (see teaching/README.md):

    plan:           # a 45-minute lesson: [minutes, what happens], adding up to 45
      - [5, "Recall ..."]
    questions:      # to ask the class
      - "..."
    predict:        # optional: cells where the class predicts before running, keyed by the
      c09: "Compute the four sums on paper."   # id of the code cell
    figures:        # optional: alternative text for a figure, keyed by the id of the cell
      c09: "Four rows ..."                     # that draws it
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
TEACHING = ROOT / "teaching"
LESSON_MINUTES = 45
OPTIONAL = ("predict", "figures")


class NotesError(ValueError):
    """A chapter's teacher's notes are missing or malformed."""


@dataclass
class Notes:
    plan: list  # (minutes, activity markdown)
    questions: list  # markdown
    figures: dict = field(default_factory=dict)  # cell id -> alternative text
    predict: dict = field(default_factory=dict)  # cell id -> what the class predicts


def notes_path(stem):
    return TEACHING / f"{stem}.yml"


def load_notes(stem, folder=TEACHING):
    """The hand-written notes for chapter `stem` (e.g. "03_stride"); NotesError if missing or malformed."""
    path = Path(folder) / f"{stem}.yml"
    where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    if not path.exists():
        raise NotesError(
            f"chapter {stem} has no teacher's notes: write {where} with a 45-minute plan and questions "
            f"for the class (see the other files in teaching/)"
        )
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not {"plan", "questions"} <= set(data) <= {"plan", "questions", *OPTIONAL}:
        raise NotesError(f"{where} must have the keys plan and questions (and optionally {', '.join(OPTIONAL)})")
    plan = data["plan"]
    if not isinstance(plan, list) or not all(
        isinstance(step, list)
        and len(step) == 2
        and isinstance(step[0], int)
        and step[0] > 0
        and isinstance(step[1], str)
        and step[1].strip()
        for step in plan
    ):
        raise NotesError(f"{where}: plan must be a list of [minutes, activity] pairs with whole minutes > 0")
    total = sum(minutes for minutes, _ in plan)
    if total != LESSON_MINUTES:
        raise NotesError(f"{where}: the plan adds up to {total} minutes, not {LESSON_MINUTES}")
    questions = data["questions"]
    if not isinstance(questions, list) or not questions or not all(isinstance(q, str) and q.strip() for q in questions):
        raise NotesError(f"{where}: questions must be a non-empty list of strings")
    keyed = {}
    for key in OPTIONAL:
        value = data.get(key) or {}
        if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
            raise NotesError(f"{where}: {key} must map a cell id to a text")
        keyed[key] = value
    return Notes([tuple(step) for step in plan], questions, **keyed)


def cells_with(nb, cell_id, where, wanted=lambda cell: cell.cell_type == "code"):
    """The position of the cell whose id is `cell_id`; NotesError unless it exists and is `wanted`.

    Notes are keyed by cell ids, which stay put when a cell's text is edited.
    """
    found = [i for i, cell in enumerate(nb.cells) if cell.get("id") == cell_id and wanted(cell)]
    if len(found) != 1:
        raise NotesError(
            f"{where}: the chapter has no cell {cell_id!r} of the right kind (a code cell; for figures, one "
            f"that draws a figure): the chapter changed, so update that entry"
        )
    return found[0]


def exercise_cells(nb, exercise_id):
    """Positions of the cells that ask exercise `exercise_id` (they call check with its id), solutions left out."""
    call = re.compile(r"""check\(\s*["']""" + re.escape(exercise_id) + r"""["']""")
    return [
        i
        for i, cell in enumerate(nb.cells)
        if cell.cell_type == "code" and call.search(cell.source) and not cell.source.startswith("# Solution")
    ]


def show_answer(answer):
    """A wrong answer as a learner would type it."""
    if isinstance(answer, str):
        return answer
    if isinstance(answer, np.ndarray):
        return repr(answer.tolist())
    return repr(answer)


def chapter_exercises(number, nb, exercises):
    """The checker's exercises of chapter `number` ("03"), in the order the chapter asks them.

    `exercises` is the utils.exercises module. Each is a dict: id, kind, prompt, mistakes
    [(wrong answer as text, cause)], cell (position of the asking cell, or None).
    """
    found = []
    for exercise_id in exercises.exercise_ids():
        if exercise_id.split(".")[0] != number:
            continue
        cells = exercise_cells(nb, exercise_id)
        found.append(
            {
                "id": exercise_id,
                "kind": exercises.kind(exercise_id),
                "prompt": exercises.prompt(exercise_id),
                "mistakes": [(show_answer(wrong), cause) for wrong, cause in exercises.mistakes(exercise_id)],
                "cell": cells[0] if cells else None,
            }
        )
    return sorted(found, key=lambda e: (e["cell"] is None, e["cell"] or 0))
