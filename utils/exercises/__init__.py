"""Exercises: `check(exercise_id, answer)` shows whether an answer is right and why.

A wrong answer gets the diagnosis of its likely mistake and a hint that grows more specific
with each try (the idea first, then the formula in symbols); the answer itself and the worked
reasoning appear only when the answer is right (or in the chapter's folded solution cell).
Each chapter's exercises live in their own module, chNN.py, as a list EXERCISES.
"""

import importlib
import pkgutil

from ..i18n import sentences, tr
from .kinds import BadForm, NotAnswered
from .reply import Reply, show


def _load():
    found = {}
    for module in pkgutil.iter_modules(__path__):
        if module.name.startswith("ch"):
            for exercise in importlib.import_module(f"{__name__}.{module.name}").EXERCISES:
                if exercise.id in found:
                    raise ValueError(f"exercise id {exercise.id} is defined twice")
                found[exercise.id] = exercise
    return dict(sorted(found.items()))


_EXERCISES = _load()
_wrong_tries = {}


def exercise_ids():
    """Every exercise id, in chapter order: "01.1", "01.2", ..."""
    return list(_EXERCISES)


def _get(exercise_id):
    if exercise_id not in _EXERCISES:
        raise ValueError(f"exercise_id must be one of {exercise_ids()}, got {exercise_id!r}")
    return _EXERCISES[exercise_id]


def expected(exercise_id):
    """The right answer (for a design or code exercise: one right example)."""
    return _get(exercise_id).answer


def kind(exercise_id):
    """number, numbers, array, choice, predict, design or code."""
    return _get(exercise_id).kind


def prompt(exercise_id):
    """The exercise in one line."""
    return tr(_get(exercise_id).prompt)


def mistakes(exercise_id):
    """The common wrong answers the checker diagnoses, as (answer shown, cause) pairs."""
    return [(m.label, tr(m.cause)) for m in _get(exercise_id).mistakes]


def exercise(exercise_id):
    """The Exercise object itself (for tests and the teacher's guide)."""
    return _get(exercise_id)


def reply(exercise_id, answer, attempt=1):
    """The Reply to an answer on its `attempt`-th wrong try (1: the idea, 2 and later: the formula)."""
    if exercise_id not in _EXERCISES:
        text = tr("There is no exercise {id!r}; the exercise ids look like '03.1'.").format(id=exercise_id)
        return Reply("unknown", text)
    ex = _EXERCISES[exercise_id]
    if answer is Ellipsis:
        if ex.kind == "predict" or getattr(ex, "predict", False):
            return Reply(
                "empty",
                tr("{id}: no prediction yet: write it in the cell above, then run both cells.").format(id=exercise_id),
            )
        return Reply("empty", tr("{id}: not answered yet: replace ... with your answer.").format(id=exercise_id))
    try:
        right, diagnosis = ex.judge(answer)
    except NotAnswered:
        return Reply("empty", tr("{id}: not answered yet: replace ... with your code.").format(id=exercise_id))
    except BadForm as problem:
        return Reply("form", tr("{id}: {problem}").format(id=exercise_id, problem=problem))
    if right:
        return Reply("right", tr("{id}: right. {why}").format(id=exercise_id, why=tr(ex.explain)))
    hint = tr(ex.hints[min(attempt, len(ex.hints)) - 1])
    parts = [tr("{id}: not yet.").format(id=exercise_id)]
    if diagnosis:
        parts.append(tr(diagnosis))
    parts.append(tr("Hint: {hint}").format(hint=hint))
    return Reply("wrong", sentences(parts))


def verdict(exercise_id, answer, attempt=1):
    """(right, message) for an answer; never raises for a learner's input."""
    r = reply(exercise_id, answer, attempt)
    return r.status == "right", r.text


def check(exercise_id, answer):
    """Show whether an answer is right. Wrong tries are counted, so hints grow more specific."""
    attempt = _wrong_tries.get(exercise_id, 0) + 1
    r = reply(exercise_id, answer, attempt)
    if r.status == "wrong":
        _wrong_tries[exercise_id] = attempt
    show(r)


__all__ = ["check", "exercise", "exercise_ids", "expected", "kind", "mistakes", "prompt", "reply", "verdict"]
