"""Chapter 2: where 'same' pads, padding that keeps the size, Paddle's four-value padding, odd kernels."""

import numpy as np

from ..conv import conv2d, conv_output_size
from .kinds import Choice, Mistake, Number, Numbers

X = np.arange(1, 17).reshape(1, 1, 4, 4)
BOTTOM_RIGHT = np.array([[0, 0], [0, 1]]).reshape(1, 1, 2, 2)  # copies the pixel under the window's bottom-right corner


def _first_row(padding):
    return tuple(int(v) for v in conv2d(X, BOTTOM_RIGHT, padding=padding)[0, 0, 0])


EXERCISES = [
    Numbers(
        "02.1",
        "Paddle's padding='same' with the 2x2 kernel [[0, 0], [0, 1]] on the 4x4 input 1..16: predict the first row of the output.",
        _first_row("same"),
        names="(output[0, 0], output[0, 1], output[0, 2], output[0, 3])",
        hints=(
            "'same' must add k - 1 = 1 row and 1 column of zeros in all, so one side of each axis gets it. Work out the first output row for each place they could go, then commit to one.",
            "This kernel gives output[i, j] = padded[i + 1, j + 1]. With the zeros after the input (below, right) that is x[i + 1, j + 1], or 0 past the edge; with them before it (above, left), x[i, j].",
        ),
        explain="Paddle puts the extra row below and the extra column on the right, so output[i, j] = x[i + 1, j + 1], or 0 where that is past the edge: the first row is 6, 7, 8 and a 0 from the padding on the right.",
        mistakes=[
            Mistake(
                _first_row([1, 0, 1, 0]),
                "That is what padding above and on the left would give; Paddle puts the odd row and column at the other end.",
            ),
            Mistake(_first_row([1, 0, 0, 1]), "That pads above and on the right: Paddle puts the extra row below."),
            Mistake(
                _first_row([0, 1, 1, 0]), "That pads below and on the left: Paddle puts the extra column on the right."
            ),
        ],
        predict=True,
    ),
    Numbers(
        "02.2",
        "A 9x11 kernel (9 tall, 11 wide) on a 32x48 input: which padding (p_h, p_w), the same on both sides of each axis, keeps the output at 32x48?",
        ((9 - 1) // 2, (11 - 1) // 2),
        names="(p_h, p_w)",
        hints=(
            "Without padding an axis loses k - 1 rows (or columns); padding p on both sides adds 2p. Make them cancel, one axis at a time.",
            "H + 2 p_h - k_h + 1 = H gives p_h = (k_h - 1) / 2; likewise p_w = (k_w - 1) / 2.",
        ),
        explain="p_h = (9 - 1) / 2 = 4 and p_w = (11 - 1) / 2 = 5: 32 + 8 - 9 + 1 = 32 and 48 + 10 - 11 + 1 = 48.",
        mistakes=[
            Mistake((5, 4), "Height and width are swapped: the 9 rows of the kernel set p_h, its 11 columns set p_w."),
            Mistake((8, 10), "That is the padding of both sides together; p is the padding on each side."),
            Mistake((9, 11), "That is the kernel size; the padding on each side is (k - 1) / 2."),
            Mistake((4.5, 5.5), "That is k / 2: the window loses k - 1 rows, not k, so p = (k - 1) / 2."),
        ],
    ),
    Numbers(
        "02.3",
        "A 7x10 input (height 7, width 10) and a 3x4 kernel (height 3, width 4), with Paddle's padding=[0, 1, 2, 0]. What is the (height, width) of the output?",
        (conv_output_size(7, 3, padding=(0, 1)), conv_output_size(10, 4, padding=(2, 0))),
        names="(height, width)",
        hints=(
            "Paddle's four numbers are (top, bottom, left, right): the first two pad the height, the last two the width.",
            "H_out = H + p_top + p_bottom - k_h + 1 and W_out = W + p_left + p_right - k_w + 1.",
        ),
        explain="Height 7 + 0 + 1 - 3 + 1 = 6, width 10 + 2 + 0 - 4 + 1 = 9.",
        mistakes=[
            Mistake((5, 7), "The padding is missing: it adds its rows and columns before the kernel slides."),
            Mistake(
                (7, 11),
                "Each number was counted on both sides (2p): in the four-value form each number pads one side only.",
            ),
            Mistake(
                (7, 8), "The four numbers were read in another order: Paddle's order is (top, bottom, left, right)."
            ),
            Mistake((5, 8), "The + 1 is missing: a window fits at H - k + 1 positions, counting the first one."),
            Mistake((5, 10), "The kernel's height and width are swapped: a 3x4 kernel is 3 tall and 4 wide."),
        ],
    ),
    Number(
        "02.4",
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
            Mistake(
                9 + 2 * 1,
                "That is the size of the padded input (9 + 2*1); the output counts the positions of the 5x5 window in it.",
            ),
        ],
    ),
    Choice(
        "02.5",
        "Why does the seed recommend odd kernel sizes (1, 3, 5, 7)?",
        "c",
        options={
            "a": "Paddle runs even kernels too: this chapter ran 2x2 and 4x4 kernels in Paddle, and chapter 1's example kernel is 2x2.",
            "b": "A kernel has k_h x k_w weights whatever the parity: a 3x3 kernel has 9, a 2x2 only 4 and a 4x4 16.",
            "c": "Right.",
            "d": "It can: padding [0, 1, 0, 1] (or padding='same') keeps a 2x2 kernel's output at the input's size. The padding is only uneven, and the output sits half a pixel off the input grid.",
        },
        hints=(
            "Think about the padding that keeps the size, p = (k - 1) / 2, and about where the kernel's middle is.",
            "(k - 1) / 2 is a whole number only for odd k; an odd kernel has a centre pixel, an even one does not.",
        ),
        explain="With an odd k, the same padding (k - 1) / 2 goes on every side and keeps the size, and the kernel has a centre pixel, so output (i, j) is centred on input (i, j) with no half-pixel shift.",
    ),
]
