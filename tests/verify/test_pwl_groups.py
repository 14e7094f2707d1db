"""Groups of hidden units by the form they read, and the exact range of their piecewise-linear function
(toy layers, no paper)."""
import random
from fractions import Fraction

import numpy as np
import pytest

from tests.verify.toys import PointerRead
from verify.balls import Balls, mantissas
from verify.forward import Evaluator
from verify.pwl_groups import Feed, _exact_slopes, ffn_plan, pwl_range, rows_of
from verify.semantics import Float


def _plan():
    toy = PointerRead()
    net = toy.network()
    compiled = Evaluator(net, Float(5)).compiled[0]
    constant = {r for block in ("P", "ptr", "v") for r in net.layout.rows(block)}
    return net, compiled, ffn_plan(compiled.ffn, net.layout.d, constant)


def test_units_reading_one_row_form_one_group_and_carry_its_residual():
    net, compiled, plan = _plan()
    lay = net.layout
    r, s = lay.row("r"), lay.row("s")
    groups = {tuple(plan.in_idx[g.positions]): g for g in plan.groups}
    assert set(groups) == {(r,), (s,)}  # the clear of r and the copy both read r: one group
    assert sorted(groups[(r,)].scale) == [-1, -1, 1, 1]
    out = list(rows_of(compiled.ffn.out_rows, lay.d))
    feeds = {tuple(plan.in_idx[plan.groups[f.group].positions]): f for f in plan.feeds[out.index(s)]}
    assert feeds[(s,)].with_residual and not feeds[(r,)].with_residual  # s's own clear carries s; the copy reads r
    assert len(feeds[(r,)].units) == 2 and not plan.residual.any()


def _feed(weights, scale, residual):
    weights, scale = np.asarray(weights, float), np.asarray(scale, float)
    return Feed(0, np.arange(len(weights)), weights, residual, _exact_slopes(weights, scale, residual),
                mantissas(weights[None, :]))


def _range(tlo, thi, scale, bias: Balls, feed):
    return pwl_range(np.array([tlo]), np.array([thi]), np.asarray(scale, float), bias, feed, mantissas(bias.mid))


def test_a_clear_is_exactly_zero_over_a_wide_interval():
    # x − ReLU(x) + ReLU(−x) ≡ 0: per-unit intervals would give a width of the interval's size
    lo, hi = _range(-0.3, 0.5, [1, -1], Balls.exact(np.zeros((2, 1))), _feed([-1, 1], [1, -1], True))
    assert abs(lo[0]) < 1e-290 and abs(hi[0]) < 1e-290


def _f(t, scale, bias, weights, residual) -> Fraction:
    return (t if residual else 0) + sum(Fraction(c) * max(Fraction(a) * t + b, Fraction(0))
                                        for a, b, c in zip(scale, bias, weights))


def _excess(seed: int, corrupt: bool = False) -> Fraction:
    """Largest excess of the exact function over its enclosure, at the ends, breakpoints and random points."""
    rng = random.Random(seed)
    g = rng.randint(1, 5)
    scale = [rng.choice((1, -1)) * rng.choice((1, 2, 0.5, 1 / 3, 7)) for _ in range(g)]
    weights = [rng.choice((1, -1)) * rng.choice((1, 2, 0.25, 1 / 7)) for _ in range(g)]
    mid = np.array([[rng.uniform(-2, 2)] for _ in range(g)])
    rad = np.abs(mid) * (2.0 ** -30 if seed % 2 else 0.0)
    residual = bool(seed % 3 == 0)
    tlo = rng.uniform(-3, 1)
    thi = tlo + rng.choice((0.0, 1e-9, rng.uniform(0, 3)))
    feed = _feed([-w for w in weights] if corrupt else weights, scale, residual)
    lo, hi = _range(tlo, thi, scale, Balls(mid, rad), feed)
    points = [Fraction(tlo), Fraction(thi)] + [Fraction(tlo) + (Fraction(thi) - Fraction(tlo)) * Fraction(k, 50)
                                              for k in range(51)]
    worst = Fraction(-1)
    for sign in (-1, 0, 1):
        bias = [Fraction(m) + sign * Fraction(r) for m, r in zip(mid[:, 0], rad[:, 0])]
        extra = [-b / Fraction(a) for a, b in zip(scale, bias)]
        for t in points + [x for x in extra if Fraction(tlo) <= x <= Fraction(thi)]:
            v = _f(t, scale, bias, weights, residual)
            worst = max(worst, Fraction(lo[0]) - v, v - Fraction(hi[0]))
    return worst


@pytest.mark.parametrize("seed", range(60))
def test_range_encloses_the_function_at_every_probe(seed):
    assert _excess(seed) <= 0


def test_a_wrong_function_escapes_the_probes():
    # the sibling: the same probes catch an enclosure computed for the negated output weights
    assert max(_excess(seed, corrupt=True) for seed in range(60)) > 0
