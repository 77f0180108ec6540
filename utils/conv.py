"""NumPy reference for 2-D cross-correlation, with the semantics of Paddle's conv2d."""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from .padding import check_padding_mode, pad, resolve_padding
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


def conv2d(x, weight, bias=None, stride=1, padding=0, dilation=1, groups=1, padding_mode="zeros"):
    """Reference for paddle.nn.Conv2D and paddle.nn.functional.conv2d (NCHW), vectorised with im2col.

    x is (N, C_in, H, W) and weight (C_out, C_in / groups, kh, kw); returns (N, C_out, H_out, W_out).
    The channels are split into `groups` groups; output group g sees only input group g.
    padding takes Paddle's forms (see utils.padding); padding_mode is 'zeros', 'reflect',
    'replicate' or 'circular', and a mode other than 'zeros' needs an int padding.
    """
    x = as_array(x, "x", 4, "4-D (N, C, H, W)")
    weight = as_array(weight, "weight", 4, "4-D (C_out, C_in / groups, kh, kw)")
    n, c_in, h, w = x.shape
    c_out, c_in_g, kh, kw = weight.shape
    groups = as_int(groups, "groups", 1)
    if c_in % groups:
        raise ValueError(f"groups={groups} must divide the C_in={c_in} channels of x (shape {x.shape})")
    if c_out % groups:
        raise ValueError(f"groups={groups} must divide the C_out={c_out} channels of weight (shape {weight.shape})")
    if c_in_g != c_in // groups:
        raise ValueError(
            f"weight.shape[1] must be C_in / groups = {c_in} / {groups} = {c_in // groups} input channels, "
            f"got {c_in_g} (x shape {x.shape}, weight shape {weight.shape})"
        )
    if 0 in x.shape or 0 in weight.shape:
        raise ValueError(f"x {x.shape} and weight {weight.shape} must have no empty axis")
    padding_mode = check_padding_mode(padding_mode, padding)
    stride = as_pair(stride, "stride", 1)
    dilation = as_pair(dilation, "dilation", 1)
    dtype = np.result_type(x.dtype, weight.dtype, np.float32)
    if bias is not None:
        bias = as_array(bias, "bias", 1, "1-D (C_out,)")
        if bias.shape[0] != c_out:
            raise ValueError(f"bias must have C_out={c_out} values, got shape {bias.shape}")
        dtype = np.result_type(dtype, bias.dtype)

    pads, dilation = resolve_padding(padding, (h, w), (kh, kw), stride, dilation)
    xp = pad(x.astype(dtype, copy=False), pads, padding_mode)
    ho = conv_output_size(h, kh, stride[0], pads[:2], dilation[0])
    wo = conv_output_size(w, kw, stride[1], pads[2:], dilation[1])
    # im2col: cols[n, (c, u, v), (i, j)] = xp[n, c, i*sh + u*dh, j*sw + v*dw]. The Python loop
    # runs over the kh*kw kernel taps only; each step copies one whole shifted view.
    cols = np.empty((n, c_in, kh, kw, ho, wo), dtype=dtype)
    sh, sw = stride
    dh, dw = dilation
    for u in range(kh):
        for v in range(kw):
            r, c = u * dh, v * dw
            cols[:, :, u, v] = xp[:, :, r : r + (ho - 1) * sh + 1 : sh, c : c + (wo - 1) * sw + 1 : sw]
    # Channels are numbered group by group, so splitting the (c, u, v) rows into `groups`
    # blocks gives each group its own im2col matrix, and weight its own (C_out/groups) rows.
    cols = cols.reshape(n, groups, c_in_g * kh * kw, ho * wo)
    wmat = weight.reshape(groups, c_out // groups, c_in_g * kh * kw).astype(dtype, copy=False)
    # One matmul per image and group: out[n, g] = cols[n, g].T @ wmat[g].T, (pixels x C_out/groups).
    # With few input taps OpenBLAS runs this order faster than (C_out x pixels): about 1.7x on
    # the layer of benchmarks/conv_speed.py. Read as NCHW, the result is a view for groups=1
    # and for depthwise (one output channel per group), and a copy otherwise.
    out = np.matmul(cols.transpose(0, 1, 3, 2), wmat.transpose(0, 2, 1))
    if bias is not None:
        out += bias.astype(dtype, copy=False).reshape(groups, 1, c_out // groups)
    return out.transpose(0, 1, 3, 2).reshape(n, c_out, ho, wo)
