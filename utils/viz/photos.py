"""Reading a photo a learner uploads: anything Pillow opens, made into 8-bit grey or RGB.

Every problem becomes a PhotoError with a plain-language message for the panel, and
every change made to the picture (16-bit scaled, transparency dropped, scaled down ...)
is returned as a note, so nothing happens silently.
"""

import io
import warnings

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from ..i18n import tr

MAX_BYTES = 30 * 2**20  # larger files are slow to send from the browser to the kernel
MAX_PIXELS = 50_000_000
ORIENTATION = 0x0112  # the EXIF tag that says how to turn the picture upright


class PhotoError(ValueError):
    """A photo that cannot be used, with a message for the learner."""


def _open(data, name):
    if not data:
        raise PhotoError(tr("{name} is empty (0 bytes): choose a photo file.").format(name=name))
    if len(data) > MAX_BYTES:
        raise PhotoError(
            tr("{name} is {mb:.0f} MB; the lab opens files up to {limit} MB. Make it smaller first.").format(
                name=name, mb=len(data) / 2**20, limit=MAX_BYTES // 2**20
            )
        )
    try:
        with warnings.catch_warnings():
            # Pillow warns above 89 million pixels; the size is checked just below instead.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
    except UnidentifiedImageError:
        raise PhotoError(
            tr(
                "{name} is not an image the lab can read. Choose a photo file (PNG, JPEG, GIF, BMP, TIFF or WebP)."
            ).format(name=name)
        ) from None
    except Image.DecompressionBombError:
        raise PhotoError(
            tr(
                "{name} has more pixels than Pillow will open (over {limit} million): far too big for the lab, "
                "which takes up to {max} megapixels."
            ).format(name=name, limit=2 * Image.MAX_IMAGE_PIXELS // 10**6, max=MAX_PIXELS // 10**6)
        ) from None
    w, h = img.size
    if w * h > MAX_PIXELS:
        raise PhotoError(
            tr("{name} is {h}x{w} pixels ({mp:.0f} megapixels); the lab takes up to {max} megapixels.").format(
                name=name, w=w, h=h, mp=w * h / 1e6, max=MAX_PIXELS // 10**6
            )
        )
    return img


def _to_8bit(img, notes):
    """An 8-bit "L" or "RGB" image, noting every conversion."""
    mode = img.mode
    if mode in ("L", "RGB"):
        return img
    if mode == "1":
        notes.append(tr("a black-and-white (1-bit) image: used as grey 0 and 255."))
        return img.convert("L")
    if mode.startswith("I"):
        values = np.asarray(img).astype(np.float64)
        top = 65535 if values.max() <= 65535 else values.max()
        notes.append(tr("a 16-bit image: its values 0-{top:.0f} were scaled to 0-255.").format(top=top))
        return Image.fromarray(np.round(values / top * 255).clip(0, 255).astype(np.uint8), "L")
    if mode == "F":
        values = np.asarray(img).astype(np.float64)
        lo, hi = float(values.min()), float(values.max())
        notes.append(
            tr("a floating-point image: its values {lo:g} to {hi:g} were scaled to 0-255.").format(lo=lo, hi=hi)
        )
        scaled = (values - lo) / ((hi - lo) or 1) * 255
        return Image.fromarray(np.round(scaled).astype(np.uint8), "L")
    if "A" in mode or (mode == "P" and "transparency" in img.info):
        grey = mode in ("LA", "La")
        rgba = img.convert("RGBA")
        notes.append(
            tr(
                "an image with transparency ({mode}): its alpha channel was dropped, transparent parts put on white."
            ).format(mode=mode)
        )
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        flat = Image.alpha_composite(white, rgba).convert("RGB")
        return flat.convert("L") if grey else flat
    if mode != "P":
        notes.append(tr("a {mode} image: converted to RGB.").format(mode=mode))
    return img.convert("RGB")


def read_photo(data, name, max_side=None):
    """Bytes of an uploaded file as (uint8 array (H, W) or (H, W, 3), notes).

    Raises PhotoError with a message for the learner when the file cannot be used.
    With max_side the photo is scaled down to fit (and a note says so).
    """
    img = _open(bytes(data), name)
    original = img.size
    notes = []
    frames = getattr(img, "n_frames", 1)
    if frames > 1:
        notes.append(tr("an animation of {n} frames: the first frame is used.").format(n=frames))
    if max_side and img.format == "JPEG":
        img.draft(img.mode, (max_side, max_side))  # decode big JPEGs at a fraction of their size: much faster
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img.load()
            orientation = img.getexif().get(ORIENTATION, 1)
            if orientation != 1:
                img = ImageOps.exif_transpose(img)
                if orientation in (5, 6, 7, 8):  # a quarter turn: width and height swap
                    original = original[::-1]
                notes.append(tr("turned upright, as its EXIF orientation tag says."))
    except (OSError, SyntaxError, ValueError) as err:
        raise PhotoError(
            tr("{name} could not be decoded: the file looks damaged or cut short ({error}).").format(
                name=name, error=err
            )
        ) from None
    img = _to_8bit(img, notes)
    if img.mode == "L":
        notes.append(tr("a grey image: one channel."))
    pixels, note = fit(np.asarray(img), max_side, original) if max_side else (np.asarray(img), None)
    return pixels, notes + ([note] if note else [])


def fit(pixels, max_side, original=None):
    """Scale a uint8 photo down so its longer side is at most max_side; returns (pixels, note or None).

    original: the (width, height) to report, when the photo was already reduced while decoding.
    """
    h, w = pixels.shape[:2]
    ow, oh = original or (w, h)
    if max(h, w) <= max_side and (ow, oh) == (w, h):
        return pixels, None
    img = Image.fromarray(pixels)
    if max(h, w) > max_side:
        img.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    small = np.asarray(img)
    note = tr("scaled down from {h}x{w} to {sh}x{sw} pixels, for speed.").format(
        w=ow, h=oh, sw=small.shape[1], sh=small.shape[0]
    )
    return small, note
