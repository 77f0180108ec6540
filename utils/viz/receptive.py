"""Receptive fields drawn: what reaches one output through a stack of layers, and which
pixels of the field's extent (its bounding box) actually change that output."""

import numpy as np
from matplotlib.patches import Rectangle

from .grids import _axes, draw_grid
from .layout import same_cells
from .style import CURRENT, EXTENT, FIELD, INPUT, OUTPUT, hide_axes, legend


def receptive_field_layers(n_layers=2, kernel_size=3, margin=1):
    """Stacked stride-1 layers, input first: at each level, the pixels that reach the last layer's centre output."""
    top = 1 + 2 * margin
    sizes = [top + (kernel_size - 1) * k for k in range(n_layers, -1, -1)]
    field = 1 + (kernel_size - 1) * n_layers
    fig, axes = _axes(1, n_layers + 1, cell=2.6)
    for level, (ax, size) in enumerate(zip(axes[0], sizes)):
        region = 1 + (kernel_size - 1) * (n_layers - level)
        start = (size - region) // 2
        mark = np.zeros((size, size), bool)
        mark[start : start + region, start : start + region] = True
        fill = INPUT if level == 0 else OUTPUT
        mark_fill = CURRENT if level == n_layers else FIELD
        draw_grid(
            ax, np.zeros((size, size)), shown=np.zeros((size, size), bool), mark=mark, fill=fill, mark_fill=mark_fill
        )
        same_cells(ax, (size, size), (sizes[0], sizes[0]))
        name = "input" if level == 0 else f"after layer {level}"
        what = "the output pixel" if level == n_layers else f"{region}x{region} reach it"
        ax.set_title(f"{name}: {size}x{size}\n{what}", fontsize=10)
    k = f"{kernel_size}x{kernel_size}"
    fig.suptitle(f"{n_layers} stacked {k} layers, stride 1: receptive field {field}x{field}", fontsize=11)
    labels = {CURRENT: "the output pixel (centre of the last layer)", FIELD: "pixels that reach it"}
    legend(fig, [CURRENT, FIELD], labels)


def extent(mask):
    """(top, left, height, width) of the bounding box of the True cells."""
    rows, cols = np.nonzero(mask)
    return rows.min(), cols.min(), rows.max() - rows.min() + 1, cols.max() - cols.min() + 1


def field_masks(masks, titles, margin=1, per_row=3):
    """Boolean masks (True: that input pixel changes the output) cropped to their extent plus `margin`.

    FIELD where True, INPUT elsewhere, the extent dashed; each title counts the pixels reached
    inside the extent. All panels share one cell size.
    """
    masks = [np.asarray(m, bool) for m in masks]
    if any(not m.any() for m in masks):
        raise ValueError("masks must each have at least one True pixel")
    crops = []
    for m in masks:
        top, left, h, w = extent(m)
        padded = np.pad(m, margin)
        crops.append(padded[top : top + h + 2 * margin, left : left + w + 2 * margin])
    size = (max(c.shape[0] for c in crops), max(c.shape[1] for c in crops))
    cols = min(len(masks), per_row)
    fig, axes = _axes(-(-len(masks) // cols), cols, cell=3.0)
    for ax in axes.flat[len(masks) :]:
        hide_axes(ax)
    for ax, crop, title in zip(axes.flat, crops, titles):
        draw_grid(ax, np.zeros(crop.shape), shown=np.zeros(crop.shape, bool), mark=crop, fill=INPUT, mark_fill=FIELD)
        top, left, h, w = extent(crop)
        ax.add_patch(Rectangle((left, top), w, h, fill=False, edgecolor=EXTENT, linestyle="--", linewidth=2))
        same_cells(ax, crop.shape, size)
        ax.set_title(f"{title}\n{int(crop.sum())} of {h * w} pixels of the {h}x{w} extent", fontsize=10)
    legend(
        fig,
        [FIELD, INPUT, EXTENT],
        {FIELD: "non-zero gradient: changes the output", INPUT: "zero gradient", EXTENT: "extent (bounding box)"},
    )
