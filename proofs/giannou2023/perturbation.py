"""The softmax perturbation bound the λ certificate uses — stated, argued, and only sampled.

``verify.softmax_bounds.perturbation_l1``: if every score of a column moves by
at most Δ, the softmax column moves by at most λΔ in ℓ1 (and never more than
2).  The argument (module docstring of :mod:`verify.softmax_bounds`) is the
mean-value theorem along the segment plus a mean-absolute-deviation bound on
the Jacobian; the tool does not machine-check it.  This module checks the
inequality on sampled columns at 60 digits — random and adversarial (all
scores tied, perturbations ±Δ split between the heaviest weights) — so the
premise it provides to the certificate is SAMPLED_OK, and every claim
resting on it is PROVED_CONDITIONALLY until it is proved.
"""
from __future__ import annotations

import random
from fractions import Fraction

import mpmath

from verify.claims import Outcome, Status
from verify.evidence import produces

__all__ = ["perturbation_samples"]


def _softmax(scores, lam):
    m = max(scores)
    e = [mpmath.exp(lam * (s - m)) for s in scores]
    z = mpmath.fsum(e)
    return [v / z for v in e]


def _columns(rng: random.Random, count: int):
    for k in range(count):
        n = rng.choice([2, 3, 4, 8, 16, 64])
        lam = mpmath.mpf(rng.choice([1, 5, 10, 17, 40])) * rng.uniform(0.5, 1.5)
        delta = mpmath.mpf(10) ** rng.uniform(-6, 0)
        if k % 3 == 0:  # adversarial: ties at the top, the perturbation splitting them
            scores = [mpmath.mpf(0)] * n
            shift = [delta if i % 2 == 0 else -delta for i in range(n)]
        else:
            scores = [mpmath.mpf(rng.uniform(-3, 3)) for _ in range(n)]
            shift = [delta * rng.uniform(-1, 1) for _ in range(n)]
        yield n, lam, delta, scores, shift


@produces("sampled")
def perturbation_samples(count: int = 3000, seed: int = 5, digits: int = 60, scale: str = "1") -> Outcome:
    """‖softmax(λ(s + δ)) − softmax(λs)‖₁ ≤ min(scale·λΔ, 2) for |δ_i| ≤ Δ, on ``count`` seeded columns
    (``scale`` ≠ 1 only in the sibling test that shows a tighter, false bound refuted)."""
    rng = random.Random(seed)
    worst = mpmath.mpf(0)
    with mpmath.workdps(digits):
        for n, lam, delta, scores, shift in _columns(rng, count):
            p = _softmax(scores, lam)
            q = _softmax([s + d for s, d in zip(scores, shift)], lam)
            dist = mpmath.fsum(abs(a - b) for a, b in zip(p, q))
            bound = min(mpmath.mpf(Fraction(scale).numerator) / Fraction(scale).denominator * lam * delta, mpmath.mpf(2))
            worst = max(worst, dist / bound)
            if dist > bound:
                cex = {"n": n, "lambda": mpmath.nstr(lam, 30), "delta": mpmath.nstr(delta, 30),
                       "scores": [mpmath.nstr(s, 30) for s in scores], "shift": [mpmath.nstr(d, 30) for d in shift],
                       "l1": mpmath.nstr(dist, 30), "bound": mpmath.nstr(bound, 30)}
                return Outcome(Status.REFUTED, f"n = {n}: the column moves by {mpmath.nstr(dist, 8)} > "
                               f"{mpmath.nstr(bound, 8)}", {"counterexample": cex})
    return Outcome(Status.SAMPLED_OK, f"{count} columns (seed {seed}, {digits} digits; a third adversarial): the "
                   f"ℓ1 move never exceeds min(λΔ, 2), at most {mpmath.nstr(worst, 6)} of it; the mean-value "
                   "argument itself is not machine-checked", {"worst_ratio": float(worst), "samples": count})
