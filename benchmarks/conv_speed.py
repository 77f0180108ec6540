"""Speed of utils.conv2d against Paddle's CPU conv2d, a naive loop, and this machine's roof.

Layer: 1x3x512x512 float32 input, 64 output channels, 3x3 kernel, padding 1.
Run from the repository root:  python benchmarks/conv_speed.py
The machine is shared and noisy: read the ratios, which are measured in the same run.
The last line is one JSON object.
"""

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from utils import conv2d, paddle  # noqa: E402
from utils.timing import best_seconds, fill_bytes_per_second, matmul_flops_per_second, roof_seconds  # noqa: E402

N, C_IN, H, W, C_OUT, K, PAD = 1, 3, 512, 512, 64, 3, 1
REPEATS = 20


def best_ms(fn, repeats=REPEATS):
    return best_seconds(fn, repeats) * 1e3


def naive_conv(x, w, pad):
    """Seven nested loops, straight from the definition (per-pixel Python)."""
    n, c_in, h, wd = x.shape
    c_out, _, kh, kw = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    out = np.zeros((n, c_out, h + 2 * pad - kh + 1, wd + 2 * pad - kw + 1), x.dtype)
    for b in range(n):
        for o in range(c_out):
            for i in range(out.shape[2]):
                for j in range(out.shape[3]):
                    out[b, o, i, j] = np.sum(xp[b, :, i : i + kh, j : j + kw] * w[o])
    return out


def main():
    rng = np.random.default_rng(0)
    x = rng.standard_normal((N, C_IN, H, W), dtype=np.float32)
    w = rng.standard_normal((C_OUT, C_IN, K, K), dtype=np.float32)
    xt, wt = paddle.to_tensor(x), paddle.to_tensor(w)
    np.testing.assert_allclose(
        conv2d(x, w, padding=PAD), paddle.nn.functional.conv2d(xt, wt, padding=PAD).numpy(), atol=1e-3
    )

    utils_ms = best_ms(lambda: conv2d(x, w, padding=PAD))
    paddle_ms = best_ms(lambda: paddle.nn.functional.conv2d(xt, wt, padding=PAD))

    # The naive loop on a 32x32 crop with 8 output channels, scaled by pixel-channel count.
    small_x, small_w = x[:, :, :32, :32], w[:8]
    np.testing.assert_allclose(naive_conv(small_x, small_w, PAD), conv2d(small_x, small_w, padding=PAD), atol=1e-3)
    naive_ms = best_ms(lambda: naive_conv(small_x, small_w, PAD), repeats=2) * (H * W * C_OUT) / (32 * 32 * 8)

    # Roof: the layer's FLOPs at this machine's float32 matmul rate, or its output bytes at
    # the rate memory can be filled, whichever takes longer.
    flop_rate = matmul_flops_per_second(2048, repeats=5)
    out_bytes = N * C_OUT * H * W * 4
    byte_rate = fill_bytes_per_second(out_bytes, repeats=REPEATS)
    gflops, fill_gbs = flop_rate / 1e9, byte_rate / 1e9
    flops = 2 * N * C_OUT * H * W * C_IN * K * K
    roof_ms = roof_seconds(flops, out_bytes, flop_rate, byte_rate) * 1e3

    rows = [
        ("utils.conv2d (im2col + one matmul)", utils_ms),
        ("paddle.nn.functional.conv2d", paddle_ms),
        ("naive loops (scaled from 32x32x8)", naive_ms),
        ("roof", roof_ms),
    ]
    print(f"layer: {N}x{C_IN}x{H}x{W} -> {C_OUT} channels, {K}x{K}, padding {PAD}, float32")
    print(
        f"machine: matmul {gflops:.0f} GFLOP/s, fill {fill_gbs:.1f} GB/s; layer {flops / 1e9:.2f} GFLOP, "
        f"output {out_bytes / 1e6:.0f} MB"
    )
    for name, ms in rows:
        print(f"  {name:38s} {ms:10.1f} ms   {ms / utils_ms:8.2f} x utils")
    print(
        json.dumps(
            {
                "utils_ms": round(utils_ms, 2),
                "paddle_ms": round(paddle_ms, 2),
                "naive_ms": round(naive_ms, 1),
                "speedup_vs_paddle": round(paddle_ms / utils_ms, 2),
                "roof_ms": round(roof_ms, 2),
                "fraction_of_roof": round(roof_ms / utils_ms, 3),
                "matmul_gflops": round(gflops, 1),
                "fill_gbs": round(fill_gbs, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
