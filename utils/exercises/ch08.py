"""Chapter 8: the Laplacian kernel: its sum and the shape of its output."""

from .kinds import Mistake, Number, Numbers

EXERCISES = [
    Number(
        "08.1",
        "What do the nine weights of the divided kernel add up to?",
        0.0,
        hints=(
            "One weight is 8/8; the other eight are -1/8 each.",
            "sum = 8/8 + 8 * (-1/8).",
        ),
        explain="8/8 - 8 * (1/8) = 0, so a flat patch gives exactly 0.",
        mistakes=[
            Mistake(2, "The eight surrounding weights are negative: -1/8 each."),
            Mistake(1, "The eight weights of -1/8 are missing: add them too."),
            Mistake(-1, "The centre weight counts too: it is 8/8."),
        ],
        tolerance=1e-9,
    ),
    Numbers(
        "08.2",
        "The same layer with padding=1 gets a 480x640 RGB photo. Output shape (N, C, H, W)?",
        (1, 1, 480, 640),
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
