"""The learning figures draw what they are given: one line per run on a log scale, the three
kernels of a composition cell for cell, and learned kernels and maps on honest shared scales."""

import matplotlib.pyplot as plt
import numpy as np
import pytest
from figures import legend_labels

from utils import viz


def test_loss_curves_one_line_per_run_on_a_log_scale():
    runs = {"fast": [1.0, 0.1, 0.01], "slow": [1.0, 0.9, 0.8, 0.7]}
    viz.loss_curves(runs, "two runs", xlabel="step")
    (ax,) = plt.gcf().axes
    assert ax.get_yscale() == "log" and ax.get_title() == "two runs" and ax.get_xlabel() == "step"
    lines = ax.get_lines()
    assert [line.get_label() for line in lines] == ["fast", "slow"]
    for line, values in zip(lines, runs.values()):
        assert line.get_xdata().tolist() == list(range(1, len(values) + 1))  # step 1 is the first loss
        assert line.get_ydata().tolist() == values
    assert len({line.get_color() for line in lines}) == 2
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["fast", "slow"]


def test_loss_curves_rejects_no_run_and_too_many():
    with pytest.raises(ValueError, match="at least one run"):
        viz.loss_curves({}, "none")
    with pytest.raises(ValueError, match="at most 4 runs"):
        viz.loss_curves({str(k): [1.0] for k in range(5)}, "five")


def test_composed_kernels_draws_each_kernel_cell_for_cell_at_one_cell_size():
    w1, w2 = np.array([[1, 2, 0], [0, -1, 3], [2, 2, 1]]), np.array([[0, 1], [-2, 1]])
    K = np.arange(12).reshape(3, 4) - 5  # whatever is given is drawn
    viz.composed_kernels(w1, w2, K, "a composition")
    fig = plt.gcf()
    first, then, second, equals, composed = fig.axes
    for ax, values in [(first, w1), (second, w2), (composed, K)]:
        digits = [t for t in ax.texts if t.get_gid() == "digit"]
        assert [int(t.get_text()) for t in digits] == values.ravel().tolist()
        kernel_cells = [p for p in ax.patches if p.get_facecolor() == plt.matplotlib.colors.to_rgba(viz.KERNEL)]
        assert len(kernel_cells) == values.size
    assert [t.get_text() for t in then.texts + equals.texts] == ["then", "="]
    assert {round(float(np.ptp(ax.get_xlim())), 6) for ax in (first, second, composed)} == {4.3}  # one cell size
    assert [ax.get_title() for ax in (first, second, composed)] == [
        "first layer, w1: 3x3",
        "second layer, w2: 2x2",
        "one layer, K: 3x4",
    ]
    assert fig._suptitle.get_text() == "a composition"
    assert legend_labels(fig) == ["kernel weight"]


def kernels_figure(n_kernels=3, n_digits=2):
    rng = np.random.default_rng(0)
    kernels = rng.normal(size=(n_kernels, 3, 3))
    kernels[0, 0, 0] = -5.0  # the largest magnitude is negative
    digits = rng.integers(0, 17, size=(n_digits, 8, 8))
    maps = rng.random((n_digits, n_kernels, 8, 8)) * 2
    names = [f"k{k}" for k in range(n_kernels)]
    viz.kernels_and_maps(kernels, digits, maps, names, [f"d{d}" for d in range(n_digits)], "title")
    return kernels, digits, maps


def test_kernels_and_maps_scales_and_layout():
    kernels, digits, maps = kernels_figure()
    fig = plt.gcf()
    shown = [ax for ax in fig.axes if ax.images]
    kernel_axes = [ax for ax in shown if ax.get_title().startswith("k")]
    digit_axes = [ax for ax in shown if ax.get_title().startswith("d")]
    map_axes = [ax for ax in shown if ax not in kernel_axes + digit_axes and ax.get_label() != "<colorbar>"]
    assert [ax.get_title() for ax in kernel_axes] == ["k0", "k1", "k2"] and len(digit_axes) == 2
    for ax, kernel in zip(kernel_axes, kernels):
        image = ax.images[0]
        assert np.array_equal(image.get_array(), kernel) and image.get_clim() == (-5.0, 5.0)  # centred on 0
    for ax, digit in zip(digit_axes, digits):
        assert np.array_equal(ax.images[0].get_array(), digit)
    map_images = [ax.images[0] for ax in map_axes]
    assert len(map_images) == maps.shape[0] * maps.shape[1]
    assert {image.get_clim() for image in map_images} == {(0.0, float(maps.max()))}  # one scale for all maps
    assert [np.array_equal(i.get_array(), m) for i, m in zip(map_images, maps.reshape(-1, 8, 8))] == [True] * 6
    labels = sorted(ax.get_ylabel() for ax in fig.axes if ax.get_ylabel())
    assert labels == ["feature map after ReLU", "weight"]  # the two colourbars say what they measure
    assert fig._suptitle.get_text() == "title"


def test_kernels_and_maps_rejects_inconsistent_input():
    kernels, digits, maps = np.zeros((2, 3, 3)), np.zeros((1, 8, 8)), np.zeros((1, 2, 8, 8))
    with pytest.raises(ValueError, match="maps must be"):
        viz.kernels_and_maps(kernels, digits, maps[:, :1], ["a", "b"], ["d"], "t")
    with pytest.raises(ValueError, match="one title per kernel"):
        viz.kernels_and_maps(kernels, digits, maps, ["a"], ["d"], "t")
    with pytest.raises(ValueError, match="after ReLU"):
        viz.kernels_and_maps(kernels, digits, maps - 1, ["a", "b"], ["d"], "t")
