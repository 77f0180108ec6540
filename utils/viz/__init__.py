"""Figures for the chapters, in one visual language (style.py): grids, images and training curves."""

from .arguments import connections, dilated_kernel, padding_modes, spread
from .channels import batch, channel_sum, output_channels
from .computing import im2col, speed, unfold
from .grids import corr_steps, draw_grid, fit_digits, padding_sizes, windows
from .images import images
from .learning import composed_kernels, kernels_and_maps, loss_curves
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
    "composed_kernels",
    "connections",
    "corr_steps",
    "dilated_kernel",
    "draw_grid",
    "field_masks",
    "fit_digits",
    "im2col",
    "images",
    "kernels_and_maps",
    "legend",
    "loss_curves",
    "number_grids",
    "output_channels",
    "padding_modes",
    "padding_sizes",
    "receptive_field_layers",
    "speed",
    "spread",
    "unfold",
    "windows",
]
