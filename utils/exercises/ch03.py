"""Chapter 3: the output size with stride and its floor, pixels no window reads, and
cross-correlation with stride and padding written by the learner."""

import numpy as np

from ..conv import conv2d, conv_output_size, corr2d
from .kinds import Code, Mistake, Number


def reference(x, w, stride, padding):
    """What the learner's function must return: Paddle's semantics, through utils.conv2d."""
    return conv2d(np.asarray(x)[None, None], np.asarray(w)[None, None], stride=stride, padding=padding)[0, 0]


def _windows(xp, w, stride, rows, cols):
    """Cross-correlation of the already padded xp at the given window corners (by hand)."""
    kh, kw = w.shape
    return np.array([[(xp[r : r + kh, c : c + kw] * w).sum() for c in cols] for r in rows])


def _starts(size, k, stride):
    """Window corners 0, s, 2s, ... while the window fits: floor((size - k) / s) + 1 of them."""
    return range(0, size - k + 1, stride)


def _stride_ignored(x, w, stride, padding):
    xp = np.pad(x, padding)
    return corr2d(xp, w)


def _stride_rows_only(x, w, stride, padding):
    xp = np.pad(x, padding)
    return _windows(xp, w, stride, _starts(xp.shape[0], w.shape[0], stride), _starts(xp.shape[1], w.shape[1], 1))


def _stride_columns_only(x, w, stride, padding):
    xp = np.pad(x, padding)
    return _windows(xp, w, stride, _starts(xp.shape[0], w.shape[0], 1), _starts(xp.shape[1], w.shape[1], stride))


def _padding_ignored(x, w, stride, padding):
    return corr2d(np.asarray(x), w)[::stride, ::stride]


def _size_without_padding(x, w, stride, padding):
    # The windows run over the padded input, but their number is counted on the unpadded one.
    xp = np.pad(x, padding)
    return _windows(xp, w, stride, _starts(x.shape[0], w.shape[0], stride), _starts(x.shape[1], w.shape[1], stride))


def _padded_before_only(x, w, stride, padding):
    return corr2d(np.pad(x, ((padding, 0), (padding, 0))), w)[::stride, ::stride]


def _padded_after_only(x, w, stride, padding):
    return corr2d(np.pad(x, ((0, padding), (0, padding))), w)[::stride, ::stride]


def _flipped(x, w, stride, padding):
    return corr2d(np.pad(x, padding), w[::-1, ::-1])[::stride, ::stride]


def _plus_one_missing(x, w, stride, padding):
    return corr2d(np.pad(x, padding), w)[::stride, ::stride][:-1, :-1]


def _rounded_up(x, w, stride, padding):
    # ceil((H + 2p - k) / s) + 1 windows: the last one sticks out and reads zeros past the padding.
    xp = np.pad(x, padding)
    extra = [(-(n - k) % stride) for n, k in zip(xp.shape, w.shape)]
    return corr2d(np.pad(xp, ((0, extra[0]), (0, extra[1]))), w)[::stride, ::stride]


_RNG = np.random.default_rng(3)
CASES = [
    (
        "case 1 (the seed's 3x3 input and 2x2 kernel, stride 1, padding 0)",
        dict(x=np.arange(1, 10).reshape(3, 3), w=np.array([[0, 1], [2, 3]]), stride=1, padding=0),
    ),
    (
        "case 2 (5x5 input, 3x3 kernel, stride 2, padding 1)",
        dict(x=np.arange(1, 26).reshape(5, 5), w=np.array([[1, 0, -1], [2, 0, -2], [1, 0, -1]]), stride=2, padding=1),
    ),
    (
        "case 3 (8x8 input, 3x3 kernel, stride 2, padding 0: 8 - 3 is odd, so the stride does not divide it)",
        dict(x=_RNG.integers(0, 10, (8, 8)), w=_RNG.integers(-3, 4, (3, 3)), stride=2, padding=0),
    ),
    (
        "case 4 (7x9 input, 2x3 kernel, stride 2, padding 2)",
        dict(x=_RNG.integers(0, 10, (7, 9)), w=_RNG.integers(-3, 4, (2, 3)), stride=2, padding=2),
    ),
    (
        "case 5 (10x7 input, 3x1 kernel, stride 3, padding 1)",
        dict(x=_RNG.integers(0, 10, (10, 7)), w=_RNG.integers(-3, 4, (3, 1)), stride=3, padding=1),
    ),
]


def _solution(x, w, stride, padding):
    xp = np.pad(x, padding)
    kh, kw = w.shape
    h_out = (xp.shape[0] - kh) // stride + 1
    w_out = (xp.shape[1] - kw) // stride + 1
    out = np.zeros((h_out, w_out))
    for i in range(h_out):
        for j in range(w_out):
            out[i, j] = (xp[i * stride : i * stride + kh, j * stride : j * stride + kw] * w).sum()
    return out


