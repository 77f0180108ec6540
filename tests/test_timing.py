"""utils.timing: what it calls and computes (never how long anything takes)."""

import pytest

from utils import timing


def test_best_seconds_warms_up_once_then_times_each_repeat():
    calls = []
    best = timing.best_seconds(lambda: calls.append(1), repeats=4)
    assert len(calls) == 1 + 4 and best >= 0


def test_best_seconds_without_warm_up_calls_only_the_timed_repeats():
    calls = []
    timing.best_seconds(lambda: calls.append(1), repeats=2, warmup=False)
    assert len(calls) == 2


def test_best_seconds_needs_a_repeat():
    with pytest.raises(ValueError, match="repeats must be at least 1"):
        timing.best_seconds(lambda: None, repeats=0)


def test_roof_is_the_slower_of_computing_and_moving_the_data():
    assert timing.roof_seconds(flops=100, nbytes=10, flop_rate=10, byte_rate=10) == 10  # compute-bound
    assert timing.roof_seconds(flops=10, nbytes=100, flop_rate=10, byte_rate=10) == 10  # memory-bound
    assert timing.roof_seconds(flops=30, nbytes=20, flop_rate=10, byte_rate=5) == 4


def test_rates_are_positive_numbers():
    assert timing.matmul_flops_per_second(n=64, repeats=1) > 0
    assert timing.fill_bytes_per_second(nbytes=2**16, repeats=1) > 0
