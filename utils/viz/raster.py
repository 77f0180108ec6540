"""Pictures for the live widgets, drawn with Pillow in the course's colours (style.py).

A widget redraws on every slider move. Pillow draws a grid of numbers in a few
milliseconds, where matplotlib took 200 ms or more for the same figure on the course's
2-core machine, so the widgets draw here; the look follows draw_grid (same colours, cell
borders, red window, grey padding digits, font) and every picture gets a legend.

A picture is built from panels (Grid, Text, Bitmap, Row, Column), each knowing its size
and how to draw itself at a place; `picture` lays them out with a legend under them.
"""

import io
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

import matplotlib
import numpy as np
from matplotlib import font_manager
from PIL import Image, ImageDraw, ImageFont

from ..i18n import language, speaking
from .style import EDGE, LABELS, OUTLINES, WINDOW, fmt

GAP = 22  # pixels between panels
TITLE_SIZE = 15
TEXT_SIZE = 14
INK = (0, 0, 0)
CJK_CHARS = "\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef"  # CJK characters and full-width punctuation
CJK = re.compile(f"[{CJK_CHARS}]")
FAINT = (107, 107, 107)  # padding digits, as in draw_grid


# Font files with Chinese glyphs, most preferred first, as their names start (lower case): Noto and
# Source Han (Linux), PingFang, Hiragino and STHeiti (macOS), Microsoft YaHei, SimHei, SimSun (Windows).
CJK_FILES = (
    "notosanscjk-regular",
    "notosanscjk",
    "sourcehansans",
    "notosanssc",
    "pingfang",
    "hiragino sans gb",
    "msyh",
    "wqy-microhei",
    "wqy-zenhei",
    "simhei",
    "stheiti",
    "droidsansfallback",
    "simsun",
    "notoserifcjk",
)
NO_CJK_FONT = (
    "No Chinese font was found, so this picture is in English (the text below it is Chinese). "
    "Install a CJK font, for example fonts-noto-cjk, to see it in Chinese."
)


@cache
def cjk_font():
    """(file, face index) of an installed font with Chinese glyphs, or None."""
    # matplotlib's font cache may not list fonts installed after it was made, so the folders are searched.
    files = sorted(font_manager.findSystemFonts())
    for hint in CJK_FILES:
        for path in files:
            if Path(path).name.lower().startswith(hint):
                return path, _simplified_face(path)
    return None


@cache
def _font_file(lang):
    """(file, face index) of the font for `lang`: matplotlib's DejaVu Sans, or a CJK font for zh if there is one."""
    if lang == "zh" and cjk_font() is not None:
        return cjk_font()
    return str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"), 0


def _simplified_face(path):
    """The index of the Simplified Chinese face in a font collection (.ttc), else 0."""
    for index in range(8):
        try:
            family = ImageFont.truetype(path, 12, index=index).getname()[0]
        except OSError:
            break
        if family.endswith(" SC"):
            return index
    return 0


@cache
def _font(size, lang):
    path, index = _font_file(lang)
    return ImageFont.truetype(path, size, index=index)


def font(size):
    """The course's font (matplotlib's DejaVu Sans) at `size` pixels, or a CJK font for zh."""
    return _font(int(size), language())


def _script(text):
    """The font a text needs: "zh" in the Chinese edition, or for Chinese characters (an uploaded 猫.png)."""
    return "zh" if language() == "zh" or CJK.search(text) else "en"


@cache
def rgb(colour):
    """A colour name or #hex as an (r, g, b) tuple of 0-255 ints."""
    return tuple(round(255 * c) for c in matplotlib.colors.to_rgb(colour))


@lru_cache(maxsize=4096)
def _mask(text, size, anchor, lang):
    """The rendered text as a grey mask, and its offset from the anchor point."""
    f = _font(size, lang)
    left, top, right, bottom = f.getbbox(text, anchor=anchor)
    mask = Image.new("L", (max(1, right - left), max(1, bottom - top)), 0)
    ImageDraw.Draw(mask).text((-left, -top), text, fill=255, font=f, anchor=anchor)
    return mask, left, top


