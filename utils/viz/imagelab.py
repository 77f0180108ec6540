"""image_lab: a photo (shipped or uploaded), a kernel, and Paddle's output with its range."""

import html

import ipywidgets as widgets
import numpy as np
from PIL import Image, ImageDraw

from ..i18n import language, tr
from ..images import available_images, load_image, to_nchw
from ..layers import make_conv2d, run
from . import raster
from .live import ERROR, CourseWidget, message, picture_widget, show_with_static_copy
from .photos import PhotoError, fit, read_photo

MAX_SIDE = 400  # photos are scaled down to this for speed (benchmarks/widget_latency.py)
SMALL = 160  # photos smaller than this are shown magnified
MAX_MEAN = 7  # a 9x9 mean over 3 channels cost Paddle 70+ ms of CPU (benchmarks/widget_latency.py)
LAPLACIAN = np.array([[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]]) / 8
KERNELS = {
    "boundary": "the boundary kernel [1, 0, −1]",
    "laplacian": "Laplacian: 8 in the centre, −1 around, ÷ 8",
    "mean": "mean blur, k x k",
    "custom": "your 3x3 kernel",
}
CHANNELS = {"grey": "grey: 1 channel", "colour": "colour: R, G, B summed into 1 map"}
BAR_WIDTH = 16


def kernel_for(name, size=5, custom=None):
    """The 2-D kernel slice of a named choice."""
    if name == "boundary":
        return np.array([[1.0, 0.0, -1.0]])
    if name == "laplacian":
        return LAPLACIAN
    if name == "mean":
        return np.full((size, size), 1.0 / (size * size))
    if name == "custom":
        return np.asarray(custom, dtype=np.float64).reshape(3, 3)
    raise ValueError(f"kernel must be one of {list(KERNELS)}, got {name!r}")


def apply_kernel(pixels, kernel):
    """Paddle's Conv2D output (H_out, W_out) for a uint8 photo, the slice repeated over its channels."""
    x = to_nchw(pixels)
    weight = np.repeat(np.asarray(kernel, np.float32)[None, None], x.shape[1], axis=1)
    return run(make_conv2d(weight), x)[0, 0]


def scale_for(out):
    """(vmin, vmax): symmetric around 0 when the map has negative values (0 is mid-grey), else its range."""
    lo, hi = float(out.min()), float(out.max())
    if lo < 0:
        lim = max(-lo, hi) or 1.0
        return -lim, lim
    return (lo, hi) if hi > lo else (lo - 1, hi + 1)


def grey_pixels(values, vmin, vmax):
    """RGB uint8 of a map on a linear grey scale: vmin black, vmax white (matplotlib's "gray")."""
    grey = np.round(np.clip((values - vmin) / (vmax - vmin), 0, 1) * 255).astype(np.uint8)
    return np.repeat(grey[..., None], 3, axis=-1)


class ColourBar:
    """A vertical grey scale from vmin (bottom) to vmax (top), its ends and 0 labelled."""

    def __init__(self, vmin, vmax, height):
        self.vmin, self.vmax, self.height = vmin, vmax, height
        self.ticks = [vmin, vmax] + ([0.0] if vmin < 0 < vmax else [])
        self.labels = [f"{t:.1f}" for t in self.ticks]

    @property
    def size(self):
        return BAR_WIDTH + 8 + int(max(raster.text_width(t, raster.TEXT_SIZE) for t in self.labels)), self.height

    def draw(self, image, x, y):
        ramp = np.linspace(self.vmax, self.vmin, self.height)[:, None].repeat(BAR_WIDTH, axis=1)
        image.paste(Image.fromarray(grey_pixels(ramp, self.vmin, self.vmax)), (x, y))
        draw = ImageDraw.Draw(image)
        draw.rectangle([x, y, x + BAR_WIDTH, y + self.height - 1], outline=raster.rgb("#8c8c8c"))
        for tick, label in zip(self.ticks, self.labels):
            ty = y + (self.vmax - tick) / (self.vmax - self.vmin) * (self.height - 1)
            draw.line([(x + BAR_WIDTH, ty), (x + BAR_WIDTH + 4, ty)], fill=raster.INK)
            raster.put_text(image, (x + BAR_WIDTH + 7, ty), label, raster.TEXT_SIZE, raster.INK, "lm")


