"""Chapter 11: every correct way of writing dilate (11.4) is accepted and wrong ones get their
reason; the answers of 11.1 to 11.3 are what Paddle itself gives."""

import numpy as np
import pytest

import utils
from utils import paddle
from utils.exercises import exercise, verdict
from utils.exercises.ch11 import sky_and_ground


# Correct solutions, written in different styles.
def slicing(w, d):
    kh, kw = w.shape
    out = np.zeros((d * (kh - 1) + 1, d * (kw - 1) + 1))
    out[::d, ::d] = w
    return out


def loops(w, d):
    kh, kw = w.shape
    out = [[0.0] * (d * (kw - 1) + 1) for _ in range(d * (kh - 1) + 1)]
    for u in range(kh):
        for v in range(kw):
            out[d * u][d * v] = w[u, v]
    return out


def kron_then_crop(w, d):
    one = np.zeros((d, d))
    one[0, 0] = 1
    return np.kron(w, one)[: d * (w.shape[0] - 1) + 1, : d * (w.shape[1] - 1) + 1]


def insert_zeros(w, d):
    out = np.asarray(w, dtype=float)
    for axis in (0, 1):  # d - 1 zeros before every tap but the first
        n = out.shape[axis]
        out = np.insert(out, np.repeat(np.arange(1, n), d - 1), 0, axis=axis)
    return out


def impulse_through_paddle(w, d):
    kh, kw = w.shape
    sh, sw = d * (kh - 1) + 1, d * (kw - 1) + 1
    x = np.zeros((1, 1, 2 * sh - 1, 2 * sw - 1), "float32")
    x[0, 0, sh - 1, sw - 1] = 1
    layer = utils.make_conv2d(np.asarray(w, "float32").reshape(1, 1, kh, kw), dilation=d)
    return utils.run(layer, x)[0, 0, ::-1, ::-1]


@pytest.mark.parametrize("solution", [slicing, loops, kron_then_crop, insert_zeros, impulse_through_paddle])
def test_correct_dilations_are_accepted(solution):
    ok, message = verdict("11.4", solution)
    assert ok, message


def test_the_reference_is_what_a_dilated_layer_computes():
    rng = np.random.default_rng(0)
    for _, case in exercise("11.4").cases:
        w, d = case["w"], case["d"]
        x = rng.integers(0, 10, size=(1, 1, 14, 13)).astype("float32")
        by_paddle = utils.run(utils.make_conv2d(w.reshape(1, 1, *w.shape), dilation=d), x)[0, 0]
        np.testing.assert_allclose(utils.corr2d(x[0, 0], exercise("11.4").reference(w, d)), by_paddle, atol=1e-4)


def d_zeros(w, d):
    kh, kw = w.shape
    out = np.zeros(((d + 1) * (kh - 1) + 1, (d + 1) * (kw - 1) + 1))
    out[:: d + 1, :: d + 1] = w
    return out


def kron(w, d):
    one = np.zeros((d, d))
    one[0, 0] = 1
    return np.kron(w, one)


def rows_only(w, d):
    out = np.zeros((d * (w.shape[0] - 1) + 1, w.shape[1]))
    out[::d] = w
    return out


def flipped(w, d):
    return slicing(np.asarray(w)[::-1, ::-1], d)


def unchanged(w, d):
    return w


@pytest.mark.parametrize(
    "wrong, reason",
    [
        (d_zeros, "There are d zeros between two taps"),
        (kron, "Zeros were added after the last tap too"),
        (rows_only, "Only the rows are spread"),
        (flipped, "The kernel is flipped"),
        (unchanged, "which is not the right size"),
    ],
)
def test_wrong_dilations_get_their_reason(wrong, reason):
    ok, message = verdict("11.4", wrong)
    assert not ok and reason in message, message
    assert "case 1" in message  # the first case already tells these apart


def test_the_size_prediction_is_paddles():
    out = paddle.nn.Conv2D(1, 1, 3, padding=2, dilation=4)(paddle.zeros([1, 1, 32, 32]))
    assert list(out.shape[2:]) == [exercise("11.1").answer] * 2 == [28, 28]


def test_the_darkest_top_row_is_zero_paddings():
    image = sky_and_ground()
    top = {}
    for mode in ["zeros", "reflect", "replicate", "circular"]:
        layer = utils.make_conv2d(np.ones((1, 1, 5, 5)) / 25, padding=2, padding_mode=mode)
        top[mode] = float(utils.run(layer, image[None, None])[0, 0, 0, 10])
    # by hand: (3 x 200 + the two padded rows) / 5
    assert top == pytest.approx({"zeros": 120, "reflect": 200, "replicate": 200, "circular": 128})
    assert "abcd"[list(top).index(min(top, key=top.get))] == exercise("11.2").answer


def test_the_grouped_parameter_count_is_paddles():
    layer = paddle.nn.Conv2D(64, 128, kernel_size=3, groups=4)
    assert sum(int(np.prod(p.shape)) for p in layer.parameters()) == exercise("11.3").answer
