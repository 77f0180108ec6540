"""Chapter 5: weight shapes, output shapes and parameter counts with channels and batches."""

from ..conv import conv_output_size
from .kinds import Mistake, Number, Numbers

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
            Mistake((1, 8, 32, 32), "The batch stays: every one of the 4 images gets its own output."),
        ],
    ),
    Number(
        "05.3",
        "How many parameters (weights and biases) does that layer have?",
        8 * 3 * 5 * 5 + 8,
        hints=(
            "Count the numbers in the weight, then the biases: how many biases does a layer have?",
            "C_out * C_in * k_h * k_w + C_out.",
        ),
        explain="8 * 3 * 5 * 5 = 600 weights plus 8 biases, one per output channel: 608.",
        mistakes=[
            Mistake(600, "The biases are missing: one per output channel."),
            Mistake(603, "There is one bias per output channel, not per input channel."),
            Mistake(208, "Each kernel has one 5x5 slice per input channel: multiply by C_in too."),
            Mistake(76, "That is one output channel; the layer has 8 kernels."),
        ],
    ),
]
