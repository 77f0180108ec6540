"""Chapter 9: the blur design is judged by behaviour (every correct kernel accepted, each wrong one
rejected with its reason); the predicted frame and noise factors match Paddle and the hand formula."""

import numpy as np
import pytest

import utils
from utils.exercises import ch09, exercise, verdict

GAUSS = np.array([[1, 2, 1], [2, 4, 2], [1, 2, 1]]) / 16


@pytest.mark.parametrize(
    "kernel",
    [
        GAUSS,
        [[0.1, 0.1, 0.1], [0.1, 0.2, 0.1], [0.1, 0.1, 0.1]],
        [[0, 0.1, 0], [0.1, 0.6, 0.1], [0, 0.1, 0]],  # a cross: still averages both ways
        [[0.05] * 3, [0.05, 0.6, 0.05], [0.05] * 3],
        np.array([[1, 1, 1], [1, 2, 1], [1, 1, 1]]) / 10,
        np.array([[1, 1, 1], [1, 92, 1], [1, 1, 1]]) / 100,  # a weak blur is still a blur
        np.array([[0, 0, 0], [0, 2, 1], [0, 1, 0]]) / 4,  # one-sided: mixes right and down
        np.array([[1, 0, 1], [0, 4, 0], [1, 0, 1]]) / 8,  # corners only: each mixes a column and a row
    ],
)
def test_centre_weighted_blurs_are_accepted(kernel):
    ok, message = verdict("09.3", kernel)
    assert ok, message


@pytest.mark.parametrize(
    "kernel, reason",
    [
        (np.ones((3, 3)) / 9, ch09.CENTRE),
        (np.ones((3, 3)), ch09.FLAT),
        (np.ones((3, 3)) / 25, ch09.FLAT),  # the 5x5 mean's 1/25 copied: flat regions darken
        (GAUSS * 16, ch09.FLAT),
        ([[0, -1, 0], [-1, 5, -1], [0, -1, 0]], ch09.NEGATIVE),
        ([[0, 0, 0], [0, 1, 0], [0, 0, 0]], ch09.ACROSS),
        ([[0, 0.25, 0], [0, 0.5, 0], [0, 0.25, 0]], ch09.ACROSS),  # averages down the columns only
        ([[0, 0, 0], [0.25, 0.5, 0.25], [0, 0, 0]], ch09.DOWN),  # along the rows only
        ([[0, 0, 0], [0, 0.9, 0.1], [0, 0, 0]], ch09.DOWN),  # mixes the next column, no other row
        ([[0, 0.1, 0], [0, 0.8, 0], [0, 0.1, 0]], ch09.ACROSS),
        (np.ones((5, 5)) / 25, ch09.SHAPE),
        ([[0.5, 0.5]], ch09.SHAPE),
    ],
)
def test_wrong_blurs_get_their_reason(kernel, reason):
    ok, message = verdict("09.3", kernel)
    assert not ok and reason in message, message


def test_the_frame_prediction_is_paddles_and_the_hand_count():
    layer = utils.make_conv2d(np.ones((1, 1, 5, 5)) / 25, padding=2)
    out = utils.run(layer, np.ones((1, 1, 20, 20)))[0, 0]
    # Row 1's window covers rows -1..3 (4 real), column 10's covers columns 8..12 (5 real).
    assert exercise("09.2").answer == pytest.approx(4 * 5 / 25) == pytest.approx(float(out[1, 10]))


def test_the_noise_prediction_is_measured_by_paddle():
    noise = np.random.default_rng(1).normal(0, 1, (1, 1, 300, 300)).astype("float32")
    blurred = utils.run(utils.make_conv2d(np.ones((1, 1, 3, 3)) / 9), noise)
    assert abs(noise.std() / blurred.std() - exercise("09.1").answer) < 0.1


def test_any_mixing_lowers_the_finest_stripes():
    # By hand: weights (1 - a, a) on two neighbouring columns turn stripes +-1 into +-(1 - 2a).
    for a in (0.01, 0.25, 0.5):
        kernel = np.zeros((3, 3))
        kernel[1, 1], kernel[1, 2] = 1 - a, a
        assert np.abs(utils.corr2d(ch09._stripes(0), kernel)).max() == pytest.approx(abs(1 - 2 * a))
        assert ch09._smooths(kernel, 0) and not ch09._smooths(kernel, 1)
