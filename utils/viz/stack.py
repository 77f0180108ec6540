"""stack_explorer: the receptive field of a stack of layers, by the recurrence and measured in Paddle."""

import html
import math

import ipywidgets as widgets
import numpy as np

from ..i18n import tr
from ..layers import make_conv2d
from ..quiet_paddle import paddle
from ..receptive import _layer, receptive_field, receptive_field_mask
from . import raster
from .live import CourseWidget, message, picture_widget, show_with_static_copy
from .style import EXTENT, FIELD, INPUT

MAX_LAYERS = 4
LIMITS = {"kernel": (1, 7), "stride": (1, 2), "dilation": (1, 4)}  # the largest field, 361, measures in tens of ms


def measure(layers):
    """Measure the field of `layers` [(k, s, d), ...] with Paddle gradients.

    Returns (mask, position): the boolean input mask of the output pixel at (position,
    position). The input is sized so that the field lies inside it with a margin of at least
    2 pixels, and the layers' weights are all ones, so no gradient cancels to zero by chance.
    """
    field = receptive_field(layers)[-1]
    margin = max(1, math.ceil(2 / field.jump))  # output pixels from the edge
    size = field.size + 2 * margin * field.jump
    net = paddle.nn.Sequential(*[make_conv2d(np.ones((1, 1, k, k)), stride=s, dilation=d) for k, s, d in layers])
    return receptive_field_mask(net, (1, 1, size, size), (margin, margin)), margin


def holes(mask):
    """Pixels inside the mask's bounding box that are not in the mask."""
    rows, cols = np.nonzero(mask)
    box = np.zeros_like(mask)
    box[rows.min() : rows.max() + 1, cols.min() : cols.max() + 1] = True
    return box & ~mask


