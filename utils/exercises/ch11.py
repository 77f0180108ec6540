"""Chapter 11: the output size with dilation, the padding mode that darkens a border most, the
parameters of a grouped layer, and the kernel a dilation makes, written by the learner."""

import numpy as np

from ..conv import conv2d, conv_output_size
from .kinds import Choice, Code, Mistake, Number


def dilated(w, d):
    """The kernel a dilation d makes of w, read off utils.conv2d: an impulse in the middle of a
    zero image, correlated with w at dilation d, gives the spread kernel flipped."""
    w = np.asarray(w, dtype=float)
    span = [d * (k - 1) + 1 for k in w.shape]
    impulse = np.zeros((2 * span[0] - 1, 2 * span[1] - 1))
    impulse[span[0] - 1, span[1] - 1] = 1.0
    return conv2d(impulse[None, None], w[None, None], dilation=d)[0, 0, ::-1, ::-1]


def _place(w, d, step_rows, step_cols, extra=0):
    w = np.asarray(w, dtype=float)
    kh, kw = w.shape
    out = np.zeros((step_rows * (kh - 1) + 1 + extra, step_cols * (kw - 1) + 1 + extra))
    out[: step_rows * (kh - 1) + 1 : step_rows, : step_cols * (kw - 1) + 1 : step_cols] = w
    return out


def _one_zero_too_many(w, d):
    return _place(w, d, d + 1, d + 1)


def _trailing_zeros(w, d):
    return _place(w, d, d, d, extra=d - 1)


def _rows_only(w, d):
    return _place(w, d, d, 1)


def _columns_only(w, d):
    return _place(w, d, 1, d)


def _flipped(w, d):
    return _place(np.asarray(w)[::-1, ::-1], d, d, d)


def _solution(w, d):
    kh, kw = w.shape
    out = np.zeros((d * (kh - 1) + 1, d * (kw - 1) + 1))
    out[::d, ::d] = w
    return out


_RNG = np.random.default_rng(11)
CASES = [
    ("case 1 (the 3x3 kernel 1 to 9, dilation 2)", dict(w=np.arange(1, 10).reshape(3, 3), d=2)),
    ("case 2 (a 3x3 kernel, dilation 1: nothing to spread)", dict(w=_RNG.integers(-3, 4, (3, 3)), d=1)),
    ("case 3 (a 2x3 kernel, dilation 3)", dict(w=_RNG.integers(-3, 4, (2, 3)), d=3)),
    ("case 4 (a 3x1 kernel, dilation 2)", dict(w=_RNG.integers(1, 5, (3, 1)), d=2)),
    ("case 5 (a 4x4 kernel, dilation 2)", dict(w=_RNG.integers(-3, 4, (4, 4)), d=2)),
]

# The sky-and-ground image of exercise 11.2: 20 x 20, rows 0-9 at 200, rows 10-19 at 20.
SKY, GROUND = 200.0, 20.0


def sky_and_ground():
    image = np.full((20, 20), GROUND)
    image[:10] = SKY
    return image


