"""Number grids: the input, kernel and feature map, with the window, padding and marks.

Every grid in the course is drawn by `draw_grid`, so all chapters look alike; colours follow
style.py (one colour, one meaning) and every figure whose colours carry meaning has a legend.
"""

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Rectangle

from ..conv import conv_output_size, corr2d
from .style import CURRENT, EDGE, INPUT, KERNEL, OUTPUT, PAD, UNREAD, WINDOW, fmt, hide_axes, legend


def draw_grid(
    ax, values, title=None, window=None, pad=0, shown=None, mark=None, fill=INPUT, mark_fill=CURRENT, fontsize=None
):
    """Draw a 2-D array as a grid of numbers.

    fill: the colour of the grid's role (INPUT, KERNEL or OUTPUT);
    window: (row, col, height, width[, step]) outlined in red (step > 1 for dilation);
    pad: cells of padding on each side, int or (top, bottom, left, right), drawn grey;
    shown: boolean mask of cells whose number is written (default all);
    mark: boolean mask of cells filled with mark_fill (CURRENT, UNREAD or FIELD);
    fontsize: of the numbers (default: smaller for larger grids; see cell_fontsize).
    """
    values = np.asarray(values)
    h, w = values.shape
    top, bottom, left, right = (pad,) * 4 if np.isscalar(pad) else pad
    if fontsize is None:
        fontsize = max(6, 14 - max(h, w))
    # Cells, digits and windows lie inside the axes, whose box already counts for the layout;
    # leaving them out of it spares tight_layout and the inline backend a text layout per cell.
    for i in range(h):
        for j in range(w):
            is_pad = i < top or i >= h - bottom or j < left or j >= w - right
            colour = mark_fill if mark is not None and mark[i, j] else PAD if is_pad else fill
            cell = Rectangle((j, i), 1, 1, facecolor=colour, edgecolor=EDGE, linewidth=0.8, in_layout=False)
            ax.add_patch(cell)
            if shown is None or shown[i, j]:
                ax.text(
                    j + 0.5,
                    i + 0.5,
                    fmt(values[i, j]),
                    ha="center",
                    va="center",
                    fontsize=fontsize,
                    color="#6b6b6b" if is_pad else "black",
                    gid="digit",
                    in_layout=False,
                )
    if window is not None:
        r, c, wh, ww, *step = window
        step = step[0] if step else 1
        for u in range(wh):
            for v in range(ww):
                cell = (c + v * step, r + u * step)
                ax.add_patch(Rectangle(cell, 1, 1, fill=False, edgecolor=WINDOW, linewidth=2.5, in_layout=False))
    # A margin of half a line width keeps the outermost borders from being clipped.
    ax.set_xlim(-0.05, w + 0.05)
    ax.set_ylim(h + 0.05, -0.05)
    ax.set_aspect("equal")
    hide_axes(ax)
    if title:
        ax.set_title(title, fontsize=10)


def _axes(rows, cols, cell=2.4):
    fig, axes = plt.subplots(rows, cols, figsize=(cell * cols, cell * rows), squeeze=False)
    return fig, axes


# Grids drawn at a fixed size per cell keep their digits legible at the notebook's width
# (figures are shown at 100 dpi, so 9 pt is about 12 pixels) and make compared panels share a scale.
CELL_INCHES = 0.34


def cell_fontsize(cell_inches):
    """A font size in points that fills about 40% of a cell `cell_inches` wide, from 8 to 13."""
    return float(np.clip(cell_inches * 72 * 0.42, 8, 13))


def fit_digits(fig):
    """Size the digits of every grid in `fig` to its cells as laid out (call after legend)."""
    for ax in fig.axes:
        digits = [t for t in ax.texts if t.get_gid() == "digit"]
        if not digits:
            continue
        ax.apply_aspect()
        box = ax.get_position()
        width, height = np.ptp(ax.get_xlim()), np.ptp(ax.get_ylim())
        cell = min(box.width * fig.get_figwidth() / width, box.height * fig.get_figheight() / height)
        for text in digits:
            text.set_fontsize(cell_fontsize(cell))


def _size_text(shape):
    return f"{shape[0]}x{shape[1]}"


