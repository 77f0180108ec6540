"""conv2d's groups and padding_mode against real Paddle, np.pad, and separate convolutions."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from utils import conv2d, make_conv2d, paddle, run

F = paddle.nn.functional

# np.pad's name for each of Paddle's padding modes, written out here and not taken from utils.
NP_MODE = {"zeros": "constant", "reflect": "reflect", "replicate": "edge", "circular": "wrap"}

# Paddle accepts every padding form with 'zeros' and only an int with the other modes.
PADDINGS = [
    ("zeros", "int"),
    ("zeros", "pair"),
    ("zeros", "four sides"),
    ("zeros", "per-axis"),
    ("zeros", "same"),
    ("zeros", "valid"),
    ("reflect", "int"),
    ("replicate", "int"),
    ("circular", "int"),
]
GROUPINGS = ["one group", "grouped", "depthwise"]


def padding_of(form):
    small = st.integers(0, 4)
    return {
        "int": small,
        "pair": st.tuples(small, small),
        "four sides": st.tuples(small, small, small, small),
        "per-axis": st.tuples(small, small, small, small).map(lambda p: [[0, 0], [0, 0], [p[0], p[1]], [p[2], p[3]]]),
        "same": st.sampled_from(["same", "SAME", "Same"]),
        "valid": st.sampled_from(["valid", "VALID"]),
    }[form]


def channels_of(grouping):
    """(C_in, C_out, groups) strategies for each way of grouping channels."""
    if grouping == "one group":
        return st.tuples(st.integers(1, 3), st.integers(1, 3), st.just(1))
    if grouping == "grouped":  # groups 2 or 3, each with 1-3 input and 1-2 output channels
        return st.tuples(st.integers(2, 3), st.integers(1, 3), st.integers(1, 2)).map(
            lambda t: (t[0] * t[1], t[0] * t[2], t[0])
        )
    # depthwise: one group per input channel, with 1 or 2 output channels each
    return st.tuples(st.integers(2, 4), st.integers(1, 2)).map(lambda t: (t[0], t[0] * t[1], t[0]))


def side_pads(padding):
    """(top, bottom, left, right) of a numeric padding form, worked out here, not by utils."""
    if isinstance(padding, int):
        return padding, padding, padding, padding
    if len(padding) == 2:
        return padding[0], padding[0], padding[1], padding[1]
    if isinstance(padding[0], list):
        return (*padding[2], *padding[3])
    return tuple(padding)


def paddle_layer(c_in, c_out, kh, kw, weight, bias, dtype, **kwargs):
    """A real paddle.nn.Conv2D holding weight and bias, in dtype."""
    bias_attr = False if bias is None else None  # False: a layer without a bias
    layer = paddle.nn.Conv2D(c_in, c_out, [kh, kw], bias_attr=bias_attr, **kwargs)
    layer.to(dtype=dtype)  # Paddle 3.0, the lowest supported, has no Conv2D(dtype=...)
    layer.weight.set_value(weight)
    if bias is not None:
        layer.bias.set_value(bias)
    return layer


@pytest.mark.parametrize("grouping", GROUPINGS)
@pytest.mark.parametrize("padding_mode, form", PADDINGS)
@settings(max_examples=20, deadline=None)
@given(data=st.data())
def test_conv2d_matches_paddle_conv2d_layer(padding_mode, form, grouping, data):
    c_in, c_out, groups = data.draw(channels_of(grouping), "channels")
    n = data.draw(st.integers(1, 2), "n")
    h, w = data.draw(st.integers(1, 9), "h"), data.draw(st.integers(1, 9), "w")
    kh, kw = data.draw(st.integers(1, 3), "kh"), data.draw(st.integers(1, 3), "kw")
    stride = data.draw(st.one_of(st.integers(1, 3), st.tuples(st.integers(1, 3), st.integers(1, 3))), "stride")
    dilation = data.draw(st.one_of(st.integers(1, 2), st.tuples(st.integers(1, 2), st.integers(1, 2))), "dilation")
    padding = data.draw(padding_of(form), "padding")
    dtype = data.draw(st.sampled_from(["float32", "float64"]), "dtype")
    rng = np.random.default_rng(data.draw(st.integers(0, 2**32 - 1), "seed"))
    x = rng.standard_normal((n, c_in, h, w)).astype(dtype)
    weight = rng.standard_normal((c_out, c_in // groups, kh, kw)).astype(dtype)
    bias = rng.standard_normal(c_out).astype(dtype) if data.draw(st.booleans(), "with_bias") else None
    kwargs = dict(stride=stride, padding=padding, dilation=dilation, groups=groups)
    layer = paddle_layer(c_in, c_out, kh, kw, weight, bias, dtype, padding_mode=padding_mode, **kwargs)

    if padding_mode == "reflect" and padding >= min(h, w):
        # A reflection cannot reach further than size - 1 pixels: Paddle refuses too.
        with pytest.raises(ValueError, match="height|width"):
            layer(paddle.to_tensor(x))
        with pytest.raises(ValueError, match="padding .* must be smaller than the input height"):
            conv2d(x, weight, bias, padding_mode=padding_mode, **kwargs)
        return
    if not (isinstance(padding, str) and padding.lower() == "same"):  # 'same' always fits
        top, bottom, left, right = (0, 0, 0, 0) if isinstance(padding, str) else side_pads(padding)
        dh, dw = (dilation, dilation) if isinstance(dilation, int) else dilation
        if dh * (kh - 1) >= h + top + bottom or dw * (kw - 1) >= w + left + right:
            # Paddle returns an empty map or fails inside its kernel; the reference says why.
            with pytest.raises(ValueError, match="larger than the padded input"):
                conv2d(x, weight, bias, padding_mode=padding_mode, **kwargs)
            return

    want = layer(paddle.to_tensor(x)).numpy()
    got = conv2d(x, weight, bias, padding_mode=padding_mode, **kwargs)
    assert got.shape == want.shape
    assert got.dtype == np.dtype(dtype)
    tol = 1e-4 if dtype == "float32" else 1e-10
    np.testing.assert_allclose(got, want, rtol=tol, atol=tol)
    if padding_mode == "zeros":  # the functional form agrees too
        functional = F.conv2d(
            paddle.to_tensor(x), paddle.to_tensor(weight), None if bias is None else paddle.to_tensor(bias), **kwargs
        )
        np.testing.assert_allclose(got, functional.numpy(), rtol=tol, atol=tol)


# The 3x3 grid 1..9 padded by 1, each border filled by hand from the definition of the mode.
GRID = np.arange(1, 10).reshape(3, 3)
PADDED_BY_HAND = {
    "zeros": [[0, 0, 0, 0, 0], [0, 1, 2, 3, 0], [0, 4, 5, 6, 0], [0, 7, 8, 9, 0], [0, 0, 0, 0, 0]],
    # mirrored about the edge pixel, which is not repeated
    "reflect": [[5, 4, 5, 6, 5], [2, 1, 2, 3, 2], [5, 4, 5, 6, 5], [8, 7, 8, 9, 8], [5, 4, 5, 6, 5]],
    # the edge pixel repeated outward
    "replicate": [[1, 1, 2, 3, 3], [1, 1, 2, 3, 3], [4, 4, 5, 6, 6], [7, 7, 8, 9, 9], [7, 7, 8, 9, 9]],
    # the opposite edge wrapped around
    "circular": [[9, 7, 8, 9, 7], [3, 1, 2, 3, 1], [6, 4, 5, 6, 4], [9, 7, 8, 9, 7], [3, 1, 2, 3, 1]],
}
IDENTITY = np.ones((1, 1, 1, 1))  # a 1x1 kernel of 1: the output is the padded input itself


@pytest.mark.parametrize("padding_mode", list(PADDED_BY_HAND))
def test_padding_modes_on_a_small_grid_by_hand(padding_mode):
    got = conv2d(GRID[None, None], IDENTITY, padding=1, padding_mode=padding_mode)
    np.testing.assert_array_equal(got[0, 0], PADDED_BY_HAND[padding_mode])
    layer = make_conv2d(IDENTITY, padding=1, padding_mode=padding_mode)
    np.testing.assert_array_equal(run(layer, GRID[None, None])[0, 0], PADDED_BY_HAND[padding_mode])


@settings(max_examples=80, deadline=None)
@given(
    padding_mode=st.sampled_from(list(NP_MODE)),
    h=st.integers(1, 6),
    w=st.integers(1, 6),
    p=st.integers(0, 8),
    seed=st.integers(0, 2**32 - 1),
)
def test_padding_modes_fill_the_border_as_np_pad(padding_mode, h, w, p, seed):
    x = np.random.default_rng(seed).standard_normal((1, 2, h, w))
    if padding_mode == "reflect" and p >= min(h, w):
        with pytest.raises(ValueError, match="smaller than the input"):
            conv2d(x, np.eye(2)[:, :, None, None], padding=p, padding_mode=padding_mode)
        return
    want = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)), mode=NP_MODE[padding_mode])
    # 2 channels through the 2x2 identity as a 1x1 kernel: the padded input, channel by channel
    got = conv2d(x, np.eye(2)[:, :, None, None], padding=p, padding_mode=padding_mode)
    np.testing.assert_array_equal(got, want)


@settings(max_examples=40, deadline=None)
@given(
    groups=st.integers(1, 4),
    c_in_g=st.integers(1, 3),
    c_out_g=st.integers(1, 3),
    padding_mode=st.sampled_from(list(NP_MODE)),
    seed=st.integers(0, 2**32 - 1),
)
def test_groups_equal_separate_paddle_convolutions(groups, c_in_g, c_out_g, padding_mode, seed):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((2, groups * c_in_g, 7, 6))
    weight = rng.standard_normal((groups * c_out_g, c_in_g, 3, 2))
    bias = rng.standard_normal(groups * c_out_g)
    # Each group on its own, through Paddle with groups=1, its border made by np.pad
    xp = np.pad(x, ((0, 0), (0, 0), (1, 1), (1, 1)), mode=NP_MODE[padding_mode])
    want = np.concatenate(
        [
            F.conv2d(
                paddle.to_tensor(xp[:, g * c_in_g : (g + 1) * c_in_g]),
                paddle.to_tensor(weight[g * c_out_g : (g + 1) * c_out_g]),
                paddle.to_tensor(bias[g * c_out_g : (g + 1) * c_out_g]),
                stride=(2, 1),
            ).numpy()
            for g in range(groups)
        ],
        axis=1,
    )
    got = conv2d(x, weight, bias, stride=(2, 1), padding=1, groups=groups, padding_mode=padding_mode)
    np.testing.assert_allclose(got, want, rtol=1e-10, atol=1e-10)


def test_depthwise_is_one_kernel_per_channel_by_loops():
    rng = np.random.default_rng(7)
    x = rng.standard_normal((2, 3, 6, 5))
    weight = rng.standard_normal((3, 1, 3, 3))
    want = np.zeros((2, 3, 4, 3))
    for b in range(2):
        for c in range(3):
            for i in range(4):
                for j in range(3):
                    want[b, c, i, j] = np.sum(x[b, c, i : i + 3, j : j + 3] * weight[c, 0])
    np.testing.assert_allclose(conv2d(x, weight, groups=3), want, rtol=1e-12, atol=1e-12)


def test_grouped_parameter_count_is_divided_by_groups():
    # 8 -> 8 channels with 3x3 kernels: 8*8*9 weights in one group, 8*2*9 in four.
    assert make_conv2d(np.ones((8, 8, 3, 3))).weight.size == 576
    assert make_conv2d(np.ones((8, 2, 3, 3)), groups=4).weight.size == 576 // 4


@pytest.mark.parametrize(
    "kwargs, x_shape, w_shape, error, match",
    [
        (dict(groups=0), (1, 2, 5, 5), (2, 2, 3, 3), ValueError, "groups must be >= 1"),
        (dict(groups=-2), (1, 2, 5, 5), (2, 1, 3, 3), ValueError, "groups must be >= 1"),
        (dict(groups=1.5), (1, 2, 5, 5), (2, 1, 3, 3), TypeError, "groups must be an int"),
        (dict(groups=True), (1, 2, 5, 5), (2, 2, 3, 3), TypeError, "groups must be an int"),
        (dict(groups=2), (1, 3, 5, 5), (2, 1, 3, 3), ValueError, r"groups=2 must divide the C_in=3 channels of x"),
        (dict(groups=2), (1, 4, 5, 5), (3, 2, 3, 3), ValueError, "groups=2 must divide the C_out=3 channels of w"),
        (
            dict(groups=2),
            (1, 4, 5, 5),
            (4, 4, 3, 3),
            ValueError,
            r"weight.shape\[1\] must be C_in / groups = 4 / 2 = 2 input channels, got 4",
        ),
        (
            dict(),
            (1, 3, 5, 5),
            (2, 1, 3, 3),
            ValueError,
            r"weight.shape\[1\] must be C_in / groups = 3 / 1 = 3 input channels, got 1",
        ),
        (dict(padding_mode="symmetric"), (1, 1, 5, 5), (1, 1, 3, 3), ValueError, "padding_mode must be one of"),
        (dict(padding_mode="REFLECT", padding=1), (1, 1, 5, 5), (1, 1, 3, 3), ValueError, "padding_mode must be one"),
        (dict(padding_mode=None), (1, 1, 5, 5), (1, 1, 3, 3), TypeError, "padding_mode must be one of"),
        (dict(padding_mode="reflect", padding=-1), (1, 1, 5, 5), (1, 1, 3, 3), ValueError, "padding must be >= 0"),
        (
            dict(padding_mode="reflect", padding=3),
            (1, 1, 3, 6),
            (1, 1, 3, 3),
            ValueError,
            "padding 3 must be smaller than the input height 3 and width 6",
        ),
        (
            dict(padding_mode="reflect", padding=3),
            (1, 1, 6, 3),
            (1, 1, 3, 3),
            ValueError,
            "padding 3 must be smaller than the input height 6 and width 3",
        ),
    ],
)
def test_conv2d_rejects_bad_groups_and_padding_modes(kwargs, x_shape, w_shape, error, match):
    with pytest.raises(error, match=match):
        conv2d(np.zeros(x_shape), np.zeros(w_shape), **kwargs)


# Padding forms that paddle.nn.Conv2D refuses with a mode other than 'zeros'.
NOT_AN_INT = ["same", "valid", (1, 1), (1, 1, 1, 1), [[0, 0], [0, 0], [1, 1], [1, 1]], 1.0]


@pytest.mark.parametrize("padding_mode", ["reflect", "replicate", "circular"])
@pytest.mark.parametrize("padding", NOT_AN_INT, ids=repr)
def test_other_modes_need_an_int_padding_as_in_paddle(padding_mode, padding):
    with pytest.raises(TypeError, match="type of padding must be int"):
        paddle.nn.Conv2D(1, 1, 3, padding=padding, padding_mode=padding_mode)
    message = f"padding must be an int when padding_mode is '{padding_mode}'"
    with pytest.raises(TypeError, match=message):
        conv2d(np.zeros((1, 1, 5, 5)), np.zeros((1, 1, 3, 3)), padding=padding, padding_mode=padding_mode)
    with pytest.raises(TypeError, match=message):
        make_conv2d(np.zeros((1, 1, 3, 3)), padding=padding, padding_mode=padding_mode)


def test_a_bool_is_not_an_int_padding():
    # Paddle's int check lets True through, then fails deep inside pad3d; utils says why.
    with pytest.raises(TypeError, match="must be list of int, but got bool"):
        paddle.nn.Conv2D(1, 1, 3, padding=True, padding_mode="reflect")(paddle.ones([1, 1, 5, 5]))
    with pytest.raises(TypeError, match="padding must be an int when padding_mode is 'reflect'"):
        conv2d(np.zeros((1, 1, 5, 5)), np.zeros((1, 1, 3, 3)), padding=True, padding_mode="reflect")


@settings(max_examples=25, deadline=None)
@given(
    groups=st.integers(1, 3),
    padding_mode=st.sampled_from(list(NP_MODE)),
    padding=st.integers(0, 2),
    stride=st.integers(1, 2),
    dilation=st.integers(1, 2),
    seed=st.integers(0, 2**32 - 1),
)
def test_make_conv2d_passes_groups_and_padding_mode_to_paddle(groups, padding_mode, padding, stride, dilation, seed):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((1, 2 * groups, 7, 8)).astype("float32")
    weight = rng.standard_normal((3 * groups, 2, 3, 2)).astype("float32")
    bias = rng.standard_normal(3 * groups).astype("float32")
    layer = make_conv2d(weight, bias, stride, padding, dilation, groups=groups, padding_mode=padding_mode)
    assert list(layer.weight.shape) == [3 * groups, 2, 3, 2]
    # Paddle's own pad, then Paddle's functional conv2d with the same groups
    xp = F.pad(paddle.to_tensor(x), [padding] * 4, mode="constant" if padding_mode == "zeros" else padding_mode)
    want = F.conv2d(
        xp, paddle.to_tensor(weight), paddle.to_tensor(bias), stride=stride, dilation=dilation, groups=groups
    ).numpy()
    np.testing.assert_allclose(run(layer, x), want, rtol=1e-5, atol=1e-5)


def test_make_conv2d_takes_a_numpy_int_padding_that_paddle_refuses():
    with pytest.raises(TypeError, match="type of padding must be int"):
        paddle.nn.Conv2D(1, 1, 3, padding=np.int64(1), padding_mode="reflect")
    layer = make_conv2d(IDENTITY, padding=np.int64(1), padding_mode="reflect")
    np.testing.assert_array_equal(run(layer, GRID[None, None])[0, 0], PADDED_BY_HAND["reflect"])


@pytest.mark.parametrize(
    "kwargs, w_shape, error, match",
    [
        (dict(groups=0), (2, 1, 3, 3), ValueError, "groups must be >= 1"),
        (dict(groups=2.0), (2, 1, 3, 3), TypeError, "groups must be an int"),
        # Paddle itself builds this layer and fails only when it runs
        (dict(groups=2), (3, 1, 3, 3), ValueError, "groups=2 must divide the C_out=3 channels of weight"),
        (dict(padding_mode="mirror"), (1, 1, 3, 3), ValueError, "padding_mode must be one of"),
        (dict(padding_mode="reflect", padding=-1), (1, 1, 3, 3), ValueError, "padding must be >= 0"),
        (dict(padding="full"), (1, 1, 3, 3), ValueError, "padding must be 'same' or 'valid'"),
    ],
)
def test_make_conv2d_rejects_bad_groups_and_padding_modes(kwargs, w_shape, error, match):
    with pytest.raises(error, match=match):
        make_conv2d(np.ones(w_shape), **kwargs)


def test_paddle_builds_a_layer_whose_groups_do_not_divide_c_out():
    # Why make_conv2d checks: Paddle's error comes only on the first forward pass.
    layer = paddle.nn.Conv2D(2, 3, 3, groups=2)
    with pytest.raises(ValueError, match="should be divided by groups"):
        layer(paddle.ones([1, 2, 5, 5]))
