"""Number grids: the input, kernel and feature map, with the window, padding and marks.

Every grid in the course is drawn by `draw_grid`, so all chapters look alike; colours follow
style.py (one colour, one meaning) and every figure whose colours carry meaning has a legend.
"""

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Rectangle

from ..conv import conv_output_size, corr2d
from .style import CURRENT, EDGE, FIELD, INPUT, KERNEL, OUTPUT, PAD, UNREAD, WINDOW, fmt, legend


def draw_grid(ax, values, title=None, window=None, pad=0, shown=None, mark=None, fill=INPUT, mark_fill=CURRENT):
    """Draw a 2-D array as a grid of numbers.

    fill: the colour of the grid's role (INPUT, KERNEL or OUTPUT);
    window: (row, col, height, width[, step]) outlined in red (step > 1 for dilation);
    pad: cells of padding on each side, int or (top, bottom, left, right), drawn grey;
    shown: boolean mask of cells whose number is written (default all);
    mark: boolean mask of cells filled with mark_fill (CURRENT, UNREAD or FIELD).
    """
    values = np.asarray(values)
    h, w = values.shape
    top, bottom, left, right = (pad,) * 4 if np.isscalar(pad) else pad
    fontsize = max(6, 14 - max(h, w))
    for i in range(h):
        for j in range(w):
            is_pad = i < top or i >= h - bottom or j < left or j >= w - right
            colour = mark_fill if mark is not None and mark[i, j] else PAD if is_pad else fill
            ax.add_patch(Rectangle((j, i), 1, 1, facecolor=colour, edgecolor=EDGE, linewidth=0.8))
            if shown is None or shown[i, j]:
                ax.text(
                    j + 0.5,
                    i + 0.5,
                    fmt(values[i, j]),
                    ha="center",
                    va="center",
                    fontsize=fontsize,
                    color="#6b6b6b" if is_pad else "black",
                )
    if window is not None:
        r, c, wh, ww, *step = window
        step = step[0] if step else 1
        for u in range(wh):
            for v in range(ww):
                ax.add_patch(Rectangle((c + v * step, r + u * step), 1, 1, fill=False, edgecolor=WINDOW, linewidth=2.5))
    # A margin of half a line width keeps the outermost borders from being clipped.
    ax.set_xlim(-0.05, w + 0.05)
    ax.set_ylim(h + 0.05, -0.05)
    ax.set_aspect("equal")
    ax.axis("off")
    if title:
        ax.set_title(title, fontsize=10)


def _axes(rows, cols, cell=2.4):
    fig, axes = plt.subplots(rows, cols, figsize=(cell * cols, cell * rows), squeeze=False)
    return fig, axes


def _one(shape, i, j):
    mask = np.zeros(shape, bool)
    mask[i, j] = True
    return mask


def corr_steps(a, w, bias=0):
    """One row per output position: input with the window, kernel, output filled so far."""
    a, w = np.asarray(a), np.asarray(w)
    out = corr2d(a, w) + bias
    kh, kw = w.shape
    positions = list(np.ndindex(out.shape))
    fig, axes = _axes(len(positions), 3, cell=2.0)
    for row, (i, j) in enumerate(positions):
        terms = " + ".join(f"{fmt(w[u, v])}×{fmt(a[i + u, j + v])}" for u in range(kh) for v in range(kw))
        extra = f" + {fmt(bias)}" if bias else ""
        draw_grid(axes[row, 0], a, f"input, window at ({i}, {j})", window=(i, j, kh, kw))
        draw_grid(axes[row, 1], w, "kernel", fill=KERNEL)
        shown = np.zeros(out.shape, bool)
        shown.flat[: row + 1] = True
        draw_grid(axes[row, 2], out, "feature map", shown=shown, mark=_one(out.shape, i, j), fill=OUTPUT)
        axes[row, 1].text(
            0.5,
            -0.06,
            f"{terms}{extra} = {fmt(out[i, j])}",
            ha="center",
            va="top",
            transform=axes[row, 1].transAxes,
            fontsize=10,
        )
    legend(fig, [WINDOW, CURRENT])


