"""Figures for the chapters, in one visual language (style.py): grids, images, training curves
and widgets.

The widgets (step_through, explorer, stack_explorer, image_lab) are ipywidgets that show a
static copy of their first picture before themselves, for readers without a live kernel.
"""

from .arguments import connections, dilated_kernel, padding_modes, spread
from .channels import batch, channel_sum, output_channels
from .computing import im2col, speed, unfold
from .explorer import explorer
from .grids import corr_steps, draw_grid, fit_digits, padding_sizes, windows
from .imagelab import image_lab
from .images import images
from .learning import composed_kernels, kernels_and_maps, loss_curves
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
    "composed_kernels",
    "connections",
    "corr_steps",
    "dilated_kernel",
    "draw_grid",
    "explorer",
    "field_masks",
    "fit_digits",
    "im2col",
    "image_lab",
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
    "stack_explorer",
    "step_through",
    "unfold",
    "windows",
]
