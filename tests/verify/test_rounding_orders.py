"""The node-wise dot-product bound of verify.rounding (signed partial sums, half an ulp of their binade, exact
products) holds for *every* summation tree, checked against all trees of small sums — and fails when its
inputs are wrong (a too-small unit roundoff, a term declared with the wrong sign), so the check can fail."""
from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
import sympy as sp

from verify.arb import ball, upper
from verify.rounding import FLOAT32, FLOAT64, matrix_entries, matvec_error, model, tree_sums

RNG = np.random.default_rng(20261201)
FORMATS = {"float64": FLOAT64, "float32": FLOAT32}


def _excess(weights, xs, bias, signs, integers, fm) -> Fraction:
    """max over summation trees of |computed − exact| minus the bound (≤ 0 when the bound holds)."""
    dtype = np.dtype(fm.dtype).type
    W = sp.ImmutableSparseMatrix(1, len(weights), {(0, j): w for j, w in enumerate(weights) if w})
    row = matrix_entries(W, fm)[0]
    stored = [dtype(fm.stored(Fraction(w))) if w else dtype(0) for w in weights]
    terms = tuple(dtype(s * dtype(x)) for s, x in zip(stored, xs) if s != 0)
    b = dtype(fm.stored(Fraction(bias)))
    if bias:
        terms += (b,)
    exact = sum((Fraction(w) * Fraction(float(dtype(x))) for w, x in zip(weights, xs)), Fraction(bias))
    worst = max(abs(Fraction(float(v)) - exact) for v in tree_sums(terms, fm.dtype))
    size = [ball(Fraction(float(abs(dtype(x))))) for x in xs]
    return worst - upper(matvec_error(fm, row, size, Fraction(bias), signs, integers)[0])


def _near(value: float, bits: int) -> float:
    """``value`` plus random low-order bits (a read that is not exactly ±1)."""
    return value + float(RNG.uniform(-1, 1)) * 2.0 ** -bits


def _cases():
    """(weights, inputs, bias, signs, integers): gate units, error-correction output rows, random mixed rows."""
    for _ in range(25):  # the gated overwrite 2B − 2T + C·ind − C with the gate open
        yield ([2, -2, 100], [_near(1, 20), _near(-1, 22), 1.0], -100, {2: 1}, {2})
    for _ in range(25):  # error correction's output row over ReLU outputs (nonnegative)
        x = _near(1, 3)
        h = [x + 0.75, x + 0.25, x - 0.25, x - 0.75, x, 0.0]
        yield ([2, -2, 2, -2, -1, 1], h, -1, dict.fromkeys(range(6), 1), set())
    for _ in range(60):
        k = int(RNG.integers(2, 6))
        w = [sp.Rational(int(RNG.integers(-40, 41)), int(RNG.choice([1, 2, 3, 10]))) for _ in range(k)]
        xs = [float(RNG.standard_normal() * 10.0 ** RNG.integers(-2, 3)) for _ in range(k)]
        known = {j: (1 if xs[j] >= 0 else -1) for j in range(k) if RNG.random() < 0.5}
        yield (w, xs, sp.Rational(int(RNG.integers(-20, 21)), 7), known, set())


@pytest.mark.parametrize("fmt", ["float64", "float32"])
def test_the_signed_bound_holds_in_every_summation_tree(fmt):
    fm = FORMATS[fmt]
    assert max(_excess(*case, fm) for case in _cases()) <= 0


def test_the_signed_bound_is_sharper_than_gamma_on_a_gate():
    """The point of the refinement: a gate's ``+C·ind`` and ``−C`` no longer count twice."""
    W = sp.ImmutableSparseMatrix(1, 3, {(0, 0): 2, (0, 1): -2, (0, 2): 100})
    row = matrix_entries(W, FLOAT64)[0]
    size = [ball(1), ball(1), ball(1)]
    new = upper(matvec_error(FLOAT64, row, size, Fraction(-100), {2: 1}, {2})[0])
    gamma = FLOAT64.gamma(4) * 204
    assert new * 3 < gamma


@pytest.mark.parametrize("fmt", ["float64", "float32"])
def test_a_too_small_unit_roundoff_is_caught(fmt):
    fm = model(fmt, FORMATS[fmt].u / 2**12)
    assert max(_excess(*case, fm) for case in _cases()) > 0


def test_a_term_declared_with_the_wrong_sign_is_caught():
    """Three large positive terms declared (two of them) negative: the claimed partial-sum range is too small."""
    found = max(_excess([1, 1, 1, 1], [_near(100, 30), _near(100, 30), _near(100, 30), _near(20, 30)], 0,
                        {0: 1, 1: -1, 2: -1, 3: 1}, set(), FLOAT64)
                for _ in range(40))
    assert found > 0


def test_half_an_ulp_of_the_binade():
    u = FLOAT64.u
    assert upper(FLOAT64.half_ulp(ball(1))) == u
    assert upper(FLOAT64.half_ulp(ball(Fraction(2**10)))) == u * 2**10
    assert upper(FLOAT64.half_ulp(ball(2 - Fraction(1, 2**40)))) == u
    assert upper(FLOAT64.half_ulp(ball(3))) == 2 * u
    assert upper(FLOAT64.half_ulp(ball(Fraction(3, 8)))) == u / 4
    assert FLOAT64.half_ulp(ball(0)) == 0
    for _ in range(200):  # and it bounds the rounding of every value of at most that size
        y = Fraction(float(RNG.uniform(-1, 1) * 10.0 ** RNG.integers(-5, 6))) + Fraction(1, 3 * 2**70)
        assert abs(Fraction(float(y)) - y) <= upper(FLOAT64.half_ulp(ball(abs(y))))