def put_text(image, xy, text, size, colour=(0, 0, 0), anchor="la"):
    """Write `text` at xy (anchor as in Pillow: "mm" centre, "mt" middle top ...).

    Rendered text is cached: the grids repeat the same few numbers on every redraw.
    """
    mask, left, top = _mask(text, int(size), anchor, _script(text))
    image.paste(colour, (int(round(xy[0] + left)), int(round(xy[1] + top))), mask)


def fill(shape, colour):
    """An (h, w, 3) uint8 array of one colour, to paint roles into with masks."""
    return np.broadcast_to(np.array(rgb(colour), np.uint8), (*shape, 3)).copy()


def text_width(text, size):
    return _width(text, int(size), _script(text))


@lru_cache(maxsize=4096)
def _width(text, size, lang):
    return _font(size, lang).getlength(text)


def cell_size(rows, cols, room=300, largest=40, smallest=2):
    """Pixels per cell so that a rows x cols grid fits in about `room` pixels."""
    return int(max(smallest, min(largest, room // max(rows, cols, 1))))


@dataclass
class Grid:
    """A 2-D array drawn as cells: colours (h, w, 3), optional numbers, marks and outlines."""

    colours: np.ndarray
    values: np.ndarray | None = None
    title: str = ""
    cell: int = 34
    shown: np.ndarray | None = None  # which numbers are written (default all)
    faint: np.ndarray | None = None  # numbers written grey (padding)
    outline: list = field(default_factory=list)  # (row, col) cells outlined in WINDOW red
    dots: list = field(default_factory=list)  # (row, col) cells with a red dot in their top-left corner
    box: tuple | None = None  # (top, left, height, width) in cells, outlined dashed in `box_colour`
    box_colour: str = WINDOW

    @property
    def title_height(self):
        return TITLE_SIZE + 8 if self.title else 0

    @property
    def size(self):
        h, w = self.colours.shape[:2]
        width = max(w * self.cell + 1, text_width(self.title, TITLE_SIZE) if self.title else 0)
        return int(width), h * self.cell + 1 + self.title_height

    def draw(self, image, x, y):
        draw = ImageDraw.Draw(image)
        h, w = self.colours.shape[:2]
        c = self.cell
        left = x + (self.size[0] - (w * c + 1)) // 2
        if self.title:
            put_text(image, (x + self.size[0] / 2, y), self.title, TITLE_SIZE, INK, "mt")
        top = y + self.title_height
        cells = np.repeat(np.repeat(self.colours, c, axis=0), c, axis=1)
        image.paste(Image.fromarray(cells), (left, top))
        if c >= 5:  # below that, borders would hide the colours
            edge = rgb(EDGE)
            for i in range(h + 1):
                draw.line([(left, top + i * c), (left + w * c, top + i * c)], fill=edge)
            for j in range(w + 1):
                draw.line([(left + j * c, top), (left + j * c, top + h * c)], fill=edge)
        if self.values is not None and c >= 14:
            self._numbers(image, left, top)
        red = rgb(WINDOW)
        width = 3 if c >= 14 else 2 if c >= 6 else 1
        for i, j in self.outline:
            draw.rectangle([left + j * c, top + i * c, left + (j + 1) * c, top + (i + 1) * c], outline=red, width=width)
        if self.box is not None:
            bt, bl, bh, bw = self.box
            dashed_rectangle(draw, left + bl * c, top + bt * c, bw * c, bh * c, rgb(self.box_colour), max(2, width - 1))
        r = max(2, c // 8)
        for i, j in self.dots:
            cx, cy = left + j * c + r + 3, top + i * c + r + 3
            draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=red)

    def _numbers(self, image, left, top):
        c = self.cell
        texts = [[fmt(v) for v in row] for row in self.values]
        longest = max((len(t) for row in texts for t in row), default=1)
        size = int(min(c * 0.45, (c - 6) / (0.62 * longest)))
        if size < 7:
            return
        for i, row in enumerate(texts):
            for j, t in enumerate(row):
                if self.shown is not None and not self.shown[i, j]:
                    continue
                colour = FAINT if self.faint is not None and self.faint[i, j] else INK
                put_text(image, (left + (j + 0.5) * c, top + (i + 0.5) * c), t, size, colour, "mm")


# A unit wrap never breaks inside: a Chinese character or a run of other non-spaces, with the closing
# punctuation after it (no line starts with ，) and the spaces after it.
_UNIT = re.compile(rf"(?:[{CJK_CHARS}]|[^\s{CJK_CHARS}]+)[，。：；！？）、」』]*\s*")


def wrap(line, size, width):
    """`line` broken into pieces at most `width` pixels wide: at spaces, after a sum's +, between Chinese characters."""
    units = []
    for unit in _UNIT.findall(line):
        if units and unit.strip() in ("+", "="):  # a sum breaks after its plus sign, not before it
            units[-1] += unit
        else:
            units.append(unit)
    pieces, current = [], ""
    for unit in units:
        if current and text_width((current + unit).rstrip(), size) > width:
            pieces.append(current.rstrip())
            current = unit
        else:
            current += unit
    return [*pieces, current.rstrip()]


@dataclass
class Text:
    """Lines of text, wrapped at `width` pixels."""

    lines: list
    font_size: int = TEXT_SIZE
    width: int = 640
    colour: tuple = INK

    def __post_init__(self):
        self.lines = [piece for line in self.lines for piece in wrap(line, self.font_size, self.width)]

    @property
    def size(self):
        widest = max((text_width(t, self.font_size) for t in self.lines), default=0)
        return int(widest) + 1, len(self.lines) * (self.font_size + 6)

    def draw(self, image, x, y):
        for k, line in enumerate(self.lines):
            put_text(image, (x, y + k * (self.font_size + 6)), line, self.font_size, self.colour)


@dataclass
class Bitmap:
    """An RGB image (h, w, 3) uint8 with a title over it, in a thin frame (white stays visible).

    zoom: a whole magnification (each pixel drawn as a zoom x zoom block), for small images.
    """

    pixels: np.ndarray
    title: str = ""
    zoom: int = 1

    @property
    def size(self):
        h, w = (n * self.zoom + 2 for n in self.pixels.shape[:2])
        return int(max(w, text_width(self.title, TITLE_SIZE))), h + (TITLE_SIZE + 8 if self.title else 0)

    def draw(self, image, x, y):
        z = self.zoom
        h, w = (n * z for n in self.pixels.shape[:2])
        if self.title:
            put_text(image, (x + self.size[0] / 2, y), self.title, TITLE_SIZE, INK, "mt")
            y += TITLE_SIZE + 8
        left = x + (self.size[0] - w - 2) // 2
        ImageDraw.Draw(image).rectangle([left, y, left + w + 1, y + h + 1], outline=rgb(EDGE))
        pixels = np.repeat(np.repeat(self.pixels, z, axis=0), z, axis=1) if z > 1 else self.pixels
        image.paste(Image.fromarray(pixels), (left + 1, y + 1))


@dataclass
class Row:
    """Panels side by side, centred vertically."""

    panels: list
    gap: int = GAP

    @property
    def size(self):
        sizes = [p.size for p in self.panels]
        return sum(s[0] for s in sizes) + self.gap * (len(sizes) - 1), max(s[1] for s in sizes)

    def draw(self, image, x, y):
        height = self.size[1]
        for p in self.panels:
            w, h = p.size
            p.draw(image, x, y + (height - h) // 2)
            x += w + self.gap


@dataclass
class Column:
    """Panels one under the other, left-aligned."""

    panels: list
    gap: int = 14

    @property
    def size(self):
        sizes = [p.size for p in self.panels]
        return max(s[0] for s in sizes), sum(s[1] for s in sizes) + self.gap * (len(sizes) - 1)

    def draw(self, image, x, y):
        for p in self.panels:
            p.draw(image, x, y)
            y += p.size[1] + self.gap


def dashed_rectangle(draw, x, y, w, h, colour, width=2, dash=6):
    """A rectangle outline in dashes, as matplotlib's linestyle "--" draws EXTENT."""
    for x0, y0, x1, y1 in ((x, y, x + w, y), (x, y + h, x + w, y + h), (x, y, x, y + h), (x + w, y, x + w, y + h)):
        length = int(max(abs(x1 - x0), abs(y1 - y0)))
        for start in range(0, length, 2 * dash):
            end = min(start + dash, length)
            if x0 == x1:
                draw.line([(x0, y0 + start), (x0, y0 + end)], fill=colour, width=width)
            else:
                draw.line([(x0 + start, y0), (x0 + end, y0)], fill=colour, width=width)


def _swatch(draw, x, y, kind, colour):
    box = [x, y, x + 16, y + 16]
    if kind == "outline":
        draw.rectangle(box, outline=rgb(colour), width=3)
    elif kind == "dashed":
        dashed_rectangle(draw, x, y, 16, 16, rgb(colour), 2, 4)
    elif kind == "dot":
        draw.ellipse([x + 4, y + 4, x + 12, y + 12], fill=rgb(colour))
    else:
        draw.rectangle(box, fill=rgb(colour), outline=rgb(EDGE))


def legend_items(colours, labels=None):
    """Legend entries (kind, colour, label) for role colours, as style.legend draws them."""
    labels = labels or {}
    kinds = {"-": "outline", "--": "dashed"}
    return [(kinds[OUTLINES[c]] if c in OUTLINES else "fill", c, labels.get(c, LABELS[c])) for c in colours]


def picture(panel, legend=(), margin=12):
    """Draw `panel` on white with a legend under it; legend entries are (kind, colour, label)."""
    from ..i18n import tr

    entries = [(kind, colour, tr(label)) for kind, colour, label in legend]
    widths = [28 + text_width(label, TEXT_SIZE) for _, _, label in entries]
    pw, ph = panel.size
    room = max(pw, 420)
    rows, line, used = [], [], 0
    for entry, width in zip(entries, widths):
        if line and used + width > room:
            rows.append(line)
            line, used = [], 0
        line.append((entry, width))
        used += width + 18
    if line:
        rows.append(line)
    width = int(max(pw, max((sum(w + 18 for _, w in r) for r in rows), default=0))) + 2 * margin
    height = ph + 2 * margin + len(rows) * 24 + (8 if rows else 0)
    image = Image.new("RGB", (width, height), "white")
    panel.draw(image, margin + (width - 2 * margin - pw) // 2, margin)
    draw = ImageDraw.Draw(image)
    y = margin + ph + 10
    for r in rows:
        x = (width - sum(w + 18 for _, w in r) + 18) / 2
        for (kind, colour, label), w in r:
            _swatch(draw, x, y, kind, colour)
            put_text(image, (x + 24, y + 8), label, TEXT_SIZE, INK, "lm")
            x += w + 18
        y += 24
    return image


def render(draw):
    """The JPEG bytes of the picture `draw()` returns, in the current language.

    Without a CJK font Chinese words would be drawn as empty boxes, so then the picture is drawn
    in English, with a line under it saying why and what to install; the widget's text stays Chinese.
    """
    if language() != "zh" or cjk_font() is not None:
        return encode(draw())
    with speaking("en"):
        image = draw()
        note = Text([NO_CJK_FONT], font_size=12, width=max(image.width - 24, 300), colour=FAINT)
        framed = Image.new("RGB", (max(image.width, note.size[0] + 24), image.height + note.size[1] + 12), "white")
        framed.paste(image, (0, 0))
        note.draw(framed, 12, image.height)
    return encode(framed)


def encode(image):
    """JPEG bytes at quality 95 without colour subsampling: text and outlines stay sharp.

    PNG would be the usual choice for flat colours, but Pillow took 20-30 ms to write one
    picture here, JPEG about 1 ms (benchmarks/widget_latency.py measures the callbacks).
    """
    buf = io.BytesIO()
    image.save(buf, format="JPEG", quality=95, subsampling=0)
    return buf.getvalue()
