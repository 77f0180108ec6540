"""Figures for how a convolution is computed (chapter 12): im2col drawn as a matrix times a
vector, and measured times against this machine's roof."""

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Patch
from numpy.lib.stride_tricks import sliding_window_view

from .grids import draw_grid, fit_digits
from .style import EDGE, INPUT, KERNEL, OUTPUT, WINDOW, fmt


def unfold(x, kh, kw):
    """im2col of one 2-D channel: one row per window (row-major order), its kh*kw values in a row."""
    return sliding_window_view(np.asarray(x), (kh, kw)).reshape(-1, kh * kw)


def _label_rows(ax, labels):
    for r, text in enumerate(labels):
        ax.text(-0.15, r + 0.5, text, ha="right", va="center", fontsize=8, color="#6b6b6b")


def _label_columns(ax, labels):
    for c, text in enumerate(labels):
        ax.text(c + 0.5, -0.15, text, ha="center", va="bottom", fontsize=8, color="#6b6b6b", rotation=0)


def _symbol(fig, x, y, text):
    fig.text(x, y, text, ha="center", va="center", fontsize=20)


def im2col(x, w, cell=0.42):
    """Top: each window of x, which becomes one row. Bottom: that matrix times the kernel as a
    vector gives the outputs, which reshaped are the feature map. Cells are `cell` inches wide."""
    x, w = np.asarray(x), np.asarray(w)
    kh, kw = w.shape
    cols = unfold(x, kh, kw)
    out = cols @ w.ravel()
    ho, wo = x.shape[0] - kh + 1, x.shape[1] - kw + 1
    positions = list(np.ndindex(ho, wo))
    taps = [f"({u},{v})" for u in range(kh) for v in range(kw)]

    # Layout in inches, left to right and bottom to top: legend, the product row, the windows row, the title.
    gap, label, symbol, title, legend_room = 0.6, 0.55, 0.55, 0.5, 0.45
    bottom_widths = [label + cols.shape[1] * cell, symbol, label + cell, symbol, cell, symbol, wo * cell]
    top_width = len(positions) * x.shape[1] * cell + (len(positions) - 1) * gap
    width = max(sum(bottom_widths), top_width) + 2 * gap
    bottom_h, top_h = max(cols.shape[0], kh * kw) * cell, x.shape[0] * cell
    height = legend_room + bottom_h + title + 0.5 + top_h + title + 0.45
    fig = plt.figure(figsize=(width, height))

    def place(left, base, w_in, h_in):
        return fig.add_axes((left / width, base / height, w_in / width, h_in / height))

    y_top = legend_room + bottom_h + title + 0.5
    left = (width - top_width) / 2
    for r, (i, j) in enumerate(positions):
        ax = place(left, y_top, x.shape[1] * cell, top_h)
        draw_grid(ax, x, f"window ({i}, {j}) → row {r}", window=(i, j, kh, kw))
        left += x.shape[1] * cell + gap

    left = (width - sum(bottom_widths)) / 2 + label

    def column(values, fill, name, rows=None, columns=None):
        nonlocal left
        h_in = values.shape[0] * cell
        ax = place(left, legend_room + bottom_h - h_in, values.shape[1] * cell, h_in)
        draw_grid(ax, values, name, fill=fill)
        if rows:
            _label_rows(ax, rows)
        if columns:
            _label_columns(ax, columns)
        left += values.shape[1] * cell
        return ax

    mid = (legend_room + bottom_h / 2) / height
    name = f"im2col matrix {cols.shape[0]}x{cols.shape[1]}\n(columns: kernel taps (u,v))\n"
    column(cols, INPUT, name, [f"row {r}" for r in range(len(positions))], taps)
    _symbol(fig, (left + symbol / 2) / width, mid, "×")
    left += symbol + label
    column(w.reshape(-1, 1), KERNEL, "kernel,\nflattened\n", taps)
    _symbol(fig, (left + symbol / 2) / width, mid, "=")
    left += symbol
    column(out.reshape(-1, 1), OUTPUT, "outputs\n\n")
    _symbol(fig, (left + symbol / 2) / width, mid, "→")
    left += symbol
    column(out.reshape(ho, wo), OUTPUT, f"feature map\n{ho}x{wo}\n")
    fig.suptitle(
        f"im2col: {x.shape[0]}x{x.shape[1]} input, {kh}x{kw} kernel: {len(positions)} windows x {kh * kw} values,"
        f" times the kernel = {', '.join(fmt(v) for v in out)}",
        fontsize=11,
        y=1 - 0.12 / height,
        va="top",
    )
    handles = [
        Patch(facecolor="none", edgecolor=WINDOW, linewidth=2.5, label="window"),
        *(
            Patch(facecolor=c, edgecolor=EDGE, label=t)
            for c, t in [(INPUT, "input values"), (KERNEL, "kernel"), (OUTPUT, "feature map")]
        ),
    ]
    fig.legend(handles=handles, loc="lower center", ncol=len(handles), frameon=False, fontsize=9)
    fit_digits(fig)
    return cols


# Line colours of the speed figure: one per method (grid roles keep their own colours).
METHODS = {
    "seven loops (Python)": ("#8c564b", "o"),
    "im2col + one matmul (utils.conv2d)": ("#2ca02c", "s"),
    "Paddle's CPU conv2d": ("#1f77b4", "^"),
}


def speed(macs, seconds, roof, title):
    """Measured time per layer against its multiply-adds, with this machine's roof (dashed).

    macs: the multiply-adds of each measured layer; seconds: {method: list of times, one per
    layer (None where not measured)}; roof: the least time each layer can take.
    """
    fig, ax = plt.subplots(figsize=(7.5, 4.6))
    for name, times in seconds.items():
        colour, marker = METHODS[name]
        xs = [m for m, t in zip(macs, times) if t is not None]
        ys = [t * 1e3 for t in times if t is not None]
        ax.plot(xs, ys, marker=marker, color=colour, label=name)
    ax.plot(macs, [t * 1e3 for t in roof], "--", color="black", label="roof: this machine's limit (estimated)")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("multiply-adds of the layer")
    ax.set_ylabel("time (ms, log scale)")
    ax.set_title(title, fontsize=10)
    ax.grid(True, which="major", color="#dddddd")
    ax.legend(fontsize=9, frameon=False)
    fig.tight_layout()
