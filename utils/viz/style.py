"""The course's visual language: one colour, one meaning, in every chapter.

Grids fill each cell by its role; a figure whose colours carry meaning gets a legend from
`legend`, listing only the roles it uses.
"""

from matplotlib.patches import Patch

INPUT = "#dbe9f6"  # a value of the input
KERNEL = "#fde2c4"  # a weight of the kernel
OUTPUT = "#d7efd0"  # a value of the feature map
PAD = "#e6e6e6"  # zero padding (its digits are grey)
CURRENT = "#ffd24d"  # the output the window produces now
UNREAD = "#f4b6c2"  # input that no window reads
FIELD = "#c7b2e8"  # the receptive field of one output
WINDOW = "#d62728"  # outline: the window, where the kernel sits
EXTENT = "#3b3b3b"  # dashed outline: the bounding box (extent) of a receptive field
EDGE = "#8c8c8c"  # cell borders

LABELS = {
    INPUT: "input",
    KERNEL: "kernel",
    OUTPUT: "feature map",
    PAD: "zero padding",
    CURRENT: "output being computed",
    UNREAD: "never read by any window",
    FIELD: "receptive field",
    WINDOW: "window (kernel position)",
    EXTENT: "extent (bounding box)",
}
OUTLINES = {WINDOW: "-", EXTENT: "--"}  # roles drawn as an outline, with their line style


def fmt(value):
    """A number as short text: 3, -0.5, 0.12."""
    value = float(value)
    if value == int(value):
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def hide_axes(ax):
    """No frame, ticks or labels: for grids and pictures."""
    ax.axis("off")
    # Hidden ticks are still laid out every time the title is placed; without them a
    # figure of number grids draws about a third faster.
    ax.set_xticks([])
    ax.set_yticks([])


def legend(fig, colours, labels=None):
    """Lay the figure out with a legend under it for the given role colours.

    WINDOW and EXTENT are shown as outlines. Call it instead of fig.tight_layout().
    """
    labels = labels or {}
    handles = [
        Patch(facecolor="none", edgecolor=c, linewidth=2.5, linestyle=OUTLINES[c], label=labels.get(c) or LABELS[c])
        if c in OUTLINES
        else Patch(facecolor=c, edgecolor=EDGE, label=labels.get(c) or LABELS[c])
        for c in colours
    ]
    room = 0.4 / fig.get_figheight()  # about 0.4 inch for one row of legend
    fig.tight_layout(rect=(0, room, 1, 1))
    fig.legend(handles=handles, loc="lower center", ncol=len(handles), frameon=False, fontsize=9)
