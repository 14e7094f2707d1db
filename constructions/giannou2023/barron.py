"""Coefficients for sums of sigmoids ``c_0 + Σ_{i=1}^m c_i σ(a_i x + b_i)`` approximating a target
(Giannou et al. 2023, arXiv v1, the Barron corollary; reference notes §8.2, [S]: error O(m^{−1/2}) for
Barron-class f when the sharpness τ ≥ m^{1/2} ln m).

Two recipes, both returning *exact rational* coefficients (whatever the error
of the fit, the certified bound is computed for exactly these numbers):

* :func:`staircase` — the constructive 1-D recipe behind Barron-type rates:
  nodes ``t_i = α + iℓ/m``, steps of height ``f(t_i) − f(t_{i−1})`` smoothed by
  ``σ(τ(x − s_i))`` at the midpoints ``s_i``, with a chosen sharpness ``τ``
  (``sharpness(m)`` = ``√m·ln m``, the reported condition).  Derived here [I]:
  for ``f`` with Lipschitz constant ``L`` on ``[α, β]``, ``h = ℓ/m``,
  ``|f − f_m| ≤ L h/2 + L h·Σ_i σ(−τ|x − s_i|) ≤ L h/2 + 2Lh + 2L/τ``, so any
  ``τ ≳ √m`` already gives O(m^{−1/2}); the ``ln m`` is not needed in one
  dimension.
* :func:`least_squares` — the same sigmoids (fixed centres and sharpness)
  with the coefficients fitted by least squares on a fine grid and refined
  towards minimax by Lawson's iteration (float64), then rounded to rationals.
  In one dimension this converges much faster than m^{−1/2}.

The claims and the FLEQ machine use :func:`fitted`: the least-squares
coefficients as shipped in ``barron_fits.json`` beside this module (exact
rationals as strings, written by :func:`write_fits`; package data, and a file
of the paper's package, so part of its source hash, which keys the cache).  Float64 fitting is ill-conditioned here (coefficients up
to 10^6 that cancel), so a refit on another CPU may round differently; the
shipped coefficients keep every certified bound, and the regression gate on
it, reproducible.

Targets (:data:`TARGETS`): ``x²`` on [−1, 1], ``1/x`` on [1/2, 2], ``√x`` on
[1/4, 4], ``1/√x`` on [1/4, 4].
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from pathlib import Path
from typing import Callable

import mpmath
import numpy as np
import sympy as sp

__all__ = ["Target", "TARGETS", "staircase", "least_squares", "sharpness", "Fit", "fitted", "write_fits"]

X = sp.Symbol("x")


@dataclass(frozen=True)
class Target:
    name: str
    expr: sp.Expr  # in the symbol ``x``
    lo: Fraction
    hi: Fraction

    def value(self, x: float) -> float:
        return float(self.expr.subs(X, x))

    def numpy(self) -> Callable:
        return sp.lambdify(X, self.expr, "numpy")

    def exact(self, x: Fraction, bits: int = 96) -> Fraction:
        """``f(x)`` rounded to a multiple of ``2^{−bits}`` (for staircase heights)."""
        with mpmath.workprec(bits + 64):
            v = mpmath.mpf(sp.N(self.expr.subs(X, sp.Rational(x.numerator, x.denominator)), 60))
            return Fraction(int(mpmath.nint(v * 2**bits)), 2**bits)


TARGETS = {
    "square": Target("square", X**2, Fraction(-1), Fraction(1)),
    "reciprocal": Target("reciprocal", 1 / X, Fraction(1, 2), Fraction(2)),
    "sqrt": Target("sqrt", sp.sqrt(X), Fraction(1, 4), Fraction(4)),
    "rsqrt": Target("rsqrt", 1 / sp.sqrt(X), Fraction(1, 4), Fraction(4)),
}


@dataclass(frozen=True)
class Fit:
    """Exact coefficients: ``terms[i] = (a_i, b_i, c_i)`` and the constant ``c0``; ``tau`` the sharpness."""

    target: str
    recipe: str
    m: int
    tau: Fraction
    c0: Fraction
    terms: tuple[tuple[Fraction, Fraction, Fraction], ...]

    def to_json(self) -> dict:
        return {"target": self.target, "recipe": self.recipe, "m": self.m, "tau": str(self.tau), "c0": str(self.c0),
                "terms": [[str(a), str(b), str(c)] for a, b, c in self.terms]}


def _rational(v: float, bits: int = 40) -> Fraction:
    """``v`` rounded to a multiple of ``2^{−bits}`` (short, exact)."""
    return Fraction(round(v * 2**bits), 2**bits)


def sharpness(m: int) -> Fraction:
    """The reported sharpness condition's value ``√m·ln m`` (rounded up to 1/1024; at least 1)."""
    v = max(1.0, math.sqrt(m) * math.log(m)) if m > 1 else 1.0
    return Fraction(math.ceil(v * 1024), 1024)


