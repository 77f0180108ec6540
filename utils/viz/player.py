"""step_through: a slider and a play button over the output positions of one convolution."""

import html

import ipywidgets as widgets
import numpy as np

from ..conv import conv_output_size
from ..i18n import tr
from ..layers import make_conv2d, run
from ..padding import resolve_padding
from ..validate import as_array, as_pair
from . import raster
from .live import CourseWidget, message, picture_widget, show_with_static_copy
from .style import CURRENT, INPUT, KERNEL, OUTPUT, PAD, WINDOW, fmt

MAX_SIDE = 20  # padded input cells per side that still read as numbers
MAX_CHANNELS = 4


def shape_text(shape):
    return "x".join(str(n) for n in shape)


def pair_text(pair):
    return str(pair[0]) if pair[0] == pair[1] else f"({pair[0]}, {pair[1]})"


def pads_text(pads):
    top, bottom, left, right = pads
    if top == bottom == left == right:
        return str(top)
    return tr("top {t}, bottom {b}, left {l}, right {r}").format(t=top, b=bottom, l=left, r=right)


def grid_text(values):
    return "[" + ", ".join("[" + ", ".join(fmt(v) for v in row) + "]" for row in values) + "]"


class StepThrough(CourseWidget):
    """Steps through the output positions: window, kernel, products, their sum, the output."""

    def __init__(self, a, w, bias=0, stride=1, padding=0, dilation=1):
        a = as_array(a, "a", (2, 3), "2-D (H, W) or 3-D (C, H, W)")
        w = as_array(w, "w", (2, 3), "2-D (kh, kw) or 3-D (C, kh, kw)")
        if a.ndim != w.ndim:
            raise ValueError(f"w must have as many axes as a: a has shape {a.shape}, w has shape {w.shape}")
        if a.ndim == 3 and a.shape[0] != w.shape[0]:
            raise ValueError(f"w must have one slice per input channel: a has {a.shape[0]}, w has {w.shape[0]}")
        if a.ndim == 3 and not 1 <= a.shape[0] <= MAX_CHANNELS:
            raise ValueError(f"a must have 1 to {MAX_CHANNELS} channels to be stepped through, got {a.shape[0]}")
        if isinstance(padding, str):
            raise TypeError("padding must be an int, (ph, pw) or (top, bottom, left, right), not a string")
        if not np.isscalar(bias) or isinstance(bias, (str, bytes)):
            raise TypeError(f"bias must be one number, got {bias!r}")
        self.channels = a.ndim == 3
        self.a = a.astype(np.float64).reshape((-1, *a.shape[-2:]))
        self.w = w.astype(np.float64).reshape((-1, *w.shape[-2:]))
        self.bias = float(bias)
        self.stride = as_pair(stride, "stride", 1)
        self.dilation = as_pair(dilation, "dilation", 1)
        self.pads, _ = resolve_padding(padding, self.a.shape[1:], self.w.shape[1:], self.stride, self.dilation)
        top, bottom, left, right = self.pads
        self.padded = np.pad(self.a, ((0, 0), (top, bottom), (left, right)))
        if max(self.padded.shape[1:]) > MAX_SIDE:
            raise ValueError(
                f"a padded is {shape_text(self.padded.shape[1:])}; at most {MAX_SIDE} per side can be drawn"
            )
        for axis in (0, 1):  # a kernel larger than the padded input: a clear error, before Paddle sees it
            conv_output_size(
                self.a.shape[1 + axis],
                self.w.shape[1 + axis],
                self.stride[axis],
                self.pads[2 * axis : 2 * axis + 2],
                self.dilation[axis],
            )
        # Paddle computes the feature map; the player's own arithmetic must agree with it.
        layer = make_conv2d(
            self.w[None], bias=[self.bias], stride=self.stride, padding=list(self.pads), dilation=self.dilation
        )
        self.out = run(layer, self.a[None])[0, 0]
        self.positions = list(np.ndindex(*self.out.shape))
        self.sums = np.array([self.products(k).sum() + self.bias for k in range(len(self.positions))])
        self.paddle_agrees = bool(np.allclose(self.sums.reshape(self.out.shape), self.out, rtol=1e-5, atol=1e-4))

        n = len(self.positions)
        # Steps are numbered from 1, as the text says "Step 1 of n".
        self.slider = widgets.IntSlider(1, min=1, max=n, description=tr("step"), continuous_update=True)
        self.play = widgets.Play(1, min=1, max=n, interval=900, description=tr("play"))
        widgets.jslink((self.play, "value"), (self.slider, "value"))
        self.image = picture_widget()
        self.text = widgets.HTML()
        super().__init__([widgets.HBox([self.play, self.slider]), self.image, self.text])
        self.slider.observe(lambda change: self.run_safely(lambda: self.show(change["new"] - 1), self.text), "value")
        self.show(0)

    def window(self, step):
        """The (row, col) taps of the window at `step`, on the padded input."""
        i, j = self.positions[step]
        kh, kw = self.w.shape[1:]
        (sh, sw), (dh, dw) = self.stride, self.dilation
        return [(i * sh + u * dh, j * sw + v * dw) for u in range(kh) for v in range(kw)]

    def products(self, step):
        """(C, kh, kw): each kernel weight times the input value under it."""
        rows, cols = zip(*self.window(step))
        under = self.padded[:, list(rows), list(cols)].reshape(self.w.shape)
        return self.w * under

    def terms(self, channel, step):
        rows, cols = zip(*self.window(step))
        under = self.padded[channel, list(rows), list(cols)]
        return [f"{fmt(wv)}×{fmt(av)}" for wv, av in zip(self.w[channel].ravel(), under)]

    def lines(self, step):
        """The sums written out: one line per channel, then the total."""
        prods = self.products(step)
        total = fmt(self.sums[step])
        bias = f" + {fmt(self.bias)} ({tr('bias')})" if self.bias else ""
        if not self.channels:
            return [" + ".join(self.terms(0, step)) + f"{bias} = {total}"]
        lines = [
            tr("channel {c}: ").format(c=c) + " + ".join(self.terms(c, step)) + f" = {fmt(prods[c].sum())}"
            for c in range(len(self.w))
        ]
        parts = " + ".join(fmt(prods[c].sum()) for c in range(len(self.w)))
        return [*lines, tr("sum over channels: ") + parts + f"{bias} = {total}"]

    def running(self, step):
        """Partial sums, product by product (channel by channel for a 3-D input), then the bias."""
        prods = self.products(step)
        parts = prods.sum(axis=(1, 2)) if self.channels else prods.ravel()
        steps = [fmt(v) for v in np.cumsum(parts)]
        if self.bias:
            steps.append(fmt(self.sums[step]))
        return steps

    def draw(self, step):
        kh, kw = self.w.shape[1:]
        hp, wp = self.padded.shape[1:]
        ho, wo = self.out.shape
        cell = raster.cell_size(hp, wp, room=260, largest=42, smallest=14)
        top, bottom, left, right = self.pads
        pad = np.ones((hp, wp), bool)
        pad[top : hp - bottom, left : wp - right] = False
        colours = raster.fill((hp, wp), INPUT)
        colours[pad] = raster.rgb(PAD)
        window = self.window(step)
        prods = self.products(step)
        rows = []
        for c in range(len(self.w)):
            name = tr("input channel {c}").format(c=c) if self.channels else tr("input")
            if any(self.pads):
                name += " " + tr("(padded)")
            panels = [
                raster.Grid(colours, self.padded[c], name, cell, faint=pad, outline=window),
                raster.Grid(
                    raster.fill((kh, kw), KERNEL), self.w[c], tr("kernel") + (f"[{c}]" if self.channels else ""), cell
                ),
                raster.Grid(raster.fill((kh, kw), "white"), prods[c], tr("products"), cell),
            ]
            if self.channels:
                panels.append(raster.Text([f"= {fmt(prods[c].sum())}"]))
            rows.append(raster.Row(panels))
        i, j = self.positions[step]
        out_colours = raster.fill((ho, wo), OUTPUT)
        out_colours[i, j] = raster.rgb(CURRENT)
        shown = (np.arange(ho * wo) <= step).reshape(ho, wo)
        output = raster.Grid(out_colours, self.out, tr("feature map"), cell, shown=shown)
        lines = self.lines(step)
        if self.channels:
            body = raster.Column([raster.Row([raster.Column(rows), output]), raster.Text(lines[-1:])])
        else:
            body = raster.Column([raster.Row([*rows[0].panels, output]), raster.Text(lines)])
        used = [INPUT] + ([PAD] if any(self.pads) else []) + [KERNEL, OUTPUT, CURRENT, WINDOW]
        return raster.picture(body, raster.legend_items(used))

    def show(self, step):
        self.image.value = raster.render(lambda: self.draw(step))
        i, j = self.positions[step]
        head = tr("Step {k} of {n}: output ({i}, {j})").format(k=step + 1, n=len(self.positions), i=i, j=j)
        body = "<br>".join(html.escape(line) for line in self.lines(step))
        running = tr("running sum: ") + " → ".join(self.running(step))
        agree = (
            tr("Paddle's Conv2D gives the same feature map.")
            if self.paddle_agrees
            else tr("Paddle's Conv2D gives a different feature map: {out}").format(out=grid_text(self.out))
        )
        self.text.value = f"<b>{html.escape(head)}</b><br>{body}<br>{html.escape(running)}" + message(
            agree, not self.paddle_agrees
        )

    def summary(self):
        c = f"{len(self.a)}x" if self.channels else ""
        head = tr("step-through: input {a}, kernel {w}, stride {s}, padding {p}, dilation {d}").format(
            a=c + shape_text(self.a.shape[1:]),
            w=c + shape_text(self.w.shape[1:]),
            s=pair_text(self.stride),
            p=pads_text(self.pads),
            d=pair_text(self.dilation),
        )
        if self.bias:
            head += tr(", bias {b}").format(b=fmt(self.bias))
        tail = tr(" -> output {o}, {n} steps").format(o=shape_text(self.out.shape), n=len(self.positions))
        if self.channels:
            tail += tr(", each a sum over {c} channels").format(c=len(self.a))
        agree = tr("Paddle agrees") if self.paddle_agrees else tr("Paddle DISAGREES")
        return f"{head}{tail}\n{tr('output')} {grid_text(self.sums.reshape(self.out.shape))}, {agree}"


def step_through(a, w, bias=0, stride=1, padding=0, dilation=1):
    """A player over the output positions of the cross-correlation of a with w (Paddle's Conv2D).

    a is (H, W) with w (kh, kw), or (C, H, W) with w (C, kh, kw): then each output is a sum
    over the input channels. padding is an int, (ph, pw) or (top, bottom, left, right).
    In a notebook a static picture of the first step is shown before the widget.
    """
    player = StepThrough(a, w, bias, stride, padding, dilation)
    return show_with_static_copy(player, player.image.value)
