"""The receptive-field figures draw what they claim: the pixels that reach one output, the
holes of a dilated stack and the extent around them, at one cell size."""

import matplotlib.pyplot as plt
import numpy as np
import pytest
from figures import cells, legend_labels

from utils import viz


def test_receptive_field_layers_regions_and_cell_size():
    viz.receptive_field_layers(n_layers=2, kernel_size=3)
    fig = plt.gcf()
    axes = fig.axes
    assert [ax.get_title() for ax in axes] == [
        "input: 7x7\n5x5 reach it",
        "after layer 1: 5x5\n3x3 reach it",
        "after layer 2: 3x3\nthe output pixel",
    ]
    assert [len(cells(ax, viz.FIELD)) for ax in axes] == [25, 9, 0]
    assert [len(cells(ax, viz.CURRENT)) for ax in axes] == [0, 0, 1]
    assert {round(np.diff(ax.get_xlim())[0], 6) for ax in axes} == {7.3}  # one cell size in every panel
    assert fig._suptitle.get_text() == "2 stacked 3x3 layers, stride 1: receptive field 5x5"
    assert legend_labels(fig) == ["the output pixel (centre of the last layer)", "pixels that reach it"]


def lattice(size, step):
    mask = np.zeros((size + 6, size + 6), bool)
    mask[3 : 3 + size : step, 3 : 3 + size : step] = True
    return mask


def test_field_masks_counts_the_pixels_of_the_extent():
    gridded, full = lattice(13, 2), lattice(5, 1)
    viz.field_masks([gridded, full], ["holes", "full"])
    fig = plt.gcf()
    holes, whole = fig.axes[:2]
    assert holes.get_title() == "holes\n49 of 169 pixels of the 13x13 extent"
    assert whole.get_title() == "full\n25 of 25 pixels of the 5x5 extent"
    assert len(cells(holes, viz.FIELD)) == 49 and len(cells(holes, viz.INPUT)) == 15 * 15 - 49  # margin 1
    box = [p for p in holes.patches if not p.get_fill()]
    assert len(box) == 1 and (box[0].get_width(), box[0].get_height(), box[0].get_xy()) == (13, 13, (1, 1))
    assert box[0].get_linestyle() == "--" and box[0].get_edgecolor() == plt.matplotlib.colors.to_rgba(viz.EXTENT)
    assert np.diff(holes.get_xlim())[0] == pytest.approx(np.diff(whole.get_xlim())[0])  # one cell size
    assert legend_labels(fig) == ["non-zero gradient: changes the output", "zero gradient", "extent (bounding box)"]


def test_field_masks_rejects_an_empty_mask():
    with pytest.raises(ValueError, match="at least one True"):
        viz.field_masks([np.zeros((3, 3), bool)], ["nothing"])
