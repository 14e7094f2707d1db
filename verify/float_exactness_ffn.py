"""The feed-forward part of the float-exactness analysis (:mod:`verify.float_exactness`): the errors of
``Y + W2·ReLU(W1·Y + b1) + b2`` given the errors of ``Y``.

Each pre-activation is a sum (the absorbing-sum lemma of :mod:`verify.absorption`); ``ReLU`` keeps an error
bound; an output row and its residual are one sum, in which the residual and ``ReLU(±x̃)`` of unit weight
are copies of one error.  A row ``x − ReLU(x) + ReLU(−x)`` whose other terms are exactly 0 is exactly 0 in
any order.  A row whose terms are all exactly 0 combines its errors linearly (:func:`_zero_row`), units
paired as ``c·ReLU(p) − c·ReLU(−p) = c·p``, through the affine errors the heads left on its inputs.
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from . import symbolic as sym
from .absorption import Absorption, NotAbsorbed, magnitude, round_up

__all__ = ["FFNPlan", "ffn_plan", "ffn_errors", "rows_of", "entries", "is_zero"]


def rows_of(index, d: int) -> list[int]:
    return list(range(d))[index] if isinstance(index, slice) else [int(i) for i in index]


def entries(M) -> list:
    """The nonzero entries ``[(column, weight)]`` of each row of a compiled symbolic weight matrix (sparse
    rows, or a one-column array)."""
    if hasattr(M, "rows"):
        return M.rows
    return [[(j, v) for j, v in enumerate(row) if v != 0] for row in M]


def is_zero(e) -> bool:
    return not e.terms and e.const == 0


@dataclass
class FFNPlan:
    in_rows: list
    out_rows: list
    hidden: list  # per unit, per column: the exact ReLU output
    pre: object
    out: object
    own: dict  # unit -> (row, ±1): ReLU(±x_row), unit weight, no bias
    clears: dict  # output index -> its two units of −ReLU(x) + ReLU(−x)
    Ynew: list
    w1: list  # per unit: [(input index, weight)]
    w2: list  # per output: [(unit, weight)]


def ffn_plan(f, Y) -> FFNPlan:
    d, n = len(Y), len(Y[0])
    in_rows, out_rows = rows_of(f.in_rows, d), rows_of(f.out_rows, d)
    if f.b1.shape[1] != 1 or f.b2.shape[1] != 1:
        raise NotAbsorbed("per-column biases are not modelled")
    w1, w2 = entries(f.W1), entries(f.W2)
    pre = f.W1 @ np.array(Y, dtype=object)[in_rows, :] + f.b1
    hidden = np.frompyfunc(sym.relu, 1, 1)(pre)
    out = f.W2 @ hidden + f.b2
    own = {}
    for u, row in enumerate(w1):
        if len(row) == 1 and abs(Fraction(row[0][1])) == 1 and Fraction(f.b1[u][0]) == 0:
            own[u] = (in_rows[row[0][0]], Fraction(row[0][1]))
    clears = {}
    for oi, r in enumerate(out_rows):
        mine = [(u, Fraction(w)) for u, w in w2[oi] if u in own and own[u][0] == r]
        pos = [u for u, w in mine if own[u][1] == 1 and w == -1]
        neg = [u for u, w in mine if own[u][1] == -1 and w == 1]
        if Fraction(f.b2[oi][0]) == 0 and len(mine) == 2 and len(pos) == 1 and len(neg) == 1:
            clears[oi] = (pos[0], neg[0])
    Ynew = [list(row) for row in Y]
    for oi, r in enumerate(out_rows):
        for c in range(n):
            Ynew[r][c] = Y[r][c] + out[oi][c]
    Hx = [[hidden[ui][c] for c in range(n)] for ui in range(len(w1))]
    return FFNPlan(in_rows, out_rows, Hx, pre, out, own, clears, Ynew, w1, w2)


def _zero_row(ctx: Absorption, f, plan: FFNPlan, r: int, oi: int, Y, T, Th, c: int, AY, T_in) -> Fraction:
    """An output row whose residual and hidden values are all exactly 0 at column ``c``: every computed term
    is an error and nothing is absorbed, so the errors combine *linearly*.

    Units pair at this column when their coefficients are opposite and their pre-activations read opposite
    weights and biases once the inputs that are exactly 0 here without error are dropped (those products
    are exact zeros).  With every remaining input exactly 0, ``c·ReLU(p̃) − c·ReLU(p̃′) = c·p + Δ`` with
    ``|Δ| ≤ |c|·(|p̃ − p| + |p̃′ + p|)`` (ReLU is 1-Lipschitz and ``ReLU(p) − ReLU(−p) = p``), so a cell read
    through the residual and through a pair adds ``|1 + c·w|·T``, not ``(1 + 2|c·w|)·T``; the FFN inputs'
    own affine errors (``AY``) are substituted where known.
    """
    u, eta = ctx.model.u, ctx.model.eta
    live = {}
    for a, w in plan.w2[oi]:
        if Th[a][c]:
            row = tuple(sorted((plan.in_rows[j], Fraction(v)) for j, v in plan.w1[a]
                               if T[plan.in_rows[j]][c] or not is_zero(Y[plan.in_rows[j]][c])))
            live[a] = (row, Fraction(f.b1[a][0]), Fraction(w))
    coef = {r: Fraction(1)}  # the residual
    total = T[r][c]  # Σ over every path of |coefficient|·T: what relative roundings scale
    loose = slack = Fraction(0)
    done = set()
    for a, (row, bias, w) in live.items():
        if a in done:
            continue
        mirror = (tuple((j, -v) for j, v in row), -bias, -w)
        match = next((b for b, val in live.items() if b not in done and b != a and val == mirror), None)
        done.add(a)
        if match is None or bias != 0 or not all(is_zero(Y[j][c]) for j, _ in row):
            loose += abs(w) * Th[a][c] * (1 + u) + eta
            continue
        done.add(match)
        mass = sum((abs(v) * T[j][c] for j, v in row), Fraction(0))
        for j, v in row:
            coef[j] = coef.get(j, Fraction(0)) + w * v
        total += abs(w) * mass
        k1 = len(plan.w1[a]) + 1  # the dot product and its bias
        slack += 2 * abs(w) * (ctx.model.gamma(k1) * mass + k1 * eta)
    if not total and not loose:
        return Fraction(0)  # a sum of exact zeros
    combined, unknown = {}, Fraction(0)
    for j, v in coef.items():
        if not v:
            continue
        if AY[j][c] is None:
            unknown += abs(v) * T[j][c]
            continue
        inner, fresh = AY[j][c]
        unknown += abs(v) * fresh
        for i, a in inner.items():
            combined[i] = combined.get(i, Fraction(0)) + v * a
    linear = sum((abs(a) * T_in[i][c] for i, a in combined.items()), Fraction(0)) + unknown
    k2 = len(plan.w2[oi]) + 2  # W2·h + b2, then the residual: every node rounds relatively
    growth = (1 + u) ** k2
    return round_up(linear + (total + slack) * (growth - 1) + slack + loose * growth + 2 * k2 * eta)


def ffn_errors(ctx: Absorption, f, plan: FFNPlan, Y, T, AY, T_in) -> list:
    """The feed-forward part's errors: ``Y + W2·ReLU(W1·Y + b1) + b2``."""
    n = len(Y[0])
    u = ctx.model.u
    Th = [[ctx.dot([(plan.in_rows[j], w) for j, w in row], Y, T, c, Fraction(f.b1[ui][0]), plan.pre[ui][c])
           for c in range(n)] for ui, row in enumerate(plan.w1)]
    Tn = [list(row) for row in T]
    for oi, r in enumerate(plan.out_rows):
        b = Fraction(f.b2[oi][0])
        clear = plan.clears.get(oi, ())
        for c in range(n):
            new = plan.Ynew[r][c]
            if clear and all(is_zero(plan.hidden[a][c]) and not Th[a][c] for a, _ in plan.w2[oi] if a not in clear):
                # x̃ − ReLU(x̃) + ReLU(−x̃), every other term exactly 0: the computed terms are x̃, −x̃ and zeros,
                # every partial sum is one of them, so the row is exactly 0 in any order
                if not is_zero(new):
                    ctx.fail("a clearing row's exact value is not 0")
                Tn[r][c] = Fraction(0)
                continue
            if not b and is_zero(Y[r][c]) and all(is_zero(plan.hidden[a][c]) for a, _ in plan.w2[oi]):
                Tn[r][c] = _zero_row(ctx, f, plan, r, oi, Y, T, Th, c, AY, T_in)
                continue
            # one sum: W2·h + b2 (a subtree), then the residual; ReLU(±x̃_r) of unit weight and no bias, times
            # ±1, is exactly ±x̃_r or 0: a copy of the residual's error
            terms = [(ctx.denominator(Y[r][c]), magnitude(Y[r][c]), T[r][c], (r, 1, 0))]
            for a, w in plan.w2[oi]:
                w = ctx.stored(w)
                h = plan.hidden[a][c]
                term = (w.denominator * ctx.denominator(h), abs(w) * magnitude(h))
                if a in plan.own and plan.own[a][0] == r and abs(w) == 1:
                    terms.append(term + (T[r][c], (r, int(w * plan.own[a][1]), int(plan.own[a][1]))))
                else:
                    terms.append(term + ((abs(w) * Th[a][c] * (1 + u) + ctx.model.eta) if Th[a][c] else Fraction(0),))
            if b:
                terms.append((ctx.stored(b).denominator, abs(b), Fraction(0)))
            Tn[r][c] = ctx.absorb(terms, new)
    return Tn
