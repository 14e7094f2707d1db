"""The rounding bounds of verify.rounding dominate the error of real numpy float evaluations — and a too-small
unit roundoff is caught by the same comparison (the test can fail)."""
from fractions import Fraction

import mpmath
import numpy as np
import pytest
import sympy as sp

from verify.arb import ball, upper
from verify.rounding import FLOAT32, FLOAT64, exact_integer, matrix_entries, matvec_error, model, softmax_l1
from verify.semantics import Float

RNG = np.random.default_rng(20261130)
TOO_SMALL = {"float32": Fraction(1, 2**40), "float64": Fraction(1, 2**70)}


def _weights(rows, cols):
    """Exact weights with denominators float cannot hold (1/3, 1/7, ...) and mixed magnitudes."""
    nums = RNG.integers(-50, 51, size=(rows, cols))
    dens = RNG.choice([1, 3, 7, 10, 64], size=(rows, cols))
    return sp.ImmutableSparseMatrix(rows, cols, {(i, j): sp.Rational(int(nums[i, j]), int(dens[i, j]))
                                                for i in range(rows) for j in range(cols) if nums[i, j]})


def _matvec_worst(fmt: str, u=None) -> Fraction:
    """max over rows and random inputs of observed error − bound (≤ 0 when the bound holds)."""
    fm = model(fmt, u)
    worst = None
    for _ in range(20):
        W = _weights(6, 40)
        sem = Float(1, np.dtype(fmt))
        Wf = sem.weights(W)
        x = (RNG.standard_normal(40) * 10.0 ** RNG.integers(-3, 4, size=40)).astype(np.dtype(fmt))
        got = (Wf @ x[:, None])[:, 0]
        size = [ball(Fraction(float(abs(v)))) for v in x]
        for i, row in matrix_entries(W, fm).items():
            exact = sum((Fraction(int(sp.fraction(W[i, j])[0]), int(sp.fraction(W[i, j])[1])) * Fraction(float(x[j]))
                         for j in range(40)), Fraction(0))
            err = abs(Fraction(float(got[i])) - exact)
            bound = upper(matvec_error(fm, row, size)[0])
            worst = err - bound if worst is None else max(worst, err - bound)
    return worst


@pytest.mark.parametrize("fmt", ["float32", "float64"])
def test_matvec_bound_dominates_numpy(fmt):
    assert _matvec_worst(fmt) <= 0


@pytest.mark.parametrize("fmt", ["float32", "float64"])
def test_matvec_bound_with_too_small_u_is_violated(fmt):
    assert _matvec_worst(fmt, TOO_SMALL[fmt]) > 0


def _softmax_worst(fmt: str, u=None, n: int = 16) -> float:
    """max over random columns of ‖w̃ − softmax(z̃)‖₁ (40 digits) − bound."""
    fm = model(fmt, u)
    bound = float(upper(softmax_l1(fm, n)))
    sem = Float(1, np.dtype(fmt))
    worst = -1.0
    with mpmath.workdps(40):
        for _ in range(30):
            scale = float(10.0 ** RNG.integers(-1, 3))
            z = (RNG.standard_normal((n, 1)) * scale).astype(np.dtype(fmt))
            w = sem.attend(z)[:, 0]
            e = [mpmath.exp(mpmath.mpf(float(v)) - mpmath.mpf(float(z.max()))) for v in z[:, 0]]
            total = mpmath.fsum(e)
            l1 = float(mpmath.fsum(abs(mpmath.mpf(float(w[i])) - e[i] / total) for i in range(n)))
            worst = max(worst, l1 - bound)
    return worst


@pytest.mark.parametrize("fmt", ["float32", "float64"])
def test_softmax_bound_dominates_numpy(fmt):
    assert _softmax_worst(fmt) <= 0


def test_softmax_bound_with_too_small_u_is_violated():
    assert _softmax_worst("float32", TOO_SMALL["float32"]) > 0


def test_stored_weights_are_what_the_semantics_holds():
    for w in (Fraction(1, 3), Fraction(100), Fraction(-7, 10), Fraction(1, 2**30) + 1):
        for fm in (FLOAT32, FLOAT64):
            held = Float(1, np.dtype(fm.dtype)).array([[w]])[0, 0]
            assert fm.stored(w) == Fraction(float(held))
    assert FLOAT32.stored(Fraction(1, 3)) != Fraction(1, 3)
    assert FLOAT64.stored(Fraction(100)) == 100


def test_integer_dot_products_are_exact_only_below_two_to_the_p():
    W = sp.ImmutableSparseMatrix(1, 2, {(0, 0): 2, (0, 1): -3})
    row = matrix_entries(W, FLOAT32)[0]
    assert exact_integer(FLOAT32, row, {0, 1}, ball(100))
    assert not exact_integer(FLOAT32, row, {0}, ball(100))  # an input with drift
    assert not exact_integer(FLOAT32, row, {0, 1}, ball(2**25))  # partial sums beyond 2^24
    half = matrix_entries(sp.ImmutableSparseMatrix(1, 1, {(0, 0): sp.Rational(1, 2)}), FLOAT32)[0]
    assert not exact_integer(FLOAT32, half, {0}, ball(1))  # a non-integer weight
    # and numpy agrees that beyond 2^24 integer arithmetic in float32 rounds
    assert np.float32(2**24) + np.float32(1) == np.float32(2**24)


def test_a_dot_product_that_may_overflow_is_refused():
    row = matrix_entries(sp.ImmutableSparseMatrix(1, 1, {(0, 0): 3}), FLOAT32)[0]
    matvec_error(FLOAT32, row, [ball(Fraction(10**30))])  # within range
    with pytest.raises(ValueError, match="overflow"):
        matvec_error(FLOAT32, row, [ball(Fraction(10**38))])
