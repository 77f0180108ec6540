"""Chapter 3: the output-size formula with stride, and its floor."""

from ..conv import conv_output_size
from .kinds import Mistake, Number

EXERCISES = [
    Number(
        "03.1",
        "ResNet's first layer: a 7x7 kernel, stride 2 and padding 3 on a 224x224 image. Output size (one number)?",
        conv_output_size(224, 7, stride=2, padding=3),
        hints=(
            "Count the positions the window's top-left corner can take, 0, s, 2s, ..., with the window still inside the padded input.",
            "H_out = floor((H + 2p - k) / s) + 1.",
        ),
        explain="floor((224 + 2*3 - 7) / 2) + 1 = floor(111.5) + 1 = 112: the first layer of ResNet halves 224.",
        mistakes=[
            Mistake(112.5, "Sizes are whole numbers: the division needs a floor, (H + 2p - k) / s rounded down."),
            Mistake(
                113, "Rounded up: a window that would stick out of the padded input is not counted, so round down."
            ),
            Mistake(111, "Either the + 1 is missing or the padding was counted on one side only."),
            Mistake(109, "The padding is missing: it adds 2p before the kernel slides."),
            Mistake(
                224, "The stride is missing: with stride 2 the window jumps 2 pixels, so about half as many positions."
            ),
        ],
    ),
    Number(
        "03.2",
        "A 7x7 input, a 3x3 kernel, stride 3, no padding. How many output rows?",
        conv_output_size(7, 3, stride=3),
        hints=(
            "List the rows where the window can start: 0, 3, 6, ... Does the window still fit at each?",
            "H_out = floor((H - k) / s) + 1.",
        ),
        explain="Windows start at rows 0 and 3; one at 6 would need rows 6, 7 and 8. floor(4 / 3) + 1 = 2.",
        mistakes=[
            Mistake(7 / 3, "Sizes are whole numbers: the division needs a floor.", label="2.33"),
            Mistake(3, "Rounded up: a window starting at row 6 would need rows 6 to 8, and row 8 does not exist."),
            Mistake(5, "The stride is missing: with stride 3 the window jumps 3 rows at a time."),
        ],
        tolerance=0.01,
    ),
]
