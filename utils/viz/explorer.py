"""explorer: Conv2D's arguments, the output-size formula with its numbers, and a real Paddle layer.

`analyse` does the work and returns what the panel shows; the widget only draws it. A
combination Paddle rejects, or one where no window fits, is explained, not raised.
"""

import html
from dataclasses import dataclass, field

import ipywidgets as widgets
import numpy as np

from ..i18n import tr
from ..padding import _same_pads
from ..quiet_paddle import paddle
from . import raster
from .live import ERROR, CourseWidget, message, picture_widget, show_with_static_copy
from .style import INPUT, OUTPUT, PAD, UNREAD, WINDOW

MODES = ("zeros", "reflect", "replicate", "circular")
KINDS = ("int", "per side", "same", "valid")
LIMITS = {"size": (1, 12), "kernel_size": (1, 7), "padding": (0, 4), "stride": (1, 4), "dilation": (1, 3)}
NUMBERS_UP_TO = 12  # padded cells per side that still show their values


@dataclass
class Analysis:
    """What one combination of arguments gives: pads, formula, Paddle's shape, and why not."""

    pads: tuple | None = None  # (top, bottom, left, right) Paddle pads with
    dilation: int = 1  # the dilation Paddle computes with
    formula: list = field(default_factory=list)  # lines of the formula with the numbers in
    out: tuple | None = None  # (H_out, W_out) by the formula
    paddle_shape: list | None = None  # what a real paddle.nn.Conv2D returns
    paddle_error: str | None = None
    problems: list = field(default_factory=list)  # why there is no output
    notes: list = field(default_factory=list)  # Paddle's quirks that apply

    @property
    def agree(self):
        return self.out is not None and self.paddle_shape is not None and list(self.out) == self.paddle_shape[2:]


def parse_sides(text):
    """'1, 0, 2, 0' as (top, bottom, left, right); ValueError with a plain message otherwise."""
    parts = text.replace(",", " ").split()
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        numbers = []
    if len(numbers) != 4 or min(numbers) < 0:
        raise ValueError(
            tr(
                "Padding per side needs four whole numbers, 0 or more: top, bottom, left, right "
                "(for example 1, 1, 0, 0). Got: {text!r}."
            ).format(text=text)
        )
    return tuple(numbers)


def _span(k, d):
    return d * (k - 1) + 1


def formula_line(axis, size, before, after, k, stride, d):
    """The output-size formula along one axis with the numbers in, and its value (None if no window fits)."""
    top = size + before + after - d * (k - 1) - 1
    text = f"{axis} = ⌊({size} + {before} + {after} − {d}·({k} − 1) − 1) / {stride}⌋ + 1"
    if top < 0:
        return text + tr(": the bracket is {top} < 0, no window fits").format(top=top), None
    value = top // stride + 1
    return f"{text} = ⌊{top} / {stride}⌋ + 1 = {value}", value


def _paddle_padding(padding):
    return list(padding) if isinstance(padding, tuple) else padding


def paddle_output_shape(size, kernel_size, padding, stride, dilation, padding_mode):
    """The output shape of a real paddle.nn.Conv2D on a (1, 1, size, size) input, or Paddle's error."""
    try:
        layer = paddle.nn.Conv2D(
            1,
            1,
            kernel_size,
            stride=stride,
            padding=_paddle_padding(padding),
            dilation=dilation,
            padding_mode=padding_mode,
        )
        return list(layer(paddle.zeros([1, 1, size, size])).shape), None
    except (TypeError, ValueError) as err:
        return None, f"{type(err).__name__}: {str(err).strip().splitlines()[0]}"