EXERCISES = [
    Number(
        "03.1",
        "ResNet's first layer: a 7x7 kernel, stride 2 and padding 3 on a 224x224 image. Output size (one number)?",
        conv_output_size(224, 7, stride=2, padding=3),
        hints=(
            "Count the positions the window's top-left corner can take, 0, s, 2s, ..., with the window still inside the padded input.",
            "H_out = floor((H + 2p - k) / s) + 1.",
        ),
        explain="floor((224 + 2*3 - 7) / 2) + 1 = floor(111.5) + 1 = 112: the first layer of ResNet halves 224.",
        mistakes=[
            Mistake(112.5, "Sizes are whole numbers: the division needs a floor, (H + 2p - k) / s rounded down."),
            Mistake(
                113, "Rounded up: a window that would stick out of the padded input is not counted, so round down."
            ),
            Mistake(111, "Either the + 1 is missing or the padding was counted on one side only."),
            Mistake(109, "The padding is missing: it adds 2p before the kernel slides."),
            Mistake(
                224, "The stride is missing: with stride 2 the window jumps 2 pixels, so about half as many positions."
            ),
        ],
    ),
    Number(
        "03.2",
        "A 10x10 input, a 3x3 kernel, stride 4, no padding. How many of the 100 input pixels does no window read?",
        100 - len({r + u for r in _starts(10, 3, 4) for u in range(3)}) ** 2,
        hints=(
            "Find the rows the windows cover: a window starting at row r covers rows r, r + 1 and r + 2. The columns are the same. A pixel is read when both its row and its column are covered.",
            "Windows start at 0, s, 2s, ... while r + k <= H; read pixels = (covered rows) x (covered columns); unread = H x W - read.",
        ),
        explain="Windows start at rows 0 and 4 (one at 8 would need row 10), so rows 0-2 and 4-6 are read, and the same columns: 6 x 6 = 36 pixels. The other 64 are never read: row and column 3, between the windows, as well as 7 to 9 at the end.",
        mistakes=[
            Mistake(
                100 - 7 * 7,
                "Only the leftover at the end was counted: with stride 4 and a 3-wide window, row 3 and column 3 fall between two windows and are skipped too.",
            ),
            Mistake(6 * 6, "That is the number of pixels read; the question asks for the ones never read."),
            Mistake(
                10 + 10 - 1,
                "Only the last row and column were counted: with stride 4 the windows also skip row 3 and column 3, and rows and columns 7 and 8.",
            ),
            Mistake(4 * 10, "Only the unread rows were counted (4 rows of 10): the unread columns add more pixels."),
            Mistake(4 * 10 * 2, "The pixels where an unread row crosses an unread column were counted twice."),
            Mistake(0, "A stride larger than the kernel leaves gaps: the window jumps 4 pixels but covers only 3."),
        ],
    ),
    Code(
        "03.3",
        "Write corr2d_strided(x, w, stride, padding): the 2-D cross-correlation of x with w, with zero padding on every side and the window moving stride pixels at a time.",
        _solution,
        cases=CASES,
        reference=reference,
        hints=(
            "Pad first with np.pad(x, padding). Then the window's top-left corner sits at (i * stride, j * stride); each output is the sum of window * w. Count the outputs with the floor formula.",
            "out[i, j] = sum over u, v of xp[i*s + u, j*s + v] * w[u, v], for i < floor((H + 2p - k_h) / s) + 1 and j < floor((W + 2p - k_w) / s) + 1.",
        ),
        explain="Pad, count floor((H + 2p - k) / s) + 1 positions per axis, and put the window's corner at (i * s, j * s): that is what Paddle's Conv2D does, on all five cases.",
        mistakes=[
            Mistake(
                _stride_ignored,
                "The stride is ignored: your output has one value per pixel position, as with stride 1. Put the window's corner at (i * stride, j * stride).",
                label="stride ignored",
            ),
            Mistake(
                _stride_rows_only,
                "The stride is applied down the rows but not across the columns.",
                label="stride on rows only",
            ),
            Mistake(
                _stride_columns_only,
                "The stride is applied across the columns but not down the rows.",
                label="stride on columns only",
            ),
            Mistake(
                _padding_ignored,
                "The padding is missing: pad x with np.pad(x, padding) before the window slides.",
                label="padding ignored",
            ),
            Mistake(
                _size_without_padding,
                "Too few windows: the number of positions was counted on x, not on the padded input. Count them with H + 2p, the padded size.",
                label="size counted without the padding",
            ),
            Mistake(
                _padded_before_only,
                "The padding went on the top and left only: np.pad(x, p) pads every side.",
                label="padding before only",
            ),
            Mistake(
                _padded_after_only,
                "The padding went on the bottom and right only: np.pad(x, p) pads every side.",
                label="padding after only",
            ),
            Mistake(
                _flipped,
                "The kernel is flipped (true convolution): cross-correlation multiplies xp[i*s + u, j*s + v] by w[u, v] itself.",
                label="kernel flipped",
            ),
            Mistake(
                _plus_one_missing,
                "One row and one column are missing: there are floor((H + 2p - k) / s) + 1 positions per axis, the + 1 counting the first.",
                label="+ 1 missing",
            ),
            Mistake(
                _rounded_up,
                "One row or column too many: the division was rounded up, and the last window sticks out of the padded input. Round down (floor).",
                label="rounded up",
            ),
        ],
    ),
]
