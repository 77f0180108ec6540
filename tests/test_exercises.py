"""The exercise checker says right for the solutions and wrong, with a hint, otherwise."""

import numpy as np
import pytest

from utils import check
from utils.exercises import _exercises, verdict

IDS = sorted(_exercises())


def test_every_chapter_has_two_to_four_exercises():
    chapters = [i.split(".")[0] for i in IDS]
    assert sorted(set(chapters)) == [f"{n:02d}" for n in range(1, 10)]
    assert all(2 <= chapters.count(c) <= 4 for c in set(chapters))


@pytest.mark.parametrize("exercise_id", IDS)
def test_expected_answer_is_right_and_a_changed_one_is_not(exercise_id):
    expected = _exercises()[exercise_id][0]
    assert verdict(exercise_id, expected)[0]
    ok, message = verdict(exercise_id, np.asarray(expected, dtype=float) + 1)
    assert not ok and "Hint:" in message


def test_by_hand_answers():
    assert verdict("01.1", -4)[0]
    assert verdict("03.1", 112)[0]
    assert verdict("04.1", 7)[0]


def test_unanswered_and_malformed(capsys):
    check("02.1", ...)
    assert "not answered yet" in capsys.readouterr().out
    assert not verdict("05.1", (8, 3, 5))[0]
    assert not verdict("05.1", "eight")[0]
    with pytest.raises(ValueError, match="exercise_id must be one of"):
        verdict("10.1", 1)
