"""load_image and to_nchw, and the photos in img/ matching img/README.md."""

import hashlib
import os
import re

import numpy as np
import pytest

from utils import load_image, to_nchw
from utils.images import IMG_DIR, available_images


def listed_photos():
    """(file name, sha256) for each photo listed in img/README.md."""
    text = (IMG_DIR / "README.md").read_text(encoding="utf-8")
    return re.findall(r"^\|\s*`([^`]+)`\s*\|.*\|\s*([0-9a-f]{64})\s*\|\s*$", text, re.M)


def test_every_photo_is_listed_with_its_licence():
    listed = listed_photos()
    assert len(listed) >= 2
    assert sorted(name for name, _ in listed) == available_images()


@pytest.mark.parametrize("name, digest", listed_photos())
def test_photo_matches_its_sha256_and_loads(name, digest):
    assert hashlib.sha256((IMG_DIR / name).read_bytes()).hexdigest() == digest
    rgb = load_image(name)
    grey = load_image(name, mode="L")
    assert rgb.dtype == np.uint8 and rgb.ndim == 3 and rgb.shape[2] == 3
    assert grey.shape == rgb.shape[:2]
    assert min(grey.shape) >= 256 and max(grey.shape) <= 640
    assert rgb.std() > 10  # a photograph, not a flat placeholder


def test_load_image_works_from_any_directory(tmp_path):
    name = available_images()[0]
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert load_image(name).ndim == 3
    finally:
        os.chdir(here)


def test_load_image_rejects_bad_input():
    with pytest.raises(ValueError, match="name 'nope.jpg' is not an image in img/"):
        load_image("nope.jpg")
    with pytest.raises(ValueError, match="mode must be one of"):
        load_image(available_images()[0], mode="CMYK")
    with pytest.raises(TypeError, match="name must be a file name"):
        load_image(3)


def test_to_nchw():
    rgb = np.arange(2 * 3 * 3).reshape(2, 3, 3).astype(np.uint8)
    x = to_nchw(rgb)
    assert x.shape == (1, 3, 2, 3) and x.dtype == np.float32
    np.testing.assert_array_equal(x[0, 1], rgb[:, :, 1])
    assert to_nchw(np.zeros((4, 5))).shape == (1, 1, 4, 5)
    with pytest.raises(ValueError, match="img must be"):
        to_nchw(np.zeros((1, 2, 3, 4)))
    with pytest.raises(TypeError, match="img must be a numeric"):
        to_nchw(np.array([["a"]]))
