"""Arb balls: exact inputs, tight ReLU, three-valued comparisons, enclosure of the forward pass."""
from fractions import Fraction

import mpmath
import numpy as np
from flint import arb

from verify.arb import Arb, ball, certainly_le, lower, precision, relu_ball, upper
from verify.forward import Evaluator
from verify.semantics import Mp
from tests.verify.test_forward import random_network


def test_balls_are_exact_for_rationals():
    with precision(128):
        third = ball("1/3")
        assert lower(third) <= Fraction(1, 3) <= upper(third)
        assert ball(5).is_exact() and ball(Fraction(3, 4)).is_exact()


def test_relu_ball_is_tight_and_sound():
    assert relu_ball(arb(-2)) == 0 or relu_ball(arb(-2)).is_zero()
    straddle = relu_ball(arb("-0.1 +/- 0.5"))
    assert lower(straddle) <= 0 <= upper(straddle) and upper(straddle) < Fraction(41, 100)
    assert lower(straddle) > Fraction(-1, 10**8)


def test_comparisons_are_three_valued():
    assert certainly_le(ball("1/3"), ball("0.34")) is True
    assert certainly_le(ball(1), ball(0)) is False
    assert certainly_le(arb("0 +/- 1"), 0) is None  # undecided: the caller must report UNKNOWN


def test_arb_forward_pass_encloses_a_high_precision_run():
    net = random_network(2)
    X = np.random.default_rng(3).integers(-1, 2, size=(6, 4))
    a = Evaluator(net, Arb("7/10", prec=200))
    out = a.loop(a.input(X))
    m = Evaluator(net, Mp("0.7", digits=60))
    ref = m.loop(m.input(X))
    with mpmath.workdps(60):
        for idx in np.ndindex(out.shape):
            assert out[idx].overlaps(arb(mpmath.nstr(ref[idx], 55)))
            assert float(out[idx].rad()) < 1e-40
