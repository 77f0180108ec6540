"""image_lab: Paddle's output on a known photo, and every kind of bad upload, made with real bytes."""

import datetime
import io
import re
import struct
import zlib

import numpy as np
import pytest
from PIL import Image

from utils import viz
from utils.images import IMG_DIR
from utils.viz.imagelab import MAX_SIDE
from utils.viz.photos import PhotoError, read_photo


def scaled_photo(name, mode):
    """The photo as the lab should see it: fitted into MAX_SIDE x MAX_SIDE, then made grey or kept RGB."""
    with Image.open(IMG_DIR / name) as img:
        small = img.convert("RGB")
    small.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    return np.asarray(small.convert(mode)).astype(np.float64)


def range_in(text):
    lo, hi = re.search(r"range (-?[\d.]+) to (-?[\d.]+)", text).groups()
    return float(lo), float(hi)


def png_bytes(array, **save):
    buf = io.BytesIO()
    Image.fromarray(array).save(buf, format="PNG", **save)
    return buf.getvalue()


def upload(lab, data, name):
    file = {
        "name": name,
        "type": "image/png",
        "size": len(data),
        "content": memoryview(data),
        "last_modified": datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC),
    }
    lab.upload.value = (file,)


def test_boundary_kernel_on_chelsea_grey():
    lab = viz.image_lab("chelsea.png", "boundary", channels="grey")
    grey = scaled_photo("chelsea.png", "L")
    by_hand = grey[:, :-2] - grey[:, 2:]  # [1, 0, -1]: left neighbour minus right neighbour
    assert lab.out.shape == by_hand.shape == (266, 398)
    np.testing.assert_allclose(lab.out, by_hand, atol=1e-4)
    assert range_in(lab.text.value) == (round(by_hand.min(), 1), round(by_hand.max(), 1))
    assert "scaled down from 300x451 to 266x400" in repr(lab)


def test_laplacian_in_colour_is_the_slice_over_r_plus_g_plus_b():
    lab = viz.image_lab("chelsea.png", "laplacian", channels="colour")
    rgb = scaled_photo("chelsea.png", "RGB").sum(axis=2)
    centre = rgb[1:-1, 1:-1]
    neighbours = sum(
        rgb[1 + di : rgb.shape[0] - 1 + di, 1 + dj : rgb.shape[1] - 1 + dj] for di in (-1, 0, 1) for dj in (-1, 0, 1)
    )
    by_hand = (9 * centre - neighbours) / 8  # the 3x3 sum includes the centre: (8·centre - 8 neighbours) / 8
    np.testing.assert_allclose(lab.out, by_hand, atol=1e-3)
    assert range_in(repr(lab)) == (round(by_hand.min(), 1), round(by_hand.max(), 1))


def test_controls_change_picture_and_range():
    lab = viz.image_lab("coffee.png", "mean", size=5)
    grey = scaled_photo("coffee.png", "L")
    assert lab.out.shape == (grey.shape[0] - 4, grey.shape[1] - 4)
    lo, hi = range_in(lab.text.value)
    assert grey.min() <= lo <= hi <= grey.max()  # a mean stays within the values it averages
    before = (lab.image.value, lab.text.value)
    lab.size.value = 3
    assert lab.out.shape == (grey.shape[0] - 2, grey.shape[1] - 2) and lab.image.value != before[0]
    assert lab.size.layout.display == "" and lab.grid.layout.display == "none"
    lab.kernel.value = "custom"  # starts as the identity: the output is the input without its border
    assert lab.grid.layout.display == "" and lab.size.layout.display == "none"
    np.testing.assert_allclose(lab.out, grey[1:-1, 1:-1], atol=1e-4)
    lab.cells[4].value = 2.0  # doubles it
    np.testing.assert_allclose(lab.out, 2 * grey[1:-1, 1:-1], atol=1e-3)
    assert range_in(lab.text.value) == (round(2 * grey[1:-1, 1:-1].min(), 1), round(2 * grey[1:-1, 1:-1].max(), 1))


