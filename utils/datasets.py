"""The small datasets shipped in data/, as NumPy arrays."""

import gzip
from pathlib import Path

import numpy as np

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def load_digits():
    """The 1797 handwritten digits of data/digits.csv.gz (origin and licence: data/README.md).

    Returns (images, labels): images uint8 (1797, 8, 8), each pixel a count of ink in 0..16;
    labels int64 (1797,), the digit 0..9 each image shows. Each row of the file is the 64
    pixels of one image, row by row, then its label.
    """
    with gzip.open(DATA_DIR / "digits.csv.gz", "rt") as f:
        table = np.loadtxt(f, delimiter=",", dtype=np.int64)
    return table[:, :64].reshape(-1, 8, 8).astype(np.uint8), table[:, 64]
