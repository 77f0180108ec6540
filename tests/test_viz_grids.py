"""The grid figures of chapters 1-3: titles that name sizes and parameters, padding drawn where
it is, compared panels at one scale, and digits that fit their cells with nothing drawn over them."""

import matplotlib.pyplot as plt
import numpy as np
import pytest
from figures import digits

from utils import viz


def pad_cells(ax):
    grey = plt.matplotlib.colors.to_rgba(viz.PAD)
    return {(int(p.get_y()), int(p.get_x())) for p in ax.patches if p.get_fill() and p.get_facecolor() == grey}


def cell_pixels(ax, grid_shape):
    ax.apply_aspect()
    box = ax.get_window_extent()
    return min(box.width / grid_shape[1], box.height / grid_shape[0])


def test_asymmetric_padding_title_and_where_the_padding_is():
    viz.windows(np.arange(1, 17).reshape(4, 4), 3, padding=(0, 2, 1, 0), positions=[(0, 0), (3, 2)])
    fig = plt.gcf()
    # By hand: height 4 + 0 + 2 - 3 + 1 = 4, width 4 + 1 + 0 - 3 + 1 = 3.
    assert fig._suptitle.get_text() == (
        "4x4 input, 3x3 kernel, stride 1, padding (top, bottom, left, right) = (0, 2, 1, 0) → 4x3 output (H x W)"
    )
    # The padded grid is 6x5: column 0 (left) and rows 4, 5 (bottom) are padding, nothing else.
    want = {(r, c) for r in range(6) for c in range(5) if c == 0 or r >= 4}
    assert all(pad_cells(ax) == want for ax in fig.axes)


def test_titles_name_stride_padding_and_sizes():
    viz.windows(np.zeros((8, 8)), 3, stride=2, positions=[(0, 0)])
    assert plt.gcf()._suptitle.get_text() == "8x8 input, 3x3 kernel, stride 2, no padding → 3x3 output (H x W)"
    plt.close("all")
    viz.windows(np.zeros((5, 5)), 3, stride=2, padding=1, positions=[(0, 0)])
    assert plt.gcf()._suptitle.get_text() == "5x5 input, 3x3 kernel, stride 2, padding 1 → 3x3 output (H x W)"
    plt.close("all")
    viz.corr_steps(np.arange(1, 10).reshape(3, 3), np.array([[0, 1], [2, 3]]))
    assert plt.gcf()._suptitle.get_text().startswith("3x3 input, 2x2 kernel, stride 1, no padding → 2x2 feature map")


def test_padding_sizes_draws_both_panels_at_one_scale():
    viz.padding_sizes(np.zeros((4, 4)), 3, [1, 2])
    small, large = plt.gcf().axes
    assert cell_pixels(small, (6, 6)) == pytest.approx(cell_pixels(large, (8, 8)), rel=0.02)
    assert pad_cells(small) == {(r, c) for r in range(6) for c in range(6) if min(r, c) == 0 or max(r, c) == 5}


@pytest.mark.parametrize(
    "draw, grid",
    [
        (lambda: viz.corr_steps(np.arange(1, 10).reshape(3, 3), np.array([[0, 1], [2, 3]])), None),
        (lambda: viz.padding_sizes(np.arange(1, 17).reshape(4, 4), 3, [1, 2]), None),
        (lambda: viz.windows(np.arange(1, 17).reshape(4, 4), 3, padding=(0, 2, 1, 0), positions=[(0, 0)]), (6, 5)),
        (lambda: viz.windows(np.arange(1, 26).reshape(5, 5), 3, stride=2, padding=1, positions=[(0, 0)]), (7, 7)),
        (lambda: viz.windows(np.arange(100).reshape(10, 10) % 10 + 10, 3, stride=4, per_row=2), (10, 10)),
    ],
)
def test_digits_are_legible_and_fit_their_cells(draw, grid):
    draw()
    fig = plt.gcf()
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    for ax in fig.axes:
        texts = digits(ax)
        if not texts:
            continue
        shape = grid or (round(abs(np.ptp(ax.get_ylim()))), round(np.ptp(ax.get_xlim())))
        cell = cell_pixels(ax, shape)
        for text in texts:
            assert text.get_fontsize() >= 8
            extent = text.get_window_extent(renderer)
            assert extent.width < 0.9 * cell and extent.height < 0.9 * cell, (text.get_text(), extent, cell)
        assert not any(p.get_hatch() for p in ax.patches)  # nothing drawn over the digits


def test_fit_digits_scales_the_font_with_the_cells():
    sizes = []
    for inches in (2.0, 4.0):
        fig, ax = plt.subplots(figsize=(inches, inches))
        viz.draw_grid(ax, np.zeros((8, 8)))
        viz.fit_digits(fig)
        sizes.append(digits(ax)[0].get_fontsize())
    assert 8 <= sizes[0] < sizes[1] <= 13


def test_draw_grid_keeps_its_default_font_size():
    fig, ax = plt.subplots()
    viz.draw_grid(ax, np.zeros((3, 3)))
    viz.draw_grid(ax, np.zeros((3, 3)), fontsize=9)
    assert [t.get_fontsize() for t in ax.texts[:1] + ax.texts[-1:]] == [11, 9]


def test_corr_steps_draws_input_kernel_and_feature_map_at_one_scale():
    viz.corr_steps(np.arange(1, 10).reshape(3, 3), np.array([[0, 1], [2, 3]]))
    sizes = []
    for ax in plt.gcf().axes:
        ax.apply_aspect()
        box = ax.get_window_extent()
        sizes.append((box.width / np.ptp(ax.get_xlim()), box.height / abs(np.ptp(ax.get_ylim()))))
    assert len(sizes) == 12
    assert np.allclose(sizes, sizes[0], rtol=0.02)  # a cell of the 2x2 kernel = a cell of the 3x3 input
