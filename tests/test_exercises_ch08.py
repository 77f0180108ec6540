"""Chapter 8: the red-edges design is judged by behaviour (every correct layer accepted, each wrong one
rejected with its reason), and the predicted bright-pixel response matches Paddle."""

import numpy as np
import pytest

import utils
from utils.exercises import ch08, exercise, verdict

L = ch08.LAPLACE
Z = np.zeros((3, 3))


def red_only(kernel):
    kernel = np.asarray(kernel, dtype=float)
    zeros = np.zeros_like(kernel)
    return np.stack([kernel, zeros, zeros])


@pytest.mark.parametrize(
    "weight",
    [
        red_only(L),
        red_only(-L),
        red_only([[1, 0, -1]]),  # vertical red edges only: still red edges
        red_only([[1], [-1]]),
        red_only([[1, 2, 1], [0, 0, 0], [-1, -2, -1]]),
        red_only(8 * L),
        red_only(np.pad(L, 1)),  # 5x5 slices
    ],
)
def test_red_edge_layers_are_accepted(weight):
    ok, message = verdict("08.2", weight)
    assert ok, message


@pytest.mark.parametrize(
    "weight, reason",
    [
        (ch08.WEIGHT[0], ch08.GREEN),  # the chapter's layer: R + G + B
        (np.stack([L, -L, Z]), ch08.GREEN),
        (np.stack([L, Z, L]), ch08.BLUE),
        (np.stack([L, Z, np.ones((3, 3)) / 9]), ch08.FLAT),
        (red_only(np.ones((3, 3)) / 9), ch08.FLAT),  # a blur of red: flat red gives red
        (np.zeros((3, 3, 3)), ch08.NO_RED),
        (np.stack([Z, [[1, -1, 0], [-1, 1, 0], [0, 0, 0]], Z]), ch08.GREEN),  # rows and columns cancel, still green
        (L[None], ch08.CHANNELS),
        (np.zeros((4, 3, 3)), ch08.CHANNELS),
        (np.zeros((3, 10, 10)), ch08.SMALL),
    ],
)
def test_wrong_layers_get_their_reason(weight, reason):
    ok, message = verdict("08.2", weight)
    assert not ok and reason in message, message


def test_weights_of_the_wrong_form_are_explained():
    for bad in (L, "L", np.zeros((1, 3, 3, 3)), [[["x"]]]):
        ok, message = verdict("08.2", bad)
        assert not ok and "give the weights as a 3-D array (C_in, k_h, k_w)" in message


def test_a_red_only_layer_in_paddle_sees_the_red_green_boundary_the_chapters_layer_misses():
    image = np.zeros((1, 3, 8, 8), dtype="float32")
    image[0, 0, :, :4] = 200.0  # red on the left
    image[0, 1, :, 4:] = 200.0  # green on the right: the same R + G + B
    summed = utils.run(utils.make_conv2d(ch08.WEIGHT), image)
    red = utils.run(utils.make_conv2d(red_only(L)[None]), image)
    assert not summed.any() and red.any()


def test_the_predicted_pixel_response_is_paddles():
    image = np.zeros((1, 3, 5, 5), dtype="float32")
    image[0, :, 2, 2] = 8.0
    out = utils.run(utils.make_conv2d(ch08.WEIGHT), image)[0, 0]
    # By hand: R + G + B = 24 meets the centre weight 1, or a neighbour weight -1/8.
    assert exercise("08.1").answer == (24.0, -3.0) == (float(out[1, 1]), float(out[0, 1]))
