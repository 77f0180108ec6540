"""Paddle's padding arguments for conv2d: the forms of `padding`, and `padding_mode`."""

import math
import numbers

import numpy as np

from .validate import as_int, as_pair

PADDING_MODES = ("zeros", "reflect", "replicate", "circular")
# The np.pad mode that fills the border as each paddle.nn.Conv2D padding_mode does.
_NP_PAD_MODES = {"zeros": "constant", "reflect": "reflect", "replicate": "edge", "circular": "wrap"}


def parse_padding(padding):
    """Check one of Paddle's padding forms; return 'same', 'valid' or (top, bottom, left, right).

    Forms: an int; (ph, pw); (top, bottom, left, right); the per-axis NCHW form
    [[0, 0], [0, 0], [top, bottom], [left, right]]; 'same' or 'valid' in any case.
    """
    if isinstance(padding, str):
        if padding.lower() in ("same", "valid"):
            return padding.lower()
        raise ValueError(f"padding must be 'same' or 'valid' as a string, got {padding!r}")
    if isinstance(padding, (list, tuple)):
        if len(padding) == 4 and all(isinstance(p, (list, tuple)) for p in padding):
            if any(len(p) != 2 for p in padding) or any(padding[0]) or any(padding[1]):
                raise ValueError(
                    f"padding in per-axis form must be [[0, 0], [0, 0], [top, bottom], [left, right]], got {padding!r}"
                )
            padding = [*padding[2], *padding[3]]
        if len(padding) == 4:
            return tuple(as_int(p, "padding", 0) for p in padding)
        ph, pw = as_pair(padding, "padding", 0)
        return ph, ph, pw, pw
    p = as_int(padding, "padding", 0)
    return p, p, p, p


def check_padding_mode(padding_mode, padding):
    """Check padding_mode, and that padding is an int when the mode is not 'zeros'.

    paddle.nn.Conv2D raises TypeError for any other padding form with those modes. Unlike
    Paddle, which wants a Python int there, a NumPy integer is accepted too.
    """
    if not isinstance(padding_mode, str):
        raise TypeError(f"padding_mode must be one of {PADDING_MODES}, got {type(padding_mode).__name__}")
    if padding_mode not in PADDING_MODES:  # case-sensitive, as in Paddle
        raise ValueError(f"padding_mode must be one of {PADDING_MODES}, got {padding_mode!r}")
    if padding_mode != "zeros" and (isinstance(padding, bool) or not isinstance(padding, numbers.Integral)):
        raise TypeError(
            f"padding must be an int when padding_mode is {padding_mode!r} (as in paddle.nn.Conv2D), got {padding!r}"
        )
    return padding_mode


def _same_pads(size, kernel_size, stride):
    # Paddle's 'SAME': ceil(size / stride) outputs, the odd pixel of padding goes
    # after, and dilation is ignored (phi/kernels/cpu/conv_util.h).
    out = math.ceil(size / stride)
    total = max((out - 1) * stride + kernel_size - size, 0)
    return total // 2, total - total // 2


def resolve_padding(padding, in_hw, kernel_hw, stride, dilation):
    """Paddle's padding forms as ((top, bottom, left, right), dilation) for this input.

    'same' also resets dilation to 1, because Paddle ignores dilation there.
    """
    padding = parse_padding(padding)
    if padding == "valid":
        return (0, 0, 0, 0), dilation
    if padding == "same":
        pads = [_same_pads(n, k, s) for n, k, s in zip(in_hw, kernel_hw, stride)]
        return (*pads[0], *pads[1]), (1, 1)
    return padding, dilation


def pad(x, pads, padding_mode):
    """Pad the last two axes of x by (top, bottom, left, right), filled as padding_mode says."""
    top, bottom, left, right = pads
    h, w = x.shape[-2:]
    if padding_mode == "reflect" and (max(top, bottom) >= h or max(left, right) >= w):
        # A reflection repeats no edge pixel, so it can mirror at most size - 1 of them.
        raise ValueError(
            f"padding {max(pads)} must be smaller than the input height {h} and width {w} "
            "when padding_mode is 'reflect'"
        )
    widths = [(0, 0)] * (x.ndim - 2) + [(top, bottom), (left, right)]
    return np.pad(x, widths, mode=_NP_PAD_MODES[padding_mode])
