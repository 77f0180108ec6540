"""explorer: the formula's numbers, Paddle's shape, and the quirks that explain themselves."""

import itertools

import numpy as np
import pytest

from utils import conv_output_size, make_conv2d, paddle, run, viz
from utils.viz.explorer import analyse, padded_values, parse_sides


def test_formula_numbers_and_paddle_shape_for_the_default():
    r = analyse(5, 3, 1, 2, 1)
    assert r.pads == (1, 1, 1, 1)
    # (5 + 1 + 1 - 1*(3 - 1) - 1) = 4, 4 // 2 + 1 = 3, worked out by hand
    assert r.formula == ["H_out = ⌊(5 + 1 + 1 − 1·(3 − 1) − 1) / 2⌋ + 1 = ⌊4 / 2⌋ + 1 = 3"]
    assert r.out == (3, 3) and r.paddle_shape == [1, 1, 3, 3] and r.agree


@pytest.mark.parametrize(
    "size, k, p, s, d", list(itertools.product([1, 4, 7, 12], [1, 2, 3, 5], [0, 1, 3], [1, 2, 3], [1, 2]))
)
def test_formula_agrees_with_conv_output_size_and_paddle(size, k, p, s, d):
    r = analyse(size, k, p, s, d)
    if d * (k - 1) + 1 > size + 2 * p:
        assert r.out is None and r.paddle_shape is None and "no window fits" in r.problems[0]
        return
    expected = conv_output_size(size, k, s, p, d)
    assert r.out == (expected, expected) and r.paddle_shape == [1, 1, expected, expected] and r.agree
    assert r.formula[0].endswith(f"= {expected}")


def test_per_side_padding_gives_two_lines():
    r = analyse(5, 3, (2, 0, 1, 3), 1, 1)
    assert r.formula == [
        "H_out = ⌊(5 + 2 + 0 − 1·(3 − 1) − 1) / 1⌋ + 1 = ⌊4 / 1⌋ + 1 = 5",
        "W_out = ⌊(5 + 1 + 3 − 1·(3 − 1) − 1) / 1⌋ + 1 = ⌊6 / 1⌋ + 1 = 7",
    ]
    assert r.paddle_shape == [1, 1, 5, 7]


def test_same_ignores_dilation_in_paddle():
    r = analyse(8, 3, "same", 2, 2)
    assert r.paddle_shape == [1, 1, 4, 4] and r.out == (3, 3) and not r.agree
    assert "ignores dilation" in r.notes[0] and "⌈8 / 2⌉ = 4" in r.notes[0]
    # The note's claim, by value: with 'same', Paddle's dilation-2 layer computes what dilation 1 does.
    x = np.random.default_rng(0).standard_normal((1, 1, 8, 8))
    w = np.random.default_rng(1).standard_normal((1, 1, 3, 3))
    dilated = run(make_conv2d(w, stride=2, padding="same", dilation=2), x)
    plain = run(make_conv2d(w, stride=2, padding="same", dilation=1), x)
    np.testing.assert_array_equal(dilated, plain)


def test_valid_is_no_padding():
    assert analyse(6, 3, "valid", 1, 1).paddle_shape == [1, 1, 4, 4]


@pytest.mark.parametrize("padding", ["same", "valid", (1, 1, 0, 0)])
def test_a_copying_mode_needs_an_int_padding(padding):
    r = analyse(5, 3, padding, 1, 1, "reflect")
    assert "only does that with one int padding" in r.problems[0]
    assert r.paddle_error.startswith("TypeError") and r.paddle_shape is None


def test_reflect_padding_must_be_smaller_than_the_input():
    r = analyse(3, 3, 3, 1, 1, "reflect")
    assert "at most size − 1 = 2 cells; padding 3 is too many" in r.problems[0]
    assert r.paddle_error.startswith("ValueError")
    assert analyse(3, 3, 2, 1, 1, "reflect").paddle_shape == [1, 1, 5, 5]  # 2 < 3 is fine


def test_a_kernel_larger_than_the_padded_input_is_explained_not_run():
    r = analyse(2, 5, 0, 1, 1)
    assert r.paddle_shape is None and "no window fits" in r.problems[0]
    assert "the bracket is -3 < 0" in r.formula[0]  # 2 + 0 + 0 - 4 - 1
    # The claim in the message, by value: Paddle itself returns a size below 1 here.
    assert paddle.nn.Conv2D(1, 1, 5)(paddle.zeros([1, 1, 2, 2])).shape[2] <= 0


@pytest.mark.parametrize("mode, numpy_mode", [("reflect", "reflect"), ("replicate", "edge"), ("circular", "wrap")])
def test_padded_values_follow_the_mode(mode, numpy_mode):
    expected = np.pad(np.arange(1, 17).reshape(4, 4), 2, mode=numpy_mode)
    np.testing.assert_array_equal(padded_values(4, (2, 2, 2, 2), mode), expected)


def test_parse_sides():
    assert parse_sides("1, 0, 2, 0") == (1, 0, 2, 0) and parse_sides("1 2 3 4") == (1, 2, 3, 4)
    for bad in ("1, 2", "a, b, c, d", "1, -1, 0, 0", ""):
        with pytest.raises(ValueError, match="four whole numbers"):
            parse_sides(bad)


def test_controls_redraw_and_rewrite():
    e = viz.explorer()
    assert "Paddle Conv2D output shape [1, 1, 3, 3]: agrees with the formula" in repr(e)
    before = (e.image.value, e.text.value)
    e.kernel_size.value = 5  # (5 + 2 - 4 - 1) // 2 + 1 = 2
    assert e.image.value != before[0] and e.text.value != before[1]
    assert "= ⌊2 / 2⌋ + 1 = 2" in e.text.value and "[1, 1, 2, 2]" in e.text.value
    e.kind.value = "per side"
    e.sides.value = "0, 0, 1, 1"  # height (5 - 4 - 1) // 2 + 1 = 1, width (5 + 2 - 4 - 1) // 2 + 1 = 2
    assert "[1, 1, 1, 2]" in e.text.value and e.padding.layout.display == "none"


def test_bad_values_give_messages_not_exceptions():
    e = viz.explorer()
    e.kind.value = "per side"
    e.sides.value = "one, two"
    assert "four whole numbers" in e.text.value and "four whole numbers" in repr(e)
    e.sides.value = "1, 1, 1, 1"
    e.mode.value = "circular"
    assert "only does that with one int padding" in e.text.value
    e.kind.value = "int"
    e.size.value, e.kernel_size.value, e.padding.value = 2, 7, 0
    assert "no window fits" in e.text.value and "Something unexpected" not in e.text.value


def test_bad_arguments():
    with pytest.raises(ValueError, match="stride"):
        viz.explorer(stride=0)
    with pytest.raises(ValueError, match="padding_mode"):
        viz.explorer(padding_mode="mirror")
    with pytest.raises(ValueError, match="padding"):
        viz.explorer(padding="full")
