"""Images and feature maps side by side, with honest scales."""

import numpy as np

from .grids import _axes


def images(arrays, titles, cmap="gray", symmetric=False, shared=False, colorbar=None, width=11):
    """Images side by side, framed so that white areas stay visible.

    symmetric=True centres the colour scale on 0 for maps with negative values (0 is mid-grey,
    negatives darker, positives lighter) and adds a colourbar. shared=True gives every grey
    panel one colour scale, so panels the text compares can be compared by eye. colorbar
    forces the colourbars on or off.
    """
    arrays = [np.asarray(a) for a in arrays]
    fig, axes = _axes(1, len(arrays))
    h, w = arrays[0].shape[:2]
    fig.set_size_inches(width, round(width / len(arrays) * h / w + 0.6, 2))
    grey = [a for a in arrays if a.ndim == 2]
    common = {}
    if shared and grey:
        lo, hi = min(float(a.min()) for a in grey), max(float(a.max()) for a in grey)
        if symmetric:
            lim = max(abs(lo), abs(hi)) or 1.0
            lo, hi = -lim, lim
        common = {"vmin": lo, "vmax": hi}
    for ax, arr, title in zip(axes[0], arrays, titles):
        kwargs = dict(common)
        if not common and symmetric and arr.ndim == 2:
            lim = float(np.abs(arr).max()) or 1.0  # an all-zero map shows as the grey of 0
            kwargs = {"vmin": -lim, "vmax": lim}
        shown = ax.imshow(arr, cmap=None if arr.ndim == 3 else cmap, **kwargs)
        ax.set_title(title, fontsize=10)
        ax.set_xticks([])
        ax.set_yticks([])
        wants_bar = colorbar if colorbar is not None else (symmetric and arr.ndim == 2)
        if wants_bar and arr.ndim == 2:
            fig.colorbar(shown, ax=ax, fraction=0.046, pad=0.03)
    fig.tight_layout()
