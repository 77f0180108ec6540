"""Chapter 10: predict the one kernel of two stacked layers, design a training image that
determines a kernel, and choose what a stack of layers without a non-linearity can compute."""

import numpy as np

from ..conv import corr2d
from .kinds import Choice, Design, Mistake, Numbers

EDGE = np.array([[1.0, 0.0, -1.0]])  # chapter 7's kernel


def composed(first, second):
    """The one kernel equal to `first` then `second` (two cross-correlations): their full convolution."""
    first, second = np.asarray(first, dtype=float), np.asarray(second, dtype=float)
    kh, kw = second.shape
    return corr2d(np.pad(first, ((kh - 1, kh - 1), (kw - 1, kw - 1))), second[::-1, ::-1])


def windows(image):
    """Every 1x3 window of a 2-D image, one per row (the matrix X of section 10.1)."""
    return np.lib.stride_tricks.sliding_window_view(np.asarray(image, dtype=float), 3, axis=1).reshape(-1, 3)


def rank(image):
    """How many of the 3 weights of a 1x3 kernel the image's windows determine."""
    return int(np.linalg.matrix_rank(windows(image)))


SHAPE = "Make the image at least 3 pixels wide, so that a 1x3 window fits in it."
FINITE = "Use finite numbers only: no inf or nan."
FEW = (
    "The image has fewer than 3 windows of 1x3: each window gives one equation, and 3 unknown weights need at "
    "least 3 equations. Make it wider, or give it more rows."
)
ZERO = "Every window is all zeros: every kernel gives an all-zero map, so the data say nothing about the weights."
ONE = (
    "Every window is a multiple of one window (a flat image, or rows that are each constant, like chapter 7's image "
    "turned): the data fix one combination of the weights only, and two directions stay free. Let the brightness "
    "change along the rows."
)
PLANE = (
    "Its windows lie in a plane: one combination of the weights is still free. Stripes that repeat every 2 pixels "
    "give only windows (a, b, a) and (b, a, b); brightness that rises evenly along a row gives windows that are all "
    "mixes of (1, 1, 1) and (0, 1, 2). Some window must point out of that plane."
)

TURNED = np.rot90(np.repeat([[1.0, 1.0, 1.0, 0.0, 0.0, 0.0]], 6, axis=0)).copy()  # bright columns -> bright rows

CHOICES = {
    "a": "Depth alone adds nothing: with no non-linearity between them the two kernels compose into one 5x5 kernel "
    "(section 10.3), so whatever the stack computes, one 5x5 layer computes too.",
    "b": "Right: every such stack is one 5x5 layer, and not every 5x5 layer is such a stack.",
    "c": "Every stack is one 5x5 layer, but not the other way round. The stack's 5x5 kernel is made from 9 + 9 weights, "
    "and multiplying one kernel by c and the other by 1/c changes nothing, so at most 17 numbers vary: too few to "
    "reach every one of the 25-weight kernels.",
    "d": "The order does not matter: the composed kernel is a convolution of the two kernels, and convolution gives "
    "the same result either way round (section 10.3 checks it). The stack is one 5x5 layer either way.",
}

