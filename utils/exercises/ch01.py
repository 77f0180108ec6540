"""Chapter 1: predict a feature map, cross-correlation by hand, output size, flipping, flattening."""

import numpy as np

from ..conv import conv_output_size, corr2d
from .kinds import Choice, Grid, Mistake, Number, Numbers

SEED_INPUT = np.arange(1, 10).reshape(3, 3)
SEED_KERNEL = np.array([[0, 1], [2, 3]])
DIAGONAL = np.array([[1, 0], [0, -1]])
# The first 16 digits of pi, row by row: no two windows see the same numbers, so every
# position gives its own value (the seed's input rises evenly and hides mistakes of position).
PI_DIGITS = np.array([[3, 1, 4, 1], [5, 9, 2, 6], [5, 3, 5, 8], [9, 7, 9, 3]])

EXERCISES = [
    Grid(
        "01.1",
        "Predict the 2x2 feature map of the seed's input a with the kernel [[1, 0], [0, -1]].",
        corr2d(SEED_INPUT, DIAGONAL),
        hints=(
            "At each of the four positions only two weights are non-zero: the window's top-left pixel counts +1, its bottom-right pixel -1.",
            "b[i, j] = a[i, j] * 1 + a[i+1, j+1] * (-1).",
        ),
        explain="Every value is a[i, j] - a[i+1, j+1] = -4: one row down and one column right, the seed's input always grows by 3 + 1 = 4, so this kernel sees the same step everywhere.",
        mistakes=[
            Mistake(
                -corr2d(SEED_INPUT, DIAGONAL),
                "The signs are reversed: that is a[i+1, j+1] - a[i, j], the kernel flipped (true convolution). w[0, 0] = 1 multiplies the window's top-left pixel.",
            ),
            Mistake(
                corr2d(SEED_INPUT, np.abs(DIAGONAL)),
                "The -1 weight was used as +1: multiply by the weight, sign included.",
            ),
        ],
        predict=True,
    ),
    Number(
        "01.2",
        "With the input digits (the first 16 digits of pi, row by row) and the seed's kernel w = [[0, 1], [2, 3]], what is b[1, 2]?",
        int(corr2d(PI_DIGITS, SEED_KERNEL)[1, 2]),
        hints=(
            "Put the kernel's top-left corner on row 1, column 2 of the input, counting rows and columns from 0; multiply the four numbers that overlap by their weights and add.",
            "b[i, j] = a[i, j] w[0, 0] + a[i, j+1] w[0, 1] + a[i+1, j] w[1, 0] + a[i+1, j+1] w[1, 1].",
        ),
        explain="The window covers rows 1-2 and columns 2-3: 2*0 + 6*1 + 5*2 + 8*3 = 40.",
        mistakes=[
            Mistake(
                int(corr2d(PI_DIGITS, SEED_KERNEL)[2, 1]),
                "That is b[2, 1]: the first index is the row (down), the second the column (across).",
            ),
            Mistake(
                int(corr2d(PI_DIGITS, SEED_KERNEL)[0, 1]),
                "The window is one row too high and one column too far left: positions count from 0, so b[1, 2] starts at row 1, column 2.",
            ),
            Mistake(
                int(corr2d(PI_DIGITS, SEED_KERNEL[::-1, ::-1])[1, 2]),
                "The kernel was turned around (true convolution): Paddle puts w[0, 0] on the window's top-left pixel.",
            ),
            Mistake(
                int(corr2d(PI_DIGITS, SEED_KERNEL.T)[1, 2]),
                "The kernel was transposed: its first row [0, 1] goes on the window's first row.",
            ),
        ],
    ),
    Numbers(
        "01.3",
        "A 28x28 image and a 3x5 kernel, no padding: what is the (height, width) of the feature map?",
        (conv_output_size(28, 3), conv_output_size(28, 5)),
        names="(height, width)",
        hints=(
            "Count, along each axis on its own, the positions where the window fits entirely inside the image. A 3x5 kernel is 3 rows tall and 5 columns wide.",
            "H_out = H - k_h + 1 and W_out = W - k_w + 1.",
        ),
        explain="28 - 3 + 1 = 26 rows and 28 - 5 + 1 = 24 columns: each axis shrinks by its own k - 1.",
        mistakes=[
            Mistake(
                (conv_output_size(28, 5), conv_output_size(28, 3)),
                "Height and width are swapped: a 3x5 kernel is 3 tall (k_h = 3) and 5 wide (k_w = 5).",
            ),
            Mistake(
                (28 - 3, 28 - 5), "The + 1 is missing: a window fits at H - k + 1 positions, counting the first one."
            ),
            Mistake(
                (28, 28), "Without padding the map is smaller than the image: the window cannot hang over the edge."
            ),
            Mistake((26, 26), "The kernel's height was used for both axes: the width shrinks by k_w - 1 = 4."),
            Mistake((24, 24), "The kernel's width was used for both axes: the height shrinks by k_h - 1 = 2."),
        ],
    ),
    Grid(
        "01.4",
        "Which kernel must you give corr2d so that it computes the true convolution of a with w = [[0, 1], [2, 3]]?",
        SEED_KERNEL[::-1, ::-1],
        hints=(
            "True convolution turns the kernel around, by a half turn, before sliding it.",
            "The true convolution multiplies a[i+u, j+v] by w[k_h-1-u, k_w-1-v] instead of w[u, v].",
        ),
        explain="Flip both axes: [[3, 2], [1, 0]] = w[::-1, ::-1].",
        mistakes=[
            Mistake(SEED_KERNEL, "That is w itself: corr2d with w is cross-correlation, what Paddle computes."),
            Mistake(SEED_KERNEL[:, ::-1], "Flipped left-right only: true convolution flips both axes."),
            Mistake(SEED_KERNEL[::-1, :], "Flipped upside down only: true convolution flips both axes."),
            Mistake(SEED_KERNEL.T, "Transposed (rows swapped with columns): true convolution flips both axes instead."),
            Mistake(
                np.rot90(SEED_KERNEL),
                "Turned a quarter turn (90 degrees): flipping both axes is a half turn (180 degrees).",
            ),
            Mistake(
                np.rot90(SEED_KERNEL, -1),
                "Turned a quarter turn (90 degrees): flipping both axes is a half turn (180 degrees).",
            ),
        ],
    ),
    Choice(
        "01.5",
        "A fully connected layer takes the cat photo flattened into one long vector. What does the flattening lose?",
        "c",
        options={
            "a": "Flattening mixes nothing: each value keeps its own place in the vector, and reshaping gives the photo back exactly. The colours are all there; what the layer cannot see is which three values were one pixel.",
            "b": "The vector holds exactly height x width x 3 values, every one of the photo's, and reshaping it gives the photo back exactly.",
            "c": "Right: the values survive, their arrangement does not reach the layer.",
            "d": "The values are all there, but the layer does not know their arrangement: shuffle its inputs in a fixed order and its weights the same way, and its outputs do not change. A convolution's window always takes neighbouring pixels, with all their channels, together.",
        },
        hints=(
            "Ask what flattening does to the numbers themselves, and what it does to the knowledge of where each one came from.",
            "Flattening is a fixed reordering that reshape undoes exactly; a fully connected layer gives every input its own weight, whatever the input's place.",
        ),
        explain="The values survive flattening; their arrangement does not reach the layer. A layer with permuted weights on permuted inputs gives the same outputs, up to float32 rounding (section 1.1), so a fully connected layer has no built-in notion of neighbours or of a pixel's three colours.",
    ),
]
