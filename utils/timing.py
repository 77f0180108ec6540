"""Timing a computation and this machine's roof, for benchmarks/conv_speed.py and chapter 12.

Times vary from machine to machine and from run to run, so they are only ever drawn or
printed by benchmarks, never compared by tests or stored as text in a chapter.
"""

import time

import numpy as np


def best_seconds(fn, repeats=5, warmup=True):
    """The shortest of `repeats` timed calls of fn(), after one untimed warm-up call (unless warmup=False).

    The warm-up fills caches, thread pools and Paddle's kernel cache; the shortest time is the
    one least disturbed by other programs on a shared machine.
    """
    if repeats < 1:
        raise ValueError(f"repeats must be at least 1, got {repeats}")
    if warmup:
        fn()
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def matmul_flops_per_second(n=1024, repeats=3):
    """This machine's float32 matrix-product rate: 2 n^3 floating-point operations per n x n product."""
    m = np.random.default_rng(0).standard_normal((n, n), dtype=np.float32)
    return 2 * n**3 / best_seconds(lambda: m @ m, repeats)


def fill_bytes_per_second(nbytes=64 * 2**20, repeats=5):
    """The rate at which memory can be written: filling a float32 buffer of about `nbytes`."""
    buf = np.empty(nbytes // 4, np.float32)
    return buf.nbytes / best_seconds(lambda: buf.fill(1.0), repeats)


def roof_seconds(flops, nbytes, flop_rate, byte_rate):
    """The least time a computation can take: its FLOPs at flop_rate or its bytes at byte_rate,
    whichever takes longer (a roofline)."""
    return max(flops / flop_rate, nbytes / byte_rate)
