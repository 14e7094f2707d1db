"""The exact algebra behind the function-block proofs of Giannou et al. 2023 (:mod:`.functions`).

How a block's error bound is made rigorous:

1. **Equality proof** (:func:`verify.sympy_forward.check_layer`).  Each layer of the *bound*
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
from verify.bounds import arb_callable
from verify.claims import Outcome, Status
from verify.forward import Evaluator
from verify.semantics import Mp
from verify.sympy_forward import ProofFailure, check_layer, separating_point, symbolic_layer  # re-exported for the task modules

__all__ = ["TAYLOR", "ProofFailure", "symbolic_layer", "check_layer", "separating_point", "mismatch_outcome",
           "input_matrix", "operands", "symbol_grid",
           "arb_value", "mp_network", "run_network"]

TAYLOR = 8

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


