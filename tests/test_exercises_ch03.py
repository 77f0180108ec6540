"""Exercise 3.3, cross-correlation with stride and padding written by the learner: every
correct way of writing it is accepted, and wrong ones are rejected with the right reason and
the first case that fails."""

import numpy as np
import pytest
from numpy.lib.stride_tricks import sliding_window_view

from utils import conv_output_size, corr2d, paddle
from utils.exercises import exercise, reply, verdict

EX = exercise("03.3")
F = paddle.nn.functional


# Correct solutions, written in different styles.
def loops(x, w, stride, padding):
    xp = np.pad(x, padding)
    kh, kw = w.shape
    rows = (xp.shape[0] - kh) // stride + 1
    cols = (xp.shape[1] - kw) // stride + 1
    return [
        [sum(xp[i * stride + u, j * stride + v] * w[u, v] for u in range(kh) for v in range(kw)) for j in range(cols)]
        for i in range(rows)
    ]


def windows_view(x, w, stride, padding):
    views = sliding_window_view(np.pad(x, padding), w.shape)[::stride, ::stride]
    return np.einsum("ijuv,uv->ij", views, w)


def stride_one_then_subsample(x, w, stride, padding):
    return corr2d(np.pad(x, padding), w)[::stride, ::stride]


def with_paddle(x, w, stride, padding):
    x4 = paddle.to_tensor(np.asarray(x, "float32")[None, None])
    w4 = paddle.to_tensor(np.asarray(w, "float32")[None, None])
    return F.conv2d(x4, w4, stride=stride, padding=padding).numpy()[0, 0]


def integer_output(x, w, stride, padding):
    xp = np.pad(x, padding)
    kh, kw = w.shape
    out = np.zeros(
        (conv_output_size(x.shape[0], kh, stride, padding), conv_output_size(x.shape[1], kw, stride, padding)), int
    )
    for i, j in np.ndindex(*out.shape):
        out[i, j] = (xp[i * stride : i * stride + kh, j * stride : j * stride + kw] * w).sum()
    return out


@pytest.mark.parametrize("solution", [loops, windows_view, stride_one_then_subsample, with_paddle, integer_output])
def test_correct_solutions_are_accepted(solution):
    ok, message = verdict("03.3", solution)
    assert ok, message


def test_the_reference_is_paddle_on_every_case():
    # The cases' expected outputs come from utils.conv2d; Paddle must agree on each one.
    for description, case in EX.cases:
        assert np.allclose(EX.reference(**case), with_paddle(**case)), description


def test_cases_cover_what_the_exercise_promises():
    kwargs = [case for _, case in EX.cases]
    assert {case["padding"] for case in kwargs} >= {0, 1, 2}
    assert any(case["w"].shape[0] != case["w"].shape[1] for case in kwargs)  # a non-square kernel
    assert any(case["x"].shape[0] != case["x"].shape[1] for case in kwargs)  # a non-square input
    assert any(
        (n + 2 * case["padding"] - k) % case["stride"]
        for case in kwargs
        for n, k in zip(case["x"].shape, case["w"].shape)
    )  # a stride that does not divide


# Wrong solutions a learner might write, each with the words its diagnosis must contain.
def stride_ignored(x, w, stride, padding):
    return corr2d(np.pad(x, padding), w)


def padded_on_top_and_left(x, w, stride, padding):
    return corr2d(np.pad(x, ((padding, 0), (padding, 0))), w)[::stride, ::stride]


def kernel_flipped(x, w, stride, padding):
    return corr2d(np.pad(x, padding), np.flip(w))[::stride, ::stride]


def one_short(x, w, stride, padding):
    xp = np.pad(x, padding)
    kh, kw = w.shape
    rows, cols = (xp.shape[0] - kh) // stride, (xp.shape[1] - kw) // stride  # no + 1
    return np.array(
        [
            [(xp[i * stride : i * stride + kh, j * stride : j * stride + kw] * w).sum() for j in range(cols)]
            for i in range(rows)
        ]
    )


def rounded_up(x, w, stride, padding):
    xp = np.pad(x, padding)
    kh, kw = w.shape
    rows, cols = -(-(xp.shape[0] - kh) // stride) + 1, -(-(xp.shape[1] - kw) // stride) + 1
    big = np.pad(xp, ((0, stride), (0, stride)))  # zeros so the last window can stick out
    return np.array(
        [
            [(big[i * stride : i * stride + kh, j * stride : j * stride + kw] * w).sum() for j in range(cols)]
            for i in range(rows)
        ]
    )


def no_padding(x, w, stride, padding):
    return np.einsum("ijuv,uv->ij", sliding_window_view(x, w.shape)[::stride, ::stride], w)


def counted_on_the_unpadded_input(x, w, stride, padding):
    xp = np.pad(x, padding)
    kh, kw = w.shape
    rows, cols = (x.shape[0] - kh) // stride + 1, (x.shape[1] - kw) // stride + 1  # x, not xp
    return np.array(
        [
            [(xp[i * stride : i * stride + kh, j * stride : j * stride + kw] * w).sum() for j in range(cols)]
            for i in range(rows)
        ]
    )


def height_for_both_axes(x, w, stride, padding):
    out = stride_one_then_subsample(x, w, stride, padding)
    return out[:, : out.shape[0]]


@pytest.mark.parametrize(
    "wrong, case, words",
    [
        (stride_ignored, 2, "stride is ignored"),
        (padded_on_top_and_left, 2, "top and left only"),
        # On case 2 these two give what padding one side only gives (by hand: no padding reads rows
        # 0-2 and 2-4 of x, as padding after only does; counting on x keeps 2 of the 3 windows of
        # the padded input, as padding before only does). The diagnosis must name their own mistake.
        (no_padding, 2, "padding is missing"),
        (counted_on_the_unpadded_input, 2, "counted on x, not on the padded input"),
        (kernel_flipped, 1, "kernel is flipped"),
        (one_short, 1, "+ 1 counting the first"),
        (rounded_up, 3, "rounded up"),
        (height_for_both_axes, 4, "not the right size: it should be (5, 6)"),
    ],
)
def test_wrong_solutions_name_the_first_failing_case_and_the_mistake(wrong, case, words):
    ok, message = verdict("03.3", wrong)
    assert not ok
    assert f"On case {case} (" in message and words in message, message


def test_the_template_is_not_answered_yet():
    def template(x, w, stride, padding):
        return ...

    r = reply("03.3", template)
    assert r.status == "empty" and "not answered yet" in r.text


def test_a_function_that_returns_nothing_or_crashes_gets_a_plain_message():
    def no_return(x, w, stride, padding):
        np.pad(x, padding)

    def crashes(x, w, stride, padding):
        return np.pad(x, padding)[::stride] @ w

    ok, message = verdict("03.3", no_return)
    assert not ok and "On case 1 (" in message and "returned nothing (None)" in message
    ok, message = verdict("03.3", crashes)
    assert not ok and "On case 1 (" in message and "stopped with ValueError" in message
    assert "Traceback" not in message


def test_other_parameter_names_and_non_functions_are_explained():
    def renamed(a, k, s, p):
        return stride_one_then_subsample(a, k, s, p)

    ok, message = verdict("03.3", renamed)
    assert not ok and "TypeError" in message and "unexpected keyword argument" in message
    ok, message = verdict("03.3", stride_one_then_subsample(np.ones((3, 3)), np.ones((2, 2)), 1, 0))
    assert not ok and "give your function itself" in message
