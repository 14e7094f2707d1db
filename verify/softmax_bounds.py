"""How far a softmax column is from the tie-averaging hardmax: closed forms, certified in Arb.

**Concentration lemma** (derived here in sympy; the Giannou et al. 2023 reference notes,
§5.3 sketch a weaker form).  Let a column of scores have its maximum ``s*``
on a set ``T`` of ``t`` keys and every other of its ``n`` scores at most
``s* − g``.  With ``R = Σ_{i∉T} e^{λ(s_i − s*)} ≤ (n − t)e^{−λg}`` the softmax
weights are ``1/(t + R)`` on ``T`` and ``e^{λ(s_i−s*)}/(t + R)`` elsewhere, so

    ‖softmax(λs) − hardmax(s)‖₁ = 2R / (t + R) ≤ 2(n − t)e^{−λg} / (t + (n − t)e^{−λg}),

with equality when every other score sits exactly at ``s* − g``.  The bound
decreases in ``t``, so ``t = 1`` covers argmax sets of size 1 and 2.

**Perturbed scores.**  If every score of the column moves by at most ``Δ``:
along ``a + tδ`` the derivative of ``p = softmax`` is ``(Jδ)_i = p_i(δ_i − δ̄)``
with ``δ̄ = Σ p_k δ_k``, and ``‖Jδ‖₁ = Σ p_i|δ_i − δ̄|`` is a mean absolute
deviation, at most half the range of ``δ``; so by the mean-value theorem

    ‖softmax(λ(s + δ)) − softmax(λs)‖₁ ≤ λ·(max δ − min δ)/2 ≤ λΔ   (and ≤ 2 always).

Both bounds are evaluated in Arb balls (:mod:`verify.arb`).  The concentration
lemma (the identity ``2R/(t + R)``, its monotonicity and the closed form) is
proved by z3 for all n, t, g, λ by a paper plug-in; the perturbation bound is
proved there too, by a different route than the argument above (a
total-variation identity and two-sided exp bounds, giving 2·tanh(λΔ/2) ≤ λΔ).
"""
from __future__ import annotations

from fractions import Fraction
from functools import lru_cache

import sympy as sp
from flint import arb

from .arb import ball, upper

__all__ = [
    "concentration_l1",
    "concentration_l1_expr",
    "profile_l1",
    "perturbation_l1",
    "head_l1_bound",
    "LAM",
    "N",
    "T",
    "G",
]

LAM, N, T, G, R = sp.symbols("lambda n t g R", positive=True)


@lru_cache(maxsize=None)
def concentration_l1_expr() -> sp.Expr:
    """The worst-case ℓ1 distance as a sympy expression in λ, n, t, g (derived, not typed in)."""
    # weights on T and off T for the worst column: t keys at s*, n - t keys at s* - g
    w_top = 1 / (T + R)
    w_rest_total = R / (T + R)
    l1 = T * sp.Abs(w_top - 1 / T) + w_rest_total
    l1 = sp.simplify(l1.subs(sp.Abs(w_top - 1 / T), 1 / T - w_top))  # 1/(t+R) ≤ 1/t since R ≥ 0
    worst = l1.subs(R, (N - T) * sp.exp(-LAM * G))
    return sp.simplify(worst)


def concentration_l1(lam, n: int, gap, t: int = 1) -> arb:
    """Certified upper bound (a ball) on ``‖softmax − hardmax‖₁`` for one column."""
    if n < t:
        raise ValueError("a column needs at least t keys")
    lam, gap = ball(lam), ball(gap)
    r = ball(n - t) * (-lam * gap).exp()
    return 2 * r / (ball(t) + r)


def profile_l1(lam, profiles) -> arb:
    """The exact worst ``2R/(t + R)`` over columns whose score profiles are known.

    ``profiles`` are ``(t, gaps)``: the argmax set size and the gaps
    ``s* − s_i`` of every other key.  With ``R = Σ e^{−λ g_i}`` this is the
    lemma's equality case for each column, so it is as tight as the profiles.
    """
    lam = ball(lam)
    best = Fraction(0)
    for t, gaps in profiles:
        r = sum(((-lam * ball(g)).exp() for g in gaps), arb(0))
        best = max(best, upper(2 * r / (ball(t) + r)))
    return ball(best)


def perturbation_l1(lam, delta) -> arb:
    """Certified bound on the ℓ1 change of a softmax column whose scores move by at most ``delta``."""
    value = ball(lam) * ball(delta)
    return value if value <= 2 else ball(2)


def head_l1_bound(lam, profiles, delta) -> arb:
    """Distance of a perturbed softmax column from the exact hardmax column.

    ``profiles`` is either the exact list of column profiles (see
    :func:`profile_l1`) or a pair ``(n, gap)`` for the closed form with
    ``t = 1`` (the worst argmax-set size).
    """
    if isinstance(profiles, tuple) and len(profiles) == 2 and isinstance(profiles[0], int):
        exact = concentration_l1(lam, profiles[0], profiles[1], 1)
    else:
        exact = profile_l1(lam, profiles)
    return exact + perturbation_l1(lam, delta)
