"""What the layer of :mod:`gd_icl.network` computes, proved as exact polynomial identities.

Every data entry, the learning rate η and the initial weights W_0 are sympy
symbols, so a proof covers all real values at once; the engine's sympy
forward pass (:mod:`verify.sympy_forward`) evaluates the layer.  A variant
that is not an identity is REFUTED with a rational point where it fails,
replayed through the engine's exact evaluator.
"""
from __future__ import annotations

import random
from fractions import Fraction

import numpy as np
import sympy as sp

from verify import Claim, Exact, Evaluator, Obligation, Outcome, PaperRef, Status
from verify.evidence import produces
from verify.sympy_forward import symbolic_layer, vanishes

from .network import ETA, lsa_network, w0_symbols

__all__ = ["CLAIMS", "gd_step", "prove_gd_step", "gd_loop_induction"]

SIZES = ((1, 1, 1), (2, 1, 3), (2, 2, 2), (3, 1, 4))  # (d_x, d_y, N)
REF = "von Oswald et al. 2023, Transformers learn in-context by gradient descent (ICML 2023)"


def _data(dx: int, dy: int, n: int, query_y: str):
    xs = [sp.Matrix(dx, 1, lambda r, _c, i=i: sp.Symbol(f"x{i}_{r}")) for i in range(n)]
    ys = [sp.Matrix(dy, 1, lambda r, _c, i=i: sp.Symbol(f"y{i}_{r}")) for i in range(n)]
    if query_y == "zero":
        ys[-1] = sp.zeros(dy, 1)
    return xs, ys


def _gd_delta(W: sp.Matrix, xs, ys, eta, N: int) -> sp.Matrix:
    """ΔW = −(η/N) Σ_{i ≤ N} (W x_i − y_i) x_iᵀ: one gradient step on the context examples."""
    return -(eta / N) * sum(((W * xs[i] - ys[i]) * xs[i].T for i in range(N)), sp.zeros(*W.shape))


def _refute(net, X: sp.Matrix, want: sp.Matrix, Y: sp.Matrix, cols, seed: int = 0) -> dict | None:
    """A rational point where the layer's output differs from ``want`` in one of ``cols``, replayed by the
    engine's exact evaluator (the point is returned only if the evaluator confirms it)."""
    syms = sorted(set().union(*(e.free_symbols for e in [*X, *want])) | net.free_symbols(), key=str)
    rng = random.Random(seed)
    for _ in range(20):
        point = {s: sp.Rational(rng.randint(-3, 3), rng.choice([1, 2])) for s in syms}
        bad = [(r, c) for c in cols for r in range(Y.rows) if (Y[r, c] - want[r, c]).xreplace(point) != 0]
        if not bad:
            continue
        bound = net.bind(**{str(s): Fraction(int(v.p), int(v.q)) for s, v in point.items() if s in net.free_symbols()})
        X0 = np.array([[Fraction(str(e.xreplace(point))) for e in row] for row in X.tolist()], dtype=object)
        ev = Evaluator(bound, Exact())
        out = ev.loop(ev.input(X0))
        r, c = bad[0]
        actual, expected = out.item(r, c), Fraction(str(want[r, c].xreplace(point)))
        if actual != expected:  # the engine's exact evaluator agrees that this point fails
            return {"point": {str(s): str(v) for s, v in point.items()}, "cell": [r, c],
                    "expected": str(expected), "network": str(actual)}
    return None


@produces("symbolic")
def gd_step(dx: int, dy: int, N: int, keys: str = "context", scale: str = "eta/N", w0: str = "symbolic",
            query_y: str = "symbolic", tokens: str = "all") -> Outcome:
    """Every token's ``y`` (or only the query's) becomes ``y_j − ΔW x_j`` after one layer."""
    scale_expr = sp.sympify(scale, locals={"eta": ETA, "N": N})
    net = lsa_network(dx, dy, N, keys, scale_expr)
    if w0 == "zero":
        net = net.bind(**{str(s): 0 for s in w0_symbols(dx, dy)})
    return prove_gd_step(net, dx, dy, N, w0, query_y, tokens)


def prove_gd_step(net, dx: int, dy: int, N: int, w0: str = "symbolic", query_y: str = "symbolic",
                  tokens: str = "all", ignore_rows=()) -> Outcome:
    """:func:`gd_step`'s proof of a given layer ``net`` (the mutation self-test proves mutants with it).

    ``ignore_rows`` drops output rows from the check (only to build a deliberately weakened proof).
    """
    W0 = w0_symbols(dx, dy) if w0 == "symbolic" else sp.zeros(dy, dx)
    xs, ys = _data(dx, dy, N + 1, query_y)
    X = sp.Matrix.hstack(*[sp.Matrix.vstack(x, y) for x, y in zip(xs, ys)])
    Y = symbolic_layer(net.layers[0], X, {})
    delta = _gd_delta(W0, xs, ys, ETA, N)
    want = sp.Matrix.hstack(*[sp.Matrix.vstack(x, y - delta * x) for x, y in zip(xs, ys)])
    cols = range(N + 1) if tokens == "all" else [N]
    where = f"d_x={dx}, d_y={dy}, N={N}"
    failing = [(r, c) for c in cols for r in range(dx + dy)
               if r not in ignore_rows and not vanishes(Y[r, c] - want[r, c])]
    if not failing:
        return Outcome(Status.PROVED, f"{where}: y_j − ΔW x_j on {'every token' if tokens == 'all' else 'the query'}"
                       f", an identity in all {len(X.free_symbols | net.free_symbols())} symbols",
                       {"tokens": len(cols)})
    cex = _refute(net, X, want, Y, cols)
    if cex is None:
        return Outcome(Status.UNKNOWN, f"{where}: sympy did not reduce cell {failing[0]} to 0 and no rational "
                       "point separates it", {"cells": [list(f) for f in failing[:4]]})
    return Outcome(Status.REFUTED, f"{where}: cell {cex['cell']} is {cex['network']} at a rational point, "
                   f"one gradient step gives {cex['expected']}", {"counterexample": cex})


