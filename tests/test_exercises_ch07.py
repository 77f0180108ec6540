"""Chapter 7's design exercises judge kernels by what they do: every correct kernel is accepted,
each wrong one is rejected with the reason that applies to it."""

import numpy as np
import pytest

from utils import paddle
from utils.exercises import ch07, exercise, verdict

SOBEL = np.array([[1, 2, 1], [0, 0, 0], [-1, -2, -1]])


@pytest.mark.parametrize(
    "kernel",
    [
        [[1], [0], [-1]],
        [[-1], [0], [1]],  # the other sign still finds the boundary
        [[1], [-1]],
        SOBEL,
        -SOBEL / 4,
        [[1 / 3] * 3, [0] * 3, [-1 / 3] * 3],
        [[0.1], [-0.1]],
        [[2], [-1], [-1]],  # columns cancel, rows do not
    ],
)
def test_horizontal_boundary_kernels_are_accepted(kernel):
    ok, message = verdict("07.3", kernel)
    assert ok, message


@pytest.mark.parametrize(
    "kernel, reason",
    [
        ([[1, 0, -1]], ch07.VERTICAL),
        (SOBEL.T, ch07.VERTICAL),
        ([[1, 0], [0, -1]], ch07.VERTICAL),  # diagonal: sees both
        ([[1], [1], [1]], ch07.FLAT),
        ([[1], [0], [-0.9]], ch07.FLAT),
        ([[1, -1], [-1, 1]], ch07.NO_HORIZONTAL),
        ([[0, 0], [0, 0]], ch07.NO_HORIZONTAL),
        (np.ones((12, 12)), ch07.SMALL),
    ],
)
def test_wrong_horizontal_boundary_kernels_get_their_reason(kernel, reason):
    ok, message = verdict("07.3", kernel)
    assert not ok and reason in message


@pytest.mark.parametrize(
    "kernel",
    [[[-1, 0, 1]], [[-1, 1]], [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], [[-0.5, 0.5]], [[-1, -1, 2, 0]], [[-1, 0, 0, 1]]],
)
def test_rising_step_kernels_are_accepted(kernel):
    ok, message = verdict("07.4", kernel)
    assert ok, message


@pytest.mark.parametrize(
    "kernel, reason",
    [
        ([[1, 0, -1]], ch07.NO_RISE),
        ([[1], [0], [-1]], ch07.NO_RISE),  # finds horizontal boundaries, gives 0 at this step
        ([[1, -2, 1]], ch07.BOTH),
        ([[-1, 2, -1]], ch07.BOTH),
        ([[-1, 0], [0, 1]], ch07.HORIZONTAL),
        ([[-1, 0, 1], [0, 0, 1], [0, 0, -1]], ch07.HORIZONTAL),
        ([[0, 0, 1]], ch07.FLAT),
    ],
)
def test_wrong_rising_step_kernels_get_their_reason(kernel, reason):
    ok, message = verdict("07.4", kernel)
    assert not ok and reason in message


def test_checks_agree_with_paddle():
    # The checks use the NumPy reference; Paddle's Conv2D gives the same verdicts on the same images.
    for kernel in (np.array([[1.0], [0.0], [-1.0]]), np.array([[1.0, 0.0, -1.0]])):
        image = ch07._step(kernel, down=True, rise=True)
        layer = paddle.nn.functional.conv2d(
            paddle.to_tensor(image[None, None].astype("float32")),
            paddle.to_tensor(kernel[None, None].astype("float32")),
        )
        assert bool(np.abs(layer.numpy()).max() > 0) == (not ch07._horizontal_gives_zero(kernel))


def test_kernels_of_the_wrong_form_are_explained():
    for bad in ("[[1], [0], [-1]]", [1, 0, -1], np.zeros((2, 2, 2)), [["a"]]):
        ok, message = verdict("07.3", bad)
        assert not ok and "give the kernel as a 2-D array" in message and "Traceback" not in message


def test_the_predicted_line_matches_the_formula_by_hand():
    # out[j] = x[j] - x[j+2] with a single 1 at column 25.
    x = np.zeros(50)
    x[25] = 1
    assert exercise("07.1").answer == tuple(x[j] - x[j + 2] for j in range(22, 27))
    band = np.zeros(50)
    band[15:35] = 1
    assert set(exercise("07.2").answer) == {j for j in range(48) if band[j] != band[j + 2]}
