"""The exact sympy forward pass: a layer on a matrix of sympy expressions, and equality proofs.

For constructions whose contracts are identities in real parameters (a
closed form for every input of a box, a gradient step for symbolic data):

* :func:`symbolic_layer` evaluates one layer exactly — softmax heads as
  ``exp(λ·score)/Σ exp(λ·score)`` over the visible keys, linear heads as
  masked scores times their scale, per-column biases included, and every
  ReLU decided on a box of the free symbols (exactly for affine inputs with
  rational coefficients, else by an Arb enclosure: :func:`decide_relu`);
* :func:`vanishes` proves an expression identically 0 (terms grouped by
  denominator and expanded, else ``simplify``); :func:`check_layer` proves a
  layer equal to its contract cell by cell with it;
* :func:`separating_point` looks for a point of the box where Arb proves a
  difference nonzero — the replayable counterexample of a mismatch (sympy
  failing to reduce a difference is no proof that it is nonzero).
"""
from __future__ import annotations

from fractions import Fraction
from typing import Mapping

import sympy as sp

from .arb import precision
from .bounds import arb_callable, box_balls

__all__ = ["ProofFailure", "decide_relu", "symbolic_layer", "vanishes", "check_layer", "separating_point"]


class ProofFailure(Exception):
    """A symbolic check could not be completed (an undecided ReLU)."""


def decide_relu(e: sp.Expr, box: Mapping, label: str):
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
    """One layer of the layer model on a symbolic ``X``, exactly.

    Softmax heads: ``exp(λ·score)/Σ exp(λ·score)`` over the visible keys (the
    exact softmax at temperature ``lam``); linear heads: the masked scores
    times the head's ``scale``; feed-forward: ``W1 Y + b1 1ᵀ (+ B1)``, every
    ReLU decided on ``box`` (:func:`decide_relu`), then ``W2 R + b2 1ᵀ (+ B2)``.
    """
    n = X.shape[1]
    lam = sp.sympify(lam)
    Y = sp.Matrix(X)
    for head in layer.heads:
        S = (head.K * X).T * (head.Q * X)
        visible = head.mask.allowed(n) if head.mask is not None else None
        Wt = sp.zeros(n, n)
        for t in range(n):
            keys = [j for j in range(n) if visible is None or visible[j, t]]
            if head.kind == "linear":
                for j in keys:
                    Wt[j, t] = S[j, t] * head.scale
                continue
            es = {j: sp.exp(sp.expand(lam * S[j, t])) for j in keys}
            den = sp.Add(*es.values())
            for j in keys:
                Wt[j, t] = es[j] / den
        Y += (head.V * X) * Wt
    if layer.ffn is not None and layer.ffn.width:
        f = layer.ffn
        H = f.W1 * Y + f.b1 * sp.ones(1, n)
        if f.B1 is not None:
            H += sp.Matrix(f.B1)
        R = sp.zeros(*H.shape)
        for u in range(H.shape[0]):
            for t in range(n):
                R[u, t] = decide_relu(sp.expand(H[u, t]), box, f"unit {f.units[u]!r}, column {t}")
        Y = Y + f.W2 * R + f.b2 * sp.ones(1, n)
        if f.B2 is not None:
            Y += sp.Matrix(f.B2)
    return Y


def vanishes(e: sp.Expr) -> bool:
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
    if all(den.is_Rational for den in groups) and e.is_polynomial():
        # a polynomial with rational coefficients: its Poly form is canonical, so this decides it
        return bool(e.free_symbols) and sp.Poly(e, *e.free_symbols).is_zero  # (a constant here is not 0)
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
            if not vanishes(Y[r, j] - want):
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
