"""NumPy reference for 2-D cross-correlation, with the semantics of Paddle's conv2d."""

import math

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from .validate import as_array, as_int, as_pair


def corr2d(a, w):
    """Valid 2-D cross-correlation: b[i, j] = sum over u, v of a[i+u, j+v] * w[u, v]."""
    a = as_array(a, "a", 2, "2-D (height, width)")
    w = as_array(w, "w", 2, "2-D (kernel height, kernel width)")
    if w.shape[0] > a.shape[0] or w.shape[1] > a.shape[1] or 0 in w.shape:
        raise ValueError(f"kernel w of shape {w.shape} does not fit in a of shape {a.shape}")
    return np.tensordot(sliding_window_view(a, w.shape), w, axes=2)


def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1):
    """Output length along one axis: floor((size + pads - dilated kernel) / stride) + 1."""
    size = as_int(size, "size", 1)
    kernel_size = as_int(kernel_size, "kernel_size", 1)
    stride = as_int(stride, "stride", 1)
    dilation = as_int(dilation, "dilation", 1)
    before, after = as_pair(padding, "padding", 0)
    span = dilation * (kernel_size - 1) + 1
    padded = size + before + after
    if span > padded:
        raise ValueError(
            f"kernel_size {kernel_size} (dilated span {span}) is larger than the padded "
            f"input {padded} = size {size} + padding {before} + {after}"
        )
    return (padded - span) // stride + 1


def _same_pads(size, kernel_size, stride):
    # Paddle's 'SAME': ceil(size / stride) outputs, the odd pixel of padding goes
    # after, and dilation is ignored (phi/kernels/cpu/conv_util.h).
    out = math.ceil(size / stride)
    total = max((out - 1) * stride + kernel_size - size, 0)
    return total // 2, total - total // 2


def _resolve_padding(padding, in_hw, kernel_hw, stride, dilation):
    """Paddle's padding forms as ((top, bottom, left, right), dilation)."""
    if isinstance(padding, str):
        mode = padding.lower()
        if mode == "valid":
            return (0, 0, 0, 0), dilation
        if mode == "same":
            pads = [_same_pads(n, k, s) for n, k, s in zip(in_hw, kernel_hw, stride)]
            return (*pads[0], *pads[1]), (1, 1)
        raise ValueError(f"padding must be 'same' or 'valid' as a string, got {padding!r}")
    if isinstance(padding, (list, tuple)):
        if len(padding) == 4 and all(isinstance(p, (list, tuple)) for p in padding):
            # NCHW per-axis form [[0, 0], [0, 0], [top, bottom], [left, right]]
            if any(len(p) != 2 for p in padding) or any(padding[0]) or any(padding[1]):
                raise ValueError(
                    f"padding in per-axis form must be [[0, 0], [0, 0], [top, bottom], [left, right]], got {padding!r}"
                )
            padding = [*padding[2], *padding[3]]
        if len(padding) == 4:
            return tuple(as_int(p, "padding", 0) for p in padding), dilation
        ph, pw = as_pair(padding, "padding", 0)
        return (ph, ph, pw, pw), dilation
    p = as_int(padding, "padding", 0)
    return (p, p, p, p), dilation


def conv2d(x, weight, bias=None, stride=1, padding=0, dilation=1):
    """Reference for paddle.nn.functional.conv2d (NCHW, groups=1), vectorised with im2col.

    x is (N, C_in, H, W) and weight (C_out, C_in, kh, kw); returns (N, C_out, H_out, W_out).
    """
    x = as_array(x, "x", 4, "4-D (N, C, H, W)")
    weight = as_array(weight, "weight", 4, "4-D (C_out, C_in, kh, kw)")
    n, c_in, h, w = x.shape
    c_out, w_c_in, kh, kw = weight.shape
    if w_c_in != c_in:
        raise ValueError(
            f"weight has {w_c_in} input channels but x has {c_in} (x shape {x.shape}, weight shape {weight.shape})"
        )
    if 0 in x.shape or 0 in weight.shape:
        raise ValueError(f"x {x.shape} and weight {weight.shape} must have no empty axis")
    stride = as_pair(stride, "stride", 1)
    dilation = as_pair(dilation, "dilation", 1)
    (top, bottom, left, right), dilation = _resolve_padding(padding, (h, w), (kh, kw), stride, dilation)
    ho = conv_output_size(h, kh, stride[0], (top, bottom), dilation[0])
    wo = conv_output_size(w, kw, stride[1], (left, right), dilation[1])
    dtype = np.result_type(x.dtype, weight.dtype, np.float32)
    if bias is not None:
        bias = as_array(bias, "bias", 1, "1-D (C_out,)")
        if bias.shape[0] != c_out:
            raise ValueError(f"bias must have C_out={c_out} values, got shape {bias.shape}")
        dtype = np.result_type(dtype, bias.dtype)

    xp = np.pad(x.astype(dtype, copy=False), ((0, 0), (0, 0), (top, bottom), (left, right)))
    # im2col: cols[n, (c, u, v), (i, j)] = xp[n, c, i*sh + u*dh, j*sw + v*dw]. The Python loop
    # runs over the kh*kw kernel taps only; each step copies one whole shifted view.
    cols = np.empty((n, c_in, kh, kw, ho, wo), dtype=dtype)
    sh, sw = stride
    dh, dw = dilation
    for u in range(kh):
        for v in range(kw):
            r, c = u * dh, v * dw
            cols[:, :, u, v] = xp[:, :, r : r + (ho - 1) * sh + 1 : sh, c : c + (wo - 1) * sw + 1 : sw]
    cols = cols.reshape(n, c_in * kh * kw, ho * wo)
    # One matmul. Computing (pixels x C_out) rather than (C_out x pixels) runs about 30%
    # faster with OpenBLAS for few input taps; the result is returned as an NCHW-shaped view
    # of that channels-last buffer (benchmarks/conv_speed.py).
    out = np.matmul(cols.transpose(0, 2, 1), weight.reshape(c_out, -1).T.astype(dtype, copy=False))
    if bias is not None:
        out += bias.astype(dtype, copy=False)
    return out.reshape(n, ho, wo, c_out).transpose(0, 3, 1, 2)
