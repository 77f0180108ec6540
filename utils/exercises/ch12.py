"""Chapter 12: predict a layer's multiply-adds, write im2col for one channel, count the memory
im2col needs, and choose why one matrix product beats the loops."""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from ..conv import conv_output_size
from .kinds import Choice, Code, Mistake, Number


def reference(x, kh, kw):
    """im2col of one channel: row r is window r (windows in row-major order), its values row by row."""
    return sliding_window_view(np.asarray(x), (kh, kw)).reshape(-1, kh * kw)


def _windows(x, kh, kw, rows, cols, order="C"):
    return np.array([x[i : i + kh, j : j + kw].ravel(order=order) for i in rows for j in cols])


def _solution(x, kh, kw):
    return _windows(x, kh, kw, range(x.shape[0] - kh + 1), range(x.shape[1] - kw + 1))


def _columns(x, kh, kw):
    return _solution(x, kh, kw).T


def _windows_by_column(x, kh, kw):
    h_out, w_out = x.shape[0] - kh + 1, x.shape[1] - kw + 1
    return np.array([x[i : i + kh, j : j + kw].ravel() for j in range(w_out) for i in range(h_out)])


def _values_by_column(x, kh, kw):
    return _windows(x, kh, kw, range(x.shape[0] - kh + 1), range(x.shape[1] - kw + 1), order="F")


def _last_window_missing(x, kh, kw):
    return _windows(x, kh, kw, range(x.shape[0] - kh), range(x.shape[1] - kw))


_RNG = np.random.default_rng(12)
CASES = [
    ("case 1 (the seed's 3x3 input, a 2x2 kernel)", dict(x=np.arange(1, 10).reshape(3, 3), kh=2, kw=2)),
    ("case 2 (a 4x5 input, a 2x3 kernel)", dict(x=_RNG.integers(0, 10, (4, 5)), kh=2, kw=3)),
    ("case 3 (a 5x4 input, a 3x1 kernel)", dict(x=_RNG.integers(0, 10, (5, 4)), kh=3, kw=1)),
    ("case 4 (a 6x6 input, a 3x3 kernel)", dict(x=_RNG.integers(0, 10, (6, 6)), kh=3, kw=3)),
    ("case 5 (a 3x3 input, a 3x3 kernel: one window)", dict(x=_RNG.integers(0, 10, (3, 3)), kh=3, kw=3)),
]

# Exercise 12.1's layer: a 1x3x32x32 input, 16 output channels, 3x3, padding 1, stride 2.
LAYER_12_1 = dict(n=1, c_in=3, size=32, c_out=16, k=3, padding=1, stride=2)
_OUT = conv_output_size(32, 3, stride=2, padding=1)
# Exercise 12.3's layer: a 1x64x56x56 float32 input, 3x3 kernel, padding 1, stride 1.
_OUT_3 = conv_output_size(56, 3, stride=1, padding=1)

