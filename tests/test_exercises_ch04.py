"""Exercise 04.3 (design dilation rates): every stack without holes that is wide enough is
accepted, the others are rejected with the right reason. Holes are found here by Paddle's
gradients, independently of the checker's sums of tap offsets."""

import itertools

import numpy as np
import pytest

from utils import make_conv2d, paddle, receptive_field_mask
from utils.exercises import verdict
from utils.exercises.ch04 import HOLES, TOO_NARROW


def field_has_holes(rates):
    net = paddle.nn.Sequential(*[make_conv2d(np.ones((1, 1, 3, 3)), dilation=d) for d in rates])
    side = 1 + 2 * sum(rates) + 4
    mask = receptive_field_mask(net, (1, 1, side, side))
    rows, cols = np.nonzero(mask)
    return not mask[rows.min() : rows.max() + 1, cols.min() : cols.max() + 1].all()


@pytest.mark.parametrize("rates", [(1, 2, 4), (1, 2, 5), (1, 3, 3), (4, 2, 1), (1, 3, 9), (1, 1, 5), [1, 2, 4]])
def test_stacks_without_holes_are_accepted(rates):
    assert not field_has_holes(rates)
    ok, message = verdict("04.3", rates)
    assert ok, message


@pytest.mark.parametrize("rates", [(2, 4, 8), (2, 3, 5), (1, 3, 10), (3, 3, 3), (1, 2, 8)])
def test_stacks_with_holes_are_rejected(rates):
    assert field_has_holes(rates)
    ok, message = verdict("04.3", rates)
    assert not ok and HOLES in message


@pytest.mark.parametrize("rates", [(1, 1, 1), (1, 2, 3), (1, 1, 2)])
def test_narrow_stacks_are_rejected(rates):
    ok, message = verdict("04.3", rates)
    assert not ok and TOO_NARROW in message


def test_the_checker_agrees_with_paddle_on_every_small_stack():
    for rates in itertools.combinations_with_replacement(range(1, 7), 3):
        wide = 1 + 2 * sum(rates) >= 15
        assert verdict("04.3", rates)[0] == (wide and not field_has_holes(rates)), rates


@pytest.mark.parametrize("bad", ["1, 2, 4", (1, 2), (0, 2, 4), (1, 2, 2.5), (True, 2, 4), None])
def test_bad_forms_get_a_plain_message(bad):
    ok, message = verdict("04.3", bad)
    assert not ok and ("three dilation rates" in message or "whole number" in message)
