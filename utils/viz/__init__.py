"""Figures for the chapters, in one visual language (style.py): grids and images."""

from .channels import batch, channel_sum, output_channels
from .grids import corr_steps, draw_grid, fit_digits, padding_sizes, windows
from .images import images
from .maps import number_grids
from .receptive import field_masks, receptive_field_layers
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
    "field_masks",
    "fit_digits",
    "images",
    "legend",
    "number_grids",
    "output_channels",
    "padding_sizes",
    "receptive_field_layers",
    "windows",
]
