"""The channel and batch figures write the right numbers in the right panels: every value is
recomputed here by explicit window sums, independently of utils.conv."""

import matplotlib.pyplot as plt
import numpy as np
import pytest
from figures import legend_labels, panel

from utils import viz


def numbers(ax):
    return [float(t.get_text()) for t in ax.texts]


def window_sums(x, w):
    """(C_out, H_out, W_out) for one image x (C_in, H, W), w (C_out, C_in, kh, kw), by the definition."""
    c_out, _, kh, kw = w.shape
    out = np.zeros((c_out, x.shape[1] - kh + 1, x.shape[2] - kw + 1))
    for o, i, j in np.ndindex(*out.shape):
        out[o, i, j] = sum(
            x[c, i + u, j + v] * w[o, c, u, v] for c in range(x.shape[0]) for u in range(kh) for v in range(kw)
        )
    return out


rng = np.random.default_rng(0)
X = rng.integers(0, 4, size=(3, 4, 4))
W = rng.integers(-1, 2, size=(2, 3, 2, 2))


def test_channel_sum_shows_each_channel_and_the_sum():
    viz.channel_sum(X, W[0])
    fig = plt.gcf()
    assert numbers(panel(fig, "sum over channels")) == list(window_sums(X, W[:1])[0].ravel())
    for c in range(3):
        assert numbers(panel(fig, f"channel {c} ⋆ slice {c}")) == list(
            window_sums(X[c : c + 1], W[:1, c : c + 1])[0].ravel()
        )
    assert fig._suptitle.get_text() == "input 3x4x4 ⋆ kernel 3x2x2: 3 results added into one map"


def test_output_channels_one_map_per_kernel():
    viz.output_channels(X, W)
    fig = plt.gcf()
    expected = window_sums(X, W)
    for o in range(2):
        assert numbers(panel(fig, f"output channel {o}")) == list(expected[o].ravel())
        for c in range(3):
            assert numbers(panel(fig, f"kernel {o}, slice {c}")) == list(W[o, c].ravel())
    assert [len(numbers(panel(fig, f"input channel {c}"))) for c in range(3)] == [16, 16, 16]
    assert "output 2x3x3" in fig._suptitle.get_text()
    assert legend_labels(fig) == ["input", "kernel", "feature map"]


def test_output_channels_rejects_mismatched_channels():
    with pytest.raises(ValueError, match="C_in=3"):
        viz.output_channels(X[:2], W)


def test_batch_every_image_through_the_same_weight():
    batch = rng.integers(0, 4, size=(2, 3, 5, 5))
    weight = rng.integers(-1, 2, size=(2, 3, 3, 3))
    bias = np.array([1, -2])
    viz.batch(batch, weight, bias)
    fig = plt.gcf()
    for n in range(2):
        expected = window_sums(batch[n], weight) + bias[:, None, None]
        for o in range(2):
            assert numbers(panel(fig, f"output {n}, channel {o}")) == list(expected[o].ravel())
    assert fig._suptitle.get_text() == (
        "batch 2x3x5x5, the same weight 2x3x3x3 + bias (1, -2) for every image → output 2x2x3x3"
    )
    assert fig.legends
