"""Receptive fields: the recurrence on paper, and a measurement with Paddle gradients."""

from collections import namedtuple

import numpy as np

from .quiet_paddle import paddle
from .validate import as_int, as_pair

RF = namedtuple("RF", ["size", "jump"])
RF.__doc__ = "Receptive field size in input pixels, and input pixels between neighbouring outputs."


def _layer(spec, index):
    name = f"layers[{index}]"
    if isinstance(spec, (list, tuple)):
        if not 1 <= len(spec) <= 3:
            raise ValueError(f"{name} must be kernel_size or (kernel_size, stride[, dilation]), got {spec!r}")
        spec = (*spec, 1, 1)[:3]
    else:
        spec = (spec, 1, 1)
    k, s, d = (as_int(v, f"{name} {part}", 1) for v, part in zip(spec, ("kernel_size", "stride", "dilation")))
    return k, s, d


def receptive_field(layers):
    """One RF(size, jump) per layer of a stack of convolutions, input side first.

    A layer with kernel k, stride s and dilation d grows the field by d*(k-1) times
    the current jump, and multiplies the jump by s.
    """
    if isinstance(layers, (str, bytes)) or not hasattr(layers, "__iter__"):
        raise TypeError(f"layers must be a sequence of layer specs, got {type(layers).__name__}")
    size, jump, fields = 1, 1, []
    for i, spec in enumerate(layers):
        k, s, d = _layer(spec, i)
        size += d * (k - 1) * jump
        jump *= s
        fields.append(RF(size, jump))
    if not fields:
        raise ValueError("layers must hold at least one layer")
    return fields


def receptive_field_mask(net, input_shape, position=None):
    """Boolean (H, W): True where the gradient of the output pixel at `position` is non-zero.

    Back-propagates from one output pixel (all channels summed) of `net` applied to a fixed
    random input of `input_shape` (N, C, H, W). `position` (row, col) defaults to the centre.
    Dilated stacks show holes here ("gridding"): pixels inside the field's box that no path
    reaches.
    """
    if not callable(net):
        raise TypeError(f"net must be a callable Paddle layer, got {type(net).__name__}")
    if not (isinstance(input_shape, (list, tuple)) and len(input_shape) == 4):
        raise ValueError(f"input_shape must be (N, C, H, W), got {input_shape!r}")
    shape = [as_int(v, "input_shape", 1) for v in input_shape]
    # Random input keeps any non-linearity away from a flat spot; fixed seed keeps it repeatable.
    x = paddle.to_tensor(np.random.default_rng(0).standard_normal(shape).astype("float32"))
    x.stop_gradient = False
    y = net(x)
    if len(y.shape) != 4:
        raise ValueError(f"net must return NCHW, got shape {list(y.shape)}")
    ho, wo = y.shape[2], y.shape[3]
    i, j = (ho // 2, wo // 2) if position is None else as_pair(position, "position", 0)
    if not (i < ho and j < wo):
        raise ValueError(f"position {(i, j)} is outside the {ho}x{wo} output")
    y[:, :, i, j].sum().backward()
    grad = np.zeros(shape) if x.grad is None else x.grad.numpy()
    return np.abs(grad).sum(axis=(0, 1)) > 0


def measure_receptive_field(net, input_shape, position=None):
    """(height, width) of the receptive field's extent: the bounding box of receptive_field_mask.

    Every pixel with a non-zero gradient lies inside this box, but not every pixel of the box
    need have one (dilated stacks leave holes). Near the border the box is clipped by the
    input's edge.
    """
    mask = receptive_field_mask(net, input_shape, position)
    rows, cols = np.nonzero(mask)
    if rows.size == 0:
        raise ValueError("the output pixel does not depend on the input")
    return int(rows.max() - rows.min() + 1), int(cols.max() - cols.min() + 1)
