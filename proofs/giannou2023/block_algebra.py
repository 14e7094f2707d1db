"""The exact algebra behind the function-block proofs of Giannou et al. 2023 (:mod:`.functions`).

How a block's error bound is made rigorous:

1. **Equality proof** (:func:`check_layer`).  Each layer of the *bound*
   network is evaluated symbolically with sympy — the exact softmax as
   ``exp(score)/Σ exp(score)``, every ReLU resolved by an Arb enclosure of its
   input over the stated box (the blocks are built so that every ReLU is
   sign-definite there) — and every entry of the output is proved equal to
   the layer's contract (the block's closed form), cell by cell: the
   difference is reduced to 0 by sympy (terms grouped by denominator and
   expanded, else ``simplify``).  A cell that does not reduce is a mismatch.
2. **Certified bound** (:func:`verify.bounds.sup_abs`).  The closed form
   minus the target function is bounded on the box by Arb branch and bound
   (in the task modules :mod:`.sigmoid_tasks`, :mod:`.matmul_tasks`,
   :mod:`.linear_tasks`, :mod:`.fleq_tasks`).
3. **Witness.**  The worst point found is fed to the *network itself*
   (:func:`run_network`, mpmath at 60 digits, λ = 1) and its error reported
   next to the certified bound.
"""
from __future__ import annotations

from fractions import Fraction
from typing import Mapping

import mpmath
import numpy as np
import sympy as sp
from flint import arb

from constructions.giannou2023.function_block import standalone_input
from verify.arb import precision
from verify.bounds import arb_callable, box_balls
from verify.claims import Outcome, Status
from verify.forward import Evaluator
from verify.semantics import Mp

__all__ = ["TAYLOR", "ProofFailure", "symbolic_layer", "check_layer", "separating_point", "mismatch_outcome",
           "input_matrix", "operands", "symbol_grid",
           "arb_value", "mp_network", "run_network"]

TAYLOR = 8

# ---------------------------------------------------------------------------
# Symbolic forward pass with the exact softmax (the equality proofs)
# ---------------------------------------------------------------------------


class ProofFailure(Exception):
    """A symbolic check could not be completed (an undecided ReLU)."""


def _decide_relu(e: sp.Expr, box: Mapping, label: str):
    """``ReLU(e)`` for ``e`` sign-definite on ``box`` (decided exactly for numbers, else by Arb)."""
    if e.is_Rational:
        return e if e > 0 else sp.Integer(0)
    syms = sorted(e.free_symbols, key=str)
    missing = [s for s in syms if s not in box]
    if missing:
        raise ProofFailure(f"{label}: the ReLU input {e} depends on {missing}, which have no range")
    poly = sp.Poly(e, *syms) if e.is_polynomial(*syms) else None
    if poly is not None and poly.total_degree() <= 1 and all(cf.is_Rational for cf in poly.coeffs()):
        lo = hi = Fraction(0)  # affine with rational coefficients: the exact range over the box
        for monom, cf in zip(poly.monoms(), poly.coeffs()):
            cf = Fraction(int(cf.p), int(cf.q))
            if not any(monom):
                lo, hi = lo + cf, hi + cf
                continue
            l, h = (Fraction(v) for v in box[syms[monom.index(1)]])
            lo, hi = lo + min(cf * l, cf * h), hi + max(cf * l, cf * h)
        if lo >= 0:
            return e
        if hi <= 0:
            return sp.Integer(0)
        raise ProofFailure(f"{label}: the ReLU input {e} ranges over [{lo}, {hi}] on the box")
    f = arb_callable(e, syms)
    with precision(256):
        v = f(box_balls([box[s] for s in syms]))
    if v >= 0:
        return e
    if v <= 0:
        return sp.Integer(0)
    raise ProofFailure(f"{label}: the ReLU input is not sign-definite on the box (it encloses {v})")


def symbolic_layer(layer, X: sp.Matrix, box: Mapping, lam=1) -> sp.Matrix:
    """One layer of eq. (1a)/(1b) on a symbolic ``X``: exact softmax at temperature ``lam``, decided ReLUs."""
    n = X.shape[1]
    lam = sp.sympify(lam)
    Y = sp.Matrix(X)
    for head in layer.heads:
        S = (head.K * X).T * (head.Q * X)
        Wt = sp.zeros(n, n)
        for t in range(n):
            es = [sp.exp(sp.expand(lam * S[j, t])) for j in range(n)]
            den = sp.Add(*es)
            for j in range(n):
                Wt[j, t] = es[j] / den
        Y += (head.V * X) * Wt
    if layer.ffn is not None and layer.ffn.width:
        f = layer.ffn
        H = f.W1 * Y + f.b1 * sp.ones(1, n)
        R = sp.zeros(*H.shape)
        for u in range(H.shape[0]):
            for t in range(n):
                R[u, t] = _decide_relu(sp.expand(H[u, t]), box, f"unit {f.units[u]!r}, column {t}")
        Y = Y + f.W2 * R + f.b2 * sp.ones(1, n)
    return Y


