"""Paddle Conv2D layers whose weights are set from NumPy arrays, as the seed does."""

import numpy as np

from .quiet_paddle import paddle
from .validate import as_array, as_pair


def make_conv2d(weight, bias=None, stride=1, padding=0, dilation=1):
    """A paddle.nn.Conv2D with channels and kernel size read off weight (C_out, C_in, kh, kw).

    The weight (and bias, when given) are set through ParamAttr(initializer=Assign(...)).
    Assign neither checks the shape nor keeps the dtype, so the shape is checked here, and
    stride and dilation too, since Paddle only rejects a zero when the layer first runs.
    """
    weight = as_array(weight, "weight", 4, "4-D (C_out, C_in, kh, kw)").astype("float32")
    c_out, c_in, kh, kw = weight.shape
    if 0 in weight.shape:
        raise ValueError(f"weight must have no empty axis, got shape {weight.shape}")
    stride, dilation = as_pair(stride, "stride", 1), as_pair(dilation, "dilation", 1)
    bias_attr = None
    if bias is not None:
        bias = as_array(bias, "bias", 1, "1-D (C_out,)").astype("float32")
        if bias.shape != (c_out,):
            raise ValueError(f"bias must have C_out={c_out} values, got shape {bias.shape}")
        bias_attr = paddle.ParamAttr(initializer=paddle.nn.initializer.Assign(bias))
    return paddle.nn.Conv2D(
        in_channels=c_in,
        out_channels=c_out,
        kernel_size=[kh, kw],
        stride=list(stride),
        padding=padding,
        dilation=list(dilation),
        weight_attr=paddle.ParamAttr(initializer=paddle.nn.initializer.Assign(weight)),
        bias_attr=bias_attr,
    )


def run(layer, x):
    """Apply a Paddle layer to a NumPy array and return a NumPy array."""
    return layer(paddle.to_tensor(np.asarray(x, dtype="float32"))).numpy()
