"""Images and feature maps side by side: one pixel size for all panels, honest colour scales."""

import textwrap

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.ticker import MaxNLocator

# Layout, in inches.
_MARGIN = 0.05
_GAP = 0.3  # between two panels
_BAR = (0.08, 0.14, 0.55)  # a colourbar: its distance from the panel, its width, room for its numbers
_TICKS = 0.35  # room for row and column numbers
_LINE = 0.18  # one line of a title
_CHAR = 0.075  # the average width of one character of a title


def images(arrays, titles, cmap="gray", symmetric=False, shared=False, colorbar=None, width=11, ticks=False):
    """Images side by side, every pixel drawn the same size, framed so that white areas stay visible.

    symmetric: True for every grey (2-D) panel, or one flag per panel: centre the colour scale on
        0 (0 is mid-grey, negatives darker, positives lighter), with a colourbar.
    shared: True gives one colour scale to the grey panels of the same kind (signed or not), so
        panels the text compares can be compared by eye; or one label per panel: panels with the
        same label (and kind) share a scale, None keeps a panel's own.
    colorbar: True or False for every grey panel, or one flag per panel (default: the signed ones).
    ticks: number the rows and columns, so that positions can be read off the figure.
    RGB panels (H, W, 3) are shown as they are, without a colour scale.
    """
    arrays = [np.asarray(a) for a in arrays]
    n = len(arrays)
    if n == 0:
        raise ValueError("arrays must hold at least one image")
    for i, a in enumerate(arrays):
        if not (a.ndim == 2 or (a.ndim == 3 and a.shape[2] in (3, 4))) or 0 in a.shape:
            raise ValueError(f"arrays[{i}] must be (H, W) or (H, W, 3), got shape {a.shape}")
    titles = list(titles)
    if len(titles) != n:
        raise ValueError(f"titles must give one title per array: {n} arrays, {len(titles)} titles")
    signed = _flags(symmetric, n, "symmetric")
    grey = [a.ndim == 2 for a in arrays]
    bars = [g and b for g, b in zip(grey, _flags(signed if colorbar is None else colorbar, n, "colorbar"))]
    limits = _limits(arrays, grey, signed, shared)

    widths = [a.shape[1] for a in arrays]
    heights = [a.shape[0] for a in arrays]
    tick_room = _TICKS if ticks else 0.0
    room = [tick_room + (sum(_BAR) if bar else 0.0) for bar in bars]
    fixed = 2 * _MARGIN + (n - 1) * _GAP + sum(room)
    scale = (width - fixed) / sum(widths)  # inches per pixel
    if scale <= 0:
        raise ValueError(f"width {width} is too small for {n} panels")
    wrapped = [textwrap.fill(t, max(8, int((w * scale + r + _GAP) / _CHAR))) for t, w, r in zip(titles, widths, room)]
    lines = max(t.count("\n") + 1 for t in wrapped)
    top, bottom = _MARGIN + 0.1 + lines * _LINE, _MARGIN + tick_room
    # The height rule of earlier versions (from the first panel's shape), so stored outputs keep
    # their "<Figure size ...>"; panels that do not fit it are drawn smaller, still at one pixel size.
    height = round(width / n * heights[0] / widths[0] + 0.6 + (lines - 1) * _LINE + tick_room, 2)
    scale = min(scale, (height - top - bottom) / max(heights))

    fig = plt.figure(figsize=(width, height))
    used = sum(w * scale for w in widths) + fixed - 2 * _MARGIN
    x = (width - used) / 2
    for arr, title, w, h, bar, lim in zip(arrays, wrapped, widths, heights, bars, limits):
        x += tick_room
        y = height - top - h * scale
        ax = fig.add_axes((x / width, y / height, w * scale / width, h * scale / height))
        kwargs = {} if lim is None else {"vmin": lim[0], "vmax": lim[1]}
        shown = ax.imshow(arr, cmap=cmap if arr.ndim == 2 else None, aspect="equal", **kwargs)
        ax.set_title(title, fontsize=10)
        if ticks:
            ax.tick_params(labelsize=8)
            ax.xaxis.set_major_locator(MaxNLocator(integer=True))
            ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        else:
            ax.set_xticks([])
            ax.set_yticks([])
        x += w * scale
        if bar:
            pad, bar_width, labels = _BAR
            cax = fig.add_axes(((x + pad) / width, y / height, bar_width / width, h * scale / height))
            fig.colorbar(shown, cax=cax)
            cax.tick_params(labelsize=8)
            x += pad + bar_width + labels
        x += _GAP


def _flags(value, n, name):
    if isinstance(value, (bool, np.bool_)):
        return [bool(value)] * n
    flags = list(value)
    if len(flags) != n or not all(isinstance(f, (bool, np.bool_)) for f in flags):
        raise ValueError(f"{name} must be True, False or one True/False per array ({n}), got {value!r}")
    return [bool(f) for f in flags]


def _groups(grey, signed, shared):
    """The sets of grey panels that share a colour scale (a panel alone keeps its own)."""
    n = len(grey)
    if isinstance(shared, (bool, np.bool_)):
        labels = [0 if shared else None] * n
    else:
        labels = list(shared)
        if len(labels) != n:
            raise ValueError(f"shared must be True, False or one label per array ({n}), got {shared!r}")
    groups = {}
    for i in range(n):
        if grey[i]:
            key = (signed[i], labels[i]) if labels[i] is not None else (signed[i], "alone", i)
            groups.setdefault(key, []).append(i)
    return list(groups.values())


def _limits(arrays, grey, signed, shared):
    """(vmin, vmax) per panel, None for RGB: symmetric about 0 for signed panels, shared if asked."""
    limits = [None] * len(arrays)
    for group in _groups(grey, signed, shared):
        lo = min(float(arrays[i].min()) for i in group)
        hi = max(float(arrays[i].max()) for i in group)
        if signed[group[0]]:
            lim = max(abs(lo), abs(hi)) or 1.0  # an all-zero map shows as the grey of 0
            lo, hi = -lim, lim
        for i in group:
            limits[i] = (lo, hi)
    return limits
