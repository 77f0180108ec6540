"""load_digits, and data/digits.csv.gz matching data/README.md."""

import csv
import gzip
import hashlib
import os
import re

import numpy as np

from utils import load_digits
from utils.datasets import DATA_DIR

# Class distribution of the UCI test set (optdigits.tes), as its description lists it.
UCI_TEST_COUNTS = [178, 182, 177, 183, 181, 182, 181, 179, 174, 180]


def listed_files():
    """(file name, sha256) for each file listed in data/README.md."""
    text = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    return re.findall(r"^\|\s*`([^`]+)`\s*\|.*\|\s*([0-9a-f]{64})\s*\|\s*$", text, re.M)


def test_every_data_file_is_listed_with_its_sha256():
    listed = dict(listed_files())
    assert sorted(listed) == sorted(p.name for p in DATA_DIR.iterdir() if p.name != "README.md")
    for name, digest in listed.items():
        assert hashlib.sha256((DATA_DIR / name).read_bytes()).hexdigest() == digest, name


def test_digits_shapes_types_and_ranges():
    images, labels = load_digits()
    assert images.shape == (1797, 8, 8) and images.dtype == np.uint8
    assert labels.shape == (1797,) and labels.dtype == np.int64
    assert images.min() == 0 and images.max() == 16
    assert sorted(set(labels.tolist())) == list(range(10))


def test_digits_parse_the_same_with_the_csv_module():
    with gzip.open(DATA_DIR / "digits.csv.gz", "rt", newline="") as f:
        rows = [[int(v) for v in row] for row in csv.reader(f)]
    assert len(rows) == 1797 and {len(r) for r in rows} == {65}
    images, labels = load_digits()
    for k in (0, 1, 900, 1796):
        # row by row: pixel (i, j) is value 8 * i + j of the row
        assert [[rows[k][8 * i + j] for j in range(8)] for i in range(8)] == images[k].tolist()
    assert [r[64] for r in rows] == labels.tolist()
    assert [r[:64] for r in rows] == images.reshape(1797, 64).tolist()


def test_digit_counts_are_the_uci_test_set():
    _, labels = load_digits()
    assert np.bincount(labels).tolist() == UCI_TEST_COUNTS
    assert sum(UCI_TEST_COUNTS) == 1797


def test_each_call_returns_new_arrays():
    images, labels = load_digits()
    images[0] = 99
    labels[0] = -1
    again, again_labels = load_digits()
    assert again[0].max() <= 16 and again_labels[0] == 0


def test_load_digits_works_from_any_directory(tmp_path):
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert load_digits()[0].shape == (1797, 8, 8)
    finally:
        os.chdir(here)
