"""Small feature maps side by side as number grids, one cell size for all."""

import numpy as np

from .grids import _axes, draw_grid
from .layout import same_cells
from .style import OUTPUT, legend


def number_grids(arrays, titles, fill=OUTPUT, cell=3.2):
    """Each 2-D array as a grid of its numbers, column indices on top; one cell size for all, and a legend."""
    arrays = [np.asarray(a) for a in arrays]
    size = (max(a.shape[0] for a in arrays), max(a.shape[1] for a in arrays))
    fig, axes = _axes(1, len(arrays), cell=cell)
    for ax, values, title in zip(axes[0], arrays, titles):
        draw_grid(ax, values, fill=fill)
        same_cells(ax, values.shape, size)
        for text in ax.texts:  # digits about a third of a cell high
            text.set_fontsize(max(6, min(12, round(0.35 * 72 * cell / max(size)))))
        for j in range(values.shape[1]):
            ax.text(j + 0.5, -0.3, str(j), ha="center", va="bottom", fontsize=7, color="#6b6b6b")
        ax.set_title(f"{title}\n", fontsize=10)
    legend(fig, [fill])
