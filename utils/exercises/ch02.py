"""Chapter 2: padding that keeps the size, asymmetric padding, too little padding."""

from ..conv import conv_output_size
from .kinds import Mistake, Number

EXERCISES = [
    Number(
        "02.1",
        "What padding keeps a 32x32 input at 32x32 with a 7x7 kernel?",
        3,
        hints=(
            "Without padding the map loses k - 1 rows; padding p adds 2p rows. Make them cancel.",
            "H + 2p - k + 1 = H gives p = (k - 1) / 2.",
        ),
        explain="p = (7 - 1) / 2 = 3 on each side: 32 + 6 - 7 + 1 = 32.",
        mistakes=[
            Mistake(7, "That is the kernel size; the padding is what each side needs, (k - 1) / 2."),
            Mistake(6, "That is the padding of both sides together; p is the padding on each side."),
        ],
    ),
    Number(
        "02.2",
        "A 10x10 input gets 1 row of padding above and 2 below; the kernel is 4x4. How many rows does the output have?",
        conv_output_size(10, 4, padding=(1, 2)),
        hints=(
            "Pad first, then count where a 4-row window fits in the padded height.",
            "H_out = H + p_top + p_bottom - k_h + 1.",
        ),
        explain="10 + 1 + 2 - 4 + 1 = 10: three rows of padding make up for the three a 4x4 kernel loses.",
        mistakes=[
            Mistake(8, "Only the row above was counted: add the padding of both sides."),
            Mistake(9, "Either the + 1 is missing or only the 2 rows below were counted."),
            Mistake(12, "The padding was counted twice (2 above and 2 below): it is 1 above and 2 below."),
        ],
    ),
    Number(
        "02.3",
        "A 9x9 input, a 5x5 kernel and padding 1: what is the output size (one number)?",
        conv_output_size(9, 5, padding=1),
        hints=(
            "Padding 1 keeps the size only for one kernel size. Is this it?",
            "H_out = H + 2p - k + 1.",
        ),
        explain="9 + 2*1 - 5 + 1 = 7: padding 1 is too little for a 5x5 kernel, which needs 2.",
        mistakes=[
            Mistake(9, "Padding 1 keeps the size for a 3x3 kernel only; a 5x5 kernel needs padding 2."),
            Mistake(5, "The padding is missing: it adds 2p to the size before the kernel slides."),
            Mistake(6, "Either the + 1 is missing or the padding was counted on one side only."),
        ],
    ),
]
