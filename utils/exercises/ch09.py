"""Chapter 9: predict the noise a 3x3 mean leaves and the zero-padding frame; design a blur."""

import numpy as np

from ..conv import conv2d, corr2d
from .kinds import Design, Mistake, Number


def _flat_with_padding(row, col):
    """The 5x5 mean with zero padding 2 on a 20x20 image of ones, at (row, col)."""
    return float(conv2d(np.ones((1, 1, 20, 20)), np.ones((1, 1, 5, 5)) / 25, padding=2)[0, 0, row, col])


def _stripes(axis):
    """Stripes one pixel wide, alternately +1 and -1, constant along `axis` (0: running down, 1: across)."""
    values = (-1.0) ** np.arange(12)
    return np.broadcast_to(values[None, :] if axis == 0 else values[:, None], (12, 12))


def _smooths(kernel, axis):
    # With weights >= 0 that add up to 1, the finest stripes keep their full height +-1 exactly when
    # no weight reaches a neighbouring column (axis 0) or row (axis 1): any mixing lowers them.
    return bool(np.abs(corr2d(_stripes(axis), kernel)).max() < 1 - 1e-9)


def _keeps_flat(kernel):
    flat = np.full((8, 8), 100.0)
    return bool(np.abs(corr2d(flat, kernel) - 100.0).max() <= 1e-9 * 100.0 * max(1.0, float(np.abs(kernel).sum())))


def _centre_largest(kernel):
    others = np.delete(kernel.ravel(), 4)
    return bool((kernel[1, 1] > others).all())


SHAPE = "Give a 3x3 kernel, as asked: its centre weight is the middle one."
NEGATIVE = "It has negative weights: that sharpens (it makes differences larger); a blur only averages."
FLAT = (
    "A flat region changes brightness: a constant image c comes out as c times the sum of the weights, so the "
    "weights must add up to 1."
)
CENTRE = (
    "Its centre weight is not larger than every other weight: weigh the pixel itself more than each neighbour "
    "(the 3x3 mean weighs all nine the same)."
)
ACROSS = "It does not mix neighbouring columns: stripes one pixel wide running down the image pass through unchanged."
DOWN = "It does not mix neighbouring rows: stripes one pixel high running across the image pass through unchanged."

EXERCISES = [
    Number(
        "09.1",
        "By what factor does the 3x3 mean reduce the standard deviation of independent noise? Predict it, "
        "then measure it.",
        float(np.sqrt(9)),
        predict=True,
        tolerance=0.05,
        hints=(
            "The 5x5 mean averages 25 values and divides the standard deviation by the square root of 25. How "
            "many values does a 3x3 mean average?",
            "std(mean of n independent values) = std / sqrt(n).",
        ),
        explain="A 3x3 mean averages 9 independent values: the variance falls 9 times and the standard deviation "
        "sqrt(9) = 3 times.",
        mistakes=[
            Mistake(9, "9 is the factor for the variance; the standard deviation falls by its square root."),
            Mistake(5, "5 is the factor of the 5x5 mean, which averages 25 values; the 3x3 mean averages 9."),
            Mistake(
                float(np.sqrt(3)), "The square root is of the number of values averaged, not of the side of the window."
            ),
            Mistake(
                1 / 3,
                "That is what the standard deviation is multiplied by; the question asks the factor it is divided by.",
            ),
        ],
    ),
    Number(
        "09.2",
        "An image of 1s goes through the 5x5 mean with zero padding 2. Predict the output at row 1, column 10 "
        "(far from the left and right edges).",
        _flat_with_padding(1, 10),
        predict=True,
        tolerance=1e-6,
        hints=(
            "The window is centred on (1, 10): which of its 25 cells fall on padding zeros, and which on real 1s?",
            "out = (number of real pixels under the window) / 25, with rows 1 - 2 to 1 + 2 and columns "
            "10 - 2 to 10 + 2.",
        ),
        explain="The window covers rows -1 to 3: row -1 is padding, so 4 rows of 5 real pixels remain, 20 of 25 "
        "cells, and the output is 20/25 = 0.8.",
        mistakes=[
            Mistake(15 / 25, "That is row 0, whose window reaches two rows of padding; row 1's reaches one."),
            Mistake(1.0, "Row 1 is less than 2 rows from the edge: its window still reaches into the padding."),
            Mistake(16 / 25, "Column 10 is far from the left and right edges: all 5 columns of its window are real."),
            Mistake(9 / 25, "That is the corner (0, 0), with 3 real rows and 3 real columns."),
            Mistake(20, "That is the number of real pixels under the window; the kernel then divides by 25."),
            Mistake(5 / 25, "That is the share of padding zeros under the window; the output is the share of real 1s."),
        ],
    ),
    Design(
        "09.3",
        "Design a 3x3 blur: each output mixes its pixel with neighbours across and down, never with a negative "
        "weight. It must keep the brightness of flat regions and weigh the centre pixel more than each of its "
        "neighbours.",
        np.array([[1.0, 2.0, 1.0], [2.0, 4.0, 2.0], [1.0, 2.0, 1.0]]) / 16,
        checks=[
            (SHAPE, lambda k: k.shape == (3, 3)),
            (NEGATIVE, lambda k: bool((k >= 0).all())),
            (FLAT, _keeps_flat),
            (CENTRE, _centre_largest),
            (ACROSS, lambda k: _smooths(k, 0)),
            (DOWN, lambda k: _smooths(k, 1)),
        ],
        hints=(
            "Each output should be a weighted mean of its window: what must be true of the weights of a mean, "
            "and which weight must be the largest?",
            "A flat x = c gives out = c * (sum of w), so sum of w = 1, with every w[u, v] >= 0 and w[1, 1] > "
            "every other w[u, v].",
        ),
        explain="Your weights are at least 0 and add up to 1, so each output is a weighted mean of its window: flat "
        "regions keep their brightness, and noise is averaged in both directions, less than by the plain 3x3 "
        "mean because the centre counts more. [[1, 2, 1], [2, 4, 2], [1, 2, 1]] / 16 is a small Gaussian "
        "blur of this kind.",
        mistakes=[
            Mistake(np.ones((3, 3)) / 9, CENTRE, label="the 3x3 mean"),
            Mistake(np.array([[1.0, 2.0, 1.0], [2.0, 4.0, 2.0], [1.0, 2.0, 1.0]]), FLAT, label="[[1, 2, 1], ...] / 1"),
            Mistake(np.array([[0.0, -1.0, 0.0], [-1.0, 5.0, -1.0], [0.0, -1.0, 0.0]]), NEGATIVE, label="a sharpen"),
            Mistake(np.array([[0.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 0.0]]), ACROSS, label="the identity"),
            Mistake(np.array([[0.0, 0.0, 0.0], [0.25, 0.5, 0.25], [0.0, 0.0, 0.0]]), DOWN, label="along rows only"),
            Mistake(np.ones((5, 5)) / 25, SHAPE, label="the 5x5 mean"),
        ],
    ),
]