def staircase(target: Target, m: int, tau: Fraction | None = None) -> Fit:
    """The smoothed staircase with ``m`` steps and sharpness ``tau`` (default :func:`sharpness`)."""
    tau = sharpness(m) if tau is None else Fraction(tau)
    lo, hi = target.lo, target.hi
    h = (hi - lo) / m
    nodes = [lo + i * h for i in range(m + 1)]
    vals = [target.exact(t) for t in nodes]
    terms = []
    for i in range(1, m + 1):
        s = (nodes[i - 1] + nodes[i]) / 2
        terms.append((tau, -tau * s, vals[i] - vals[i - 1]))
    return Fit(target.name, "staircase", m, tau, vals[0], tuple(terms))


def _lstsq(M: np.ndarray, f: np.ndarray) -> np.ndarray:
    """Least squares by modified Gram–Schmidt with one reorthogonalisation pass.

    Written with elementwise numpy only (``einsum`` without BLAS): LAPACK's
    multithreaded solvers are orders of magnitude slower for these small
    problems on a loaded two-core machine, and this keeps the result
    independent of the BLAS build.
    """
    rows, cols = M.shape
    Q = np.array(M, dtype=np.float64, copy=True)
    R = np.zeros((cols, cols))
    for j in range(cols):
        v = Q[:, j]
        for _ in range(2):
            for i in range(j):
                r = np.einsum("k,k->", Q[:, i], v)
                R[i, j] += r
                v = v - r * Q[:, i]
        nrm = math.sqrt(np.einsum("k,k->", v, v))
        R[j, j] = nrm
        Q[:, j] = v / nrm if nrm > 0 else v
    y = np.array([np.einsum("k,k->", Q[:, i], f) for i in range(cols)])
    x = np.zeros(cols)
    for i in reversed(range(cols)):
        x[i] = (y[i] - np.einsum("k,k->", R[i, i + 1:], x[i + 1:])) / R[i, i] if R[i, i] > 0 else 0.0
    return x


def least_squares(target: Target, m: int, kappa: float = 0.25, lawson: int = 30) -> Fit:
    """``m`` sigmoids with fixed centres and sharpness, coefficients fitted (see the module docstring).

    Centres are the midpoints of ``m`` cells of ``[α, β]`` — geometric cells when
    ``α > 0`` (the targets vary fastest near 0), uniform otherwise — and the
    sharpness of a term is ``κ`` over its cell's width (``κ = 1/4``: wide,
    overlapping sigmoids; large, cancelling coefficients, fast convergence).
    """
    lo, hi = float(target.lo), float(target.hi)
    edges = np.geomspace(lo, hi, m + 1) if lo > 0 else np.linspace(lo, hi, m + 1)
    centres = [_rational(float(v), 20) for v in (edges[:-1] + edges[1:]) / 2]
    taus = [_rational(kappa / float(w), 20) for w in np.diff(edges)]
    n_pts = 40 * m + 200
    xs = np.concatenate([np.linspace(lo, hi, n_pts),
                         (lo + hi) / 2 + (hi - lo) / 2 * np.cos(np.linspace(0, np.pi, n_pts)),
                         np.geomspace(lo, hi, n_pts) if lo > 0 else np.empty(0)])
    f = target.numpy()(xs)
    M = np.column_stack([np.ones_like(xs)] + [1 / (1 + np.exp(-float(t) * (xs - float(s))))
                                               for s, t in zip(centres, taus)])
    w = np.ones_like(xs)
    coef = _lstsq(M, f)
    for _ in range(lawson):  # Lawson: reweight towards the minimax solution
        r = np.abs(np.einsum("ij,j->i", M, coef) - f)
        w = w * (r + 1e-300)
        w = w / w.sum()
        sw = np.sqrt(w)
        coef = _lstsq(M * sw[:, None], f * sw)
    c0 = _rational(float(coef[0]))
    terms = tuple((t, -t * s, _rational(float(c))) for s, t, c in zip(centres, taus, coef[1:]))
    return Fit(target.name, "least_squares", m, max(taus), c0, terms)


FIT_SIZES = (2, 4, 8, 16, 24, 32)


def _from_json(d: dict) -> Fit:
    return Fit(d["target"], d["recipe"], int(d["m"]), Fraction(d["tau"]), Fraction(d["c0"]),
               tuple(tuple(Fraction(v) for v in t) for t in d["terms"]))


#: The shipped coefficients: ``{target: {str(m): Fit.to_json()}}`` (generated by :func:`write_fits`; do not edit).
FITS_FILE = Path(__file__).with_name("barron_fits.json")


@lru_cache(maxsize=None)
def _shipped() -> dict:
    return json.loads(FITS_FILE.read_text())


def fitted(target: str, m: int) -> Fit:
    """The shipped least-squares fit of ``target`` with ``m`` sigmoids (fitted afresh if not shipped)."""
    entry = _shipped().get(target, {}).get(str(m))
    if entry is not None:
        return _from_json(entry)
    return least_squares(TARGETS[target], m)


def write_fits(path=None) -> None:
    """Refit every target at :data:`FIT_SIZES` and write the exact coefficients to ``barron_fits.json``."""
    data = {name: {str(m): least_squares(T, m).to_json() for m in FIT_SIZES} for name, T in TARGETS.items()}
    Path(path or FITS_FILE).write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    _shipped.cache_clear()
