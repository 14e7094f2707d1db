"""The float machine's attention weights over a ball of scores: a rigorous enclosure of ``fl-softmax(z̃)``.

For one query column, ``z̃`` lies near the centres ``z_c``; the real softmax
``p(z̃)`` is bounded by the mean value theorem with the exact Jacobian
``∂p_i/∂z_i = p_i(1 − p_i)``, ``∂p_i/∂z_k = −p_i p_k`` (each factor at most
``e^{2ρ}`` times its value at the centre when every score moves by at most
``ρ``); ``p(z_c)`` and ``1 − p_i(z_c)`` are computed in Arb.  A query's noise
``δq`` enters every key's score as ``λ·k̂_i^T δq`` and the weights see only
differences of scores, so it moves ``p_i`` by at most ``λ·p_i·Σ_l |k̂_li −
k̄_l|·rad(q_l)`` with ``k̄ = k̂ p`` (:func:`shared_shift`) — not once per key.
The machine's own rounding of the max-subtracted softmax is then added
(:func:`verify.float_rounding.softmax_relative`).
"""
from __future__ import annotations

import numpy as np
from flint import arb

from .arb import precision
from .balls import Balls, gamma_bound, outward, up
from .float_rounding import Format, softmax_relative

__all__ = ["softmax_balls", "softmax_centre", "shared_shift"]


def softmax_balls(fmt: Format, zmid, independent, correlated=None) -> Balls:
    """The machine's weights ``fl-softmax(z̃)`` over the keys (axis 0) of each query column.

    ``z̃`` lies within ``independent`` of ``zmid`` entry by entry, plus, when
    ``correlated = (λ, K, r)`` (exactly known keys ``K``, query radii ``r``),
    the shared term ``λ·K^T δq`` with ``|δq_l| ≤ r_l``: the weights see only
    differences of scores, so that term moves ``p_i`` by at most
    ``λ·p_i(ξ)·Σ_l |K_li − K̄_l(ξ)|·r_l`` with ``K̄ = K p`` — a query's noise
    shared by every key is not counted once per key.
    """
    n = zmid.shape[0]
    spread = independent
    if correlated is not None:
        lam, K, r = correlated
        spread = up(spread + abs(lam) * (np.abs(K).T @ r), K.shape[0] + 3)
    rho = spread.max(axis=0)  # per column: every score within rho of its centre
    if np.any(4 * rho >= 0.5):
        raise ValueError("softmax: scores too uncertain for the mean-value bound")
    growth = up(1.0 / (1.0 - up(4 * rho, 1)), 2)  # ≥ e^{4ρ}
    grow2 = up(1.0 / (1.0 - up(2 * rho, 1)), 2)  # ≥ e^{2ρ}
    mid, err, p_up, q_up = softmax_centre(zmid)
    zr = independent
    others = up((np.ones((n, n)) - np.eye(n)) @ (p_up * zr), n + 1)  # Σ_{k≠i} p_k·r_k
    moved = up(growth[None, :] * p_up * (q_up * zr + others), 4)
    if correlated is not None:
        moved = moved + shared_shift(lam, K, r, mid, err, p_up, grow2)
    lo, hi = outward(zmid - spread, zmid + spread)
    T = np.nextafter(hi.max(axis=0)[None, :] - lo, np.inf)  # one rounding: one ulp up
    rel, absolute = softmax_relative(fmt, T, n)
    machine = up(grow2[None, :] * p_up * rel + absolute, 3)
    return Balls(mid, up(err + moved + machine, 3))


def shared_shift(lam: float, K, r, p_mid, p_err, p_up, grow2):
    """``λ·e^{2ρ}·p_i·Σ_l (|K_li − K̄_l| + κ_l)·r_l``: the weights' move from a query noise shared by all keys.

    ``K̄ = K·p(z_c)`` is computed from the float centres (``κ`` holds that error,
    ``|K|·p_err + γ_n|K||p|``) and moves by at most ``max_k|K_lk|·(e^{2ρ} − 1)``
    along the segment (the weights' ℓ1 change), also in ``κ``.
    """
    rows, n = K.shape
    aK = np.abs(K)
    Kbar = K @ p_mid  # (l, m)
    kappa = up(aK @ p_err + gamma_bound(aK @ np.abs(p_mid), n) + aK.max(axis=1)[:, None] * (grow2 - 1.0)[None, :],
               n + 4)
    D = np.abs(K[:, :, None] - Kbar[:, None, :])  # (l, n, m)
    total = up(np.einsum("lim,lm->im", D + kappa[:, None, :], r), rows + 3)
    return up(abs(lam) * grow2[None, :] * p_up * total, 3)


def softmax_centre(zc: np.ndarray, prec: int = 128):
    """Per entry, in Arb: the float ``p_i(z_c)``, its error, and upper bounds on ``p_i`` and on ``1 − p_i``."""
    n, m = zc.shape
    mid, err, p_up, q_up = (np.zeros((n, m)) for _ in range(4))
    with precision(prec):
        for j in range(m):
            col = zc[:, j]
            top = col.max()
            e = [(arb(float(v)) - arb(float(top))).exp() for v in col]
            total = sum(e, arb(0))
            for i in range(n):
                p = e[i] / total
                q = (total - e[i]) / total
                f = float(p.mid())
                mid[i, j] = f
                err[i, j] = _float_up(abs(p - arb(f)))
                p_up[i, j] = _float_up(p)
                q_up[i, j] = _float_up(q)
    return mid, err, p_up, q_up


def _float_up(x: arb) -> float:
    """A float at least the ball's upper end (the conversion is within an ulp, whatever its rounding: two steps
    up cover it; the balls here are nonnegative)."""
    top = float(x.upper())
    return float(np.nextafter(np.nextafter(top, np.inf), np.inf)) if top > 0 else 0.0
