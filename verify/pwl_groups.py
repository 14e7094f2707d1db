"""Hidden units grouped by the linear form they read, and the exact range of each group's function.

A feed-forward layer writes ``y_r = x_r + b2_r + Σ_u W2[r, u]·ReLU(W1[u]·x + b1_u)``.
Units whose ``W1`` rows are exact multiples ``a_u·v`` of one direction ``v``
(over the rows some layer writes; rows no layer writes are exact per column
and fold into the bias) read the same scalar ``t = v·x``: together they feed
row ``r`` the one-dimensional continuous piecewise-linear function
``Σ_u c_u·ReLU(a_u t + b_u)`` — a bit of an adder, a gate, a threshold pair —
and a group reading row ``r`` alone carries the residual ``x_r`` too (a
"clear" ``x − ReLU(x) + ReLU(−x)`` is then exactly zero).  :func:`ffn_plan`
finds the groups once per layer (exactly: the ratios are compared as
Fractions); :func:`pwl_range` bounds a group's function over an interval of
``t`` by its values at the ends and the breakpoints, rigorously in float64
(:mod:`verify.balls`).  Used by :mod:`verify.float_enclosure`.
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from .balls import U, Balls, exact_dot, gamma_bound, mantissas, up

__all__ = ["Group", "Feed", "FFNPlan", "ffn_plan", "pwl_range", "rows_of"]


@dataclass(frozen=True)
class Group:
    """Hidden units reading the same linear form ``t = direction · x[positions]``: unit ``u`` is ``a_u·t + b_u``."""

    positions: np.ndarray  # positions within the layer's input rows (never the constant rows)
    direction: np.ndarray
    units: np.ndarray
    scale: np.ndarray  # a_u, exact floats


@dataclass(frozen=True)
class Feed:
    """The units of one group that feed one output row, with their output weights."""

    group: int
    units: np.ndarray  # positions within the group
    weights: np.ndarray  # W2[row, unit]
    with_residual: bool  # the group reads the output row alone: the residual is part of its function
    exact_alpha: bool = False  # every slope Σ_A c_u a_u [+ 1] is computed exactly (see pwl_range)
    mantissas: tuple = ()  # of the weights (verify.balls.mantissas)


@dataclass
class FFNPlan:
    in_idx: np.ndarray
    const_pos: np.ndarray  # positions (within in_idx) of rows no layer writes
    groups: list
    feeds: list  # per output position: list of Feed
    residual: np.ndarray  # per output position: the residual is added separately
    directions: np.ndarray  # (groups, inputs): each group's form t = directions[g] @ x (zero for constant units)


def rows_of(sel, d: int) -> np.ndarray:
    return np.arange(d)[sel]


def ffn_plan(f, d: int, constant: set) -> FFNPlan:
    """Group the hidden units of a compiled feed-forward part by the linear form they read."""
    in_idx, out_idx = rows_of(f.in_rows, d), rows_of(f.out_rows, d)
    W1, W2 = np.asarray(f.W1, dtype=np.float64), np.asarray(f.W2, dtype=np.float64)
    const_pos = np.array([k for k, r in enumerate(in_idx) if r in constant], dtype=np.intp)
    free = [k for k, r in enumerate(in_idx) if r not in constant]
    forms: dict = {}  # key -> (positions, direction, [(unit, a_u)])
    for u in range(W1.shape[0]):
        nz = tuple(k for k in free if W1[u, k] != 0)
        if len(nz) <= 1:  # t is the row itself (a_u its weight), or nothing (a constant unit)
            forms.setdefault((nz,), (nz, np.ones(len(nz)), []))[2].append((u, W1[u, nz[0]] if nz else 0.0))
            continue
        lead = Fraction(W1[u, nz[0]])
        key = (nz, tuple(Fraction(W1[u, k]) / lead for k in nz))
        if key not in forms:
            forms[key] = (nz, W1[u, list(nz)], [(u, 1.0)])
            continue
        a = lead / Fraction(forms[key][1][0])  # W1[u] = a·direction exactly; a must be a float to keep it exact
        if Fraction(float(a)) == a:
            forms[key][2].append((u, float(a)))
        else:
            forms[key + (u,)] = (nz, W1[u, list(nz)], [(u, 1.0)])
    groups = [Group(np.array(nz, dtype=np.intp), np.asarray(direction, dtype=np.float64),
                     np.array([u for u, _ in units], dtype=np.intp), np.array([a for _, a in units], dtype=np.float64))
              for nz, direction, units in forms.values()]
    feeds, residual = [], []
    for k, r in enumerate(out_idx):
        row, own = [], False
        for g, grp in enumerate(groups):
            w = W2[k, grp.units]
            sel = np.nonzero(w)[0]
            self_group = len(grp.positions) == 1 and in_idx[grp.positions[0]] == r
            if sel.size == 0 and not self_group:
                continue
            row.append(Feed(g, sel, w[sel], self_group, _exact_slopes(w[sel], grp.scale[sel], self_group),
                            mantissas(w[sel][None, :])))
            own |= self_group
        feeds.append(row)
        residual.append(not own)
    directions = np.zeros((len(groups), len(in_idx)))
    for g, grp in enumerate(groups):
        directions[g, grp.positions] = grp.direction
    return FFNPlan(in_idx, const_pos, groups, feeds, np.array(residual), directions)


def _exact_slopes(weights, scale, with_residual: bool) -> bool:
    """Is every ``Σ_A c_u a_u [+ 1]`` over subsets ``A`` computed exactly (products exact, one grid)?"""
    terms = np.append(weights * scale, 1.0) if with_residual else weights * scale
    return bool(exact_dot(weights[None, :], scale[:, None])[0, 0]) and bool(
        exact_dot(np.ones((1, terms.size)), terms[:, None])[0, 0])


def pwl_range(tlo, thi, scale, bias: Balls, feed: Feed, bias_mantissas):
    """Outward bounds on ``F(t) = [t] + Σ_u c_u·ReLU(a_u t + b_u)`` over ``t ∈ [tlo, thi]`` and ``b`` in its balls.

    A continuous piecewise-linear function takes its extremes at the interval's
    ends or at a breakpoint ``−b_u/a_u`` inside.  At each candidate ``s`` the
    function is evaluated as ``α_A·s + β_A`` on the set ``A`` of units computed
    active (``α_A = Σ_A c_u a_u [+ 1]``, ``β_A = Σ_A c_u b_u``, exact when the
    terms pass :func:`~verify.balls.exact_dot` — so a plateau of error
    correction evaluates to its exact value, with no cancellation); a unit
    misjudged at its kink costs at most ``|c_u|`` times its pre-activation's
    rounding.  The computed breakpoint's offset from the true one is covered by
    the Lipschitz constant, the biases' radii by ``Σ|c_u|·rad(b_u)``.  Shapes:
    ``tlo``, ``thi`` ``(n,)``; ``scale``, ``weights`` ``(g,)``; ``bias`` ``(g, n)``.
    """
    weights, with_residual = feed.weights, feed.with_residual
    a, c = scale[:, None], weights[:, None]
    g = len(scale)
    with np.errstate(divide="ignore", invalid="ignore"):
        brk = np.where(a != 0, -bias.mid / np.where(a != 0, a, 1.0), tlo[None, :])
    cand = np.concatenate([tlo[None, :], thi[None, :], np.clip(brk, tlo[None, :], thi[None, :])])  # (C, n)
    pre = a[None] * cand[:, None, :] + bias.mid[None]  # (C, g, n)
    active = pre > 0
    alpha = (active * (c * a)[None]).sum(axis=1) + (1.0 if with_residual else 0.0)
    beta = (active * (c * bias.mid)[None]).sum(axis=1)
    value = alpha * cand + beta
    ca = np.abs(c * a)[:, 0]
    exact_alpha = feed.exact_alpha
    exact_beta = exact_dot(weights[None, :], bias.mid, mw=feed.mantissas, mx=bias_mantissas)[0]  # then any subset
    err = np.where(exact_alpha, 0.0, gamma_bound(ca.sum() + 1.0, g + 2)) * np.abs(cand)
    err = err + np.where(exact_beta, 0.0, gamma_bound(np.abs(c[:, 0]) @ np.abs(bias.mid), g + 1))[None, :]
    err = err + up(2 * U * (np.abs(alpha * cand) + np.abs(beta)), 3)
    kink = up(2 * U * (np.abs(a[None] * cand[:, None, :]) + np.abs(bias.mid[None])), 3)  # a_u s + b_u's rounding
    err = err + up((np.abs(c)[None] * np.where(np.abs(pre) <= kink, kink, 0.0)).sum(axis=1), g + 1)
    slope = float(ca.sum()) + (1.0 if with_residual else 0.0)
    offset = up(slope * 2.0 * U * np.abs(cand), 3)  # a computed breakpoint's distance to the true one
    offset[:2] = 0.0  # the interval's ends are exact
    err = up(err + offset + up(np.abs(c[:, 0]) @ bias.rad, g + 1)[None], 4)
    hi = np.nextafter(value + err, np.inf).max(axis=0)
    lo = np.nextafter(value - err, -np.inf).min(axis=0)
    return lo, hi
