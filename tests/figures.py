"""What the viz tests read back from a drawn figure: cells by colour, digits, panels, legends."""

import matplotlib.pyplot as plt
import numpy as np


def cells(ax, colour):
    """The filled cells of `ax` painted `colour`."""
    rgba = plt.matplotlib.colors.to_rgba(colour)
    return [p for p in ax.patches if p.get_fill() and p.get_facecolor() == rgba]


def digits(ax):
    """The numbers written in a grid's cells, as text artists."""
    return [t for t in ax.texts if t.get_gid() == "digit"]


def grid_values(ax, shape):
    return np.array([float(t.get_text()) for t in digits(ax)]).reshape(shape)


def legend_labels(fig):
    return [t.get_text() for t in fig.legends[0].get_texts()]


def panel(fig, title):
    """The one axes of `fig` with this title."""
    (ax,) = [ax for ax in fig.axes if ax.get_title() == title]
    return ax


def panels(fig):
    """The image panels of `fig`, in order."""
    return [ax for ax in fig.axes if ax.images and ax.get_title()]
