"""Chapter 5: weight and output shapes, what happens to the channels, and a multi-channel layer in code."""

import numpy as np

from ..conv import conv2d, conv_output_size, corr2d
from .kinds import Choice, Code, Mistake, Numbers


def _random_case(c_in, c_out, h, w, kh, kw, seed):
    rng = np.random.default_rng(seed)
    return {
        "x": rng.integers(-3, 4, size=(c_in, h, w)).astype(float),
        "w": rng.integers(-2, 3, size=(c_out, c_in, kh, kw)).astype(float),
    }


def _multi_channel_corr(x, w):
    return np.array([sum(corr2d(x[c], w[o, c]) for c in range(x.shape[0])) for o in range(w.shape[0])])


CASES = [
    ("one input channel, one kernel (x 1x4x4, w 1x1x2x2)", _random_case(1, 1, 4, 4, 2, 2, seed=1)),
    ("three input channels, one kernel (x 3x5x5, w 1x3x3x3)", _random_case(3, 1, 5, 5, 3, 3, seed=2)),
    ("two input channels, three kernels 2x3 (x 2x4x6, w 3x2x2x3)", _random_case(2, 3, 4, 6, 2, 3, seed=3)),
]

EXERCISES = [
    Numbers(
        "05.1",
        "Weight shape of a layer from 3 input channels to 8 output channels with 5x5 kernels, in Paddle's order?",
        (8, 3, 5, 5),
        names="(C_out, C_in, k_h, k_w)",
        hints=(
            "One kernel per output channel, and each kernel has one slice per input channel.",
            "Paddle's weight shape is (C_out, C_in, k_h, k_w).",
        ),
        explain="(C_out, C_in, k_h, k_w) = (8, 3, 5, 5): 8 kernels, each of 3 slices of 5x5.",
        mistakes=[
            Mistake((3, 8, 5, 5), "C_in and C_out are swapped: Paddle puts the output channels first."),
            Mistake(
                (8, 5, 5, 3), "Channels last is the layout of images, not of Paddle's weights: (C_out, C_in, k_h, k_w)."
            ),
        ],
    ),
    Numbers(
        "05.2",
        "That layer, with padding 2, gets a batch of shape (4, 3, 32, 32). Output shape?",
        (4, 8, conv_output_size(32, 5, padding=2), conv_output_size(32, 5, padding=2)),
        names="(N, C, H, W)",
        hints=(
            "Which axes keep their size, which one comes from the weight, and does padding 2 keep 32?",
            "(N, C_out, H + 2p - k + 1, W + 2p - k + 1).",
        ),
        explain="N stays 4, C becomes C_out = 8, and 5x5 with padding 2 keeps 32: (4, 8, 32, 32).",
        mistakes=[
            Mistake((4, 3, 32, 32), "The channels come from the weight: the output has C_out channels, not C_in."),
            Mistake(
                (4, 8, 28, 28), "The padding is missing: padding 2 adds 4 to each side length before the 5x5 kernel."
            ),
            Mistake((4, 8, 30, 30), "The padding was counted on one side only: it is added on both sides."),
            Mistake((4, 8, 36, 36), "That is the padded side: the 5x5 window then fits in fewer positions than that."),
            Mistake((1, 8, 32, 32), "The batch stays: every one of the 4 images gets its own output."),
        ],
    ),
    Choice(
        "05.3",
        "A layer with weight shape (2, 3, 5, 5), no padding and no bias, gets one RGB image of shape (1, 3, 32, 32). "
        "Which describes its output?",
        "b",
        options={
            "a": "Input channels are summed inside each kernel, not stacked: only the output channels are stacked, "
            "one map per kernel, so there are C_out = 2 maps.",
            "b": "Shape (1, 2, 28, 28): each map is the sum, over the 3 channels, of the channel correlated with "
            "the kernel's own slice for it.",
            "c": "Nothing divides by 3: the per-channel results are added. A mean would be a sum with every slice "
            "divided by 3, which is one particular choice of weights.",
            "d": "That equals the layer only when the 3 slices of a kernel are equal. In general each slice weights "
            "its own channel, so a kernel can respond to red minus green, which the grey sum has lost.",
            "e": "The first axis holds the images of the batch, not channels: one image gives one output, "
            "with C_out channels.",
        },
        hints=(
            "How many kernels does the weight hold, and what does one kernel do with the results of its 3 slices?",
            "out[n, o] = sum over c of x[n, c] ⋆ w[o, c] (⋆: 2-D correlation; no bias here).",
        ),
        explain="Each of the 2 kernels has one 5x5 slice per input channel; its 3 correlations are added "
        "into one 28x28 map, and the 2 maps are stacked: (1, 2, 28, 28).",
    ),
    Code(
        "05.4",
        "Code: write multi_channel_corr(x, w) for one image x of shape (C_in, H, W) and a weight w of shape "
        "(C_out, C_in, kh, kw), returning the feature maps of shape (C_out, H - kh + 1, W - kw + 1) "
        "(no padding, stride 1, no bias). Use utils.corr2d for the 2-D correlations.",
        _multi_channel_corr,
        cases=CASES,
        reference=lambda x, w: conv2d(x[None], w)[0],
        hints=(
            "Two loops: one over the kernels (output channels), and inside it a sum over the input channels.",
            "out[o] = sum over c of corr2d(x[c], w[o, c]), for o in range(C_out); then stack the maps.",
        ),
        explain="For each kernel o, the correlations of every input channel with its own slice are added into "
        "one map; the C_out maps are stacked into (C_out, H_out, W_out), as Paddle's Conv2D does for one image.",
        mistakes=[
            Mistake(
                lambda x, w: np.array([[corr2d(x[c], w[o, c]) for c in range(len(x))] for o in range(len(w))]),
                "the per-channel results are stacked: for one output channel they are added into one map.",
                label="stacks the input channels",
            ),
            Mistake(
                lambda x, w: sum(corr2d(x[c], w[o, c]) for o in range(len(w)) for c in range(len(x))),
                "all kernels were added into one map: each of the C_out kernels gives its own map, stacked "
                "along the first axis.",
                label="adds the output channels too",
            ),
            Mistake(
                lambda x, w: np.array([corr2d(x[0], w[o, 0]) for o in range(len(w))]),
                "only input channel 0 is used: every output channel adds the correlations of all input channels.",
                label="uses input channel 0 only",
            ),
            Mistake(
                lambda x, w: np.array([sum(corr2d(x[c], w[o, 0]) for c in range(len(x))) for o in range(len(w))]),
                "every channel is correlated with slice 0: channel c needs its own slice w[o, c].",
                label="one slice for every channel",
            ),
            Mistake(
                lambda x, w: (
                    np.array([sum(corr2d(x[c], w[o, c]) for c in range(len(x))) for o in range(len(w))]) / len(x)
                ),
                "the per-channel results are averaged: they are added, without dividing by C_in.",
                label="averages the channels",
            ),
        ],
    ),
]
