"""Chapter 7: where [1, 0, -1] answers, and its shape for the other direction."""

from .kinds import Mistake, Numbers

EXERCISES = [
    Numbers(
        "07.1",
        "Make the left 20 columns bright instead of 30. Which output columns are non-zero?",
        (18, 19),
        names="(the non-zero columns)",
        ordered=False,
        hints=(
            "Write out[j] with the kernel's taps: which two input columns does output column j compare?",
            "out[j] = x[j] - x[j+2], non-zero when column j is bright and column j+2 is dark.",
        ),
        explain="out[j] = x[j] - x[j+2] is 1 where x[j] = 1 and x[j+2] = 0: j = 18 and 19.",
        mistakes=[
            Mistake(
                (19, 20),
                "Output column j compares input columns j and j + 2: shift by one, the map starts at the window's left edge.",
            ),
            Mistake((28, 29), "Those columns are for the 30-column image; the boundary has moved to column 20."),
        ],
    ),
    Numbers(
        "07.2",
        "What weight shape (C_out, C_in, k_h, k_w) does the kernel need to find the boundary of the turned image?",
        (1, 1, 3, 1),
        names="(C_out, C_in, k_h, k_w)",
        hints=(
            "In the turned image brightness changes going down. Which way must the three taps be laid out?",
            "The taps go along the height: k_h = 3, k_w = 1.",
        ),
        explain="Three taps down one column: k_h = 3 and k_w = 1, so (1, 1, 3, 1).",
        mistakes=[
            Mistake((1, 1, 1, 3), "That is the kernel across the width, which sees no horizontal boundary."),
        ],
    ),
]
