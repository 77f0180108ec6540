"""receptive_field (the recurrence) against measure_receptive_field (Paddle gradients)."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from utils import make_conv2d, measure_receptive_field, paddle, receptive_field, receptive_field_mask


def test_seed_numbers():
    assert receptive_field([3]) == [(3, 1)]
    assert [f.size for f in receptive_field([3, 3])] == [3, 5]


def test_strides_and_dilation_by_hand():
    # 3x3 s2 -> 3; then 3x3 s1 adds (3-1)*2 -> 7; then 3x3 dilation 2 adds 2*(3-1)*2 -> 15.
    assert receptive_field([(3, 2), (3, 1), (3, 1, 2)]) == [(3, 2), (7, 2), (15, 2)]


def stack(layers):
    convs = []
    for k, s, d in layers:
        # All-positive weights: no sum of paths can cancel to an exact zero gradient.
        convs.append(make_conv2d(np.ones((1, 1, k, k)), stride=s, dilation=d))
    return paddle.nn.Sequential(*convs)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 4), st.integers(1, 2), st.integers(1, 2)), min_size=1, max_size=4))
def test_recurrence_matches_gradients(layers):
    size = receptive_field(layers)[-1].size
    side = 2 * size + 8  # room for the whole field around the centre output
    measured = measure_receptive_field(stack(layers), (1, 1, side, side))
    assert measured == (size, size)


def reachable(layers):
    """Input offsets (one axis) that some path of kernel taps joins to one output: by hand, no Paddle."""
    offsets = {0}
    for k, s, d in reversed(layers):
        offsets = {o * s + u * d for o in offsets for u in range(k)}
    return offsets


def test_mask_of_the_gridding_example():
    # 3x3 dilation 2, then 3x3 dilation 4: a 13x13 box of which only 7x7 = 49 pixels are reached.
    layers = [(3, 1, 2), (3, 1, 4)]
    mask = receptive_field_mask(stack(layers), (1, 1, 21, 21))
    rows, cols = np.nonzero(mask)
    assert (rows.max() - rows.min() + 1, cols.max() - cols.min() + 1) == (13, 13)
    assert mask.sum() == 49 == len(reachable(layers)) ** 2
    assert set(rows - rows.min()) == reachable(layers) == {0, 2, 4, 6, 8, 10, 12}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 3), st.integers(1, 2), st.integers(1, 3)), min_size=1, max_size=3))
def test_mask_is_the_set_of_reachable_pixels(layers):
    size = receptive_field(layers)[-1].size
    side = 2 * size + 8
    mask = receptive_field_mask(stack(layers), (1, 1, side, side))
    rows, cols = np.nonzero(mask)
    offsets = reachable(layers)
    expected = np.zeros((size, size), bool)
    expected[np.ix_(sorted(offsets), sorted(offsets))] = True
    assert (mask[rows.min() : rows.max() + 1, cols.min() : cols.max() + 1] == expected).all()
    assert measure_receptive_field(stack(layers), (1, 1, side, side)) == (size, size)


def test_measure_with_relu_and_channels():
    paddle.seed(0)
    net = paddle.nn.Sequential(paddle.nn.Conv2D(3, 4, 3), paddle.nn.ReLU(), paddle.nn.Conv2D(4, 2, 5, stride=2))
    # The ReLU may zero some paths, so the measured field can only be smaller.
    h, w = measure_receptive_field(net, (1, 3, 31, 31))
    assert h <= receptive_field([3, (5, 2)])[-1].size and w <= 7 and h >= 5


def test_measure_at_a_corner_is_clipped():
    assert measure_receptive_field(stack([(3, 1, 1)] * 2), (1, 1, 9, 9), position=(0, 0)) == (5, 5)
    net = paddle.nn.Sequential(make_conv2d(np.ones((1, 1, 3, 3)), padding=1))
    assert measure_receptive_field(net, (1, 1, 9, 9), position=(0, 0)) == (2, 2)


@pytest.mark.parametrize(
    "layers, error, match",
    [
        ([], ValueError, "at least one layer"),
        (3, TypeError, "layers must be a sequence"),
        ([0], ValueError, "kernel_size must be >= 1"),
        ([(3, 0)], ValueError, "stride must be >= 1"),
        ([(3, 1, 0)], ValueError, "dilation must be >= 1"),
        ([(3, 1, 1, 1)], ValueError, "layers\\[0\\] must be kernel_size or"),
        ([3.0], TypeError, "kernel_size must be an int"),
    ],
)
def test_receptive_field_rejects_bad_layers(layers, error, match):
    with pytest.raises(error, match=match):
        receptive_field(layers)


def test_measure_rejects_bad_input():
    net = stack([(3, 1, 1)])
    with pytest.raises(ValueError, match="input_shape must be"):
        measure_receptive_field(net, (9, 9))
    with pytest.raises(ValueError, match="outside"):
        measure_receptive_field(net, (1, 1, 9, 9), position=(7, 0))
    with pytest.raises(ValueError, match="position must be >= 0"):
        measure_receptive_field(net, (1, 1, 9, 9), position=(-1, 0))
    with pytest.raises(TypeError, match="position must be an int"):
        measure_receptive_field(net, (1, 1, 9, 9), position=(1.5, 0))
    with pytest.raises(TypeError, match="net must be"):
        measure_receptive_field("net", (1, 1, 9, 9))
    zero = make_conv2d(np.zeros((1, 1, 3, 3)))
    with pytest.raises(ValueError, match="does not depend"):
        measure_receptive_field(zero, (1, 1, 9, 9))
    with pytest.raises(ValueError, match="does not depend"):
        measure_receptive_field(lambda x: paddle.ones([1, 1, 3, 3]), (1, 1, 9, 9))
