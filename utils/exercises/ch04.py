"""Chapter 4: receptive fields of strided stacks, and the holes dilated stacks leave."""

import numbers

import numpy as np

from ..i18n import tr
from ..receptive import receptive_field
from .kinds import BadForm, Behaviour, Mistake, Number, describe


def reached(rates, kernel_size=3):
    """Offsets along one axis that a stride-1 stack of dilated kernels joins to one output.

    Each path takes one tap per layer, at 0, d, ..., (k - 1) * d: the offsets are all sums of
    one such tap per layer.
    """
    offsets = {0}
    for d in rates:
        offsets = {o + u * d for o in offsets for u in range(kernel_size)}
    return offsets


def extent(rates, kernel_size=3):
    return receptive_field([(kernel_size, 1, d) for d in rates])[-1].size


class Rates(Behaviour):
    """Design a stack: three dilation rates, judged by the field they give."""

    kind = "design"

    def prepare(self, answer):
        if isinstance(answer, str) or not isinstance(answer, (list, tuple, np.ndarray)) or len(answer) != 3:
            raise BadForm(
                tr("give three dilation rates as a tuple (d1, d2, d3); you gave {what}.").format(what=describe(answer))
            )
        for d in answer:
            if isinstance(d, (bool, np.bool_)) or not isinstance(d, numbers.Real) or not float(d).is_integer() or d < 1:
                raise BadForm(tr("each dilation rate is a whole number of at least 1; {value} is not.").format(value=d))
        return tuple(int(d) for d in answer)


TOO_NARROW = "The field is too narrow: each 3x3 layer adds 2 * d pixels, so the rates must add up to at least 7."
HOLES = (
    "These rates leave holes: some offsets inside the extent are no sum of one tap (0, d or 2d) per layer. "
    "Sort the rates from small to large: each must be at most the extent of the layers before it (1 for the first)."
)

EXERCISES = [
    Number(
        "04.1",
        "Predict: a 3x3 layer with dilation 2, then a 3x3 layer with dilation 4 (stride 1, random weights). "
        "The extent of the centre output's receptive field is 13x13. How many of those 169 input pixels change that output?",
        len(reached([2, 4])) ** 2,
        predict=True,
        hints=(
            "Follow one row. Which input offsets can a chain of one tap from each layer reach?",
            "The taps sit at 0, d, 2d; the offsets reached are the sums u1 * 2 + u2 * 4 with u1, u2 in {0, 1, 2}.",
        ),
        explain="Every tap offset is even (0, 2, 4 and 0, 4, 8), so every sum is even: 7 offsets of 13 per axis, "
        "7 x 7 = 49 pixels of 169. The odd rows and columns are never reached.",
        mistakes=[
            Mistake(
                169,
                "The extent is only the bounding box: both rates are even, so can any chain of taps reach an odd offset?",
            ),
            Mistake(81, "That counts the 9 x 9 chains of taps, but different chains can land on the same pixel."),
            Mistake(7, "That is one row of offsets: the field is 2-D, and the columns are reached as the rows are."),
            Mistake(
                9,
                "The first layer's windows overlap too: each of the 9 pixels the second layer reads brings its own 9 taps.",
            ),
        ],
    ),
    Number(
        "04.2",
        "A 5x5 layer with stride 2, then another 5x5 layer with stride 2, then a 3x3 layer with stride 1. "
        "What is the extent of the receptive field (one side, in input pixels)?",
        receptive_field([(5, 2), (5, 2), 3])[-1].size,
        hints=(
            "Each layer widens the field by its kernel's reach, counted in input pixels: how far apart are "
            "neighbouring pixels of the map it reads?",
            "r_l = r_(l-1) + (k_l - 1) * j_(l-1), j_l = j_(l-1) * s_l, with r_0 = j_0 = 1.",
        ),
        explain="5; then + (5 - 1) * 2 = 13 (the jump is 2 after the first layer); then + (3 - 1) * 4 = 21 "
        "(the jump is 4 after the second).",
        mistakes=[
            Mistake(11, "The jump is missing: after a stride-2 layer, one step on its map is 2 input pixels."),
            Mistake(17, "The jumps multiply: after two stride-2 layers, one step is 2 * 2 input pixels."),
            Mistake(27, "Each layer adds (k - 1) jumps, not k: a kernel spans k - 1 steps between its outer taps."),
            Mistake(
                33,
                "A layer's stride spaces its own outputs, so it multiplies the jump of the layers after it; "
                "the 5 taps of the first layer are neighbouring input pixels.",
            ),
        ],
    ),
    Rates(
        "04.3",
        "Design: choose the dilation rates (d1, d2, d3) of three stacked 3x3 layers with stride 1 so that the "
        "receptive field is at least 15 pixels wide and has no holes.",
        (1, 2, 4),
        checks=[
            (
                TOO_NARROW,
                lambda rates: extent(rates) >= 15,
            ),
            (
                HOLES,
                lambda rates: reached(rates) == set(range(extent(rates))),
            ),
        ],
        hints=(
            "The field must be wide (large rates) but every offset must stay reachable (start small).",
            "Sorted rates d1 <= d2 <= d3: no holes when d1 <= 1, d2 <= 1 + 2 * d1, d3 <= 1 + 2 * (d1 + d2); "
            "width 1 + 2 * (d1 + d2 + d3).",
        ),
        explain="With rates sorted from small to large, each layer's taps are at most as far apart as the field "
        "below it, so they fill every gap; e.g. (1, 2, 4) gives offsets 0 to 14 with none missing, "
        "and (1, 2, 5) or (1, 3, 3) work as well.",
        mistakes=[
            Mistake((2, 4, 8), HOLES),
            Mistake((1, 2, 3), TOO_NARROW),
        ],
    ),
]