def _padding_text(pads):
    top, bottom, left, right = pads
    if not any(pads):
        return "no padding"
    if top == bottom == left == right:
        return f"padding {top}"
    return f"padding (top, bottom, left, right) = ({top}, {bottom}, {left}, {right})"


def _widen(ax, shape, extent):
    """Give a grid of `shape` the limits of a grid of `extent`, so both have cells of one size:
    centred across, at the top so that it stays under its title."""
    (_, w), (eh, ew) = shape, extent
    margin = (ew - w) / 2
    ax.set_xlim(-margin - 0.05, w + margin + 0.05)
    ax.set_ylim(eh + 0.05, -0.05)


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
        for ax, shape in zip(axes[row], (a.shape, w.shape, out.shape)):
            _widen(ax, shape, a.shape)  # the window and the kernel it holds are drawn cell for cell
        axes[row, 1].text(
            0.5,
            -0.06,
            f"{terms}{extra} = {fmt(out[i, j])}",
            ha="center",
            va="top",
            transform=axes[row, 1].transAxes,
            fontsize=10,
        )
    fig.suptitle(
        f"{_size_text(a.shape)} input, {_size_text(w.shape)} kernel, stride 1, no padding"
        f" → {_size_text(out.shape)} feature map (sizes as height x width)",
        fontsize=11,
    )
    legend(fig, [WINDOW, CURRENT])
    fit_digits(fig)


def windows(x, kernel_size, stride=1, padding=0, dilation=1, positions=None, per_row=4):
    """The input (zero padding grey) with the window at each output position.

    padding is an int or (top, bottom, left, right), as in Paddle. Cells that no window
    reaches (when the stride does not divide) are filled with UNREAD. The figure's title
    names the sizes and parameters (height x width); cells are about CELL_INCHES wide.
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
    rows = -(-len(positions) // cols)
    h, w = xp.shape
    panel_w, panel_h = CELL_INCHES * w + 0.3, CELL_INCHES * h + 0.45
    fig, axes = plt.subplots(rows, cols, figsize=(max(panel_w * cols, 6.0), panel_h * rows + 0.9), squeeze=False)
    for ax in axes.flat[len(positions) :]:
        hide_axes(ax)
    for ax, (i, j) in zip(axes.flat, positions):
        window = (i * stride, j * stride, k, k, dilation)
        draw_grid(ax, xp, f"output ({i}, {j})", window=window, pad=pads, mark=~read, mark_fill=UNREAD)
    spread = f", dilation {dilation}" if dilation != 1 else ""
    fig.suptitle(
        f"{_size_text(x.shape)} input, {k}x{k} kernel, stride {stride}, {_padding_text(pads)}{spread}"
        f" → {_size_text(n_out)} output (H x W)",
        fontsize=11,
    )
    used = [WINDOW] + ([PAD] if any(pads) else []) + ([UNREAD] if (~read).any() else [])
    legend(fig, used)
    fit_digits(fig)


def padding_sizes(x, kernel_size, paddings):
    """For each padding, the padded input with the first window and the output size.

    Every panel draws its cells at the same size, so a larger padded input looks larger.
    """
    x = np.asarray(x)
    padded = [np.pad(x, p) for p in paddings]
    widths = [xp.shape[1] for xp in padded]
    height = max(xp.shape[0] for xp in padded)
    fig, axes = plt.subplots(
        1,
        len(paddings),
        figsize=(max(CELL_INCHES * sum(widths) + 0.3 * len(widths), 6.0), CELL_INCHES * height + 1.6),
        gridspec_kw={"width_ratios": widths},
        squeeze=False,
    )
    for ax, p, xp in zip(axes[0], paddings, padded):
        out = conv_output_size(x.shape[0], kernel_size, padding=p)
        draw_grid(
            ax,
            xp,
            f"padding {p}: {xp.shape[0]}x{xp.shape[1]} → {out}x{out}",
            window=(0, 0, kernel_size, kernel_size),
            pad=p,
        )
        ax.set_anchor("N")
    fig.suptitle(
        f"{_size_text(x.shape)} input, {kernel_size}x{kernel_size} kernel, zero padding on every side:"
        " padded input → output",
        fontsize=11,
    )
    legend(fig, [WINDOW, PAD])
    fit_digits(fig)
