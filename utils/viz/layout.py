"""Layout helpers shared by the figure modules."""


def same_cells(ax, shape, size):
    """Widen the limits around a grid of `shape` so its cells are as large as those of a `size` grid.

    Panels drawn this way show one pixel at one size, whatever each grid's shape.
    """
    h, w = shape
    dh, dw = (size[0] - h) / 2, (size[1] - w) / 2
    ax.set_xlim(-0.15 - dw, w + 0.15 + dw)
    ax.set_ylim(h + 0.15 + dh, -0.15 - dh)
