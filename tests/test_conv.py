"""corr2d, conv2d and conv_output_size against the seed, a double loop, and Paddle itself."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from utils import conv2d, conv_output_size, corr2d, paddle

F = paddle.nn.functional

SEED_A = np.arange(1, 10).reshape(3, 3)
SEED_W = np.array([[0, 1], [2, 3]])


def corr2d_loop(a, w):
    """b[i, j] = sum over u, v of a[i+u, j+v] * w[u, v], written as the seed writes it."""
    kh, kw = w.shape
    b = np.zeros((a.shape[0] - kh + 1, a.shape[1] - kw + 1))
    for i in range(b.shape[0]):
        for j in range(b.shape[1]):
            for u in range(kh):
                for v in range(kw):
                    b[i, j] += a[i + u, j + v] * w[u, v]
    return b


def test_corr2d_seed_example():
    # The four sums the seed writes out in full: 0*1+1*2+2*4+3*5 = 25, and so on.
    np.testing.assert_array_equal(corr2d(SEED_A, SEED_W), [[25, 31], [43, 49]])
    np.testing.assert_array_equal(corr2d(SEED_A, SEED_W) + 1, [[26, 32], [44, 50]])


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 7), st.integers(1, 7), st.integers(0, 4), st.integers(0, 4), st.integers(0, 2**32 - 1))
def test_corr2d_matches_double_loop(kh, kw, extra_h, extra_w, seed):
    rng = np.random.default_rng(seed)
    a = rng.standard_normal((kh + extra_h, kw + extra_w))
    w = rng.standard_normal((kh, kw))
    np.testing.assert_allclose(corr2d(a, w), corr2d_loop(a, w), rtol=1e-12, atol=1e-12)


def padding_forms():
    small = st.integers(0, 3)
    return st.one_of(
        small,
        st.tuples(small, small),
        st.tuples(small, small, small, small),
        st.sampled_from(["same", "valid", "SAME"]),
        st.tuples(small, small, small, small).map(lambda p: [[0, 0], [0, 0], [p[0], p[1]], [p[2], p[3]]]),
    )


def total_padding(padding):
    """(top + bottom, left + right) of a padding form, worked out here, not by utils."""
    if isinstance(padding, str):
        return 0, 0  # 'valid' does not pad; 'same' pads to fit, checked apart
    if isinstance(padding, int):
        return 2 * padding, 2 * padding
    if len(padding) == 2:
        return 2 * padding[0], 2 * padding[1]
    if isinstance(padding[0], list):
        return sum(padding[2]), sum(padding[3])
    return padding[0] + padding[1], padding[2] + padding[3]


def int_or_pair(low, high):
    return st.one_of(st.integers(low, high), st.tuples(st.integers(low, high), st.integers(low, high)))


@settings(max_examples=150, deadline=None)
@given(
    n=st.integers(1, 2),
    c_in=st.integers(1, 3),
    c_out=st.integers(1, 3),
    h=st.integers(1, 12),
    w=st.integers(1, 12),
    kh=st.integers(1, 4),
    kw=st.integers(1, 4),
    stride=int_or_pair(1, 3),
    dilation=int_or_pair(1, 2),
    padding=padding_forms(),
    dtype=st.sampled_from(["float32", "float64"]),
    with_bias=st.booleans(),
    seed=st.integers(0, 2**32 - 1),
)
def test_conv2d_matches_paddle(n, c_in, c_out, h, w, kh, kw, stride, dilation, padding, dtype, with_bias, seed):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n, c_in, h, w)).astype(dtype)
    weight = rng.standard_normal((c_out, c_in, kh, kw)).astype(dtype)
    bias = rng.standard_normal(c_out).astype(dtype) if with_bias else None
    kwargs = dict(stride=stride, padding=padding, dilation=dilation)
    dh, dw = (dilation, dilation) if isinstance(dilation, int) else dilation
    pad_h, pad_w = total_padding(padding)
    same = isinstance(padding, str) and padding.lower() == "same"  # always fits, dilation ignored
    if not same and (dh * (kh - 1) >= h + pad_h or dw * (kw - 1) >= w + pad_w):
        # Paddle returns an empty map or fails inside its kernel when the (dilated) kernel
        # is larger than the padded input; the reference says so instead.
        with pytest.raises(ValueError, match="larger than the padded input"):
            conv2d(x, weight, bias, **kwargs)
        return
    want = F.conv2d(
        paddle.to_tensor(x),
        paddle.to_tensor(weight),
        None if bias is None else paddle.to_tensor(bias),
        **kwargs,
    ).numpy()
    got = conv2d(x, weight, bias, **kwargs)
    assert got.shape == want.shape
    assert got.dtype == np.dtype(dtype)
    tol = 1e-4 if dtype == "float32" else 1e-10
    np.testing.assert_allclose(got, want, rtol=tol, atol=tol)


@settings(max_examples=100, deadline=None)
@given(
    size=st.integers(1, 40),
    k=st.integers(1, 7),
    s=st.integers(1, 4),
    d=st.integers(1, 3),
    before=st.integers(0, 4),
    after=st.integers(0, 4),
)
def test_conv_output_size_matches_paddle(size, k, s, d, before, after):
    x = paddle.zeros([1, 1, size, 1])
    weight = paddle.zeros([1, 1, k, 1])
    if d * (k - 1) >= size + before + after:
        with pytest.raises(ValueError, match="kernel_size"):
            conv_output_size(size, k, s, (before, after), d)
        return
    out = F.conv2d(x, weight, stride=s, padding=[before, after, 0, 0], dilation=d)
    assert conv_output_size(size, k, s, (before, after), d) == out.shape[2]
    if before == after:
        assert conv_output_size(size, k, s, before, d) == out.shape[2]


def test_conv_output_size_seed_numbers():
    assert conv_output_size(3, 2) == 2  # the 3x3 input and 2x2 kernel
    assert conv_output_size(4, 3) == 4 - 3 + 1 == 2
    assert conv_output_size(4, 3, padding=1) == 4  # padded to 6x6
    assert conv_output_size(4, 3, padding=2) == 6  # padded to 8x8
    assert conv_output_size(100, 3, stride=2, padding=1) == 50
    assert conv_output_size(7, 3, stride=2) == 3  # (7 - 3) / 2 + 1 = 3 exactly
    assert conv_output_size(8, 3, stride=2) == 3  # (8 - 3) / 2 + 1 = 3.5: the floor


def test_conv2d_is_vectorised_enough_for_a_photo():
    x = np.ones((1, 3, 200, 300), np.float32)
    out = conv2d(x, np.ones((1, 3, 3, 3), np.float32) / 27)
    assert out.shape == (1, 1, 198, 298)
    np.testing.assert_allclose(out, 1.0, rtol=1e-6)


@pytest.mark.parametrize(
    "kwargs, error, match",
    [
        (dict(stride=0), ValueError, "stride must be >= 1"),
        (dict(stride=1.5), TypeError, "stride must be an int"),
        (dict(stride=(1, 2, 3)), ValueError, "stride must be an int or a pair"),
        (dict(dilation=0), ValueError, "dilation must be >= 1"),
        (dict(padding=-1), ValueError, "padding must be >= 0"),
        (dict(padding=(1, -1)), ValueError, "padding must be >= 0"),
        (dict(padding=(1, 1, 1)), ValueError, "padding must be an int or a pair"),
        (dict(padding="full"), ValueError, "padding must be 'same' or 'valid'"),
        (dict(padding=[[1, 0], [0, 0], [1, 1], [1, 1]]), ValueError, "per-axis form"),
        (dict(padding=True), TypeError, "padding must be an int"),
    ],
)
def test_conv2d_rejects_bad_arguments(kwargs, error, match):
    with pytest.raises(error, match=match):
        conv2d(np.zeros((1, 1, 5, 5)), np.zeros((1, 1, 3, 3)), **kwargs)


@pytest.mark.parametrize(
    "x, weight, bias, error, match",
    [
        (np.zeros((5, 5)), np.zeros((1, 1, 3, 3)), None, ValueError, r"x must be 4-D \(N, C, H, W\)"),
        (np.zeros((1, 5, 5)), np.zeros((1, 1, 3, 3)), None, ValueError, "x must be 4-D"),
        (np.zeros((1, 1, 5, 5)), np.zeros((3, 3)), None, ValueError, "weight must be 4-D"),
        (
            np.zeros((1, 3, 5, 5)),
            np.zeros((2, 1, 3, 3)),
            None,
            ValueError,
            r"weight.shape\[1\] must be C_in / groups = 3 / 1 = 3",
        ),
        (np.zeros((1, 1, 2, 2)), np.zeros((1, 1, 3, 3)), None, ValueError, "larger than the padded input"),
        (np.zeros((1, 1, 5, 5)), np.zeros((2, 1, 3, 3)), np.zeros(3), ValueError, "bias must have C_out=2"),
        (np.zeros((1, 1, 5, 5)), np.zeros((2, 1, 3, 3)), np.zeros((2, 1)), ValueError, "bias must be 1-D"),
        ("image", np.zeros((1, 1, 3, 3)), None, TypeError, "x must be a numeric array"),
        (np.array([[[["a"]]]]), np.zeros((1, 1, 1, 1)), None, TypeError, "x must be a numeric array"),
        (np.zeros((1, 0, 5, 5)), np.zeros((1, 0, 3, 3)), None, ValueError, "no empty axis"),
    ],
)
def test_conv2d_rejects_bad_arrays(x, weight, bias, error, match):
    with pytest.raises(error, match=match):
        conv2d(x, weight, bias)


@pytest.mark.parametrize(
    "a, w, error, match",
    [
        (np.zeros((3, 3)), np.zeros((4, 2)), ValueError, "does not fit"),
        (np.zeros((3, 3, 1)), np.zeros((2, 2)), ValueError, "a must be 2-D"),
        (np.zeros((3, 3)), np.zeros(2), ValueError, "w must be 2-D"),
        (None, np.zeros((2, 2)), TypeError, "a must be a numeric array"),
    ],
)
def test_corr2d_rejects_bad_input(a, w, error, match):
    with pytest.raises(error, match=match):
        corr2d(a, w)


@pytest.mark.parametrize(
    "args, error, match",
    [
        ((0, 3), ValueError, "size must be >= 1"),
        ((5, 0), ValueError, "kernel_size must be >= 1"),
        ((5, 3, 0), ValueError, "stride must be >= 1"),
        ((5, 3, 1, -1), ValueError, "padding must be >= 0"),
        ((5, 3, 1, (1, 2, 3)), ValueError, "padding must be an int or a pair"),
        ((5, 3, 1, 0, 0), ValueError, "dilation must be >= 1"),
        ((5.0, 3), TypeError, "size must be an int"),
        ((2, 3), ValueError, "larger than the padded input"),
    ],
)
def test_conv_output_size_rejects_bad_input(args, error, match):
    with pytest.raises(error, match=match):
        conv_output_size(*args)
