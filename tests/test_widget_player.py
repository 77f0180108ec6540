"""step_through: each step's sums, checked against sums computed here by hand and by scipy."""

import re

import numpy as np
import pytest
from scipy.signal import correlate2d

from utils import viz
from utils.viz.player import StepThrough

SEED_A = np.arange(1, 10).reshape(3, 3)
SEED_W = np.array([[0, 1], [2, 3]])


def last_number(line):
    return float(line.rsplit("= ", 1)[1])


def sum_lines(player):
    """The text's lines between the step heading and the running sum."""
    body = player.text.value.split("</b><br>", 1)[1].split("<br>running sum", 1)[0]
    return body.split("<br>")


def test_seed_example_step_by_step():
    player = viz.step_through(SEED_A, SEED_W)
    assert repr(player).startswith("step-through: input 3x3, kernel 2x2, stride 1, padding 0, dilation 1")
    assert "-> output 2x2, 4 steps" in repr(player)
    by_hand = {
        0: "0×1 + 1×2 + 2×4 + 3×5 = 25",
        1: "0×2 + 1×3 + 2×5 + 3×6 = 31",
        2: "0×4 + 1×5 + 2×7 + 3×8 = 43",
        3: "0×5 + 1×6 + 2×8 + 3×9 = 49",
    }
    images = set()
    for step, line in by_hand.items():
        player.slider.value = step + 1  # the slider counts steps from 1
        assert sum_lines(player) == [line]
        images.add(player.image.value)
    assert len(images) == 4  # every step draws a different picture
    assert "output [[25, 31], [43, 49]], Paddle agrees" in repr(player)


def test_running_sum_ends_at_the_window_sum():
    player = viz.step_through(SEED_A, SEED_W, bias=1)
    player.slider.value = 3  # output (1, 0)
    running = re.search(r"running sum: ([^<]*)", player.text.value).group(1).split(" → ")
    assert running == ["0", "5", "19", "43", "44"]  # 0×4, + 1×5, + 2×7, + 3×8, + bias 1
    assert sum_lines(player) == ["0×4 + 1×5 + 2×7 + 3×8 + 1 (bias) = 44"]
    assert "output [[26, 32], [44, 50]]" in repr(player)


def window_sum_by_loops(a, w, i, j, stride, dilation, pads):
    top, bottom, left, right = pads
    ap = np.pad(a.astype(float), ((top, bottom), (left, right)))
    return sum(
        ap[i * stride + u * dilation, j * stride + v * dilation] * w[u, v]
        for u in range(w.shape[0])
        for v in range(w.shape[1])
    )


@pytest.mark.parametrize(
    "stride, padding, dilation, out_shape",
    [(2, 1, 1, (4, 4)), (1, 0, 2, (3, 3)), (3, 2, 1, (3, 3)), (2, (1, 0, 2, 0), 1, (3, 4))],
)
def test_padding_stride_dilation(stride, padding, dilation, out_shape):
    rng = np.random.default_rng(1)
    a, w = rng.integers(-3, 4, (7, 7)), rng.integers(-2, 3, (3, 3))
    pads = (padding,) * 4 if np.isscalar(padding) else padding
    player = viz.step_through(a, w, stride=stride, padding=padding, dilation=dilation)
    assert player.out.shape == out_shape  # shapes worked out by hand from the formula
    assert (player.slider.min, player.slider.max) == (1, out_shape[0] * out_shape[1])
    for step in range(out_shape[0] * out_shape[1]):
        player.slider.value = step + 1
        i, j = divmod(step, out_shape[1])
        assert last_number(sum_lines(player)[-1]) == window_sum_by_loops(a, w, i, j, stride, dilation, pads)
    assert "Paddle agrees" in repr(player)


def test_sum_over_input_channels():
    rng = np.random.default_rng(0)
    x, w = rng.integers(0, 4, (3, 4, 4)), rng.integers(-1, 2, (3, 2, 2))
    expected = sum(correlate2d(x[c], w[c], mode="valid") for c in range(3))
    player = viz.step_through(x, w)
    assert "input 3x4x4, kernel 3x2x2" in repr(player) and "each a sum over 3 channels" in repr(player)
    for step in range(9):
        player.slider.value = step + 1
        lines = sum_lines(player)
        i, j = divmod(step, 3)
        per_channel = [correlate2d(x[c], w[c], mode="valid")[i, j] for c in range(3)]
        assert [last_number(line) for line in lines[:3]] == per_channel
        assert lines[3].startswith("sum over channels: ")
        assert last_number(lines[3]) == expected[i, j]


def test_repr_is_the_whole_summary_and_no_image_bytes():
    player = viz.step_through(np.arange(49).reshape(7, 7), np.ones((3, 3)), stride=2, padding=1)
    text = player._repr_mimebundle_()["text/plain"]
    assert text == repr(player) and len(text) > 110  # ipywidgets would cut it at 110
    assert "PNG" not in text and "b'" not in text and "value=" not in text
    assert "model_id" in str(player._repr_mimebundle_()["application/vnd.jupyter.widget-view+json"])


@pytest.mark.parametrize(
    "args, error, words",
    [
        ((np.zeros((2, 3, 3)), np.zeros((3, 2, 2))), ValueError, "one slice per input channel"),
        ((np.zeros((3, 3)), np.zeros((1, 2, 2))), ValueError, "as many axes"),
        ((np.zeros((1, 3, 3, 3)), np.zeros((2, 2))), ValueError, "a must be"),
        ((np.zeros((3, 3)), np.zeros((2, 2)), 0, 0), ValueError, "stride"),
        ((np.zeros((30, 30)), np.zeros((2, 2))), ValueError, "at most 20"),
        ((np.zeros((3, 3)), np.zeros((4, 4))), ValueError, "larger than the padded input"),
        ((np.zeros((3, 3)), np.zeros((2, 2)), [1]), TypeError, "bias"),
    ],
)
def test_bad_arguments_name_themselves(args, error, words):
    with pytest.raises(error, match=words):
        StepThrough(*args)


def test_string_padding_is_refused():
    with pytest.raises(TypeError, match="padding"):
        StepThrough(SEED_A, SEED_W, padding="same")
