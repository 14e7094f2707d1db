"""The softmax concentration lemma and the perturbation bound, against direct evaluation."""
import random
from fractions import Fraction

import mpmath
import pytest
import sympy as sp

from verify.arb import precision, upper
from verify.softmax_bounds import (G, LAM, N, T, concentration_l1, concentration_l1_expr, perturbation_l1,
                                   profile_l1)


def softmax_l1(scores, lam, t):
    top = max(scores)
    e = [mpmath.exp(lam * (s - top)) for s in scores]
    z = sum(e)
    winners = [i for i, s in enumerate(scores) if s == top]
    return sum(abs(x / z - (mpmath.mpf(1) / len(winners) if i in winners else 0)) for i, x in enumerate(e))


def test_the_closed_form_is_the_derived_one():
    assert sp.simplify(concentration_l1_expr() - 2 * (N - T) / (N + T * sp.exp(G * LAM) - T)) == 0


@pytest.mark.parametrize("n, t, g, lam", [(8, 1, 2, 3), (32, 2, 2, 10), (64, 1, 1, 5), (16, 2, 1, Fraction(1, 2))])
def test_closed_form_is_attained_and_enclosed(n, t, g, lam):
    with mpmath.workdps(80):
        direct = softmax_l1([0] * t + [-g] * (n - t), mpmath.mpf(Fraction(lam).numerator) / Fraction(lam).denominator, t)
        with precision(256):
            bound = concentration_l1(lam, n, g, t)
        assert abs(mpmath.mpf(str(float(upper(bound)))) - direct) / direct < 1e-12
        assert direct <= mpmath.mpf(upper(bound).numerator) / upper(bound).denominator


def test_profiles_bound_every_column_they_describe_and_t1_dominates():
    rng = random.Random(0)
    for _ in range(30):
        n = rng.randint(3, 12)
        scores = [rng.choice([0, -1, -2, -3]) for _ in range(n)]
        scores[0] = 0
        top = max(scores)
        t = scores.count(top)
        profile = (t, tuple(sorted(top - s for s in scores if s != top)))
        lam = rng.choice([1, 2, 5])
        with mpmath.workdps(40):
            direct = softmax_l1(scores, lam, t)
        assert direct <= float(upper(profile_l1(lam, [profile]))) * (1 + 1e-12)
        gap = min(profile[1]) if profile[1] else 1
        assert upper(profile_l1(lam, [profile])) <= upper(concentration_l1(lam, n, gap, 1))


def test_perturbation_bound_holds_on_random_perturbations():
    rng = random.Random(1)
    for _ in range(200):
        n = rng.randint(2, 10)
        base = [rng.uniform(-3, 3) for _ in range(n)]
        delta = rng.uniform(0, 0.5)
        moved = [s + rng.uniform(-delta, delta) for s in base]
        lam = rng.uniform(0.1, 8)
        with mpmath.workdps(30):
            def p(v):
                e = [mpmath.exp(lam * x) for x in v]
                z = sum(e)
                return [x / z for x in e]
            change = sum(abs(a - b) for a, b in zip(p(base), p(moved)))
        assert change <= float(upper(perturbation_l1(Fraction(lam), Fraction(delta)))) + 1e-15
