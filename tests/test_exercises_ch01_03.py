"""The answers of chapters 1-3's exercises, derived again by hand or from Paddle itself
(the exercise modules derive them with utils), and the position exercise is not degenerate."""

import numpy as np

from utils import paddle
from utils.exercises import exercise, expected, kind

F = paddle.nn.functional


def paddle_out(x, w, **kwargs):
    x4 = paddle.to_tensor(np.asarray(x, "float32").reshape(1, 1, *np.shape(x)))
    w4 = paddle.to_tensor(np.asarray(w, "float32").reshape(1, 1, *np.shape(w)))
    return F.conv2d(x4, w4, **kwargs).numpy()[0, 0]


def test_chapter_1_answers():
    # a = 1..9; kernel [[1, 0], [0, -1]]: top-left minus bottom-right of each window.
    assert np.array_equal(expected("01.1"), [[1 - 5, 2 - 6], [4 - 8, 5 - 9]])
    assert expected("01.2") == 2 * 0 + 6 * 1 + 5 * 2 + 8 * 3 == 40
    assert tuple(expected("01.3")) == paddle_out(np.zeros((28, 28)), np.zeros((3, 5))).shape == (26, 24)
    assert np.array_equal(expected("01.4"), [[3, 2], [1, 0]])
    assert {kind(i) for i in ("01.1", "01.2", "01.3", "01.4", "01.5")} == {
        "predict",
        "number",
        "numbers",
        "array",
        "choice",
    }


def test_the_position_exercise_depends_on_the_position():
    digits = np.array([[3, 1, 4, 1], [5, 9, 2, 6], [5, 3, 5, 8], [9, 7, 9, 3]])
    b = paddle_out(digits, [[0, 1], [2, 3]])
    assert b[1, 2] == expected("01.2")
    others = [b[i, j] for i, j in np.ndindex(*b.shape) if (i, j) != (1, 2)]
    assert expected("01.2") not in others  # every other position gives another value
    causes = [m.answer for m in exercise("01.2").mistakes]
    assert len(set(causes)) == len(causes) and expected("01.2") not in causes


def test_chapter_2_answers():
    x = np.arange(1, 17).reshape(4, 4)
    assert tuple(expected("02.1")) == tuple(paddle_out(x, [[0, 0], [0, 1]], padding="same")[0]) == (6, 7, 8, 0)
    p_h, p_w = expected("02.2")
    assert paddle_out(np.zeros((32, 48)), np.zeros((9, 11)), padding=(p_h, p_w)).shape == (32, 48)
    assert tuple(expected("02.3")) == paddle_out(np.zeros((7, 10)), np.zeros((3, 4)), padding=[0, 1, 2, 0]).shape
    assert expected("02.4") == paddle_out(np.zeros((9, 9)), np.zeros((5, 5)), padding=1).shape[0] == 7
    assert expected("02.5") == "c" and kind("02.1") == "predict" and kind("02.5") == "choice"


def test_chapter_3_answers():
    assert expected("03.1") == paddle_out(np.zeros((224, 224)), np.zeros((7, 7)), stride=2, padding=3).shape[0]
    x = paddle.ones([1, 1, 10, 10])
    x.stop_gradient = False
    F.conv2d(x, paddle.ones([1, 1, 3, 3]), stride=4).sum().backward()
    assert expected("03.2") == int((x.grad.numpy() == 0).sum()) == 64
