"""Figures for the other arguments of Conv2D (chapter 11): a dilated kernel, the padding
modes, and which input channels each output channel reads when the channels are grouped."""

import matplotlib.pyplot as plt
import numpy as np

from ..padding import PADDING_MODES, pad
from .grids import CELL_INCHES, draw_grid, fit_digits
from .layout import same_cells
from .style import INPUT, KERNEL, PAD, hide_axes, legend

# What each mode puts in the border, and the np.pad mode that does the same.
MODE_TEXT = {
    "zeros": "zeros (np.pad 'constant')",
    "reflect": "reflect: mirrored, edge not repeated (np.pad 'reflect')",
    "replicate": "replicate: the edge copied (np.pad 'edge')",
    "circular": "circular: wrapped around (np.pad 'wrap')",
}


def spread(w, dilation):
    """The kernel a dilation makes: the taps of w placed `dilation` cells apart, zeros in the holes."""
    w = np.asarray(w)
    kh, kw = w.shape
    out = np.zeros((dilation * (kh - 1) + 1, dilation * (kw - 1) + 1), dtype=w.dtype)
    out[::dilation, ::dilation] = w
    return out


def dilated_kernel(w, dilation):
    """The kernel, and the same weights spread `dilation` cells apart: holes drawn white, read as 0."""
    w = np.asarray(w)
    wide = spread(w, dilation)
    taps = np.zeros(wide.shape, bool)
    taps[::dilation, ::dilation] = True
    fig, axes = plt.subplots(
        1, 2, figsize=(max(2 * CELL_INCHES * wide.shape[1] + 1.2, 6.0), CELL_INCHES * wide.shape[0] + 1.3)
    )
    (kh, kw), (sh, sw) = w.shape, wide.shape
    draw_grid(axes[0], w, f"kernel {kh}x{kw}: {w.size} weights", fill=KERNEL)
    same_cells(axes[0], w.shape, wide.shape)
    draw_grid(
        axes[1],
        wide,
        f"dilation {dilation}: the same {w.size} weights over {sh}x{sw}",
        fill="white",
        mark=taps,
        mark_fill=KERNEL,
    )
    for text, is_tap in zip(axes[1].texts, taps.ravel()):
        if not is_tap:
            text.set_color("#9a9a9a")
    legend(fig, [KERNEL, "white"], labels={"white": "hole: skipped (a weight of 0)"})
    fit_digits(fig)


def padding_modes(x, padding, modes=PADDING_MODES, per_row=2):
    """The input padded by each of Paddle's padding modes, the padded values written in grey."""
    x = np.asarray(x)
    if x.ndim != 2:
        raise ValueError(f"x must be 2-D (height, width), got shape {x.shape}")
    padded = {mode: pad(x, (padding,) * 4, mode) for mode in modes}
    h, w = x.shape[0] + 2 * padding, x.shape[1] + 2 * padding
    cols = min(per_row, len(modes))
    rows = -(-len(modes) // cols)
    fig, axes = plt.subplots(
        rows,
        cols,
        figsize=(max(cols * (CELL_INCHES * w + 0.9), 6.0), rows * (CELL_INCHES * w + 0.6) + 0.9),
        squeeze=False,
    )
    for ax in axes.flat[len(modes) :]:
        hide_axes(ax)
    for ax, mode in zip(axes.flat, modes):
        draw_grid(ax, padded[mode], f"padding_mode='{mode}'\n{MODE_TEXT[mode].split(': ', 1)[-1]}", pad=padding)
    fig.suptitle(
        f"{x.shape[0]}x{x.shape[1]} input, padding {padding}: {h}x{w}, border filled by each mode", fontsize=11
    )
    legend(fig, [INPUT, PAD], labels={PAD: "padding (values set by padding_mode)"})
    fit_digits(fig)
    return padded


def connections(masks, titles, kernel_size):
    """For each layer, which input channels (columns) each output channel (rows) reads.

    masks are bool arrays (C_out, C_in); a connected pair is one kernel slice of
    kernel_size x kernel_size weights, and its cell shows that number.
    """
    masks = [np.asarray(m, bool) for m in masks]
    size = (max(m.shape[0] for m in masks), max(m.shape[1] for m in masks))
    fig, axes = plt.subplots(1, len(masks), figsize=(max(3.0 * len(masks), 6.0), 4.0), squeeze=False)
    per_slice = kernel_size * kernel_size
    for ax, mask, title in zip(axes[0], masks, titles):
        draw_grid(ax, mask * per_slice, fill="white", mark=mask, mark_fill=KERNEL, shown=mask)
        same_cells(ax, mask.shape, size)
        c_out, c_in = mask.shape
        for c in range(c_in):
            ax.text(c + 0.5, -0.2, str(c), ha="center", va="bottom", fontsize=8, color="#6b6b6b")
        for o in range(c_out):
            ax.text(-0.2, o + 0.5, str(o), ha="right", va="center", fontsize=8, color="#6b6b6b")
        ax.set_title(f"{title}: {int(mask.sum())} slices,\n{int(mask.sum()) * per_slice} weights", fontsize=10, pad=16)
    fig.suptitle("which input channels (columns) each output channel (rows) reads", fontsize=11)
    legend(fig, [KERNEL], labels={KERNEL: f"a kernel slice: {kernel_size}x{kernel_size} weights"})
    fig.subplots_adjust(top=0.74)  # room for the suptitle, which tight_layout leaves out