class StackExplorer(CourseWidget):
    """Kernel, stride and dilation per layer; the field by the recurrence and by Paddle gradients."""

    def __init__(self, layers):
        if isinstance(layers, (str, bytes)) or not hasattr(layers, "__iter__"):
            raise TypeError(f"layers must be a sequence of layer specs, got {type(layers).__name__}")
        specs = [_layer(spec, i) for i, spec in enumerate(layers)]
        if not 1 <= len(specs) <= MAX_LAYERS:
            raise ValueError(f"layers must hold 1 to {MAX_LAYERS} layers, got {len(specs)}")
        for i, spec in enumerate(specs):
            for value, (name, (lo, hi)) in zip(spec, LIMITS.items()):
                if not lo <= value <= hi:
                    raise ValueError(f"layers[{i}] {name} must be from {lo} to {hi}, got {value}")
        self.count = widgets.IntSlider(len(specs), min=1, max=MAX_LAYERS, description=tr("layers"))
        self.rows = []
        small, style = widgets.Layout(width="240px"), {"description_width": "60px"}
        for i in range(MAX_LAYERS):
            k, s, d = specs[i] if i < len(specs) else (3, 1, 1)
            row = [
                widgets.IntSlider(value, min=lo, max=hi, description=tr(name), layout=small, style=style)
                for value, (name, (lo, hi)) in zip((k, s, d), LIMITS.items())
            ]
            self.rows.append(row)
        self.boxes = [
            widgets.HBox([widgets.Label(tr("layer {n}").format(n=i + 1), layout=widgets.Layout(width="60px")), *row])
            for i, row in enumerate(self.rows)
        ]
        self.image = picture_widget()
        self.text = widgets.HTML()
        super().__init__([self.count, *self.boxes, self.image, self.text])
        for control in [self.count, *[c for row in self.rows for c in row]]:
            control.observe(lambda _: self.run_safely(self.update, self.text), "value")
        self.update()

    def layers(self):
        return [tuple(c.value for c in row) for row in self.rows[: self.count.value]]

    def update(self):
        for i, box in enumerate(self.boxes):
            box.layout.display = "" if i < self.count.value else "none"
        layers = self.layers()
        self.fields = receptive_field(layers)
        self.mask, self.margin = measure(layers)
        rows, cols = np.nonzero(self.mask)
        self.measured = (int(rows.max() - rows.min() + 1), int(cols.max() - cols.min() + 1))
        self.holes = holes(self.mask)
        self.image.value = raster.render(self.draw)
        self.text.value = self.html()

    def steps(self):
        """Per layer: (k, s, d, the recurrence written out, size, jump)."""
        size, jump, out = 1, 1, []
        for (k, s, d), field in zip(self.layers(), self.fields):
            out.append((k, s, d, f"{size} + {d}·({k} − 1)·{jump} = {field.size}", field.size, field.jump))
            size, jump = field.size, field.jump
        return out

    @property
    def size(self):
        return self.fields[-1].size

    @property
    def agree(self):
        return self.measured == (self.size, self.size)

    def measured_text(self):
        m = self.margin
        text = tr("measured with Paddle gradients: the input pixels that change output ({m}, {m}) span {h}x{w}").format(
            m=m, h=self.measured[0], w=self.measured[1]
        )
        text += tr(", as the recurrence says") if self.agree else tr(", not what the recurrence says")
        n = int(self.holes.sum())
        if n:
            text += tr("; {n} of the {box} pixels inside are holes that reach it by no path (gridding)").format(
                n=n, box=self.measured[0] * self.measured[1]
            )
        return text

    def html(self):
        head = [
            tr("layer"),
            tr("kernel"),
            tr("stride"),
            tr("dilation"),
            tr("field = previous + d·(k − 1)·previous jump"),
            tr("jump"),
        ]
        cells = "".join(f"<th style='padding:0 8px'>{html.escape(h)}</th>" for h in head)
        rows = [f"<tr>{cells}</tr>"]
        for n, (k, s, d, text, _, jump) in enumerate(self.steps(), 1):
            values = (n, k, s, d, text, jump)
            rows.append(
                "<tr>" + "".join(f"<td style='padding:0 8px'>{html.escape(str(v))}</td>" for v in values) + "</tr>"
            )
        table = "<table>" + "".join(rows) + "</table>"
        return table + message(self.measured_text(), error=not self.agree)

    def draw(self):
        """The input, FIELD where the gradient is non-zero, the extent dashed (as viz.field_masks draws it)."""
        n = self.mask.shape[0]
        colours = raster.fill(self.mask.shape, INPUT)
        colours[self.mask] = raster.rgb(FIELD)
        rows, cols = np.nonzero(self.mask)
        box = (int(rows.min()), int(cols.min()), *self.measured)
        cell = raster.cell_size(n, n, room=360, largest=24, smallest=1)
        title = tr("input {n}x{n}: the pixels that reach output ({m}, {m})").format(n=n, m=self.margin)
        labels = {
            FIELD: tr("non-zero gradient: changes the output"),
            INPUT: tr("zero gradient"),
            EXTENT: tr("extent (bounding box)"),
        }
        grid = raster.Grid(colours, None, title, cell, box=box, box_colour=EXTENT)
        return raster.picture(grid, raster.legend_items([FIELD, INPUT, EXTENT], labels))

    def summary(self):
        layers = ", ".join(f"{k} s{s} d{d}" for k, s, d in self.layers())
        return tr(
            "stack explorer: layers {layers} -> receptive field {r}x{r} by the recurrence; "
            "measured with Paddle gradients {h}x{w}, {n} holes"
        ).format(layers=layers, r=self.size, h=self.measured[0], w=self.measured[1], n=int(self.holes.sum()))


def stack_explorer(layers=((3, 1, 1), (3, 1, 1))):
    """Explore the receptive field of a stack of 1 to 4 convolutions.

    layers: as for utils.receptive_field, each an int kernel size or (kernel_size, stride[,
    dilation]); they set the sliders' starting values.
    """
    widget = StackExplorer(layers)
    return show_with_static_copy(widget, widget.image.value)