def windows(x, kernel_size, stride=1, padding=0, dilation=1, positions=None, per_row=4):
    """The input (zero padding grey) with the window at each output position.

    padding is an int or (top, bottom, left, right), as in Paddle. Cells that no window
    reaches (when the stride does not divide) are filled with UNREAD.
    """
    x = np.asarray(x)
    k = kernel_size
    pads = (padding,) * 4 if np.isscalar(padding) else tuple(padding)
    xp = np.pad(x, (pads[:2], pads[2:]))
    span = dilation * (k - 1) + 1
    n_out = [conv_output_size(s, k, stride, dilation=dilation) for s in xp.shape]
    read = np.zeros(xp.shape, bool)
    for i, j in np.ndindex(*n_out):
        read[i * stride : i * stride + span : dilation, j * stride : j * stride + span : dilation] = True
    positions = positions or list(np.ndindex(*n_out))
    cols = min(len(positions), per_row)
    fig, axes = _axes(-(-len(positions) // cols), cols, cell=2.4)
    for ax in axes.flat[len(positions) :]:
        ax.axis("off")
    for ax, (i, j) in zip(axes.flat, positions):
        window = (i * stride, j * stride, k, k, dilation)
        draw_grid(ax, xp, f"output ({i}, {j})", window=window, pad=pads, mark=~read, mark_fill=UNREAD)
    used = [WINDOW] + ([PAD] if any(pads) else []) + ([UNREAD] if (~read).any() else [])
    legend(fig, used)


def padding_sizes(x, kernel_size, paddings):
    """For each padding, the padded input with the first window and the output size."""
    x = np.asarray(x)
    fig, axes = _axes(1, len(paddings), cell=2.8)
    for ax, p in zip(axes[0], paddings):
        xp = np.pad(x, p)
        out = conv_output_size(x.shape[0], kernel_size, padding=p)
        draw_grid(
            ax,
            xp,
            f"padding {p}: {xp.shape[0]}x{xp.shape[1]} → {out}x{out}",
            window=(0, 0, kernel_size, kernel_size),
            pad=p,
        )
    legend(fig, [WINDOW, PAD])


def receptive_field_layers(n_layers=2, kernel_size=3, margin=1):
    """Stacked stride-1 layers: the region each level contributes to the top centre pixel."""
    top = 1 + 2 * margin
    sizes = [top + (kernel_size - 1) * k for k in range(n_layers, -1, -1)]
    fig, axes = _axes(1, n_layers + 1, cell=2.6)
    for level, (ax, size) in enumerate(zip(axes[0], sizes)):
        region = 1 + (kernel_size - 1) * (n_layers - level)
        start = (size - region) // 2
        mark = np.zeros((size, size), bool)
        mark[start : start + region, start : start + region] = True
        fill = INPUT if level == 0 else OUTPUT
        draw_grid(
            ax, np.zeros((size, size)), None, shown=np.zeros((size, size), bool), mark=mark, fill=fill, mark_fill=FIELD
        )
        name = "input" if level == 0 else f"after layer {level}"
        ax.set_title(f"{name}: {size}x{size}\nregion {region}x{region}", fontsize=10)
    legend(fig, [FIELD], {FIELD: "the pixels that reach the top centre output"})


def channel_sum(x, w):
    """Per input channel: the channel, its kernel slice and its corr2d; then their sum."""
    x, w = np.asarray(x), np.asarray(w)
    parts = [corr2d(x[c], w[c]) for c in range(x.shape[0])]
    fig, axes = _axes(x.shape[0], 4, cell=2.0)
    for c, part in enumerate(parts):
        draw_grid(axes[c, 0], x[c], f"input channel {c}")
        draw_grid(axes[c, 1], w[c], f"kernel[{c}]", fill=KERNEL)
        draw_grid(axes[c, 2], part, f"channel {c} result", fill=OUTPUT)
        axes[c, 3].axis("off")
    draw_grid(axes[x.shape[0] // 2, 3], sum(parts), "sum over channels", fill=OUTPUT)
    legend(fig, [INPUT, KERNEL, OUTPUT])
