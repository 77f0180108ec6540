"""Exercise answers, checked with `check(exercise_id, answer)`.

Each expected answer is derived from the helpers (not typed in), and each comes
with the reason, which is printed whether the answer is right or not.
"""

import numpy as np

from .conv import conv_output_size, corr2d
from .receptive import receptive_field

SEED_INPUT = np.arange(1, 10).reshape(3, 3)
SEED_KERNEL = np.array([[0, 1], [2, 3]])


def _exercises():
    rf = [f.size for f in receptive_field([3, 3, 3])]
    return {
        "01.1": (
            corr2d(SEED_INPUT, np.array([[1, 0], [0, -1]]))[1, 0],
            "b[1, 0] = a[1, 0]*1 + a[2, 1]*(-1) = 4 - 8: the window's top-left corner sits at row 1, column 0.",
        ),
        "01.2": (
            (conv_output_size(28, 5), conv_output_size(28, 5)),
            "Without padding each axis shrinks by k - 1: 28 - 5 + 1.",
        ),
        "01.3": (
            SEED_KERNEL[::-1, ::-1],
            "True convolution flips the kernel in both axes before sliding it: w[::-1, ::-1].",
        ),
        "02.1": (3, "A 7x7 kernel keeps the size with p = (k - 1) / 2."),
        "02.2": (
            conv_output_size(10, 4, padding=(1, 2)),
            "Asymmetric padding adds p_before + p_after: 10 + 1 + 2 - 4 + 1.",
        ),
        "02.3": (
            conv_output_size(9, 5, padding=1),
            "9 + 2*1 - 5 + 1: padding 1 is too little for a 5x5 kernel.",
        ),
        "03.1": (
            conv_output_size(224, 7, stride=2, padding=3),
            "floor((224 + 2*3 - 7) / 2) + 1: the layer at the start of ResNet halves 224.",
        ),
        "03.2": (
            conv_output_size(7, 3, stride=3),
            "floor((7 - 3) / 3) + 1: the floor drops the last column, which no window reaches.",
        ),
        "04.1": (rf[-1], "Each extra 3x3 layer at stride 1 adds 2: 3, 5, 7."),
        "04.2": (
            receptive_field([(3, 2), 3])[-1].size,
            "After a stride-2 layer, neighbouring outputs are 2 input pixels apart, so the next 3x3 adds 2*(3-1).",
        ),
        "04.3": (
            receptive_field([(3, 1, 2)])[-1].size,
            "A 3x3 kernel with dilation 2 spans d*(k-1)+1 = 5 pixels, with holes.",
        ),
        "05.1": ((8, 3, 5, 5), "Paddle stores kernels as (C_out, C_in, kh, kw)."),
        "05.2": (
            (4, 8, conv_output_size(32, 5, padding=2), conv_output_size(32, 5, padding=2)),
            "N stays, C_out comes from the weight, 5x5 with padding 2 keeps 32.",
        ),
        "05.3": (8 * 3 * 5 * 5 + 8, "C_out*C_in*kh*kw weights plus one bias per output channel."),
        "06.1": (28 * 28 * 100, "Every one of the 784 inputs meets every one of the 100 hidden units."),
        "06.2": (16 * 3 * 3 * 3 + 16, "16*3*3*3 shared weights plus 16 biases, whatever the image size."),
        "06.3": (5 * 5 * 10**6, "10^6 hidden units, each joined to its own 5x5 window, with no sharing."),
        "07.1": ([18, 19], "out[j] = x[j] - x[j+2] is 1 where x[j] = 1 and x[j+2] = 0: j = 18 and 19."),
        "07.2": ((1, 1, 3, 1), "A vertical kernel [1, 0, -1] has kh = 3 and kw = 1."),
        "08.1": (0.0, "8/8 - 8*(1/8) = 0, so a flat patch gives 0."),
        "08.2": ((1, 1, 480, 640), "Padding 1 keeps 480x640, and the three channels sum into one output."),
        "09.1": (2, "A 5x5 kernel keeps the size with p = (5 - 1) / 2."),
        "09.2": (
            5.0,
            "The mean of 25 independent values has variance / 25, so its std falls by sqrt(25) = 5.",
        ),
    }


def verdict(exercise_id, answer):
    """(right, message) for an answer to an exercise."""
    exercises = _exercises()
    if exercise_id not in exercises:
        raise ValueError(f"exercise_id must be one of {sorted(exercises)}, got {exercise_id!r}")
    expected, why = exercises[exercise_id]
    if answer is Ellipsis:
        return False, f"{exercise_id}: not answered yet; replace ... with your answer."
    try:
        got = np.asarray(answer, dtype=float)
    except (TypeError, ValueError):
        return False, f"{exercise_id}: expected a number or numbers, got {answer!r}."
    want = np.asarray(expected)
    if got.shape != want.shape:
        return (
            False,
            f"{exercise_id}: not yet, the answer should have shape {want.shape}, got {got.shape}. Hint: {why}",
        )
    # Counts and sizes must be exact; fractions may carry rounding.
    tolerance = 0 if np.issubdtype(want.dtype, np.integer) else 1e-6
    if not np.allclose(got, want, rtol=tolerance, atol=tolerance):
        return False, f"{exercise_id}: not yet. Hint: {why}"
    return True, f"{exercise_id}: right. {why}"


def check(exercise_id, answer):
    """Print whether an answer to an exercise is right, and why."""
    print(verdict(exercise_id, answer)[1])