EXERCISES = [
    Number(
        "11.1",
        "A 32x32 input, a 3x3 kernel with dilation 4, padding 2, stride 1. Predict the output size (one number).",
        conv_output_size(32, 3, stride=1, padding=2, dilation=4),
        predict=True,
        hints=(
            "A dilated kernel still has k taps per axis, but they are d pixels apart: the window covers d(k - 1) + 1 "
            "pixels. Use that span where the formula without dilation has k.",
            "H_out = floor((H + 2p - d(k - 1) - 1) / s) + 1.",
        ),
        explain="The window spans 4 x (3 - 1) + 1 = 9 pixels, so (32 + 2*2 - 9) / 1 + 1 = 28. Padding 2 is not "
        "enough to keep the size: that needs p = d(k - 1) / 2 = 4.",
        mistakes=[
            Mistake(
                34,
                "The dilation is left out: with dilation 4 the 3 taps are 4 pixels apart, so the window "
                "spans 9 pixels, not 3.",
            ),
            Mistake(25, "The span is d(k - 1) + 1, not d x k: there is no hole after the last tap."),
            Mistake(29, "The span is d(k - 1) + 1: the + 1 counts the first tap."),
            Mistake(24, "The padding is missing: it adds 2p = 4 to the input before the window slides."),
            Mistake(27, "The + 1 of the formula is missing: it counts the window's first position."),
            Mistake(
                32,
                "Padding 2 does not keep the size here: the dilated window spans 9 pixels, and keeping 32 "
                "would take p = d(k - 1) / 2 = 4 on each side.",
            ),
        ],
    ),
    Choice(
        "11.2",
        "A 20x20 image is sky (200) in rows 0-9 and ground (20) in rows 10-19. It is blurred by the 5x5 mean with "
        "padding 2. Which padding_mode makes the middle of the output's top row darkest: (a) zeros, (b) reflect, "
        "(c) replicate or (d) circular?",
        "a",
        options={
            "a": "Right.",
            "b": "reflect fills the two rows above row 0 with rows 2 and 1, mirrored: both are sky, so the window over "
            "the top row holds only sky and the top row stays as bright as the sky.",
            "c": "replicate copies row 0, which is sky, into both rows above it: the top row stays as bright as the "
            "sky.",
            "d": "circular does bring darker rows above the top row: the last two rows, ground at 20. But zero padding "
            "brings rows of 0, darker still than the ground.",
        },
        hints=(
            "For each mode, write down the two rows it puts above row 0; the top row's output is the mean of those "
            "two rows and rows 0 to 2 of the image.",
            "top row out = (3 x 200 + r1 + r2) / 5, with r1, r2 the padded rows: zeros 0; reflect rows 2 and 1; "
            "replicate row 0 twice; circular rows 18 and 19.",
        ),
        explain="Zero padding puts 0 above the image: (3 x 200 + 0 + 0) / 5 = 120. Circular brings the ground, 20: "
        "(3 x 200 + 20 + 20) / 5 = 128. Reflect and replicate bring sky, so the top row stays 200. Zero padding "
        "darkens any border that is brighter than black; circular mixes in the opposite edge, whatever it is.",
    ),
    Number(
        "11.3",
        "paddle.nn.Conv2D(64, 128, kernel_size=3, groups=4), with its bias: how many parameters does it have?",
        128 * (64 // 4) * 3 * 3 + 128,
        hints=(
            "With groups = 4, each output channel's kernel reads only the C_in / 4 input channels of its group; "
            "every output channel still has one bias.",
            "parameters = C_out x (C_in / groups) x k_h x k_w + C_out.",
        ),
        explain="Each of the 128 kernels reads 64 / 4 = 16 input channels: 128 x 16 x 3 x 3 = 18432 weights, plus 128 "
        "biases, 18560 in all: a quarter of the weights of groups = 1.",
        mistakes=[
            Mistake(
                128 * 64 * 9 + 128,
                "The groups are left out: each kernel reads only the C_in / groups = 16 "
                "input channels of its group, not all 64.",
            ),
            Mistake(128 * 16 * 9, "The bias is missing: each of the 128 output channels has one."),
            Mistake(128 * 64 * 9, "The groups and the bias are both left out."),
            Mistake(
                128 // 4 * 16 * 9 + 128,
                "The weights were divided by the groups twice: there are still 128 "
                "kernels, each reading 16 input channels.",
            ),
            Mistake(
                128 * 16 * 9 + 128 // 4, "Each output channel keeps its own bias, 128 in all, whatever the groups."
            ),
        ],
    ),
    Code(
        "11.4",
        "Write dilate(w, d): the 2-D kernel that a dilation d makes of the 2-D kernel w, so that a plain "
        "cross-correlation with it equals the cross-correlation with w at dilation d.",
        _solution,
        cases=CASES,
        reference=dilated,
        hints=(
            "The taps of w keep their order but sit d cells apart, with zeros in the holes between them. First work "
            "out the size of the new kernel, then put w[u, v] at its place.",
            "out has d(k_h - 1) + 1 rows and d(k_w - 1) + 1 columns, zeros everywhere except out[d u, d v] = w[u, v].",
        ),
        explain="The new kernel has d(k - 1) + 1 cells per axis, w[u, v] at (d u, d v) and zeros elsewhere; with NumPy, "
        "out[::d, ::d] = w. A layer with dilation d computes exactly this from its k_h x k_w weights alone.",
        mistakes=[
            Mistake(
                _one_zero_too_many,
                "There are d zeros between two taps, one too many: with dilation d the taps "
                "are d cells apart, so d - 1 zeros lie between them.",
                label="d zeros between taps",
            ),
            Mistake(
                _trailing_zeros,
                "Zeros were added after the last tap too (a kernel of d x k cells): the new "
                "kernel ends at the last tap, d(k - 1) + 1 cells.",
                label="zeros after the last tap",
            ),
            Mistake(_rows_only, "Only the rows are spread: a dilation spreads the columns too.", label="rows only"),
            Mistake(
                _columns_only, "Only the columns are spread: a dilation spreads the rows too.", label="columns only"
            ),
            Mistake(
                _flipped,
                "The kernel is flipped: w[u, v] goes to (d u, d v), in the same order.",
                label="kernel flipped",
            ),
        ],
    ),
]
