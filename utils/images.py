"""The photos shipped in img/, as NumPy arrays."""

from pathlib import Path

import numpy as np
from PIL import Image

from .validate import as_array

IMG_DIR = Path(__file__).resolve().parent.parent / "img"
_MODES = ("RGB", "L")


def available_images():
    """The names of the photos in img/."""
    return sorted(p.name for p in IMG_DIR.iterdir() if p.suffix.lower() in {".jpg", ".jpeg", ".png"})


def load_image(name, mode="RGB"):
    """A photo from img/ as uint8: (H, W, 3) for mode "RGB", (H, W) for "L" (grey)."""
    if not isinstance(name, str):
        raise TypeError(f"name must be a file name in img/, got {type(name).__name__}")
    if mode not in _MODES:
        raise ValueError(f"mode must be one of {_MODES}, got {mode!r}")
    names = available_images()
    if name not in names:
        raise ValueError(f"name {name!r} is not an image in img/; choose one of {names}")
    with Image.open(IMG_DIR / name) as img:
        return np.asarray(img.convert(mode))


def to_nchw(img):
    """An (H, W) or (H, W, C) image as a float32 array shaped (1, C, H, W)."""
    arr = as_array(img, "img", (2, 3), "(H, W) or (H, W, C)")
    if arr.ndim == 2:
        arr = arr[:, :, None]
    return np.ascontiguousarray(arr.transpose(2, 0, 1)[None], dtype=np.float32)
