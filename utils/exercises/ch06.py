"""Chapter 6: what local connectivity and weight sharing save, counted."""

from .kinds import Mistake, Number

EXERCISES = [
    Number(
        "06.1",
        "A fully connected layer from a 28x28 grey image to 100 hidden units: how many weights (no biases)?",
        28 * 28 * 100,
        hints=(
            "A fully connected layer has one weight for every pair (input pixel, hidden unit).",
            "weights = (H * W) * units.",
        ),
        explain="784 inputs times 100 units: 78400 weights.",
        mistakes=[
            Mistake(78500, "The question leaves the biases out: count the weights only."),
            Mistake(784, "Every input meets every hidden unit: multiply by the 100 units."),
            Mistake(2800, "The image has 28 * 28 pixels, not 28: flatten it first."),
        ],
    ),
    Number(
        "06.2",
        "How many parameters (weights and biases) has a 3x3 convolution from 3 to 16 channels?",
        16 * 3 * 3 * 3 + 16,
        hints=(
            "The image size does not enter: count the numbers in the weight, then one bias per output channel.",
            "C_out * C_in * k_h * k_w + C_out.",
        ),
        explain="16 * 3 * 3 * 3 = 432 shared weights plus 16 biases: 448, whatever the image size.",
        mistakes=[
            Mistake(432, "The biases are missing: one per output channel."),
            Mistake(160, "Each kernel has one 3x3 slice per input channel: multiply by C_in = 3 too."),
            Mistake(28, "That is one output channel; the layer has 16 kernels."),
        ],
    ),
    Number(
        "06.3",
        "The seed's 1000x1000 image with 10^6 hidden units, each connected to its own 5x5 window, no sharing: how many weights?",
        5 * 5 * 10**6,
        hints=(
            "Without sharing, every hidden unit has its own copy of the window's weights.",
            "weights = units * k_h * k_w.",
        ),
        explain="10^6 units, each with its own 25 weights: 25 * 10^6 = 2.5e7.",
        mistakes=[
            Mistake(25, "25 is the count with sharing; here every unit has its own 25 weights."),
            Mistake(10**12, "That is the fully connected count; each unit sees only a 5x5 window."),
            Mistake(10**8, "That is the seed's count for 10x10 windows; these are 5x5."),
        ],
    ),
]