def analyse(size, kernel_size, padding, stride, dilation, padding_mode="zeros"):
    """What Conv2D(kernel_size, stride, padding, dilation, padding_mode) does to a size x size input.

    padding is an int, a (top, bottom, left, right) tuple, "same" or "valid".
    """
    result = Analysis(dilation=dilation)
    if padding_mode != "zeros" and not isinstance(padding, int):
        result.problems.append(
            tr(
                "padding_mode '{mode}' copies values from the input into the border, and Paddle "
                "only does that with one int padding, the same on all four sides. Choose an int padding, "
                "or padding_mode 'zeros'."
            ).format(mode=padding_mode)
        )
        result.paddle_shape, result.paddle_error = paddle_output_shape(
            size, kernel_size, padding, stride, dilation, padding_mode
        )
        return result
    if padding == "valid":
        pads = (0, 0, 0, 0)
    elif padding == "same":
        pads = _same_pads(size, kernel_size, stride) * 2
        if dilation > 1:
            result.dilation = 1
            result.notes.append(
                tr(
                    "Paddle's 'same' ignores dilation: it pads and computes as if dilation were 1, "
                    "giving ⌈{size} / {s}⌉ = {n} outputs per side."
                ).format(size=size, s=stride, n=-(-size // stride))
            )
    elif isinstance(padding, int):
        pads = (padding,) * 4
    else:
        pads = tuple(padding)
    result.pads = pads
    top, bottom, left, right = pads
    height, result_h = formula_line("H_out", size, top, bottom, kernel_size, stride, dilation)
    width, result_w = formula_line("W_out", size, left, right, kernel_size, stride, dilation)
    result.formula = [height] if (top, bottom) == (left, right) else [height, width]
    if result_h is not None and result_w is not None:
        result.out = (result_h, result_w)
    if padding_mode == "reflect" and max(pads) >= size:
        result.problems.append(
            tr(
                "padding_mode 'reflect' mirrors the input without repeating its edge, so each side "
                "can take at most size − 1 = {m} cells; padding {p} is too many."
            ).format(m=size - 1, p=max(pads))
        )
    elif result.out is None and not result.notes:
        span = _span(kernel_size, dilation)
        result.problems.append(
            tr(
                "The kernel spans {span} cells (dilation {d} · ({k} − 1) + 1) but the padded input is only "
                "{h}x{w}: no window fits, so there is no output. Paddle does not stop you here: it returns "
                "a tensor with a size of 0 or less, so the explorer does not run it."
            ).format(span=span, d=dilation, k=kernel_size, h=size + top + bottom, w=size + left + right)
        )
        return result
    result.paddle_shape, result.paddle_error = paddle_output_shape(
        size, kernel_size, padding, stride, dilation, padding_mode
    )
    return result


def padded_values(size, pads, padding_mode):
    """The input 1..size² padded as Paddle pads it for this padding_mode."""
    x = np.arange(1, size * size + 1, dtype=np.float32).reshape(size, size)
    top, bottom, left, right = pads
    if padding_mode == "zeros":
        return np.pad(x, ((top, bottom), (left, right)))
    t = paddle.nn.functional.pad(paddle.to_tensor(x[None, None]), [left, right, top, bottom], mode=padding_mode)
    return t.numpy()[0, 0]


class Explorer(CourseWidget):
    """Sliders for Conv2D's arguments; the padded input with every window; formula and Paddle."""

    def __init__(self, size=5, kernel_size=3, padding=1, stride=2, dilation=1, padding_mode="zeros"):
        for name, value in (("size", size), ("kernel_size", kernel_size), ("stride", stride), ("dilation", dilation)):
            lo, hi = LIMITS[name]
            if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
                raise ValueError(f"{name} must be an int from {lo} to {hi}, got {value!r}")
        if padding_mode not in MODES:
            raise ValueError(f"padding_mode must be one of {MODES}, got {padding_mode!r}")
        if isinstance(padding, str):
            if padding not in ("same", "valid"):
                raise ValueError(f"padding must be an int, 4 ints, 'same' or 'valid', got {padding!r}")
            kind, number, sides = padding, 1, "1, 1, 1, 1"
        elif isinstance(padding, int) and not isinstance(padding, bool):
            kind, number, sides = "int", padding, ", ".join([str(padding)] * 4)
        else:
            kind, number, sides = "per side", 1, ", ".join(str(p) for p in parse_sides(", ".join(map(str, padding))))
        style = {"description_width": "110px"}

        def slider(name, value, label):
            lo, hi = LIMITS[name]
            return widgets.IntSlider(value, min=lo, max=hi, description=label, style=style)

        self.size = slider("size", size, tr("input size"))
        self.kernel_size = slider("kernel_size", kernel_size, tr("kernel size"))
        self.kind = widgets.Dropdown(
            options=[(tr(k), k) for k in KINDS], value=kind, description=tr("padding"), style=style
        )
        self.padding = widgets.IntSlider(
            min(number, LIMITS["padding"][1]),
            min=0,
            max=LIMITS["padding"][1],
            description=tr("each side"),
            style=style,
        )
        self.sides = widgets.Text(sides, description=tr("top, bottom, left, right"), style=style)
        self.stride = slider("stride", stride, tr("stride"))
        self.dilation = slider("dilation", dilation, tr("dilation"))
        self.mode = widgets.Dropdown(options=MODES, value=padding_mode, description="padding_mode", style=style)
        self.image = picture_widget()
        self.text = widgets.HTML()
        controls = [self.size, self.kernel_size, self.kind, self.padding, self.sides, self.stride, self.dilation]
        super().__init__([widgets.VBox([*controls, self.mode]), self.image, self.text])
        for control in [*controls, self.mode]:
            control.observe(lambda _: self.run_safely(self.update, self.text), "value")
        self.update()

    def padding_value(self):
        """The padding as Paddle takes it, from the controls; ValueError for a bad text box."""
        kind = self.kind.value
        if kind == "int":
            return self.padding.value
        if kind == "per side":
            return parse_sides(self.sides.value)
        return kind

    def update(self):
        self.padding.layout.display = "" if self.kind.value == "int" else "none"
        self.sides.layout.display = "" if self.kind.value == "per side" else "none"
        try:
            padding = self.padding_value()
        except ValueError as err:
            self.result = Analysis(problems=[str(err)])
        else:
            self.result = analyse(
                self.size.value,
                self.kernel_size.value,
                padding,
                self.stride.value,
                self.dilation.value,
                self.mode.value,
            )
        self.image.value = raster.render(self.draw)
        self.text.value = self.html()

    def args_text(self):
        return tr("input {n}x{n}, kernel {k}x{k}, padding {p}, stride {s}, dilation {d}, padding_mode {m}").format(
            n=self.size.value,
            k=self.kernel_size.value,
            p=self.padding_text(),
            s=self.stride.value,
            d=self.dilation.value,
            m=self.mode.value,
        )

    def padding_text(self):
        kind = self.kind.value
        if kind in ("same", "valid"):
            return f"'{kind}'"
        if kind == "int":
            return str(self.padding.value)
        return self.sides.value

    def paddle_text(self):
        r = self.result
        if r.paddle_shape is not None:
            text = tr("Paddle Conv2D output shape {shape}").format(shape=r.paddle_shape)
            if r.out is None:
                return text
            if r.agree:
                return text + tr(": agrees with the formula")
            return text + tr(": differs from the formula")
        if r.paddle_error is not None:
            return tr("Paddle Conv2D raises {error}").format(error=r.paddle_error)
        return tr("Paddle Conv2D not run")

    def html(self):
        r = self.result
        parts = [html.escape(line) for line in r.formula]
        if r.pads is not None:
            parts.insert(0, html.escape(tr("pads (top, bottom, left, right): {p}").format(p=r.pads)))
        parts.append(html.escape(self.paddle_text()) + (" ✓" if r.agree else ""))
        lines = "<br>".join(parts)
        notes = "".join(message(n) for n in r.notes)
        problems = "".join(message(p, error=True) for p in r.problems)
        return f"<div>{lines}</div>{notes}{problems}"

    def draw(self):
        r = self.result
        size, k = self.size.value, self.kernel_size.value
        pads = r.pads if r.pads is not None and not r.problems else (0, 0, 0, 0)
        values = padded_values(size, pads, self.mode.value)
        hp, wp = values.shape
        top, bottom, left, right = pads
        pad = np.ones((hp, wp), bool)
        pad[top : hp - bottom, left : wp - right] = False
        colours = raster.fill((hp, wp), INPUT)
        colours[pad] = raster.rgb(PAD)
        cell = raster.cell_size(hp, wp, room=340, largest=36)
        shown = values if max(hp, wp) <= NUMBERS_UP_TO else None
        n_windows = 0
        outline, dots = [], []
        used = [INPUT] + ([PAD] if any(pads) else [])
        labels = {PAD: tr("padding ({mode})").format(mode=self.mode.value)}
        panels = []
        if r.paddle_shape is not None and not r.problems:
            ho, wo = r.paddle_shape[2:]
            d, s = r.dilation, self.stride.value
            read = np.zeros((hp, wp), bool)
            span = _span(k, d)
            for i, j in np.ndindex(ho, wo):
                read[i * s : i * s + span : d, j * s : j * s + span : d] = True
            dots = [(i * s, j * s) for i, j in np.ndindex(ho, wo)]
            outline = [(u * d, v * d) for u in range(k) for v in range(k)]
            n_windows = ho * wo
            colours[~read] = raster.rgb(UNREAD)
            if (~read).any():
                used.append(UNREAD)
            title = (
                tr("padded input {h}x{w}").format(h=hp, w=wp) if any(pads) else tr("input {h}x{w}").format(h=hp, w=wp)
            )
            panels.append(raster.Grid(colours, shown, title, cell, faint=pad, outline=outline, dots=dots))
            out_cell = raster.cell_size(ho, wo, room=200, largest=cell)
            panels.append(
                raster.Grid(raster.fill((ho, wo), OUTPUT), None, tr("output {h}x{w}").format(h=ho, w=wo), out_cell)
            )
            used.append(OUTPUT)
        else:
            panels.append(raster.Grid(colours, shown, tr("input {n}x{n}").format(n=size), cell, faint=pad))
            why = [tr("no output")] + r.problems[:1]
            panels.append(raster.Text(why, width=320, colour=raster.rgb(ERROR)))
        legend = raster.legend_items(used, labels)
        if n_windows:
            legend += [
                ("outline", WINDOW, tr("the first window")),
                ("dot", WINDOW, tr("top-left cell of each of the {n} windows").format(n=n_windows)),
            ]
        return raster.picture(raster.Row(panels), legend)

    def summary(self):
        r = self.result
        lines = [tr("explorer: {args}").format(args=self.args_text()), *r.formula, self.paddle_text()]
        return "\n".join(lines + r.notes + r.problems)


def explorer(size=5, kernel_size=3, padding=1, stride=2, dilation=1, padding_mode="zeros"):
    """Explore Conv2D's arguments on a size x size input: windows, output-size formula and Paddle's shape.

    The arguments set the controls' starting values; padding is an int, four ints
    (top, bottom, left, right), "same" or "valid".
    """
    widget = Explorer(size, kernel_size, padding, stride, dilation, padding_mode)
    return show_with_static_copy(widget, widget.image.value)