class ImageLab(CourseWidget):
    """Choose or upload a photo, choose a kernel, see Paddle's output beside it with its range."""

    def __init__(self, photo="chelsea.png", kernel="laplacian", size=5, channels="grey"):
        names = available_images()
        if photo not in names:
            raise ValueError(f"photo must be one of {names}, got {photo!r}")
        if kernel not in KERNELS:
            raise ValueError(f"kernel must be one of {list(KERNELS)}, got {kernel!r}")
        if channels not in CHANNELS:
            raise ValueError(f"channels must be one of {list(CHANNELS)}, got {channels!r}")
        if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= MAX_MEAN:
            raise ValueError(f"size must be an int from 1 to {MAX_MEAN}, got {size!r}")
        self.photos = {}  # key -> (name, pixels, notes)
        for name in names:
            pixels, note = fit(load_image(name), MAX_SIDE)
            self.photos[name] = (name, pixels, [note] if note else [])
        style = {"description_width": "80px"}
        self.photo = widgets.Dropdown(options=names, value=photo, description=tr("photo"), style=style)
        self.upload = widgets.FileUpload(
            accept="image/*", multiple=False, description=tr("Upload a photo"), layout=widgets.Layout(width="auto")
        )
        self.channels = widgets.ToggleButtons(
            options=[(tr(label), key) for key, label in CHANNELS.items()],
            value=channels,
            style={"button_width": "250px"},
        )
        self.kernel = widgets.Dropdown(
            options=[(tr(label), key) for key, label in KERNELS.items()],
            value=kernel,
            description=tr("kernel"),
            style=style,
            layout=widgets.Layout(width="420px"),
        )
        self.size = widgets.IntSlider(size, min=1, max=MAX_MEAN, description="k", continuous_update=False, style=style)
        identity = np.zeros((3, 3))
        identity[1, 1] = 1
        self.cells = [widgets.FloatText(v, layout=widgets.Layout(width="70px")) for v in identity.ravel()]
        self.grid = widgets.GridBox(self.cells, layout=widgets.Layout(grid_template_columns="repeat(3, 76px)"))
        self.image = picture_widget()
        self.text = widgets.HTML()
        self.problem = ""
        controls = widgets.VBox(
            [widgets.HBox([self.photo, self.upload]), self.channels, self.kernel, self.size, self.grid]
        )
        super().__init__([controls, self.image, self.text])
        for control in [self.photo, self.channels, self.kernel, self.size, *self.cells]:
            control.observe(self.changed, "value")
        self.upload.observe(lambda change: self.run_safely(lambda: self.uploaded(change["new"]), self.text), "value")
        self.update()

    def changed(self, _):
        self.problem = ""
        self.run_safely(self.update, self.text)

    def uploaded(self, files):
        if not files:
            return
        file = files[-1]
        name = file.get("name", "upload")
        try:
            pixels, notes = read_photo(file["content"], name, MAX_SIDE)
        except PhotoError as err:
            self.problem = str(err)
            self.text.value = message(self.problem, error=True) + self.info_html()
            return
        key = f"upload {len(self.photos)}: {name}"
        self.photos[key] = (name, pixels, notes)
        self.photo.options = [*self.photo.options, key]
        self.photo.value = key  # calls update through the observer

    def current(self):
        """(name, pixels as the layer sees them, notes) for the chosen photo and channels."""
        name, pixels, notes = self.photos[self.photo.value]
        notes = list(notes)
        if self.channels.value == "grey" and pixels.ndim == 3:
            pixels = np.asarray(Image.fromarray(pixels).convert("L"))
        elif self.channels.value == "colour" and pixels.ndim == 2:
            notes.append(tr("its one channel is used as R, G and B."))
            pixels = np.repeat(pixels[:, :, None], 3, axis=2)
        return name, pixels, notes

    def current_kernel(self):
        return kernel_for(self.kernel.value, self.size.value, [c.value for c in self.cells])

    def update(self):
        self.size.layout.display = "" if self.kernel.value == "mean" else "none"
        self.grid.layout.display = "" if self.kernel.value == "custom" else "none"
        self.name, self.pixels, self.notes = self.current()
        kernel = self.current_kernel()
        h, w = self.pixels.shape[:2]
        if kernel.shape[0] > h or kernel.shape[1] > w:
            self.out = None
            self.problem = tr("The photo ({h}x{w}) is smaller than the kernel ({kh}x{kw}): no window fits.").format(
                w=w, h=h, kh=kernel.shape[0], kw=kernel.shape[1]
            )
        else:
            self.out = apply_kernel(self.pixels, kernel)
        self.image.value = raster.render(self.draw)
        self.text.value = (message(self.problem, error=True) if self.problem else "") + self.info_html()

    def range_text(self):
        if self.out is None:
            return tr("no output")
        h, w = self.out.shape
        return tr("Paddle output {h}x{w}, range {lo:.1f} to {hi:.1f}").format(
            w=w, h=h, lo=float(self.out.min()), hi=float(self.out.max())
        )

    def info_html(self):
        kernel = self.current_kernel()
        rows = "<br>".join(html.escape(" ".join(f"{v:7.3f}" for v in row)) for row in kernel)
        notes = "".join(message(tr("Note: ") + n) for n in self.notes)
        return (
            f"<div><b>{html.escape(self.range_text())}</b></div>{notes}"
            f"<div>{html.escape(tr('kernel slice'))} {kernel.shape[0]}x{kernel.shape[1]}:"
            f"<pre style='margin:0'>{rows}</pre></div>"
        )

    def draw(self):
        h, w = self.pixels.shape[:2]
        shown = self.pixels if self.pixels.ndim == 3 else np.repeat(self.pixels[:, :, None], 3, axis=2)
        title = tr("input: {name}, {h}x{w}").format(name=self.name, w=w, h=h)
        zoom = max(1, SMALL // max(h, w))  # small uploads magnified, input and output alike
        panels = [raster.Bitmap(shown, title, zoom)]
        if self.out is not None:
            vmin, vmax = scale_for(self.out)
            oh, ow = self.out.shape
            out_panel = raster.Bitmap(grey_pixels(self.out, vmin, vmax), self.range_text(), zoom)
            bar = ColourBar(vmin, vmax, oh * zoom)
            panels += [out_panel, raster.Column([raster.Text([""]), bar], gap=3)]
        else:
            panels.append(raster.Text([tr("no output"), self.problem], width=300, colour=raster.rgb(ERROR)))
        body = raster.Row(panels, gap=16)
        # Notes are written when a photo is read; a picture drawn in English for want of a Chinese
        # font leaves the Chinese ones to the text panel under it.
        notes = [n for n in self.notes if language() == "zh" or not raster.CJK.search(n)]
        if notes:
            body = raster.Column([body, raster.Text([tr("Note: ") + n for n in notes], width=860)])
        return raster.picture(body)

    def summary(self):
        kernel = self.current_kernel()
        choice = tr(KERNELS[self.kernel.value]).replace("k x k", f"{kernel.shape[0]}x{kernel.shape[1]}")
        notes = "".join(f"\n{tr('Note: ')}{n}" for n in self.notes)
        h, w = self.pixels.shape[:2]
        channel_word = tr("grey") if self.channels.value == "grey" else tr("colour")
        return (
            tr("image lab: {name}, {channels}, {h}x{w} (H x W); kernel: {kernel} -> {result}").format(
                name=self.name, channels=channel_word, w=w, h=h, kernel=choice, result=self.range_text()
            )
            + notes
        )


def image_lab(photo="chelsea.png", kernel="laplacian", size=5, channels="grey"):
    """Apply a kernel to a photo with Paddle's Conv2D and see the output beside it.

    photo: a file in img/ (learners can upload their own in the widget); kernel: "boundary"
    ([1, 0, -1]), "laplacian" (chapter 8), "mean" (size x size) or "custom" (a 3x3 grid to
    edit); channels: "grey", or "colour" (the kernel slice repeated over R, G and B, summed
    into one map as in chapter 8).
    """
    lab = ImageLab(photo, kernel, size, channels)
    return show_with_static_copy(lab, lab.image.value)
