"""Chapter 11's figures draw what they claim: the dilated kernel's taps and holes, each padding
mode's border values (recomputed here by index arithmetic, independently of np.pad), and which
channels a grouped layer connects."""

import matplotlib.pyplot as plt
import numpy as np
import pytest
from figures import cells, digits, grid_values, legend_labels

from utils import viz


def test_spread_puts_each_weight_d_cells_apart():
    w = np.arange(1, 7).reshape(2, 3)
    wide = viz.spread(w, 3)
    assert wide.shape == (4, 7)
    for u in range(2):
        for v in range(3):
            assert wide[3 * u, 3 * v] == w[u, v]
    assert np.count_nonzero(wide) == 6


def test_dilated_kernel_draws_taps_and_holes():
    w = np.arange(1, 10).reshape(3, 3)
    viz.dilated_kernel(w, 2)
    fig = plt.gcf()
    small, wide = fig.axes
    assert small.get_title() == "kernel 3x3: 9 weights"
    assert wide.get_title() == "dilation 2: the same 9 weights over 5x5"
    values = grid_values(wide, (5, 5))
    assert (values[::2, ::2] == w).all() and values[1::2].sum() == 0 and values[:, 1::2].sum() == 0
    assert len(cells(wide, viz.KERNEL)) == 9 and len(cells(wide, "white")) == 25 - 9
    grey = [t.get_text() for t in digits(wide) if t.get_color() == "#9a9a9a"]
    assert grey == ["0"] * 16  # the holes, written in grey
    assert legend_labels(fig) == ["kernel", "hole: skipped (a weight of 0)"]


def by_index(x, p, mode):
    """Pad x by p on every side, each value taken from the index rule of the mode (no np.pad)."""
    h, w = x.shape

    def source(i, n):
        if mode == "reflect":
            return -i if i < 0 else 2 * (n - 1) - i if i >= n else i
        if mode == "replicate":
            return min(max(i, 0), n - 1)
        return i % n  # circular

    out = np.zeros((h + 2 * p, w + 2 * p))
    for i in range(-p, h + p):
        for j in range(-p, w + p):
            inside = 0 <= i < h and 0 <= j < w
            if mode == "zeros":
                out[i + p, j + p] = x[i, j] if inside else 0
            else:
                out[i + p, j + p] = x[source(i, h), source(j, w)]
    return out


def test_padding_modes_write_each_modes_border():
    x = np.arange(1, 13).reshape(3, 4)
    padded = viz.padding_modes(x, 2)
    fig = plt.gcf()
    assert len(fig.axes) == 4
    for ax, mode in zip(fig.axes, ["zeros", "reflect", "replicate", "circular"]):
        assert ax.get_title().startswith(f"padding_mode='{mode}'")
        want = by_index(x, 2, mode)
        assert (grid_values(ax, (7, 8)) == want).all() and (padded[mode] == want).all()
        assert len(cells(ax, viz.INPUT)) == 12 and len(cells(ax, viz.PAD)) == 7 * 8 - 12
    assert fig._suptitle.get_text() == "3x4 input, padding 2: 7x8, border filled by each mode"
    assert legend_labels(fig) == ["input", "padding (values set by padding_mode)"]


def test_padding_modes_rejects_a_batch():
    with pytest.raises(ValueError, match="x must be 2-D"):
        viz.padding_modes(np.zeros((1, 1, 4, 4)), 1)


def test_connections_fill_the_connected_pairs():
    mask = np.array([[1, 1, 0, 0], [0, 0, 1, 1]], bool)
    viz.connections([np.ones((2, 4), bool), mask], ["groups=1", "groups=2"], 3)
    fig = plt.gcf()
    full, grouped = fig.axes
    assert len(cells(full, viz.KERNEL)) == 8 and len(cells(grouped, viz.KERNEL)) == 4
    assert [t.get_text() for t in digits(grouped)] == ["9"] * 4  # 3x3 weights in each connected slice
    assert grouped.get_title() == "groups=2: 4 slices,\n36 weights"
    assert legend_labels(fig) == ["a kernel slice: 3x3 weights"]
