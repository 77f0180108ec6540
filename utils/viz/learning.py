"""Learning kernels drawn: loss curves, two stacked kernels composed into one, and the
kernels a layer has learned next to the feature maps they make."""

import matplotlib.pyplot as plt
import numpy as np

from .grids import draw_grid, fit_digits
from .layout import same_cells
from .style import KERNEL, hide_axes, legend

# Curves are told apart by colour and named in a legend; none of these is a grid role's colour.
LINES = ("#1f4e79", "#c55a11", "#548235", "#7030a0")


def loss_curves(curves, title, xlabel="step", ylabel="loss"):
    """One line per training run, the loss on a log scale: curves maps a label to its losses."""
    if not curves:
        raise ValueError("curves must hold at least one run")
    if len(curves) > len(LINES):
        raise ValueError(f"curves can hold at most {len(LINES)} runs, got {len(curves)}")
    fig, ax = plt.subplots(figsize=(7.5, 3.6))
    for (label, values), colour in zip(curves.items(), LINES):
        values = np.asarray(values, dtype=float)
        ax.plot(np.arange(1, len(values) + 1), values, color=colour, linewidth=2, label=label)
    ax.set_yscale("log")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title, fontsize=11)
    ax.grid(True, which="major", color="#dddddd", linewidth=0.8)
    ax.legend(frameon=False, fontsize=9)
    fig.tight_layout()


def composed_kernels(first, second, composed, title):
    """first, then second, = composed: three kernels as number grids with one cell size."""
    grids = [np.asarray(first), np.asarray(second), np.asarray(composed)]
    size = (max(g.shape[0] for g in grids), max(g.shape[1] for g in grids))
    cell = 0.5  # inches
    ratios = [size[1], 1.6, size[1], 1.6, size[1]]
    fig, axes = plt.subplots(
        1,
        5,
        figsize=(cell * sum(ratios) + 0.4, cell * size[0] + 1.0),
        gridspec_kw={"width_ratios": ratios},
    )
    names = ["first layer, w1", "second layer, w2", "one layer, K"]
    for ax, values, name in zip(axes[::2], grids, names):
        draw_grid(ax, values, f"{name}: {values.shape[0]}x{values.shape[1]}", fill=KERNEL)
        same_cells(ax, values.shape, size)
    for ax, symbol in zip(axes[1::2], ["then", "="]):
        hide_axes(ax)
        ax.text(0.5, 0.5, symbol, ha="center", va="center", fontsize=14, transform=ax.transAxes)
    fig.suptitle(title, fontsize=11)
    legend(fig, [KERNEL], {KERNEL: "kernel weight"})
    fit_digits(fig)


def kernels_and_maps(kernels, digits, maps, kernel_titles, digit_titles, title):
    """Top row: the learned kernels (signed, one scale centred on 0). Below, one row per digit:
    the digit, then the map each kernel makes of it (one scale for all maps)."""
    kernels, digits, maps = np.asarray(kernels), np.asarray(digits), np.asarray(maps)
    n_kernels, n_digits = len(kernels), len(digits)
    if maps.shape[:2] != (n_digits, n_kernels):
        raise ValueError(f"maps must be (digits, kernels, H, W) = ({n_digits}, {n_kernels}, H, W), got {maps.shape}")
    if len(kernel_titles) != n_kernels or len(digit_titles) != n_digits:
        raise ValueError("kernel_titles and digit_titles must give one title per kernel and per digit")
    if maps.min() < 0:
        raise ValueError("maps must be feature maps after ReLU, with no negative value")
    cell = 1.05
    fig = plt.figure(figsize=(cell * (n_kernels + 1) + 0.9, cell * (n_digits + 1) + 0.9))
    grid = fig.add_gridspec(n_digits + 1, n_kernels + 2, width_ratios=[1] * (n_kernels + 1) + [0.12], hspace=0.45)
    lim = float(np.abs(kernels).max()) or 1.0
    top = float(maps.max()) or 1.0
    for k, (kernel, name) in enumerate(zip(kernels, kernel_titles)):
        ax = fig.add_subplot(grid[0, k + 1])
        shown_kernel = ax.imshow(kernel, cmap="gray", vmin=-lim, vmax=lim)
        ax.set_title(name, fontsize=8)
        ax.set_xticks([])
        ax.set_yticks([])
    corner = fig.add_subplot(grid[0, 0])
    hide_axes(corner)
    corner.text(0.5, 0.5, "learned\nkernels", ha="center", va="center", fontsize=9, transform=corner.transAxes)
    for d, (digit, name) in enumerate(zip(digits, digit_titles)):
        ax = fig.add_subplot(grid[d + 1, 0])
        ax.imshow(digit, cmap="gray")
        ax.set_title(name, fontsize=8)
        ax.set_xticks([])
        ax.set_yticks([])
        for k in range(n_kernels):
            ax = fig.add_subplot(grid[d + 1, k + 1])
            shown_map = ax.imshow(maps[d, k], cmap="gray", vmin=0.0, vmax=top)
            ax.set_xticks([])
            ax.set_yticks([])
    bar = fig.colorbar(shown_kernel, cax=fig.add_subplot(grid[0, -1]))
    bar.ax.tick_params(labelsize=7)
    bar.set_label("weight", fontsize=8)
    bar = fig.colorbar(shown_map, cax=fig.add_subplot(grid[1:, -1]))
    bar.ax.tick_params(labelsize=7)
    bar.set_label("feature map after ReLU", fontsize=8)
    fig.suptitle(title, fontsize=11)
