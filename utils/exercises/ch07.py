"""Chapter 7: predict [1, 0, -1] on a thin line, find a band's boundaries, design kernels for one direction and one sign."""

import numpy as np

from ..conv import corr2d
from .kinds import Design, Mistake, Numbers

_EDGE = np.array([[1.0, 0.0, -1.0]])


def _line_response():
    """out[0, 22:27] of [1, 0, -1] on a row that is 1 at column 25 and 0 elsewhere."""
    row = np.zeros((1, 50))
    row[0, 25] = 1.0
    return tuple(float(v) for v in corr2d(row, _EDGE)[0, 22:27])


def _band_columns():
    """The non-zero output columns of [1, 0, -1] on a row that is 1 in columns 15 to 34."""
    row = np.zeros((1, 50))
    row[0, 15:35] = 1.0
    return tuple(np.nonzero(corr2d(row, _EDGE)[0])[0].tolist())


def _step(kernel, down, rise):
    """A step image large enough for the kernel to straddle the step at every offset.

    down=False: brightness changes from left to right (a vertical boundary); down=True: from top
    to bottom (a horizontal boundary). rise=True: dark before the step, bright after it.
    """
    size = 2 * max(kernel.shape) + 4
    image = np.zeros((size, size))
    after = image[size // 2 :] if down else image[:, size // 2 :]
    after[...] = 1.0
    return image if rise else 1.0 - image


def _tolerance(kernel):
    return 1e-9 * max(1.0, float(np.abs(kernel).sum()))


def _zero(kernel, image):
    return bool(np.abs(corr2d(image, kernel)).max() <= _tolerance(kernel))


def _flat_gives_zero(kernel):
    return all(_zero(kernel, np.full(_step(kernel, False, True).shape, c)) for c in (1.0, 0.3))


def _vertical_gives_zero(kernel):
    return all(_zero(kernel, _step(kernel, False, rise)) for rise in (True, False))


def _horizontal_gives_zero(kernel):
    return all(_zero(kernel, _step(kernel, True, rise)) for rise in (True, False))


def _positive_somewhere(kernel, image):
    return bool(corr2d(image, kernel).max() > _tolerance(kernel))


def _small(kernel):
    return max(kernel.shape) <= 9


SMALL = "Keep it small: a kernel of at most 9x9 weights is plenty here."
FLAT = (
    "It responds on flat regions: its weights do not add up to 0, so a patch of constant brightness c gives "
    "c times their sum instead of 0."
)
VERTICAL = (
    "It responds to vertical boundaries too (brightness changing from left to right), so it would mark the "
    "original image as well: the weights of each column must cancel."
)
NO_HORIZONTAL = (
    "It gives 0 at a horizontal boundary (brightness changing going down), so it does not find the turned "
    "image's boundary: the weights of each of its rows add up to 0."
)
NO_RISE = (
    "Where brightness rises from left to right (dark to bright) it gives no positive value. If it gives negative "
    "values there, it marks the rises with a minus sign: think about what the signs of its weights do."
)
BOTH = (
    "It is also positive at some bright-to-dark steps, so it marks both directions: a kernel such as "
    "[1, -2, 1] answers every step with a + and a - side by side."
)
HORIZONTAL = (
    "It responds to horizontal boundaries too (brightness changing going down): the weights of each row must cancel."
)

EXERCISES = [
    Numbers(
        "07.1",
        "A 50x50 image is 0 everywhere except column 25, which is 1. Predict the output of [1, 0, -1] in "
        "output columns 22 to 26.",
        _line_response(),
        names="(out[22], out[23], out[24], out[25], out[26])",
        predict=True,
        hints=(
            "Output column j reads three input columns with the weights 1, 0 and -1: which ones, and where is "
            "the bright column among them?",
            "out[j] = x[j] - x[j+2], with x[25] = 1 and every other x = 0.",
        ),
        explain="out[j] = x[j] - x[j+2]: column 23 has the line under its right tap (-1), column 25 under its left "
        "tap (+1), and column 24, whose window is centred on the line, reads it with the weight 0. A window can "
        "cover bright and dark pixels and still answer 0.",
        mistakes=[
            Mistake(
                (0, 1, 0, -1, 0),
                "The signs are swapped: the left tap has weight +1, the right tap -1.",
            ),
            Mistake(
                (0, 1, 1, 1, 0),
                "Not every window that covers the line responds: the middle tap has weight 0.",
            ),
            Mistake(
                (0, 0, -1, 0, 1),
                "You placed each response at the centre of its window; output column j holds the window that "
                "starts at input column j (it covers j, j+1 and j+2).",
            ),
            Mistake(
                (0, 0, 0, 1, 0),
                "One response is missing: a window that has the line under its right tap also responds.",
            ),
        ],
    ),
    Numbers(
        "07.2",
        "An image is bright (1) in columns 15 to 34, x[:, 15:35] = 1, and dark (0) elsewhere. Which output "
        "columns of [1, 0, -1] are non-zero?",
        _band_columns(),
        names="(the non-zero output columns)",
        ordered=False,
        hints=(
            "The band has two boundaries. For each, which output columns have one tap on a bright column and "
            "the other on a dark one?",
            "out[j] = x[j] - x[j+2] is non-zero when exactly one of x[j] and x[j+2] is 1.",
        ),
        explain="Columns 13 and 14 give 0 - 1 = -1 (dark to bright between input columns 14 and 15); columns "
        "33 and 34 give 1 - 0 = +1 (bright to dark between 34 and 35).",
        mistakes=[
            Mistake(
                (14, 15, 34, 35),
                "You placed each response at the centre of its window; output column j holds the window that "
                "starts at input column j (it covers j, j+1 and j+2).",
            ),
            Mistake(
                (13, 14, 34, 35),
                "x[:, 15:35] sets columns 15 to 34: column 35 is the first dark one.",
            ),
        ],
    ),
    Design(
        "07.3",
        "Design a kernel that finds the boundary of the turned image: it must respond where brightness changes "
        "going down, and give 0 on flat regions and at vertical boundaries.",
        np.array([[1.0], [0.0], [-1.0]]),
        checks=[
            (SMALL, _small),
            (FLAT, _flat_gives_zero),
            (VERTICAL, _vertical_gives_zero),
            (NO_HORIZONTAL, lambda k: not _horizontal_gives_zero(k)),
        ],
        hints=(
            "In the turned image brightness changes going down, not across: along which axis must the kernel "
            "compare pixels?",
            "With w[u, v]: every column must cancel, sum over u of w[u, v] = 0 for each v, while the row sums, "
            "sum over v of w[u, v], must not all be 0.",
        ),
        explain="Every column of your kernel adds up to 0, so flat regions and left-to-right changes give 0, and "
        "the sums of its rows are not all 0, so a change going down does respond. [1, 0, -1] laid out down one "
        "column, weight shape (1, 1, 3, 1), is the simplest such kernel; [[1, 2, 1], [0, 0, 0], [-1, -2, -1]] "
        "(Sobel) is another.",
        mistakes=[
            Mistake(np.array([[1.0, 0.0, -1.0]]), VERTICAL, label="[[1, 0, -1]] (across)"),
            Mistake(np.array([[1.0], [1.0], [1.0]]), FLAT, label="[[1], [1], [1]]"),
            Mistake(np.array([[1.0, -1.0], [-1.0, 1.0]]), NO_HORIZONTAL, label="[[1, -1], [-1, 1]]"),
            Mistake(np.ones((11, 1)), SMALL, label="an 11x1 kernel"),
        ],
    ),
    Design(
        "07.4",
        "Design a kernel whose output is positive where brightness rises from left to right (dark to bright) and "
        "nowhere else: 0 on flat regions and at horizontal boundaries, never positive where brightness drops.",
        np.array([[-1.0, 0.0, 1.0]]),
        checks=[
            (SMALL, _small),
            (FLAT, _flat_gives_zero),
            (NO_RISE, lambda k: _positive_somewhere(k, _step(k, False, True))),
            (BOTH, lambda k: not _positive_somewhere(k, _step(k, False, False))),
            (HORIZONTAL, _horizontal_gives_zero),
        ],
        hints=(
            "[1, 0, -1] is positive where brightness drops going right and negative where it rises. What changes "
            "the sign of every output?",
            "out = sum over u, v of w[u, v] x[i+u, j+v]: replacing w by -w replaces out by -out.",
        ),
        explain="Your kernel answers a rise with a positive value and a drop with a negative one (or 0), and the "
        "weights of each of its rows add up to 0, so flat regions and horizontal boundaries give 0. [-1, 0, 1] "
        "and [-1, 1] are the simplest; a network puts a ReLU after the layer, and then only the rises are left.",
        mistakes=[
            Mistake(np.array([[1.0, 0.0, -1.0]]), NO_RISE, label="[[1, 0, -1]]"),
            Mistake(np.array([[1.0, -2.0, 1.0]]), BOTH, label="[[1, -2, 1]]"),
            Mistake(np.array([[-1.0, 0.0], [0.0, 1.0]]), HORIZONTAL, label="[[-1, 0], [0, 1]]"),
            Mistake(np.array([[0.0, 0.0, 1.0]]), FLAT, label="[[0, 0, 1]]"),
        ],
    ),
]