def _vanishes(e: sp.Expr) -> bool:
    """Proves ``e == 0`` identically: terms grouped by denominator and expanded, else ``simplify``."""
    if e == 0:
        return True
    e = sp.expand(e, power_exp=False, power_base=False, log=False, multinomial=False, deep=False)
    groups: dict = {}
    for term in sp.Add.make_args(e):
        num, den = sp.fraction(sp.together(term))
        groups.setdefault(den, []).append(num)
    if all(sp.expand(sp.Add(*nums)) == 0 for nums in groups.values()):
        return True
    # cancel each group against its denominator (e.g. (e^z + 3)/(e^z + 3) split by the expansion)
    rest = sp.expand(sp.Add(*(sp.cancel(sp.expand(sp.Add(*nums)) / den) for den, nums in groups.items())))
    if rest == 0:
        return True
    return sp.simplify(rest) == 0


def check_layer(layer, X: sp.Matrix, expected: Mapping, box: Mapping, lam=1, layout=None,
                output: list | None = None, diffs: list | None = None) -> list[str]:
    """Mismatches between the layer's symbolic output and its contract (an empty list is a proof).

    ``expected[(row, col)]`` is the contract's value of an entry the layer
    changes; every other entry must equal its input.  ``output``, if given,
    receives the symbolic output matrix; ``diffs``, if given, receives
    ``(cell, output − contract)`` of every mismatch.  A mismatch only means
    that sympy did not reduce the difference to 0 (see :func:`mismatch_outcome`).
    """
    Y = symbolic_layer(layer, X, box, lam)
    if output is not None:
        output.append(Y)
    bad = []
    for r in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            want = expected.get((r, j), X[r, j])
            if not _vanishes(Y[r, j] - want):
                where = f"{layout.describe_row(r)}, {layout.describe_col(j)}" if layout else f"({r}, {j})"
                bad.append(f"{where}: expected {want}, the layer gives {Y[r, j]}")
                if diffs is not None:
                    diffs.append((where, Y[r, j] - want))
    return bad


def separating_point(diff: sp.Expr, box: Mapping) -> dict | None:
    """A point of ``box`` at which Arb proves ``diff ≠ 0`` (a few fixed points are tried), or None."""
    syms = sorted(diff.free_symbols, key=str)
    if any(s not in box for s in syms):
        return None
    f = arb_callable(diff, syms)
    for t in (Fraction(1, 2), Fraction(0), Fraction(1), Fraction(2, 7), Fraction(5, 7)):
        pt = {}
        for i, s in enumerate(syms):
            lo, hi = (Fraction(v) for v in box[s])
            u = (t + Fraction(i, 11)) % 1 if 0 < t < 1 else t
            pt[s] = lo + (hi - lo) * u
        with precision(256):
            v = f(box_balls([(pt[s], pt[s]) for s in syms]))
        if v > 0 or v < 0:
            return {"point": {str(s): str(pt[s]) for s in syms}, "difference": float(v.mid())}
    return None


def mismatch_outcome(what: str, bad: list[str], diffs: list, box: Mapping, data: dict) -> Outcome:
    """REFUTED when Arb separates a mismatching cell from its contract at a point of the box, else UNKNOWN.

    sympy failing to reduce a difference to 0 is no proof that it is nonzero;
    the point, with the cell, is the replayable counterexample.
    """
    data["mismatches"] = bad[:4]
    for where, d in diffs:
        sep = separating_point(d, box)
        if sep is not None:
            data["counterexample"] = {"cell": where, **sep}
            return Outcome(Status.REFUTED, f"{what}: at {where} the layer differs from its contract by "
                           f"{sep['difference']:.4g} at {sep['point']} (Arb-certified)", data)
    return Outcome(Status.UNKNOWN, f"{what}: sympy did not reduce {bad[0][:160]} to 0, and no test point "
                   f"separates it", data)


def input_matrix(layout, A=None, B=None) -> sp.Matrix:
    return sp.Matrix(standalone_input(layout, A, B, zero=sp.Integer(0)))


def operands(layout, k: int, GA, GB):
    """Symbolic k×k operands A, B, their box |A| ≤ GA, |B| ≤ GB, the input matrix and the output columns."""
    A, B = symbol_grid("a", k), symbol_grid("b", k)
    GA_, GB_ = Fraction(GA), Fraction(GB)
    box = {**{s: (-GA_, GA_) for row in A for s in row}, **{s: (-GB_, GB_) for row in B for s in row}}
    return A, B, box, input_matrix(layout, A, B), list(layout.cols("O"))


def symbol_grid(prefix: str, k: int):
    return [[sp.Symbol(f"{prefix}{r}{j}") for j in range(k)] for r in range(k)]


def arb_value(e: sp.Expr, prec: int = 256) -> arb:
    with precision(prec):
        return arb_callable(e, [])([])


def mp_network(net, digits: int = 60):
    return Evaluator(net, Mp(1, digits=digits))


def run_network(net, A=None, B=None, digits: int = 60):
    """Evaluate a bound standalone block at λ = 1 on exact arguments; returns the output as mpf array."""
    ev = mp_network(net, digits)
    X = standalone_input(net.layout, A, B)
    Xa = ev.input(np.array(X, dtype=object))
    with mpmath.workdps(digits):
        return ev.loop(Xa)


