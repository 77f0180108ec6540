"""number_grids writes every value of every map, with column indices, at one cell size."""

import matplotlib.pyplot as plt
import numpy as np
import pytest
from figures import legend_labels

from utils import viz


def test_number_grids_writes_values_and_column_indices():
    a, b = np.array([[0, -1, 3], [2, 0, 1]]), np.arange(8).reshape(2, 4)
    viz.number_grids([a, b], ["a", "b"])
    fig = plt.gcf()
    left, right = fig.axes
    assert [int(t.get_text()) for t in left.texts] == a.ravel().tolist() + [0, 1, 2]  # values, then indices
    assert [int(t.get_text()) for t in right.texts] == b.ravel().tolist() + [0, 1, 2, 3]
    assert np.diff(left.get_xlim())[0] == pytest.approx(np.diff(right.get_xlim())[0])  # one cell size
    assert legend_labels(fig) == ["feature map"]
    plt.close(fig)
