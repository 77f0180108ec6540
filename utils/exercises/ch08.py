"""Chapter 8: predict the Laplacian layer on one bright pixel, design a layer that sees red edges only,
and the output shape with padding."""

import numpy as np

from ..conv import conv2d, conv_output_size
from .kinds import Design, Mistake, Numbers

LAPLACE = np.array([[-1.0, -1.0, -1.0], [-1.0, 8.0, -1.0], [-1.0, -1.0, -1.0]]) / 8
WEIGHT = np.repeat(LAPLACE.reshape(1, 1, 3, 3), 3, axis=1)  # the chapter's layer: one slice per colour


def _dot_response():
    """(at the pixel, next to it): the chapter's layer on a black image with one pixel (8, 8, 8)."""
    image = np.zeros((1, 3, 5, 5))
    image[0, :, 2, 2] = 8.0
    out = conv2d(image, WEIGHT)[0, 0]  # 3x3: out[1, 1] is centred on the pixel
    return float(out[1, 1]), float(out[0, 1])


def _output(weight, image):
    """The layer with `weight` (C_in, k_h, k_w) on an image (C_in, H, W), as a 2-D map."""
    return conv2d(image[None], weight[None])[0, 0]


def _size(weight):
    return 2 * max(weight.shape[1:]) + 6


def _zero(weight, image):
    return bool(np.abs(_output(weight, image)).max() <= 1e-9 * max(1.0, float(np.abs(weight).sum())))


def _flat_gives_zero(weight):
    n = _size(weight)
    return all(_zero(weight, np.broadcast_to(np.eye(3)[c].reshape(3, 1, 1) * 200.0, (3, n, n))) for c in range(3))


def _texture_in(channel, weight):
    """Random changes in one channel only; the other two stay constant."""
    n = _size(weight)
    image = np.full((3, n, n), 100.0)
    image[channel] = np.random.default_rng(channel).uniform(0, 255, (n, n))
    return image


def _red_square(weight):
    n = _size(weight)
    image = np.zeros((3, n, n))
    image[0, n // 4 : 3 * n // 4, n // 4 : 3 * n // 4] = 200.0
    return image


SMALL = "Keep it small: slices of at most 9x9 weights are plenty here."
CHANNELS = "The photo has 3 input channels, R, G and B: give one slice for each, shape (3, k_h, k_w)."
FLAT = (
    "It responds on flat patches of colour: each channel's weights must add up to 0, or a constant colour gives "
    "an output that is not 0."
)
GREEN = "It responds to changes in the green channel alone: only red may count."
BLUE = "It responds to changes in the blue channel alone: only red may count."
NO_RED = "It gives 0 all around a red square on black: it does not find edges in the red channel."

EXERCISES = [
    Numbers(
        "08.1",
        "A black RGB image has one pixel of colour (8, 8, 8). Predict the chapter's layer output where the window "
        "is centred on that pixel, and where it is centred on one of its 8 neighbours.",
        _dot_response(),
        names="(centred on the pixel, centred on a neighbour)",
        predict=True,
        hints=(
            "The layer applies the same 3x3 slice to R, G and B and adds the three results. Which weight meets the "
            "bright pixel in each of the two windows?",
            "out = w[centre] * (R + G + B) at the pixel when the window is centred on it, and "
            "out = w[edge] * (R + G + B) at the pixel when the window is centred next to it.",
        ),
        explain="R + G + B = 24 at the pixel. Centred on it, the weight 8/8 = 1 meets it: 24. Centred on a "
        "neighbour, a weight -1/8 meets it: -3. A single bright pixel draws the kernel itself, scaled by 24 (a "
        "cross-correlation draws it mirrored, and this kernel is symmetric).",
        mistakes=[
            Mistake((8, -1), "The layer adds its three channels' results: each of R, G and B contributes."),
            Mistake((192, -24), "The kernel is divided by 8: its centre weight is 1 and the others -1/8."),
            Mistake(
                (0, 0),
                "Weights adding up to 0 make flat regions give 0; a single bright pixel is not flat.",
            ),
            Mistake((24, 3), "The eight weights around the centre are negative."),
        ],
    ),
    Design(
        "08.2",
        "Design the weights of a layer from R, G, B to one map that finds edges in the red channel only: 0 on flat "
        "colours, 0 whatever happens in green or blue. Give them as an array of shape (3, k_h, k_w).",
        np.stack([LAPLACE, np.zeros((3, 3)), np.zeros((3, 3))]),
        channels=True,
        checks=[
            (SMALL, lambda w: max(w.shape[1:]) <= 9),
            (CHANNELS, lambda w: w.shape[0] == 3),
            (FLAT, _flat_gives_zero),
            (GREEN, lambda w: _zero(w, _texture_in(1, w))),
            (BLUE, lambda w: _zero(w, _texture_in(2, w))),
            (NO_RED, lambda w: not _zero(w, _red_square(w))),
        ],
        hints=(
            "Each input channel has its own slice of weights, and the layer adds the three results. Which slices "
            "should see something, and which nothing at all?",
            "out = w[0] * R + w[1] * G + w[2] * B (each * a cross-correlation): what must w[1] and w[2] be for "
            "any change in G or B to give 0, and what must the weights of w[0] add up to?",
        ),
        explain="Only your red slice is non-zero, and its weights add up to 0: flat colours give 0, changes in "
        "green or blue give 0, and red edges respond. The Laplacian slice in channel 0 with zeros in channels 1 "
        "and 2 is one such layer; R - G (the Laplacian in channel 0, minus it in channel 1) would not be, since "
        "green edges respond too.",
        mistakes=[
            Mistake(WEIGHT[0], GREEN, label="the chapter's weight, the Laplacian repeated over R, G and B"),
            Mistake(np.stack([LAPLACE, -LAPLACE, np.zeros((3, 3))]), GREEN, label="Laplacian on R minus on G"),
            Mistake(np.zeros((3, 3, 3)), NO_RED, label="all zeros"),
            Mistake(np.stack([LAPLACE, np.zeros((3, 3)), np.ones((3, 3)) / 9]), FLAT, label="a mean in blue"),
            Mistake(LAPLACE[None], CHANNELS, label="one slice only, shape (1, 3, 3)"),
            Mistake(np.zeros((3, 11, 11)), SMALL, label="11x11 slices"),
        ],
    ),
    Numbers(
        "08.3",
        "The same layer with padding=1 gets an RGB photo 480 pixels high and 640 wide. Output shape (N, C, H, W)?",
        (1, 1, conv_output_size(480, 3, padding=1), conv_output_size(640, 3, padding=1)),
        names="(N, C, H, W)",
        hints=(
            "How many output channels has this layer, and what does padding 1 do with a 3x3 kernel?",
            "(N, C_out, H + 2p - k + 1, W + 2p - k + 1) with C_out = 1.",
        ),
        explain="Padding 1 keeps 480x640, and the three colour channels are summed into C_out = 1: (1, 1, 480, 640).",
        mistakes=[
            Mistake((1, 3, 480, 640), "The three input channels are summed into one output, not kept side by side."),
            Mistake((1, 1, 478, 638), "The padding is missing: padding 1 keeps the size with a 3x3 kernel."),
            Mistake((1, 1, 640, 480), "Height comes first in NCHW: 480 rows, 640 columns."),
        ],
    ),
]
