"""Python time of each widget callback: set a control's value, as the browser does, and time the redraw.

Setting a control's value runs the widget's observer synchronously: it recomputes (Paddle
included), draws the picture with Pillow, encodes it and writes the text, which is all the
Python a slider move costs (the browser's own drawing comes on top). Each callback is timed
over several values; the median and the max are printed, in milliseconds.
Run from the repository root:  python benchmarks/widget_latency.py
The machine is shared and noisy: the load average is printed with the results. The last line
is one JSON object.
"""

import datetime
import io
import json
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from utils import viz  # noqa: E402

BUDGET_MS = 100
ROUNDS = 3  # each list of values is played this many times


def timed(control, values, rounds=ROUNDS):
    """(wall ms, CPU ms) of each `control.value = v`, skipping values equal to the current one.

    CPU time is the process's, all threads: on a busy shared machine the wall time also
    counts the waits for a free core, which the CPU time leaves out.
    """
    times = []
    for _ in range(rounds):
        for v in values:
            if control.value == v:
                continue
            wall, cpu = time.perf_counter(), time.process_time()
            control.value = v
            times.append(((time.perf_counter() - wall) * 1e3, (time.process_time() - cpu) * 1e3))
    return times


def jpeg_upload(width, height):
    buf = io.BytesIO()
    rng = np.random.default_rng(0)
    noise = rng.integers(0, 256, (height // 8, width // 8, 3), dtype=np.uint8)  # photo-like: not one flat colour
    Image.fromarray(noise).resize((width, height), Image.Resampling.BILINEAR).save(buf, format="JPEG", quality=90)
    data = buf.getvalue()
    when = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    return {
        "name": "photo.jpg",
        "type": "image/jpeg",
        "size": len(data),
        "content": memoryview(data),
        "last_modified": when,
    }


def cases():
    """(widget, callback name, control, values) in the order they are measured."""
    seed = viz.step_through(np.arange(1, 10).reshape(3, 3), np.array([[0, 1], [2, 3]]))
    yield "step_through 3x3 (ch. 1)", "step", seed.slider, [1, 2, 3, 4]
    channels = viz.step_through(np.arange(48).reshape(3, 4, 4) % 5, np.ones((3, 2, 2)))
    yield "step_through 3x4x4 (ch. 5)", "step", channels.slider, list(range(1, 10))
    big = viz.step_through(np.arange(100).reshape(10, 10), np.ones((3, 3)), stride=1, padding=2)
    yield "step_through 10x10 p2 (largest)", "step", big.slider, list(range(1, 145, 11))

    e = viz.explorer()
    yield "explorer", "input size", e.size, [4, 8, 12, 5]
    yield "explorer", "kernel size", e.kernel_size, [1, 5, 7, 3]
    yield "explorer", "padding", e.padding, [0, 2, 4, 1]
    yield "explorer", "stride", e.stride, [1, 3, 4, 2]
    yield "explorer", "dilation", e.dilation, [2, 3, 1]
    yield "explorer", "padding kind", e.kind, ["same", "valid", "per side", "int"]
    e.kind.value = "per side"
    yield "explorer", "per-side text", e.sides, ["1, 0, 2, 0", "0, 0, 3, 3", "x", "1, 1, 1, 1"]
    e.kind.value = "int"
    yield "explorer", "padding_mode", e.mode, ["reflect", "replicate", "circular", "zeros"]
    e.size.value, e.padding.value = 12, 4
    yield "explorer 12x12 p4 (largest)", "kernel size", e.kernel_size, [1, 3, 5, 7]

    s = viz.stack_explorer()
    yield "stack_explorer", "layers", s.count, [1, 3, 4, 2]
    yield "stack_explorer", "kernel", s.rows[0][0], [5, 7, 1, 3]
    yield "stack_explorer", "stride", s.rows[0][1], [2, 1]
    yield "stack_explorer", "dilation", s.rows[1][2], [2, 4, 1]
    worst = viz.stack_explorer([(7, 2, 4)] * 4)
    yield "stack_explorer 4 x (7 s2 d4) (largest)", "dilation", worst.rows[3][2], [3, 4]

    lab = viz.image_lab()
    yield "image_lab", "photo", lab.photo, ["coffee.png", "chelsea.png"]
    yield "image_lab", "channels", lab.channels, ["colour", "grey"]
    yield "image_lab grey", "kernel", lab.kernel, ["boundary", "mean", "custom", "laplacian"]
    lab.kernel.value = "mean"
    yield "image_lab grey", "mean size", lab.size, [3, 5, 7, 1]
    lab.channels.value = "colour"
    yield "image_lab colour", "kernel", lab.kernel, ["boundary", "laplacian", "custom", "mean"]
    yield "image_lab colour", "mean size", lab.size, [3, 5, 7, 1]
    lab.kernel.value = "custom"
    yield "image_lab colour", "3x3 cell", lab.cells[0], [1.0, -1.0, 0.5, 0.0]
    yield "image_lab colour", "upload 3000x2000 JPEG", lab.upload, [(jpeg_upload(3000, 2000),), ()]


def main():
    viz.image_lab()  # warm-up: Paddle's first layers and the fonts
    rows = []
    for widget, name, control, values in cases():
        times = timed(control, values)
        if name.startswith("upload"):
            times = times[::2]  # the () entries reset the control; they redraw nothing
        wall, cpu = [t[0] for t in times], [t[1] for t in times]
        rows.append(
            {
                "widget": widget,
                "callback": name,
                "median_ms": statistics.median(wall),
                "max_ms": max(wall),
                "cpu_median_ms": statistics.median(cpu),
                "cpu_max_ms": max(cpu),
            }
        )
    print(f"load average over 1 min: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'widget':40s} {'callback':22s} {'median ms':>9s} {'max ms':>7s} {'CPU median':>10s} {'CPU max':>8s}")
    for r in rows:
        flag = "" if r["max_ms"] < BUDGET_MS else "  over budget"
        print(
            f"{r['widget']:40s} {r['callback']:22s} {r['median_ms']:9.1f} {r['max_ms']:7.1f}"
            f" {r['cpu_median_ms']:10.1f} {r['cpu_max_ms']:8.1f}{flag}"
        )
    worst = max(rows, key=lambda r: r["max_ms"])
    summary = {
        "budget_ms": BUDGET_MS,
        "load_average": round(os.getloadavg()[0], 2),
        "callbacks": [{k: round(v, 1) if isinstance(v, float) else v for k, v in r.items()} for r in rows],
        "worst": f"{worst['widget']} / {worst['callback']}",
        "worst_max_ms": round(worst["max_ms"], 1),
        "all_medians_under_budget": all(r["median_ms"] < BUDGET_MS for r in rows),
        "all_cpu_max_under_budget": all(r["cpu_max_ms"] < BUDGET_MS for r in rows),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
