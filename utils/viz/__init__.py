"""Figures for the chapters, in one visual language (style.py): grids, images and widgets.

The widgets (step_through, explorer, stack_explorer, image_lab) are ipywidgets that show a
static copy of their first picture before themselves, for readers without a live kernel.
"""

from .explorer import explorer
from .grids import channel_sum, corr_steps, draw_grid, padding_sizes, receptive_field_layers, windows
from .imagelab import image_lab
from .images import images
from .player import step_through
from .stack import stack_explorer
from .style import CURRENT, FIELD, INPUT, KERNEL, OUTPUT, PAD, UNREAD, WINDOW, legend

__all__ = [
    "CURRENT",
    "FIELD",
    "INPUT",
    "KERNEL",
    "OUTPUT",
    "PAD",
    "UNREAD",
    "WINDOW",
    "channel_sum",
    "corr_steps",
    "draw_grid",
    "explorer",
    "image_lab",
    "images",
    "legend",
    "padding_sizes",
    "receptive_field_layers",
    "stack_explorer",
    "step_through",
    "windows",
]
