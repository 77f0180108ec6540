"""The exercise checker: right answers accepted, listed mistakes diagnosed, hints graded,
answers of the wrong form explained, and no reply to a wrong answer giving the answer away."""

import re

import numpy as np
import pytest

from utils import check
from utils.exercises import exercise, exercise_ids, expected, kind, mistakes, prompt, verdict

IDS = exercise_ids()
KINDS = {"number", "numbers", "array", "choice", "predict", "design", "code"}


def tokens(value):
    """The ways the right answer could be written in a reply."""
    if isinstance(value, str):
        return [f"'{value}'", f'"{value}"', f"({value})"]
    arr = np.asarray(value, dtype=float)
    if arr.ndim == 0:
        v = float(arr)
        words = {f"{v:g}", str(int(v)) if v == int(v) else f"{v:.2f}"}
        return [rf"(?<![\w.]){re.escape(w)}(?![\w]|\.\d)" for w in words]
    flat = ", ".join(f"{x:g}" for x in arr.ravel())
    return [re.escape(flat)]


def gives_away(message, exercise_id):
    ex = exercise(exercise_id)
    if ex.kind in ("design", "code"):
        return False
    for pattern in tokens(ex.answer):
        if re.search(pattern, message) and not re.search(pattern, ex.prompt):
            return True
    return False


def wrong_answers(exercise_id):
    ex = exercise(exercise_id)
    answers = [m.answer for m in ex.mistakes]
    if ex.kind in ("number", "predict") and np.ndim(ex.answer) == 0:
        answers.append(float(ex.answer) + 1)
    elif ex.kind in ("numbers", "predict", "array"):
        answers.append(np.asarray(ex.answer, dtype=float) + 1)
    return answers


def test_ids_and_kinds():
    assert IDS == sorted(IDS) and len(IDS) == len(set(IDS))
    assert all(re.fullmatch(r"\d\d\.\d+", i) for i in IDS)
    assert {kind(i) for i in IDS} <= KINDS
    assert all(prompt(i) for i in IDS)


@pytest.mark.parametrize("exercise_id", IDS)
def test_right_answer_is_accepted(exercise_id):
    ok, message = verdict(exercise_id, expected(exercise_id))
    assert ok, message
    assert ": right." in message


@pytest.mark.parametrize("exercise_id", IDS)
def test_each_listed_mistake_gets_its_diagnosis(exercise_id):
    assert mistakes(exercise_id), "every exercise lists its common mistakes"
    for mistake in exercise(exercise_id).mistakes:
        for attempt in (1, 2):
            ok, message = verdict(exercise_id, mistake.answer, attempt)
            assert not ok and mistake.cause in message, (mistake.label, message)


@pytest.mark.parametrize("exercise_id", IDS)
def test_hints_grow_more_specific(exercise_id):
    ex = exercise(exercise_id)
    wrong = wrong_answers(exercise_id)[-1]
    first, second = (verdict(exercise_id, wrong, attempt)[1] for attempt in (1, 2))
    assert ex.hints[0] in first and ex.hints[1] in second and first != second
    assert verdict(exercise_id, wrong, 5)[1] == second


@pytest.mark.parametrize("exercise_id", IDS)
def test_no_wrong_reply_gives_the_answer_away(exercise_id):
    ex = exercise(exercise_id)
    for answer in wrong_answers(exercise_id):
        for attempt in (1, 2, 3):
            ok, message = verdict(exercise_id, answer, attempt)
            assert not ok
            assert not gives_away(message, exercise_id), message
    assert not gives_away(" ".join(ex.hints), exercise_id), ex.hints


@pytest.mark.parametrize(
    "exercise_id", [i for i in IDS if kind(i) in ("number", "predict") and np.ndim(expected(i)) == 0]
)
def test_text_is_not_a_number(exercise_id):
    text = f"{float(expected(exercise_id)):g}"
    ok, message = verdict(exercise_id, text)
    assert not ok and "is text, not a number" in message and "Traceback" not in message
    assert not verdict(exercise_id, True)[0]


@pytest.mark.parametrize("exercise_id", [i for i in IDS if kind(i) in ("numbers",)])
def test_shapes_take_tuples_lists_and_arrays_and_say_how_many_numbers(exercise_id):
    want = expected(exercise_id)
    for form in (tuple(want), list(want), np.array(want)):
        assert verdict(exercise_id, form)[0]
    ok, message = verdict(exercise_id, list(want)[:-1])
    if getattr(exercise(exercise_id), "ordered", True):
        assert not ok and f"give {len(want)} numbers" in message and "shape" not in message.split("(")[0]
    else:  # a set's size is part of the answer: wrong, without telling how many
        assert not ok and "not yet" in message and f"give {len(want)}" not in message


def test_order_free_lists_accept_any_order():
    free = [i for i in IDS if getattr(exercise(i), "ordered", True) is False]
    assert free
    for exercise_id in free:
        assert verdict(exercise_id, list(reversed(expected(exercise_id))))[0]


def test_order_matters_for_shapes():
    ok, message = verdict("05.1", (3, 8, 5, 5))
    assert not ok and "swapped" in message
    ok, message = verdict("05.1", (5, 8, 3, 5))
    assert not ok and "wrong order" in message


def test_unanswered_unknown_and_malformed(capsys):
    check("02.4", ...)
    assert "not answered yet" in capsys.readouterr().out
    assert verdict("10.99", 1) == (False, "There is no exercise '10.99'; the exercise ids look like '03.1'.")
    for bad in (None, "eight", print, {"a": 1}):
        ok, message = verdict("05.1", bad)
        assert not ok and "give 4 numbers" in message
    with pytest.raises(ValueError, match="exercise_id must be one of"):
        expected("10.99")


def test_check_counts_wrong_tries(capsys):
    ex = exercise("03.2")
    check("03.2", 4)
    check("03.2", 4)
    first, second = capsys.readouterr().out.strip().splitlines()
    assert ex.hints[0] in first and ex.hints[1] in second
    assert first.startswith("✗") and second.startswith("✗")


def test_reply_marks_right_and_wrong_in_text_and_html():
    from utils.exercises import reply

    number = next(i for i in IDS if kind(i) == "number")  # any one-number exercise
    right, wrong = reply(number, expected(number)), reply(number, float(expected(number)) + 1)
    assert repr(right).startswith("✓") and repr(wrong).startswith("✗")
    assert "✓" in right._repr_html_() and "#1e8e3e" in right._repr_html_()
    assert "✗" in wrong._repr_html_() and "#c5221f" in wrong._repr_html_()


def test_code_diagnosis_prefers_the_mistake_that_agrees_on_most_cases():
    from utils.exercises.kinds import Code, Mistake

    def tripled(x):
        return 3 * x

    ex = Code(
        "xx.1",
        "triple x",
        tripled,
        cases=[("case 1", dict(x=np.array(2.0))), ("case 2", dict(x=np.array(4.0)))],
        reference=tripled,
        hints=("idea", "formula"),
        explain="3x",
        mistakes=[
            Mistake(lambda x: x + 2, "added two", label="x + 2"),
            Mistake(lambda x: x * x, "squared", label="x * x"),
        ],
    )
    # On case 1 both wrong functions give 4 (by hand: 2 + 2 = 2 * 2); case 2 tells them apart (6, 16).
    assert ex.judge(lambda x: x**2) == (False, "On case 1: squared")
    assert ex.judge(lambda x: 2 + x) == (False, "On case 1: added two")
    assert ex.judge(lambda x: np.array([3 * x, 0])) == (
        False,
        "On case 1, your output has shape (2,), which is not the right size: it should be ().",
    )
