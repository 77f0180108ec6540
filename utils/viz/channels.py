"""Channels and batches drawn as number grids: input channels summed, output channels
stacked, and a batch of images through the same weight."""

import matplotlib.pyplot as plt
import numpy as np

from ..conv import conv2d, corr2d
from .grids import draw_grid
from .layout import same_cells
from .style import INPUT, KERNEL, OUTPUT, fmt, hide_axes, legend


def _grid_figure(rows, cols, arrow_col=None, cell=1.9):
    """rows x cols axes of one size, with an optional narrow column for an arrow."""
    ratios = [0.45 if c == arrow_col else 1 for c in range(cols)]
    fig, axes = plt.subplots(
        rows,
        cols,
        figsize=(cell * sum(ratios), (cell + 0.35) * rows + 0.9),
        squeeze=False,
        gridspec_kw={"width_ratios": ratios},
    )
    if arrow_col is not None:
        for ax in axes[:, arrow_col]:
            hide_axes(ax)
            ax.text(0.5, 0.45, "→", ha="center", va="center", fontsize=22, transform=ax.transAxes)
    return fig, axes


def _draw(ax, values, title, fill, size):
    """A grid drawn with the cell size (and digit size) of a `size` grid."""
    draw_grid(ax, values, title, fill=fill)
    same_cells(ax, np.shape(values), size)
    for text in ax.texts:
        text.set_fontsize(max(6, 14 - max(size)))


def _shape(a):
    return "x".join(map(str, np.shape(a)))


def _largest(*arrays):
    return (max(a.shape[-2] for a in arrays), max(a.shape[-1] for a in arrays))


def channel_sum(x, w):
    """Per input channel: the channel, its kernel slice and their correlation; then the sum."""
    x, w = np.asarray(x), np.asarray(w)
    c_in = x.shape[0]
    parts = [corr2d(x[c], w[c]) for c in range(c_in)]
    size = _largest(x, w)
    fig, axes = _grid_figure(c_in, 5, arrow_col=3)
    for c, part in enumerate(parts):
        _draw(axes[c, 0], x[c], f"input channel {c}", INPUT, size)
        _draw(axes[c, 1], w[c], f"kernel slice {c}", KERNEL, size)
        _draw(axes[c, 2], part, f"channel {c} ⋆ slice {c}", OUTPUT, size)
        hide_axes(axes[c, 4])
        axes[c, 3].texts[0].set_visible(c == c_in // 2)
    _draw(axes[c_in // 2, 4], sum(parts), "sum over channels", OUTPUT, size)
    fig.suptitle(f"input {_shape(x)} ⋆ kernel {_shape(w)}: {c_in} results added into one map", fontsize=11)
    legend(fig, [INPUT, KERNEL, OUTPUT])


def output_channels(x, w):
    """One kernel (a row of slices, one per input channel) per output channel; each gives one map.

    Top row: the input channels, with each kernel's slices below the channel they read. Right
    column: the maps, one per kernel, which stacked are the output.
    """
    x, w = np.asarray(x), np.asarray(w)
    c_out, c_in = w.shape[:2]
    if x.shape[0] != c_in:
        raise ValueError(f"x has {x.shape[0]} channels but w expects C_in={c_in}")
    out = conv2d(x[None], w)[0]
    size = _largest(x, w)
    fig, axes = _grid_figure(c_out + 1, c_in + 2, arrow_col=c_in)
    for c in range(c_in):
        _draw(axes[0, c], x[c], f"input channel {c}", INPUT, size)
    axes[0, c_in].texts[0].set_visible(False)
    hide_axes(axes[0, c_in + 1])
    axes[0, c_in + 1].text(
        0.5,
        0.5,
        f"the {c_out} maps, stacked:\noutput {_shape(out)}",
        ha="center",
        va="center",
        fontsize=10,
        transform=axes[0, c_in + 1].transAxes,
    )
    for o in range(c_out):
        for c in range(c_in):
            _draw(axes[o + 1, c], w[o, c], f"kernel {o}, slice {c}", KERNEL, size)
        _draw(axes[o + 1, c_in + 1], out[o], f"output channel {o}", OUTPUT, size)
    fig.suptitle(
        f"{c_out} kernels of {_shape(w[0])} on input {_shape(x)}: one map per kernel, output {_shape(out)}",
        fontsize=11,
    )
    legend(fig, [INPUT, KERNEL, OUTPUT])


def batch(x, w, bias=None):
    """One row per image of the batch: its channels, then its output channels, all made by the same weight."""
    x, w = np.asarray(x), np.asarray(w)
    n, c_in = x.shape[:2]
    c_out = w.shape[0]
    out = conv2d(x, w, bias)
    size = _largest(x, w, out)
    fig, axes = _grid_figure(n, c_in + 1 + c_out, arrow_col=c_in)
    for i in range(n):
        for c in range(c_in):
            _draw(axes[i, c], x[i, c], f"image {i}, channel {c}", INPUT, size)
        for o in range(c_out):
            _draw(axes[i, c_in + 1 + o], out[i, o], f"output {i}, channel {o}", OUTPUT, size)
    with_bias = "" if bias is None else f" + bias ({', '.join(fmt(b) for b in bias)})"
    fig.suptitle(
        f"batch {_shape(x)}, the same weight {_shape(w)}{with_bias} for every image → output {_shape(out)}",
        fontsize=11,
    )
    legend(fig, [INPUT, OUTPUT])
