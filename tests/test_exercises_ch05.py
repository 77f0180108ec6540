"""Exercise 05.4 (write a multi-channel correlation): several correct functions are accepted,
wrong ones are rejected with the cause of their mistake or the case that fails."""

import numpy as np
import pytest
from numpy.lib.stride_tricks import sliding_window_view

from utils import corr2d, make_conv2d, run
from utils.exercises import verdict


def loops(x, w):
    maps = []
    for o in range(w.shape[0]):
        total = 0
        for c in range(x.shape[0]):
            total = total + corr2d(x[c], w[o, c])
        maps.append(total)
    return np.stack(maps)


def windows(x, w):
    patches = sliding_window_view(x, w.shape[2:], axis=(1, 2))  # (C_in, H_out, W_out, kh, kw)
    return np.einsum("chwuv,ocuv->ohw", patches, w)


def with_paddle(x, w):
    return run(make_conv2d(w), x[None])[0]


def by_hand(x, w):
    c_out, c_in, kh, kw = w.shape
    out = np.zeros((c_out, x.shape[1] - kh + 1, x.shape[2] - kw + 1))
    for o, i, j in np.ndindex(*out.shape):
        out[o, i, j] = (x[:, i : i + kh, j : j + kw] * w[o]).sum()
    return out


@pytest.mark.parametrize("function", [loops, windows, with_paddle, by_hand])
def test_correct_functions_are_accepted(function):
    ok, message = verdict("05.4", function)
    assert ok, message


def flipped(x, w):  # true convolution: the kernel turned by 180 degrees
    return loops(x, w[:, :, ::-1, ::-1])


def padded(x, w):
    return loops(np.pad(x, ((0, 0), (1, 1), (1, 1))), w)


def stacked(x, w):
    return np.array([[corr2d(x[c], w[o, c]) for c in range(x.shape[0])] for o in range(w.shape[0])])


def channel_zero(x, w):
    return np.array([corr2d(x[0], w[o, 0]) for o in range(w.shape[0])])


def fails(x, w):
    return x[5]


@pytest.mark.parametrize(
    "function, reason",
    [
        (stacked, "the per-channel results are stacked"),
        (channel_zero, "only input channel 0 is used"),
        (flipped, "right shape but wrong values"),
        (padded, "which is not the right size"),
        (fails, "stopped with IndexError"),
    ],
)
def test_wrong_functions_are_rejected_with_their_reason(function, reason):
    ok, message = verdict("05.4", function)
    assert not ok and reason in message, message
    assert "On " in message  # names the case that fails


def test_a_value_instead_of_a_function():
    ok, message = verdict("05.4", np.zeros((1, 3, 3)))
    assert not ok and "give your function itself" in message
