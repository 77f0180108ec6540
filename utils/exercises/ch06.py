"""Chapter 6: how the response moves with the content under a stride, and what local
connectivity and weight sharing save, counted."""

from .kinds import Choice, Mistake, Number

EXERCISES = [
    Number(
        "06.1",
        "Predict: a 3x3 convolution with stride 2 and padding 1. The content of the image moves 4 pixels to the "
        "right and stays away from the borders. By how many columns does the content of the feature map move?",
        4 // 2,
        predict=True,
        hints=(
            "How many input pixels apart are two neighbouring columns of a stride-2 feature map?",
            "move in output columns = move in input pixels / stride (when the stride divides the move).",
        ),
        explain="Neighbouring outputs of a stride-2 layer are 2 input pixels apart, so a move of 4 pixels is a "
        "move of 4 / 2 = 2 columns of the feature map.",
        mistakes=[
            Mistake(4, "The feature map is coarser than the image: its neighbouring columns are 2 input pixels apart."),
            Mistake(8, "The stride divides the move: one output column stands for 2 input pixels."),
            Mistake(0, "Convolution is equivariant, not invariant: the response moves with the content."),
        ],
    ),
    Choice(
        "06.2",
        "The same layer (3x3, stride 2, padding 1), but the content moves 1 pixel to the right. "
        "What happens to the feature map, away from the borders?",
        "d",
        predict=True,
        options={
            "a": "A feature map has no half columns: its values sit at every second input position, and nothing "
            "interpolates between them.",
            "b": "One output column stands for 2 input pixels; a 1-pixel move is half of that, so it cannot move "
            "the response by a whole column.",
            "c": "The windows stay where they are, but the content under them moved: they read other pixels and "
            "give other values.",
            "d": "It changes in a way that is no shift: it now holds the values of the stride-1 response at the odd "
            "columns instead of the even ones.",
        },
        hints=(
            "Which values of the stride-1 response does a stride-2 layer keep, and where is the response of the "
            "content after a 1-pixel move?",
            "out_s2[:, j] = out_s1[:, 2j]; after the move, out_s1 at column 2j equals the old out_s1 at column 2j - 1.",
        ),
        explain="A stride-2 layer keeps every second value of the stride-1 response. Moving the content by 1 "
        "pixel moves that response by 1, so the layer now keeps the values it used to skip: another "
        "sampling, not a shift.",
    ),
    Number(
        "06.3",
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
        "06.4",
        "How many parameters (weights and biases) has a 3x3 convolution from 3 to 16 channels, "
        "applied to 224x224 images?",
        16 * 3 * 3 * 3 + 16,
        hints=(
            "Count the numbers in the weight, then one bias per output channel. Does the image size enter?",
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
        "06.5",
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
