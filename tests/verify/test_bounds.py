"""Certified sup-norm bounds: rigorous against known maxima and dense high-precision sampling."""
from fractions import Fraction

import mpmath
import pytest
import sympy as sp
from flint import arb

from verify.arb import precision
from verify.bounds import arb_callable, arb_gradient, box_balls, sup_abs

x, y = sp.symbols("x y")


def test_known_maximum_is_bracketed_and_tightness_reached():
    e = x**3 - x  # max |e| on [−1, 1] is 2/(3√3) at x = ±1/√3
    r = sup_abs(arb_callable(e, [x]), [(-1, 1)], grad=arb_gradient(e, [x]))
    true = 2 / (3 * mpmath.sqrt(3))
    assert r.reached and r.stop == "tightness"
    assert float(r.witnessed) <= true <= float(r.certified) <= 1.1 * float(r.witnessed)
    assert abs(float(r.witness[0])) == pytest.approx(1 / 3**0.5, abs=0.05)


def test_budget_stop_is_reported_and_still_rigorous():
    e = x**3 - x
    r = sup_abs(arb_callable(e, [x]), [(-1, 1)], max_boxes=3, ratio=Fraction(1001, 1000))
    assert not r.reached and r.stop == "box budget"
    assert float(r.certified) >= 2 / (3 * 3**0.5)


def test_taylor_models_handle_large_cancelling_sums():
    # 40·σ(x) − 40·σ(x + 1/1000) + 1/25: a small function made of large terms
    e = 40 / (1 + sp.exp(-x)) - 40 / (1 + sp.exp(-x - sp.Rational(1, 1000))) + sp.Rational(1, 25)
    f = arb_callable(e, [x])
    r = sup_abs(f, [(-3, 3)], taylor=8)
    g = sp.lambdify(x, e, "mpmath")
    with mpmath.workdps(40):
        sampled = max(abs(g(mpmath.mpf(-3) + 6 * mpmath.mpf(i) / 4000)) for i in range(4001))
    assert r.reached
    assert float(r.witnessed) <= float(sampled) + 1e-15 <= float(r.certified) + 1e-15


def test_two_dimensional_mean_value_form():
    e = x * y - x**2 / 4
    r = sup_abs(arb_callable(e, [x, y]), [(-1, 1), (0, 2)], grad=arb_gradient(e, [x, y]))
    # |xy − x²/4| on the box: the maximum 9/4 is at x = −1, y = 2
    assert float(r.witnessed) <= 2.25 <= float(r.certified) <= 1.1 * 2.25


def test_a_false_bound_is_exposed_by_the_witness():
    """The search's witness is a certified lower bound: a claimed sup below it is refuted."""
    e = x * (1 - x)
    r = sup_abs(arb_callable(e, [x]), [(0, 1)], grad=arb_gradient(e, [x]))
    claimed = Fraction(24, 100)  # the true maximum is 1/4
    assert r.witnessed > claimed


def test_compiler_agrees_with_mpmath_and_refuses_floats():
    e = sp.Rational(1, 3) * sp.exp(x) + sp.log(1 + x**2) - sp.sqrt(2 + x) / (1 + x**4)
    f = arb_callable(e, [x])
    g = sp.lambdify(x, e, "mpmath")
    for v in (Fraction(-1, 3), Fraction(0), Fraction(7, 5)):
        with precision(200):
            ball = f(box_balls([(v, v)]))
        with mpmath.workdps(60):
            exact = g(mpmath.mpf(v.numerator) / v.denominator)
            assert abs(mpmath.mpf(ball.mid().str(50, radius=False)) - exact) < mpmath.mpf(10) ** -45
    with pytest.raises(TypeError):
        arb_callable(sp.Float(0.1) * x, [x])
    with pytest.raises(ValueError):
        arb_callable(x + y, [x])


def test_box_balls_contain_their_intervals():
    with precision(64):
        b = box_balls([(Fraction(-1, 3), Fraction(2, 7))])[0]
        assert b.lower() <= arb(-1) / 3 and b.upper() >= arb(2) / 7
