"""viz.images draws compared panels honestly: one pixel size, shared and signed scales, colourbars."""

import matplotlib.pyplot as plt
import numpy as np
import pytest
from figures import panels

from utils import viz


def bars(fig):
    return [ax for ax in fig.axes if not ax.get_title()]


def pixel_inches(fig, ax):
    """(width, height) in inches of one pixel of the panel's image."""
    box = ax.get_position()
    rows, cols = ax.images[0].get_array().shape[:2]
    w, h = fig.get_size_inches()
    return box.width * w / cols, box.height * h / rows


def test_every_panel_draws_a_pixel_the_same_size():
    arrays = [np.zeros((50, 50)), np.zeros((50, 48)), np.zeros((48, 50)), np.zeros((30, 70, 3))]
    viz.images(arrays, ["a", "b", "c", "d"], symmetric=[False, True, True, False])
    fig = plt.gcf()
    sizes = np.array([pixel_inches(fig, ax) for ax in panels(fig)])
    assert np.allclose(sizes, sizes[0, 0], rtol=1e-9)  # square pixels, equal in every panel
    boxes = [ax.get_position() for ax in fig.axes]
    assert min(b.x0 for b in boxes) >= 0 and max(b.x1 for b in boxes) <= 1  # nothing outside the figure
    tops = [ax.get_position().y1 for ax in panels(fig)]
    assert np.allclose(tops, tops[0])  # panels aligned at the top


def test_panels_do_not_overlap_their_neighbours_or_colourbars():
    viz.images([np.zeros((20, 20))] * 3, ["a", "b", "c"], symmetric=True)
    boxes = sorted((ax.get_position() for ax in plt.gcf().axes), key=lambda b: b.x0)
    assert all(left.x1 < right.x0 for left, right in zip(boxes, boxes[1:]))


def test_mixed_signed_and_unsigned_panels_with_a_shared_scale():
    image = np.array([[0.0, 1.0], [1.0, 1.0]])
    small, large = np.array([[-0.5, 0.0], [0.0, 0.25]]), np.array([[0.0, 2.0], [-1.0, 0.0]])
    viz.images([image, small, large], ["a", "b", "c"], symmetric=[False, True, True], shared=True)
    fig = plt.gcf()
    assert [ax.images[0].get_clim() for ax in panels(fig)] == [(0.0, 1.0), (-2.0, 2.0), (-2.0, 2.0)]
    assert len(bars(fig)) == 2  # the signed panels


def test_colorbar_flags_per_panel_and_none_for_rgb():
    viz.images([np.zeros((4, 4)), np.zeros((4, 4, 3))], ["grey", "rgb"], colorbar=True)
    fig = plt.gcf()
    assert len(bars(fig)) == 1
    assert panels(fig)[1].images[0].get_clim() is not None and panels(fig)[1].images[0].get_cmap().name != "gray"
    plt.close("all")
    viz.images([np.zeros((4, 4))] * 2, ["a", "b"], symmetric=True, colorbar=[True, False])
    assert len(bars(plt.gcf())) == 1


def test_ticks_number_rows_and_columns():
    viz.images([np.zeros((50, 48))], ["map"], ticks=True)
    ax = panels(plt.gcf())[0]
    lo, hi = sorted(ax.get_xlim())
    shown = [t for t in ax.get_xticks() if lo <= t <= hi]
    assert shown[0] == 0 and len(shown) >= 3 and all(t == int(t) for t in shown)  # pixel indices
    viz.images([np.zeros((50, 48))], ["map"])
    assert not list(panels(plt.gcf())[0].get_xticks())


def test_long_titles_are_wrapped_and_the_figure_grows_to_hold_them():
    viz.images([np.zeros((10, 10))] * 4, ["short"] * 4)
    one_line = plt.gcf().get_size_inches()[1]
    plt.close("all")
    viz.images([np.zeros((10, 10))] * 4, ["a very long title that cannot fit over a narrow panel"] * 4)
    fig = plt.gcf()
    assert all("\n" in ax.get_title() for ax in panels(fig))
    assert fig.get_size_inches()[1] > one_line


def test_same_figure_size_as_before_for_panels_of_one_shape():
    # Stored outputs show "<Figure size ...>": equal shapes keep the size they had.
    viz.images([np.zeros((40, 40))] * 4, list("abcd"), symmetric=True)
    assert tuple(plt.gcf().get_size_inches()) == (11.0, 3.35)
    plt.close("all")
    viz.images([np.zeros((12, 12)), np.zeros((12, 11))] * 2, list("abcd"), symmetric=True)  # chapter 6
    assert tuple(plt.gcf().get_size_inches()) == (11.0, 3.35)


def test_a_tall_panel_that_does_not_fit_the_height_is_drawn_smaller_not_clipped():
    viz.images([np.zeros((10, 100)), np.zeros((100, 10))], ["wide", "tall"])
    fig = plt.gcf()
    sizes = np.array([pixel_inches(fig, ax) for ax in panels(fig)])
    assert np.allclose(sizes, sizes[0, 0])
    assert all(0 <= ax.get_position().y0 and ax.get_position().y1 <= 1 for ax in fig.axes)


@pytest.mark.parametrize(
    "arrays, titles, kwargs, message",
    [
        ([], [], {}, "at least one image"),
        ([np.zeros(5)], ["a"], {}, r"arrays\[0\] must be \(H, W\)"),
        ([np.zeros((2, 2))], ["a", "b"], {}, "one title per array"),
        ([np.zeros((2, 2))] * 2, ["a", "b"], {"symmetric": [True]}, "symmetric must be"),
        ([np.zeros((2, 2))], ["a"], {"colorbar": "yes"}, "colorbar must be"),
    ],
)
def test_bad_arguments_are_named(arrays, titles, kwargs, message):
    with pytest.raises(ValueError, match=message):
        viz.images(arrays, titles, **kwargs)


def test_shared_labels_pick_which_panels_share_a_scale():
    a, b, ratio = np.full((2, 2), 10.0), np.array([[0.0, 200.0], [50.0, 90.0]]), np.array([[0.5, 1.0], [1.0, 1.0]])
    viz.images([a, b, ratio], ["a", "b", "ratio"], shared=["photo", "photo", None])
    assert [ax.images[0].get_clim() for ax in panels(plt.gcf())] == [(0.0, 200.0), (0.0, 200.0), (0.5, 1.0)]
    plt.close("all")
    with pytest.raises(ValueError, match="shared must be"):
        viz.images([a, b], ["a", "b"], shared=["x"])
