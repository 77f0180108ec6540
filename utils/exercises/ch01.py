"""Chapter 1: cross-correlation by hand, output size, flipping for true convolution."""

import numpy as np

from ..conv import conv_output_size, corr2d
from .kinds import Grid, Mistake, Number, Numbers

SEED_INPUT = np.arange(1, 10).reshape(3, 3)
SEED_KERNEL = np.array([[0, 1], [2, 3]])

EXERCISES = [
    Number(
        "01.1",
        "With the seed's input a and the kernel [[1, 0], [0, -1]], what is b[1, 0]?",
        int(corr2d(SEED_INPUT, np.array([[1, 0], [0, -1]]))[1, 0]),
        hints=(
            "Put the kernel's top-left corner on row 1, column 0 of a; multiply the numbers that overlap and add.",
            "b[i, j] = sum over u, v of a[i+u, j+v] * w[u, v]; only w[0, 0] = 1 and w[1, 1] = -1 are non-zero.",
        ),
        explain="b[1, 0] = a[1, 0]*1 + a[2, 1]*(-1) = 4 - 8 = -4: the window's top-left corner sits at row 1, column 0.",
        mistakes=[
            Mistake(4, "The sign is reversed: that is a[2, 1] - a[1, 0], the kernel flipped (true convolution)."),
            Mistake(12, "The -1 weight was added as +1: multiply by the weight, sign included."),
        ],
    ),
    Numbers(
        "01.2",
        "What is the (height, width) of the feature map of a 28x28 image with a 5x5 kernel, no padding?",
        (conv_output_size(28, 5), conv_output_size(28, 5)),
        names="(height, width)",
        hints=(
            "Count the positions where the 5x5 window fits entirely inside the image, along each axis.",
            "H_out = H - k_h + 1 and W_out = W - k_w + 1.",
        ),
        explain="Without padding each axis shrinks by k - 1 = 4: 28 - 5 + 1 = 24.",
        mistakes=[
            Mistake((23, 23), "The + 1 is missing: a window fits at H - k + 1 positions, counting the first one."),
            Mistake(
                (28, 28), "Without padding the map is smaller than the image: the window cannot hang over the edge."
            ),
        ],
    ),
    Grid(
        "01.3",
        "Which kernel must you give corr2d so that it computes the true convolution of a with w = [[0, 1], [2, 3]]?",
        SEED_KERNEL[::-1, ::-1],
        hints=(
            "True convolution turns the kernel around before sliding it.",
            "The true convolution uses w[k_h-1-u, k_w-1-v]: the kernel flipped in both axes, w[::-1, ::-1].",
        ),
        explain="Flip both axes: [[3, 2], [1, 0]] = w[::-1, ::-1].",
        mistakes=[
            Mistake(SEED_KERNEL, "That is w itself: corr2d with w is cross-correlation, what Paddle computes."),
            Mistake(SEED_KERNEL[:, ::-1], "Flipped left-right only: true convolution flips both axes."),
            Mistake(SEED_KERNEL[::-1, :], "Flipped upside down only: true convolution flips both axes."),
            Mistake(SEED_KERNEL.T, "Transposed (rows swapped with columns): true convolution flips both axes instead."),
        ],
    ),
]