EXERCISES = [
    Number(
        "12.1",
        "A layer with 16 output channels, a 3x3 kernel, padding 1 and stride 2 gets a 1x3x32x32 input. Predict its "
        "number of multiply-adds (no bias).",
        1 * 16 * _OUT * _OUT * 3 * 3 * 3,
        predict=True,
        hints=(
            "Count the outputs first (images x output channels x output pixels, with the stride), then the products "
            "each output adds up: one per input channel and kernel tap.",
            "multiply-adds = N x C_out x H_out x W_out x C_in x k_h x k_w, with H_out = floor((H + 2p - k) / s) + 1.",
        ),
        explain="Stride 2 gives floor((32 + 2 - 3) / 2) + 1 = 16 rows and 16 columns; each of the 16 x 16 x 16 "
        "outputs adds 3 x 3 x 3 = 27 products: 110592 multiply-adds, about 0.1 million.",
        mistakes=[
            Mistake(
                16 * 32 * 32 * 27,
                "The stride is left out: with stride 2 the output is 16x16, not 32x32, so "
                "there are 4 times fewer outputs.",
            ),
            Mistake(
                16 * _OUT * _OUT * 9,
                "The input channels are missing: each output adds up a 3x3 window in "
                "every one of the 3 input channels.",
            ),
            Mistake(_OUT * _OUT * 27, "The output channels are missing: each of the 16 kernels makes its own map."),
            Mistake(
                16 * _OUT * _OUT * 3,
                "The kernel's 3 x 3 taps are missing: each output adds k_h x k_w products per input channel.",
            ),
            Mistake(
                2 * 16 * _OUT * _OUT * 27,
                "That counts multiplications and additions separately (FLOPs); a multiply-add is one of each.",
            ),
        ],
    ),
    Code(
        "12.2",
        "Write im2col(x, kh, kw) for one 2-D channel, stride 1, no padding: a matrix with one row per window "
        "(windows in row-major order) holding the window's kh x kw values row by row.",
        _solution,
        cases=CASES,
        reference=reference,
        hints=(
            "There are H - k_h + 1 window rows and W - k_w + 1 window columns. Visit the windows row by row, and turn "
            "each k_h x k_w window into one row with ravel().",
            "row (i (W - k_w + 1) + j) = x[i : i + k_h, j : j + k_w].ravel(), for i < H - k_h + 1 and j < W - k_w + 1.",
        ),
        explain="One row per window, in the order the outputs are read, each window flattened row by row like the "
        "kernel: then matrix @ kernel.ravel() gives every output at once, as for the seed's 25, 31, 43, 49.",
        mistakes=[
            Mistake(
                _columns,
                "Your matrix has one column per window (the transposed layout, which is where the "
                "name im2col comes from); here each window is a row.",
                label="one column per window",
            ),
            Mistake(
                _windows_by_column,
                "The windows are visited column by column: visit them row by row, (0, 0), "
                "(0, 1), ..., so that row r is output r of the feature map read in order.",
                label="windows in column-major order",
            ),
            Mistake(
                _values_by_column,
                "Each window is flattened column by column; flatten it row by row, as "
                "kernel.ravel() is, so that each value meets its own weight.",
                label="window flattened by columns",
            ),
            Mistake(
                _last_window_missing,
                "The last window of each row and column is missing: there are H - k_h + 1 "
                "window rows, the + 1 counting the first.",
                label="+ 1 missing",
            ),
        ],
    ),
    Number(
        "12.3",
        "A 1x64x56x56 float32 input, a 3x3 kernel, padding 1, stride 1. How many bytes does its im2col matrix take?",
        _OUT_3 * _OUT_3 * 64 * 3 * 3 * 4,
        hints=(
            "The matrix has one row per output pixel, and each row holds the window's values in every input channel, "
            "4 bytes each in float32.",
            "bytes = (H_out x W_out) x (C_in x k_h x k_w) x 4.",
        ),
        explain="56 x 56 windows, each of 64 x 3 x 3 = 576 values of 4 bytes: 7225344 bytes, about 7.2 MB, 9 times "
        "the input's 802816 bytes.",
        mistakes=[
            Mistake(
                64 * 56 * 56 * 4, "That is the input itself: im2col copies each pixel into up to k_h x k_w = 9 windows."
            ),
            Mistake(_OUT_3 * _OUT_3 * 64 * 9, "That counts values; each float32 value takes 4 bytes."),
            Mistake(
                _OUT_3 * _OUT_3 * 9 * 4,
                "The input channels are missing: each window holds its 3x3 values in all 64 channels.",
            ),
            Mistake(54 * 54 * 64 * 9 * 4, "Padding 1 keeps the size: there are 56 x 56 windows, not 54 x 54."),
        ],
    ),
    Choice(
        "12.4",
        "im2col followed by one matrix product does the same multiply-adds as the seven loops, yet runs far faster. "
        "Why?",
        "b",
        options={
            "a": "It does the same number of multiply-adds: the padding's zeros are copied into the matrix and "
            "multiplied too, as in the loops.",
            "b": "Right.",
            "c": "It uses more memory, not less: the im2col matrix holds each pixel up to k_h x k_w times.",
            "d": "Threads multiply the speed by at most the number of cores, a few on most machines; the matrix "
            "product is fast on one core too, because it does many multiply-adds per instruction.",
        },
        hints=(
            "Compare what the computer does per multiply-add in each version, not how many multiply-adds there are.",
            "loops: one interpreted Python step per multiply-add; matmul: compiled code that does many per instruction "
            "and reuses each value loaded from memory.",
        ),
        explain="The matrix product runs in compiled BLAS code that does several multiply-adds per instruction and "
        "reuses every value it loads from memory for many of them; the loops pay the Python interpreter for each "
        "multiply-add. Same count, very different cost per multiply-add.",
    ),
]