def corrupt_png():
    data = png_bytes(np.random.default_rng(0).integers(0, 255, (64, 64, 3), dtype=np.uint8))
    return data[: len(data) // 2]


def huge_png():
    # A PNG whose header declares 20000x20000 grey pixels (400 megapixels). Pillow refuses it from
    # the header alone, as it would a whole file of that size, so the pixel data can stay out.
    ihdr = struct.pack(">IIBBBBB", 20000, 20000, 8, 0, 0, 0, 0)
    chunk = struct.pack(">I", len(ihdr)) + b"IHDR" + ihdr + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    end = struct.pack(">I", 0) + b"IEND" + struct.pack(">I", zlib.crc32(b"IEND"))
    return b"\x89PNG\r\n\x1a\n" + chunk + end


def big_png():
    buf = io.BytesIO()
    Image.new("L", (9000, 7000)).save(buf, format="PNG")
    return buf.getvalue()


@pytest.mark.parametrize(
    "make, name, words",
    [
        (lambda: b"", "empty.png", "is empty"),
        (lambda: b"just some words, not a picture", "notes.txt", "not an image the lab can read"),
        (corrupt_png, "cut.png", "could not be decoded"),
        (huge_png, "huge.png", "more pixels than Pillow will open"),
        (big_png, "big.png", "7000x9000 pixels (63 megapixels); the lab takes up to 50"),
        (lambda: b"\x89PNG" + bytes(31 * 2**20), "fat.png", "is 31 MB; the lab opens files up to 30 MB"),
    ],
)
def test_unusable_uploads_get_a_message_and_keep_the_photo(make, name, words):
    lab = viz.image_lab()
    before = (lab.photo.value, lab.image.value)
    upload(lab, make(), name)
    assert words in lab.text.value and "Something unexpected" not in lab.text.value
    assert (lab.photo.value, lab.image.value) == before
    with pytest.raises(PhotoError, match=re.escape(words)):
        read_photo(make(), name, MAX_SIDE)


def usable_uploads():
    grey16 = (np.arange(60 * 80).reshape(60, 80) * 13).astype(np.uint16)
    rgba = np.zeros((50, 70, 4), np.uint8)
    rgba[..., 0], rgba[:, :35, 3], rgba[:, 35:, 3] = 255, 255, 0  # red, right half transparent
    frames = [Image.new("RGB", (40, 30), c) for c in ("red", "blue")]
    gif = io.BytesIO()
    frames[0].save(gif, format="GIF", save_all=True, append_images=frames[1:])
    cmyk = io.BytesIO()
    Image.new("CMYK", (40, 30), (0, 255, 255, 0)).save(cmyk, format="JPEG")
    large = io.BytesIO()
    Image.new("RGB", (3000, 2000), "orange").save(large, format="JPEG")
    return [
        (png_bytes(grey16), "deep.png", "a 16-bit image: its values 0-65535 were scaled to 0-255", (60, 80)),
        (png_bytes(rgba), "alpha.png", "alpha channel was dropped, transparent parts put on white", (50, 70)),
        (png_bytes(np.full((30, 40), 90, np.uint8)), "grey.png", "a grey image: one channel", (30, 40)),
        (gif.getvalue(), "anim.gif", "an animation of 2 frames: the first frame is used", (30, 40)),
        (cmyk.getvalue(), "print.jpg", "a CMYK image: converted to RGB", (30, 40)),
        (large.getvalue(), "large.jpg", "scaled down from 2000x3000 to 267x400 pixels, for speed", (267, 400)),
    ]


@pytest.mark.parametrize("data, name, note, shape", usable_uploads())
def test_usable_uploads_are_used_and_noted(data, name, note, shape):
    lab = viz.image_lab(kernel="boundary", channels="grey")
    upload(lab, data, name)
    assert lab.photo.value.endswith(name) and lab.pixels.shape == shape
    assert note in lab.text.value and note in repr(lab)
    assert lab.out.shape == (shape[0], shape[1] - 2)


def test_upload_values_are_what_pillow_decodes():
    grey16 = (np.arange(60 * 80).reshape(60, 80) * 13).astype(np.uint16)
    pixels, _ = read_photo(png_bytes(grey16), "deep.png")
    np.testing.assert_array_equal(pixels, np.round(grey16 / 65535 * 255).astype(np.uint8))
    rgba = np.zeros((4, 4, 4), np.uint8)
    rgba[..., 2], rgba[:, :2, 3] = 200, 255  # opaque blue left half, transparent right half
    pixels, _ = read_photo(png_bytes(rgba), "alpha.png")
    assert pixels[0, 0].tolist() == [0, 0, 200] and pixels[0, 3].tolist() == [255, 255, 255]


def test_exif_orientation_turns_the_photo_upright():
    img = Image.new("RGB", (60, 40), "green")
    exif = img.getexif()
    exif[0x0112] = 6  # "rotate 90° clockwise to view"
    buf = io.BytesIO()
    img.save(buf, format="JPEG", exif=exif)
    pixels, notes = read_photo(buf.getvalue(), "phone.jpg", MAX_SIDE)
    assert pixels.shape[:2] == (60, 40) and "turned upright" in notes[0]


def test_a_photo_smaller_than_the_kernel():
    lab = viz.image_lab(kernel="mean", size=7)
    upload(lab, png_bytes(np.zeros((4, 4), np.uint8)), "tiny.png")
    assert lab.out is None and "smaller than the kernel (7x7): no window fits" in lab.text.value
    assert "no output" in repr(lab)


def test_colour_mode_on_a_grey_upload_says_what_it_does():
    lab = viz.image_lab(kernel="boundary", channels="colour")
    upload(lab, png_bytes(np.full((30, 40), 90, np.uint8)), "grey.png")
    assert "its one channel is used as R, G and B" in lab.text.value
    np.testing.assert_allclose(lab.out, 0)  # a flat image has no boundary


def test_bad_arguments():
    with pytest.raises(ValueError, match="photo"):
        viz.image_lab("dog.png")
    with pytest.raises(ValueError, match="kernel"):
        viz.image_lab(kernel="sobel")
    with pytest.raises(ValueError, match="size"):
        viz.image_lab(size=0)
