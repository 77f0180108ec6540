"""Chapter 12's figures draw what they claim: the im2col matrix row by row with the seed's
25, 31, 43, 49, and the measured times and roof where they belong."""

import matplotlib.pyplot as plt
import numpy as np
import pytest
from figures import digits, legend_labels, panel

from utils import viz


def numbers(ax):
    return [float(t.get_text()) for t in digits(ax)]


def outlined(ax):
    """(row, col) of every cell drawn as a red window outline."""
    red = plt.matplotlib.colors.to_rgba(viz.WINDOW)
    return sorted((int(p.get_y()), int(p.get_x())) for p in ax.patches if not p.get_fill() and p.get_edgecolor() == red)


def test_unfold_rows_are_windows_by_hand():
    x = np.arange(20).reshape(4, 5)
    rows = viz.unfold(x, 2, 3)
    assert rows.shape == (3 * 3, 6)
    assert rows[0].tolist() == [0, 1, 2, 5, 6, 7]  # window (0, 0)
    assert rows[4].tolist() == [6, 7, 8, 11, 12, 13]  # window (1, 1)
    assert rows[-1].tolist() == [12, 13, 14, 17, 18, 19]  # window (2, 2)


def test_im2col_draws_the_seed_example():
    cols = viz.im2col(np.arange(1, 10).reshape(3, 3), np.array([[0, 1], [2, 3]]))
    fig = plt.gcf()
    assert cols.tolist() == [[1, 2, 4, 5], [2, 3, 5, 6], [4, 5, 7, 8], [5, 6, 8, 9]]
    matrix = panel(fig, "im2col matrix 4x4\n(columns: kernel taps (u,v))\n")
    assert numbers(matrix) == [1, 2, 4, 5, 2, 3, 5, 6, 4, 5, 7, 8, 5, 6, 8, 9]
    assert numbers(panel(fig, "kernel,\nflattened\n")) == [0, 1, 2, 3]
    assert numbers(panel(fig, "outputs\n\n")) == [25, 31, 43, 49]
    assert numbers(panel(fig, "feature map\n2x2\n")) == [25, 31, 43, 49]
    corners = {"window (0, 0) → row 0": (0, 0), "window (0, 1) → row 1": (0, 1), "window (1, 1) → row 3": (1, 1)}
    for title, (i, j) in corners.items():
        assert outlined(panel(fig, title)) == [(i, j), (i, j + 1), (i + 1, j), (i + 1, j + 1)]
    assert "= 25, 31, 43, 49" in fig._suptitle.get_text()
    assert legend_labels(fig) == ["window", "input values", "kernel", "feature map"]


def test_speed_draws_times_in_ms_and_skips_missing_ones():
    macs = [10, 100, 1000]
    seconds = {
        "seven loops (Python)": [0.01, 0.1, None],
        "im2col + one matmul (utils.conv2d)": [0.001, 0.002, 0.003],
        "Paddle's CPU conv2d": [0.002, 0.002, 0.004],
    }
    viz.speed(macs, seconds, [1e-5, 1e-4, 1e-3], "a title")
    ax = plt.gcf().axes[0]
    lines = {line.get_label(): line for line in ax.get_lines()}
    assert lines["seven loops (Python)"].get_xdata().tolist() == [10, 100]
    assert lines["seven loops (Python)"].get_ydata().tolist() == pytest.approx([10, 100])
    assert lines["Paddle's CPU conv2d"].get_ydata().tolist() == pytest.approx([2, 2, 4])
    roof = lines["roof: this machine's limit (estimated)"]
    assert roof.get_linestyle() == "--" and roof.get_ydata().tolist() == pytest.approx([0.01, 0.1, 1])
    assert ax.get_xscale() == ax.get_yscale() == "log" and ax.get_title() == "a title"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == list(lines)
