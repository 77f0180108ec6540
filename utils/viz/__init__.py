"""Figures for the chapters, in one visual language (style.py): grids and images."""

from .grids import channel_sum, corr_steps, draw_grid, padding_sizes, receptive_field_layers, windows
from .images import images
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
    "images",
    "legend",
    "padding_sizes",
    "receptive_field_layers",
    "windows",
]
