"""stack_explorer: the recurrence written out, and Paddle's gradients, against fields worked out by hand."""

import itertools

import numpy as np
import pytest

from utils import viz
from utils.viz.stack import StackExplorer, measure


def taps(layers):
    """Input offsets reachable from one output pixel, along one axis, by enumerating every path."""
    offsets, jump = {0}, 1
    for k, s, d in layers:
        offsets = {o + jump * d * t for o in offsets for t in range(k)}
        jump *= s
    return offsets


def test_two_plain_layers():
    s = viz.stack_explorer()
    assert repr(s) == (
        "stack explorer: layers 3 s1 d1, 3 s1 d1 -> receptive field 5x5 by the recurrence; "
        "measured with Paddle gradients 5x5, 0 holes"
    )
    assert "1 + 1·(3 − 1)·1 = 3" in s.text.value and "3 + 1·(3 − 1)·1 = 5" in s.text.value


def test_dilated_stack_has_holes_where_no_path_goes():
    s = viz.stack_explorer([(3, 1, 2), (3, 1, 4)])
    reach = taps([(3, 1, 2), (3, 1, 4)])
    assert sorted(reach) == [0, 2, 4, 6, 8, 10, 12]
    assert s.measured == (13, 13) and s.size == 13
    assert int(s.holes.sum()) == 13 * 13 - len(reach) ** 2 == 120
    assert "120 of the 169 pixels inside are holes" in s.text.value


@pytest.mark.parametrize(
    "layers", list(itertools.product([(1, 1, 1), (3, 2, 1), (2, 1, 3), (5, 2, 2)], [(3, 1, 1), (3, 2, 2), (4, 1, 3)]))
)
def test_measured_mask_is_the_set_of_reachable_pixels(layers):
    mask, margin = measure(list(layers))
    reach = sorted(taps(layers))
    rows, cols = np.nonzero(mask)
    start = rows.min()
    assert start >= 2 and mask.shape[0] - 1 - rows.max() >= 2  # a margin of 2 pixels or more
    expected = np.zeros_like(mask)
    expected[np.ix_([start + r for r in reach], [start + r for r in reach])] = True
    np.testing.assert_array_equal(mask, expected)


def test_controls_change_layers_picture_and_text():
    s = viz.stack_explorer()
    before = (s.image.value, s.text.value)
    s.count.value = 3
    assert s.boxes[2].layout.display == "" and s.boxes[3].layout.display == "none"
    assert s.size == 7 and s.image.value != before[0] and "5 + 1·(3 − 1)·1 = 7" in s.text.value
    s.rows[0][1].value = 2  # layer 1 stride 2: layers 2 and 3 now step 2 input pixels
    assert "3 + 1·(3 − 1)·2 = 7" in s.text.value and "7 + 1·(3 − 1)·2 = 11" in s.text.value
    assert s.measured == (11, 11) and "as the recurrence says" in s.text.value


@pytest.mark.parametrize(
    "layers, words",
    [([], "1 to 4 layers"), ([3] * 5, "1 to 4 layers"), ([(3, 3)], "stride must be from 1 to 2"), ([9], "kernel")],
)
def test_bad_layers(layers, words):
    with pytest.raises(ValueError, match=words):
        StackExplorer(layers)
