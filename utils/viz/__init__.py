"""Figures for the chapters, in one visual language (style.py): grids, images and widgets.

The widgets (step_through, explorer, stack_explorer, image_lab) are ipywidgets that show a
static copy of their first picture before themselves, for readers without a live kernel.
"""

from .channels import batch, channel_sum, output_channels
from .explorer import explorer
from .grids import corr_steps, draw_grid, fit_digits, padding_sizes, windows
from .imagelab import image_lab
from .images import images
from .maps import number_grids
from .player import step_through
from .receptive import field_masks, receptive_field_layers
from .stack import stack_explorer
from .style import CURRENT, EXTENT, FIELD, INPUT, KERNEL, OUTPUT, PAD, UNREAD, WINDOW, legend

__all__ = [
    "CURRENT",
    "EXTENT",
    "FIELD",
    "INPUT",
    "KERNEL",
    "OUTPUT",
    "PAD",
    "UNREAD",
    "WINDOW",
    "batch",
    "channel_sum",
    "corr_steps",
    "draw_grid",
    "explorer",
    "field_masks",
    "fit_digits",
    "image_lab",
    "images",
    "legend",
    "number_grids",
    "output_channels",
    "padding_sizes",
    "receptive_field_layers",
    "stack_explorer",
    "step_through",
    "windows",
]
