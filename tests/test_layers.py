"""make_conv2d builds real Paddle layers from NumPy weights, and checks them first."""

import numpy as np
import pytest

from utils import conv2d, make_conv2d, run


def test_seed_example_through_paddle():
    layer = make_conv2d(np.array([[[[0, 1], [2, 3]]]]), bias=[1.0])
    out = run(layer, np.arange(1, 10).reshape(1, 1, 3, 3))
    np.testing.assert_array_equal(out[0, 0], [[26, 32], [44, 50]])


def test_default_bias_is_zero_and_weights_are_assigned():
    w = np.arange(2 * 3 * 1 * 3).reshape(2, 3, 1, 3) - 7.5
    layer = make_conv2d(w)
    assert list(layer.weight.shape) == [2, 3, 1, 3]
    np.testing.assert_array_equal(layer.weight.numpy(), w)
    np.testing.assert_array_equal(layer.bias.numpy(), [0, 0])


def test_keyword_arguments_reach_paddle():
    rng = np.random.default_rng(1)
    x = rng.standard_normal((2, 3, 11, 9)).astype("float32")
    w = rng.standard_normal((4, 3, 3, 2)).astype("float32")
    b = rng.standard_normal(4).astype("float32")
    kwargs = dict(stride=(2, 1), padding=(1, 0, 2, 1), dilation=(1, 2))
    got = run(make_conv2d(w, b, **kwargs), x)
    np.testing.assert_allclose(got, conv2d(x, w, b, **kwargs), rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize(
    "weight, bias, error, match",
    [
        (np.ones((3, 3)), None, ValueError, "weight must be 4-D"),
        (np.ones((1, 1, 3)), None, ValueError, "weight must be 4-D"),
        (np.ones((2, 1, 3, 3)), np.ones(3), ValueError, "bias must have C_out=2"),
        (np.ones((1, 1, 0, 3)), None, ValueError, "no empty axis"),
        ("kernel", None, TypeError, "weight must be a numeric array"),
    ],
)
def test_make_conv2d_rejects_bad_weights(weight, bias, error, match):
    with pytest.raises(error, match=match):
        make_conv2d(weight, bias)


@pytest.mark.parametrize(
    "kwargs, error, match",
    [
        (dict(stride=0), ValueError, "stride must be >= 1"),
        (dict(dilation=(1, 0)), ValueError, "dilation must be >= 1"),
        (dict(stride=1.5), TypeError, "stride must be an int"),
        (dict(padding=-1), ValueError, "padding"),
    ],
)
def test_make_conv2d_rejects_bad_arguments(kwargs, error, match):
    with pytest.raises(error, match=match):
        make_conv2d(np.ones((1, 1, 3, 3)), **kwargs)