EXERCISES = [
    Numbers(
        "10.1",
        "A layer with the 1x3 kernel [1, 0, -1], then a second layer with the same kernel, no bias, nothing between "
        "them. Predict the one 1x5 kernel that gives the same output.",
        composed(EDGE, EDGE).ravel().tolist(),
        names="(k[0], k[1], k[2], k[3], k[4])",
        predict=True,
        hints=(
            "Write the second layer's output with the first one's, y[j] = h[j] - h[j + 2] with h[j] = x[j] - x[j + 2], "
            "and collect the terms of each x[j + p].",
            "K[p] = sum over a of w2[a] * w1[p - a], for p = 0..4 (w1[u] = 0 outside u = 0, 1, 2).",
        ),
        explain="y[j] = h[j] - h[j + 2] = (x[j] - x[j + 2]) - (x[j + 2] - x[j + 4]) = x[j] - 2 x[j + 2] + x[j + 4]: "
        "the kernel [1, 0, -2, 0, 1], a difference of differences. The middle weight comes from two paths, "
        "(+1)(-1) and (-1)(+1).",
        mistakes=[
            Mistake(
                [-1, 0, 2, 0, -1],
                "Every sign is flipped: the second kernel was slid over the first without the flip. Stacking two "
                "layers composes them as a convolution, K[p] = sum of w2[a] w1[p - a], not as a correlation.",
            ),
            Mistake(
                [1, 0, 2, 0, 1],
                "Each path multiplies its two weights, signs included: the middle weight collects (+1)(-1) and (-1)(+1).",
            ),
            Mistake(
                [1, 0, 0, 0, -1],
                "The x[j + 2] terms were dropped: y[j] = h[j] - h[j + 2], and x[j + 2] appears in both h[j] and "
                "h[j + 2]. Add its two contributions instead of letting them cancel.",
            ),
            Mistake(
                [1, 0, -1, 0, 0],
                "That is the first layer alone, padded to 5: the second layer subtracts the first layer's output two "
                "pixels later, which brings in x[j + 4].",
            ),
            Mistake(
                [1, 0, 1, 0, 0],
                "Multiplying the kernels weight by weight is not stacking them: the second layer combines outputs of "
                "the first at three positions, and each of those holds three pixels.",
            ),
        ],
    ),
    Design(
        "10.2",
        "Design a training image (a 2-D array) from which a 1x3 kernel without bias is determined exactly: whatever "
        "the true kernel, only that kernel reproduces the image's feature map. The checker looks at the image's "
        "1x3 windows.",
        np.array([[0.0, 0.0, 1.0, 0.0, 0.0]]),
        checks=[
            (SHAPE, lambda image: image.shape[1] >= 3),
            (FINITE, lambda image: bool(np.isfinite(image).all())),
            (FEW, lambda image: len(windows(image)) >= 3),
            (ZERO, lambda image: rank(image) >= 1),
            (ONE, lambda image: rank(image) >= 2),
            (PLANE, lambda image: rank(image) == 3),
        ],
        hints=(
            "Each output gives one equation, (window) . w = output. Three unknown weights need windows pointing in "
            "three different directions: which images give windows in only one or two directions?",
            "Stack the 1x3 windows as the rows of X; the kernel is determined exactly when rank(X) = 3.",
        ),
        explain="Your image's 1x3 windows span all three directions (the matrix of windows has rank 3), so X w = y has "
        "one solution: the true kernel. A single bright pixel is the simplest such image: its windows (0, 0, 1), "
        "(0, 1, 0) and (1, 0, 0) each read one weight. Chapter 7's image works too, slowly for gradient descent, "
        "because most of its windows are (1, 1, 1) or (0, 0, 0).",
        mistakes=[
            Mistake(np.ones((4, 6)), ONE, label="a flat image"),
            Mistake(TURNED, ONE, label="chapter 7's image turned"),
            Mistake(np.zeros((4, 6)), ZERO, label="an all-zero image"),
            Mistake(np.tile([0.0, 1.0], (3, 4)), PLANE, label="stripes 2 pixels apart"),
            Mistake(np.tile(np.arange(6.0), (2, 1)), PLANE, label="an even ramp"),
            Mistake(np.ones((3, 2)), SHAPE, label="2 pixels wide"),
            Mistake(np.array([[1.0, 2.0, 3.0, 5.0]]), FEW, label="two windows only"),
            Mistake(np.array([[0.0, 1.0, np.nan, 1.0]]), FINITE, label="with a nan"),
        ],
    ),
    Choice(
        "10.3",
        "Two 3x3 Conv2D layers stacked with nothing between them (stride 1, no padding), against one 5x5 Conv2D layer: which "
        "statement about what each can compute is true?",
        "b",
        options=CHOICES,
        hints=(
            "Write the stack as one layer (section 10.3), then ask which 5x5 kernels can come out of two 3x3 ones.",
            "Stack: K = w1 * w2 (full convolution), from 9 + 9 weights, unchanged by w1 -> c w1, w2 -> w2 / c. "
            "One 5x5 layer: any K, 25 weights.",
        ),
        explain="The stack's output is always that of one 5x5 layer with the composed kernel. The converse fails: "
        "the composed kernel depends on at most 17 numbers (18 weights, less the scale that moves from one kernel to "
        "the other), so most 25-weight kernels are out of reach; the solution cell checks this by value.",
    ),
]
