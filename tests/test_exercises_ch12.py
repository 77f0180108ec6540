"""Chapter 12: every correct way of writing im2col (12.2) is accepted and wrong ones get their
reason; the answers of 12.1 and 12.3 are counted from the computation itself."""

import numpy as np
import pytest
from numpy.lib.stride_tricks import as_strided, sliding_window_view

import utils
from utils.exercises import exercise, verdict


# Correct solutions, written in different styles.
def comprehension(x, kh, kw):
    h_out, w_out = x.shape[0] - kh + 1, x.shape[1] - kw + 1
    return np.array([x[i : i + kh, j : j + kw].ravel() for i in range(h_out) for j in range(w_out)])


def loops(x, kh, kw):
    rows = []
    for i in range(x.shape[0] - kh + 1):
        for j in range(x.shape[1] - kw + 1):
            rows.append([x[i + u, j + v] for u in range(kh) for v in range(kw)])
    return rows


def window_view(x, kh, kw):
    return sliding_window_view(x, (kh, kw)).reshape(-1, kh * kw)


def strided(x, kh, kw):
    x = np.ascontiguousarray(x)
    h_out, w_out = x.shape[0] - kh + 1, x.shape[1] - kw + 1
    s0, s1 = x.strides
    return as_strided(x, (h_out, w_out, kh, kw), (s0, s1, s0, s1)).reshape(h_out * w_out, kh * kw).copy()


def taps_then_transpose(x, kh, kw):
    # as utils.conv2d does: one shifted slice per tap, then one column per tap
    h_out, w_out = x.shape[0] - kh + 1, x.shape[1] - kw + 1
    return np.stack([x[u : u + h_out, v : v + w_out].ravel() for u in range(kh) for v in range(kw)], axis=1)


@pytest.mark.parametrize("solution", [comprehension, loops, window_view, strided, taps_then_transpose])
def test_correct_im2cols_are_accepted(solution):
    ok, message = verdict("12.2", solution)
    assert ok, message


def transposed(x, kh, kw):
    return comprehension(x, kh, kw).T


def windows_by_column(x, kh, kw):
    h_out, w_out = x.shape[0] - kh + 1, x.shape[1] - kw + 1
    return np.array([x[i : i + kh, j : j + kw].ravel() for j in range(w_out) for i in range(h_out)])


def values_by_column(x, kh, kw):
    h_out, w_out = x.shape[0] - kh + 1, x.shape[1] - kw + 1
    return np.array([x[i : i + kh, j : j + kw].T.ravel() for i in range(h_out) for j in range(w_out)])


def one_short(x, kh, kw):
    h_out, w_out = x.shape[0] - kh, x.shape[1] - kw
    return np.array([x[i : i + kh, j : j + kw].ravel() for i in range(h_out) for j in range(w_out)])


def the_windows_as_blocks(x, kh, kw):
    return sliding_window_view(x, (kh, kw))  # 4-D: not yet a matrix


@pytest.mark.parametrize(
    "wrong, reason",
    [
        (transposed, "one column per window"),
        (windows_by_column, "The windows are visited column by column"),
        (values_by_column, "Each window is flattened column by column"),
        (one_short, "The last window of each row and column is missing"),
        (the_windows_as_blocks, "which is not the right size"),
    ],
)
def test_wrong_im2cols_get_their_reason(wrong, reason):
    ok, message = verdict("12.2", wrong)
    assert not ok and reason in message, message


def test_the_first_case_is_the_seeds_example():
    description, case = exercise("12.2").cases[0]
    rows = exercise("12.2").reference(**case)
    assert "seed" in description and (rows @ np.array([0, 1, 2, 3])).tolist() == [25, 31, 43, 49]


def test_the_multiply_add_prediction_is_counted_from_paddle_and_by_hand():
    layer = utils.make_conv2d(np.ones((16, 3, 3, 3)), stride=2, padding=1)
    out = utils.run(layer, np.ones((1, 3, 32, 32)))
    assert out.shape == (1, 16, 16, 16)
    # every output adds one product per input channel and tap
    assert exercise("12.1").answer == out.size * 3 * 3 * 3 == 110592


def test_the_memory_answer_is_the_size_of_an_actual_im2col_matrix():
    x = np.zeros((64, 58, 58), "float32")  # 56x56 padded by 1
    unfolded = np.ascontiguousarray(sliding_window_view(x, (3, 3), axis=(1, 2)))  # (64, 56, 56, 3, 3)
    assert unfolded.nbytes == exercise("12.3").answer == 7_225_344
