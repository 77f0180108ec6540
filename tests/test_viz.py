"""The figures draw what they claim: the numbers, windows, padding and unread cells."""

import matplotlib.pyplot as plt
import numpy as np
import pytest

from utils import viz

plt.switch_backend("Agg")


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def texts(fig):
    return [t.get_text() for ax in fig.axes for t in ax.texts + [ax.title]]


def cells(ax, colour):
    rgba = plt.matplotlib.colors.to_rgba(colour)
    return [p for p in ax.patches if p.get_fill() and p.get_facecolor() == rgba]


def test_corr_steps_writes_the_seed_sums():
    viz.corr_steps(np.arange(1, 10).reshape(3, 3), np.array([[0, 1], [2, 3]]), bias=1)
    fig = plt.gcf()
    assert len(fig.axes) == 4 * 3
    sums = [t for t in texts(fig) if "×" in t]
    assert sums[0] == "0×1 + 1×2 + 2×4 + 3×5 + 1 = 26"
    assert [s.rsplit("= ", 1)[1] for s in sums] == ["26", "32", "44", "50"]


def test_draw_grid_padding_window_and_marks():
    fig, ax = plt.subplots()
    mark = np.zeros((6, 6), bool)
    mark[2, 3] = True
    viz.draw_grid(ax, np.pad(np.ones((4, 4)), 1), window=(0, 0, 3, 3), pad=1, mark=mark)
    assert len(cells(ax, viz.PAD)) == 36 - 16 and len(cells(ax, viz.CELL)) == 15
    assert len(cells(ax, viz.RESULT)) == 1
    assert sum(1 for p in ax.patches if not p.get_fill()) == 9  # the 3x3 window


def test_windows_marks_the_cells_no_window_reads():
    viz.windows(np.zeros((8, 8)), 3, stride=2, positions=[(0, 0)])
    assert len(cells(plt.gcf().axes[0], viz.RESULT)) == 8 + 8 - 1  # last row and column
    plt.close("all")
    viz.windows(np.zeros((5, 5)), 3, stride=2, padding=1, positions=[(0, 0)])
    assert not cells(plt.gcf().axes[0], viz.RESULT)


def test_padding_sizes_titles():
    viz.padding_sizes(np.zeros((4, 4)), 3, [1, 2])
    assert [ax.get_title() for ax in plt.gcf().axes] == ["padding 1: 6x6 → 4x4", "padding 2: 8x8 → 6x6"]


def test_receptive_field_layers_regions():
    viz.receptive_field_layers(n_layers=2, kernel_size=3)
    axes = plt.gcf().axes
    assert [ax.get_title() for ax in axes] == [
        "input: 7x7\nregion 5x5",
        "after layer 1: 5x5\nregion 3x3",
        "after layer 2: 3x3\nregion 1x1",
    ]
    assert [len(cells(ax, viz.RESULT)) for ax in axes] == [25, 9, 1]


def test_channel_sum_shows_the_sum():
    x = np.arange(2 * 3 * 3).reshape(2, 3, 3)
    w = np.ones((2, 2, 2))
    viz.channel_sum(x, w)
    fig = plt.gcf()
    total = [ax for ax in fig.axes if ax.get_title() == "sum over channels"][0]
    shown = [int(t.get_text()) for t in total.texts]
    assert len(shown) == 4 and shown[0] == x[:, :2, :2].sum()  # ones kernel: the window sums, both channels


def test_images_centres_signed_maps_on_zero():
    signed = np.array([[-2.0, 1.0], [0.0, 0.5]])
    viz.images([np.ones((2, 2)), signed, np.zeros((2, 2))], ["a", "b", "c"], symmetric=True)
    limits = [ax.images[0].get_clim() for ax in plt.gcf().axes]
    assert limits[1] == (-2.0, 2.0) and limits[2] == (-1.0, 1.0)
    assert limits[0] == (1.0, 1.0)  # a non-negative image keeps imshow's own scale
