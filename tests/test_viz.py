"""The figures draw what they claim: the numbers, windows, padding and unread cells."""

import matplotlib.pyplot as plt
import numpy as np
from figures import cells, legend_labels, panels

from utils import viz


def texts(fig):
    return [t.get_text() for ax in fig.axes for t in ax.texts + [ax.title]]


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
    assert len(cells(ax, viz.PAD)) == 36 - 16 and len(cells(ax, viz.INPUT)) == 15
    assert len(cells(ax, viz.CURRENT)) == 1
    assert sum(1 for p in ax.patches if not p.get_fill()) == 9  # the 3x3 window


def test_windows_marks_the_cells_no_window_reads():
    viz.windows(np.zeros((8, 8)), 3, stride=2, positions=[(0, 0)])
    assert len(cells(plt.gcf().axes[0], viz.UNREAD)) == 8 + 8 - 1  # last row and column
    plt.close("all")
    viz.windows(np.zeros((5, 5)), 3, stride=2, padding=1, positions=[(0, 0)])
    assert not cells(plt.gcf().axes[0], viz.UNREAD)


def test_padding_sizes_titles():
    viz.padding_sizes(np.zeros((4, 4)), 3, [1, 2])
    assert [ax.get_title() for ax in plt.gcf().axes] == ["padding 1: 6x6 → 4x4", "padding 2: 8x8 → 6x6"]


def test_images_centres_signed_maps_on_zero_with_a_colourbar():
    signed = np.array([[-2.0, 1.0], [0.0, 0.5]])
    viz.images([np.ones((2, 2)), signed, np.zeros((2, 2))], ["a", "b", "c"], symmetric=True)
    fig = plt.gcf()
    limits = [ax.images[0].get_clim() for ax in panels(fig)]
    assert limits == [(-1.0, 1.0), (-2.0, 2.0), (-1.0, 1.0)]  # 0 is mid-grey in every panel
    assert len(fig.axes) == 3 + 3  # one colourbar per signed panel


def test_images_shared_scale_for_compared_panels():
    viz.images([np.full((2, 2), 10.0), np.array([[0.0, 200.0], [50.0, 90.0]])], ["a", "b"], shared=True)
    assert [ax.images[0].get_clim() for ax in panels(plt.gcf())] == [(0.0, 200.0), (0.0, 200.0)]
    plt.close("all")
    viz.images([np.full((2, 2), 10.0), np.array([[0.0, 200.0], [50.0, 90.0]])], ["a", "b"])
    assert [ax.images[0].get_clim() for ax in panels(plt.gcf())] == [(10.0, 10.0), (0.0, 200.0)]


def test_figures_with_meaningful_colours_have_a_legend():
    for draw in (
        lambda: viz.corr_steps(np.arange(1, 10).reshape(3, 3), np.array([[0, 1], [2, 3]])),
        lambda: viz.windows(np.zeros((8, 8)), 3, stride=2, positions=[(0, 0)]),
        lambda: viz.padding_sizes(np.zeros((4, 4)), 3, [1]),
        lambda: viz.receptive_field_layers(),
        lambda: viz.channel_sum(np.zeros((2, 3, 3)), np.ones((2, 2, 2))),
    ):
        draw()
        fig = plt.gcf()
        assert fig.legends, draw
        plt.close(fig)
    viz.windows(np.zeros((8, 8)), 3, stride=2, positions=[(0, 0)])
    labels = legend_labels(plt.gcf())
    assert labels == ["window (kernel position)", "never read by any window"]
