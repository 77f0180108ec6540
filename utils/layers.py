"""Paddle Conv2D layers whose weights are set from NumPy arrays, as the seed does."""

import numpy as np

from .padding import check_padding_mode, parse_padding
from .quiet_paddle import paddle
from .validate import as_array, as_int, as_pair


def make_conv2d(weight, bias=None, stride=1, padding=0, dilation=1, groups=1, padding_mode="zeros"):
    """A paddle.nn.Conv2D whose channels and kernel size are read off weight (C_out, C_in / groups, kh, kw).

    The weight (and bias, when given) are set through ParamAttr(initializer=Assign(...)).
    Assign neither checks the shape nor keeps the dtype, so the shape is checked here. So are
    the other arguments, as utils.conv2d checks them, because Paddle rejects some of them only
    when the layer first runs (a zero stride, groups that do not divide C_out) and others with
    no message that names them.
    """
    weight = as_array(weight, "weight", 4, "4-D (C_out, C_in / groups, kh, kw)").astype("float32")
    c_out, c_in_g, kh, kw = weight.shape
    if 0 in weight.shape:
        raise ValueError(f"weight must have no empty axis, got shape {weight.shape}")
    groups = as_int(groups, "groups", 1)
    if c_out % groups:
        raise ValueError(f"groups={groups} must divide the C_out={c_out} channels of weight (shape {weight.shape})")
    stride, dilation = as_pair(stride, "stride", 1), as_pair(dilation, "dilation", 1)
    padding_mode = check_padding_mode(padding_mode, padding)
    # Paddle gets plain ints (it rejects NumPy integers), as one int when all four sides agree.
    pads = parse_padding(padding)
    padding = pads if isinstance(pads, str) else pads[0] if len(set(pads)) == 1 else list(pads)
    bias_attr = None
    if bias is not None:
        bias = as_array(bias, "bias", 1, "1-D (C_out,)").astype("float32")
        if bias.shape != (c_out,):
            raise ValueError(f"bias must have C_out={c_out} values, got shape {bias.shape}")
        bias_attr = paddle.ParamAttr(initializer=paddle.nn.initializer.Assign(bias))
    return paddle.nn.Conv2D(
        in_channels=c_in_g * groups,
        out_channels=c_out,
        kernel_size=[kh, kw],
        stride=list(stride),
        padding=padding,
        dilation=list(dilation),
        groups=groups,
        padding_mode=padding_mode,
        weight_attr=paddle.ParamAttr(initializer=paddle.nn.initializer.Assign(weight)),
        bias_attr=bias_attr,
    )


def run(layer, x):
    """Apply a Paddle layer to a NumPy array and return a NumPy array."""
    return layer(paddle.to_tensor(np.asarray(x, dtype="float32"))).numpy()
