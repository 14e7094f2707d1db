"""Rigorous ball arithmetic with python-flint's Arb: the backend of every PROVED numeric bound.

An Arb ball ``[m ± r]`` is guaranteed to contain the true value of every
computation that produced it.  Exact inputs enter through ``fmpq`` (never via
a float), so the only widening is Arb's own rounding.  Comparisons are
three-valued: :func:`certainly_le` returns ``True`` or ``False`` only when the
balls decide it, and ``None`` when they overlap — the caller must then report
UNKNOWN (never treat it as true or false).

``mpmath.iv`` is deliberately not used: its ``exp`` enclosure is unsound in
some cases (mpmath issue 1181), and with sympy 1.14's pin (mpmath < 1.4) an
undecided interval comparison returns ``None``, which silently reads as False.
"""
from __future__ import annotations

import contextlib
from fractions import Fraction

import numpy as np
import sympy as sp
from flint import arb, ctx, fmpq

from .semantics_base import SparseRows, _NumpySemantics, as_fraction

__all__ = ["ball", "relu_ball", "certainly_le", "certainly_lt", "upper", "lower", "precision", "Arb"]


def ball(value) -> arb:
    """An exact ball for an int, Fraction, sympy Rational or decimal string (floats: their binary value)."""
    if isinstance(value, arb):
        return value
    if isinstance(value, float):
        return arb(value)  # the float's exact binary value
    if isinstance(value, str):
        value = Fraction(value)
    f = as_fraction(value) if not isinstance(value, Fraction) else value
    return arb(fmpq(f.numerator, f.denominator))


def relu_ball(x: arb) -> arb:
    """``max(0, x)`` enclosed tightly: x if certainly ≥ 0, 0 if certainly ≤ 0, else a ball over [0, upper]."""
    if x >= 0:
        return x
    if x <= 0:
        return arb(0)
    return arb(0).union(x.upper())


def certainly_le(a, b) -> bool | None:
    """True if ``a ≤ b`` for every point of the balls, False if ``a > b`` for every point, else None."""
    a, b = ball(a), ball(b)
    if a <= b:
        return True
    if a > b:
        return False
    return None


def certainly_lt(a, b) -> bool | None:
    a, b = ball(a), ball(b)
    if a < b:
        return True
    if a >= b:
        return False
    return None


def upper(x: arb) -> Fraction:
    """An exact rational upper bound of the ball."""
    return _to_fraction(x.upper())


def lower(x: arb) -> Fraction:
    return _to_fraction(x.lower())


def _to_fraction(x: arb) -> Fraction:
    m, e = x.mid().man_exp()
    m, e = int(m), int(e)
    return Fraction(m * 2**e) if e >= 0 else Fraction(m, 2**-e)


@contextlib.contextmanager
def precision(bits: int):
    """Arb working precision in bits (Arb's precision is global: use processes, not threads)."""
    with ctx.workprec(int(bits)):
        yield


class Arb(_NumpySemantics):
    """The softmax machine in rigorous ball arithmetic at ``prec`` bits.

    Every entry of every result is a ball that contains the exact real value
    of eq. (1a)/(1b) with softmax at temperature λ.
    """

    cache_compiled = True  # weights depend on the class and key only

    def __init__(self, lam, prec: int = 128):
        self.lam = lam
        self.prec = int(prec)
        self.name = "arb"
        self._relu = np.frompyfunc(relu_ball, 1, 1)
        self._exp = np.frompyfunc(lambda v: v.exp(), 1, 1)

    @property
    def key(self):
        return ("arb", str(self.lam), self.prec)

    def context(self):
        return precision(self.prec)

    def scalar(self, f):
        return ball(f)

    def weights(self, m):
        if m.cols == 1:
            return super().weights(m)
        rows: list[list[tuple[int, object]]] = [[] for _ in range(m.rows)]
        for (i, j), v in sorted(m.todok().items()):
            rows[i].append((j, ball(as_fraction(v))))
        return SparseRows(rows, m.cols, arb(0))

    def relu(self, a):
        return self._relu(a)

    def attend(self, scores):
        with self.context():
            z = scores * ball(self.lam if not isinstance(self.lam, sp.Basic) else as_fraction(self.lam))
            e = self._exp(z)
            return e / e.sum(axis=-2, keepdims=True)

    def attend_masked(self, scores, mask):
        with self.context():
            z = scores * ball(self.lam if not isinstance(self.lam, sp.Basic) else as_fraction(self.lam))
            e = np.where(mask, self._exp(z), arb(0))  # masked keys get exactly no weight
            return e / e.sum(axis=-2, keepdims=True)

    def to_float(self, x):
        return np.vectorize(lambda v: float(v.mid()), otypes=[float])(x)

    def describe(self):
        return f"Arb balls at {self.prec} bits, softmax at lambda = {self.lam}"
