"""Helpers shared by the convolution chapters.

Importing utils imports Paddle once, quietly (see quiet_paddle). The names below are
the API the chapters and tests rely on.
"""

from .conv import conv2d, conv_output_size, corr2d
from .datasets import load_digits
from .exercises import check
from .i18n import set_language
from .images import load_image, to_nchw
from .layers import make_conv2d, run
from .quiet_paddle import paddle
from .receptive import RF, measure_receptive_field, receptive_field, receptive_field_mask

__all__ = [
    "RF",
    "check",
    "conv2d",
    "conv_output_size",
    "corr2d",
    "load_digits",
    "load_image",
    "make_conv2d",
    "measure_receptive_field",
    "paddle",
    "receptive_field",
    "receptive_field_mask",
    "run",
    "set_language",
    "to_nchw",
]