@produces("symbolic")
def gd_loop_induction(dx: int, dy: int, N: int) -> Outcome:
    """Looping the layer K times performs K gradient steps, for every K (induction on K).

    Invariant after k loops: context and query tokens hold ``(x_j, y_j − (W_k − W_0) x_j)``
    with ``W_{k+1} = W_k − (η/N) Σ (W_k x_i − y_i) x_iᵀ``.  Base (k = 0, nothing
    changed) is trivial; the step is one identity in symbolic ``W_k``.
    """
    net = lsa_network(dx, dy, N)
    W0 = w0_symbols(dx, dy)
    Wk = sp.Matrix(dy, dx, lambda r, c: sp.Symbol(f"v{r}{c}"))
    xs, ys = _data(dx, dy, N + 1, "symbolic")
    X = sp.Matrix.hstack(*[sp.Matrix.vstack(x, y - (Wk - W0) * x) for x, y in zip(xs, ys)])
    Y = symbolic_layer(net.layers[0], X, {})
    W_next = Wk + _gd_delta(Wk, xs, ys, ETA, N)
    want = sp.Matrix.hstack(*[sp.Matrix.vstack(x, y - (W_next - W0) * x) for x, y in zip(xs, ys)])
    failing = [(r, c) for c in range(N + 1) for r in range(dx + dy) if not vanishes(Y[r, c] - want[r, c])]
    where = f"d_x={dx}, d_y={dy}, N={N}"
    if failing:
        cex = _refute(net, X, want, Y, range(N + 1))
        if cex is None:
            return Outcome(Status.UNKNOWN, f"{where}: the inductive step did not reduce at {failing[0]}", {})
        return Outcome(Status.REFUTED, f"{where}: the inductive step fails at {cex['cell']}", {"counterexample": cex})
    return Outcome(Status.PROVED, f"{where}: the inductive step holds for symbolic W_k (base: W_0, nothing "
                   "changed), so K loops = K gradient steps for every K", {})


def _claim(cid, title, where, statement, tag, method, expected, task, sizes=SIZES, **args):
    def obligations(claim, profile):
        return [Obligation(claim.id, f"dx{dx}dy{dy}N{N}", f"gd_icl.claims:{task}",
                           tuple(sorted({"dx": dx, "dy": dy, "N": N, **args}.items())))
                for dx, dy, N in sizes]

    return Claim(cid, title, PaperRef(REF, where, tag, statement), "gd_icl.network.lsa_network", method,
                 expected, obligations,
                 parameters=lambda profile: {"(d_x, d_y, N)": ", ".join(map(str, sizes)), **args})


CLAIMS = [
    _claim("vonoswald2023.gd_step", "One LSA layer is one gradient step on every token (keys: the N examples)",
           "Proposition 1", "e_j ↦ (x_j, y_j − ΔW x_j) with W_K = W_Q = [[I,0],[0,0]], W_V = [[0,0],[W_0,−I]], "
           "P = (η/N)I", "[R]", "sympy identity in symbolic data, η and W_0", (Status.PROVED,), "gd_step"),
    _claim("vonoswald2023.gd_step.all_keys", "The same weights with the query as a key too, W_0 arbitrary",
           "Proposition 1 (reading: the sum runs over all N + 1 tokens)", "the identity with Σ over i = 1..N+1",
           "[I]", "sympy identity; a failing rational point replayed by the exact evaluator", (Status.REFUTED,),
           "gd_step", keys="all", tokens="query"),
    _claim("vonoswald2023.gd_step.all_keys_w0_zero", "Query as a key too, but W_0 = 0 and y_{N+1} = 0: the query "
           "still reads minus the one-step prediction", "Proposition 1", "with W_0 = 0, y_{N+1} = 0 the query's y "
           "is −ΔW x_{N+1}", "[R]", "sympy identity", (Status.PROVED,), "gd_step", keys="all", w0="zero",
           query_y="zero", tokens="query"),
    _claim("vonoswald2023.gd_step.scale_eta", "The learning rate without 1/N: P = η I",
           "Proposition 1 (scaling convention)", "P = η I instead of (η/N) I", "[I]",
           "sympy identity; a failing rational point replayed by the exact evaluator", (Status.REFUTED,),
           "gd_step", sizes=tuple(s for s in SIZES if s[2] > 1), scale="eta"),
    _claim("vonoswald2023.gd_loop", "Looping the layer K times performs K gradient steps, for every K",
           "Proposition 1, multi-step reading", "K looped LSA layers = K steps of gradient descent", "[I]",
           "induction on K: the inductive step is a sympy identity in symbolic W_k", (Status.PROVED,),
           "gd_loop_induction"),
]
