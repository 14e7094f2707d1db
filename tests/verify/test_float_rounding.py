"""Per-entry rounding bounds of the float machine: they dominate the error of every summation tree (ground
truth by enumeration) and of numpy's softmax, and a too-small unit roundoff is caught."""
import random
from fractions import Fraction

import numpy as np
import pytest
from flint import arb

from verify.arb import precision
from verify.balls import Balls
from verify.float_rounding import fmt_of, linear_rounding, product_rounding, softmax_relative
from verify.rounding import model, tree_sums


def _case(seed: int, fmt: str):
    """A 1 × k weight row and a ball of k inputs, with one float member per ball end and the centre."""
    rng = random.Random(seed)
    k = rng.randint(2, 5)
    dtype = np.dtype(fmt)
    W = np.array([[float(dtype.type(rng.choice((1, -1)) * rng.uniform(0.1, 3))) for _ in range(k)]])
    mid = np.array([[float(dtype.type(rng.choice((1, -1)) * rng.uniform(0.5, 4)))] for _ in range(k)])
    rad = np.abs(mid) * 2.0 ** -20
    return W, Balls(mid, rad), dtype


def _worst_ratio(seed: int, fmt: str, u=None) -> float:
    """Largest (error of any tree) / (bound) over members of the input balls."""
    W, X, dtype = _case(seed, fmt)
    f = fmt_of(model(fmt, u))
    bound, exact = linear_rounding(f, W, X)
    assert not exact[0, 0]
    lo, hi = X.bounds()
    worst = 0.0
    for x in (lo[:, 0], X.mid[:, 0], hi[:, 0]):
        xs = [dtype.type(v) for v in x]
        products = tuple(dtype.type(dtype.type(w) * v) for w, v in zip(W[0], xs))
        real = sum(Fraction(float(w)) * Fraction(float(v)) for w, v in zip(W[0], xs))
        for value in tree_sums(products, fmt):
            worst = max(worst, float(abs(Fraction(float(value)) - real) / Fraction(bound[0, 0])))
    return worst


@pytest.mark.parametrize("fmt", ["float32", "float64"])
def test_linear_rounding_dominates_every_summation_tree(fmt):
    assert max(_worst_ratio(seed, fmt) for seed in range(25)) <= 1


@pytest.mark.parametrize("fmt,u", [("float32", Fraction(1, 2**30)), ("float64", Fraction(1, 2**60))])
def test_a_too_small_unit_roundoff_is_caught(fmt, u):
    assert max(_worst_ratio(seed, fmt, u) for seed in range(25)) > 1


def test_known_integer_inputs_round_nowhere():
    f = fmt_of(model("float64"))
    X = Balls.exact(np.array([[3.0], [-5.0], [7.0]]))
    bound, exact = linear_rounding(f, np.array([[2.0, 1.0, -4.0]]), X)
    assert exact[0, 0] and bound[0, 0] == 0
    bound, exact = linear_rounding(f, np.array([[2.0, 1.0, -4.0]]), Balls(X.mid, np.array([[0.0], [1e-9], [0.0]])))
    assert not exact[0, 0] and bound[0, 0] > 0


def test_product_rounding_of_two_enclosed_factors():
    f = fmt_of(model("float64"))
    rng = random.Random(3)
    for _ in range(30):
        p = np.array([[rng.uniform(-2, 2) for _ in range(4)]])
        q = np.array([[rng.uniform(0, 1)] for _ in range(4)])
        bound = product_rounding(f, (p, p), (q, q), np.abs(p) @ np.abs(q))
        real = sum(Fraction(a) * Fraction(b) for a, b in zip(p[0], q[:, 0]))
        for value in tree_sums(tuple(a * b for a, b in zip(p[0], q[:, 0]))):
            assert abs(Fraction(value) - real) <= Fraction(bound[0, 0])


def _softmax_excess(fmt: str, u=None, seeds: int = 40) -> float:
    """Largest (|numpy softmax − exact softmax| − bound) over random score columns, in units of the bound."""
    dtype = np.dtype(fmt)
    f = fmt_of(model(fmt, u))
    rng = np.random.default_rng(11)
    worst = -np.inf
    for _ in range(seeds):
        n = int(rng.integers(2, 9))
        z = (rng.normal(size=n) * 8).astype(dtype)
        t = z - z.max()
        e = np.exp(t)
        w = e / e.sum()
        T = np.abs(t.astype(np.float64))
        rel, absolute = softmax_relative(f, T, n)
        with precision(200):
            ex = [arb(float(v)).exp() for v in z.astype(np.float64)]
            total = sum(ex, arb(0))
            for i, v in enumerate(ex):
                p = v / total
                bound = p * arb(float(rel[i])) + arb(float(absolute))
                worst = max(worst, float(((arb(float(w[i])) - p).abs_upper() / bound).upper()))
    return worst


@pytest.mark.parametrize("fmt", ["float32", "float64"])
def test_softmax_relative_bound_covers_numpy(fmt):
    assert _softmax_excess(fmt) <= 1


def test_softmax_relative_bound_with_too_small_u_is_violated():
    assert _softmax_excess("float32", Fraction(1, 2**40)) > 1
