"""The softmax perturbation bound the λ certificate uses, proved by z3 up to two analytic facts.

``verify.softmax_bounds.perturbation_l1``: if every score of a column moves by
at most Δ, the softmax column moves by at most λΔ in ℓ1 (and never more than 2).

Proof, for any column length n.  Write ``p = softmax(λs)``, ``q = softmax(λ(s + δ))``,
``D = λΔ``, ``w = e^D`` and ``d_i = λδ_i`` (so ``e^{d_i} ∈ [1/w, w]``: *exp is
increasing*).  Then ``q_i = p_i e^{d_i}/Z`` with ``Z = A + B``, where ``A`` and
``B`` sum ``p_i e^{d_i}`` over ``S₊ = {i : q_i > p_i}`` and its complement.
With ``P = Σ_{S₊} p_i``: ``‖q − p‖₁ = 2(Q − P)`` for ``Q = A/(A + B)`` (both
vectors sum to 1), ``0 ≤ A ≤ P·w`` and ``B ≥ (1 − P)/w`` (term by term).

1. z3: under those constraints ``Q ≤ P w²/(P w² + 1 − P)``;
2. z3: for all ``P ∈ [0, 1]``, ``w ≥ 1``: ``2(P w²/(P w² + 1 − P) − P) ≤ 2(w − 1)/(w + 1)``,
   and ``2(w − 1)/(w + 1) < 2``;
3. ``2(w − 1)/(w + 1) = 2 tanh(D/2) ≤ D``: *tanh x ≤ x for x ≥ 0*.

Steps 1–2 are solver queries (their SMT-LIB2 is kept); the two facts in
italics are the only ones not machine-checked.  Step 2 is attained by a
two-key column (``p = (P, 1 − P)``, ``d = (D, −D)``), which is how a wrong bound
is refuted with a replayable column.  :func:`perturbation_samples` is an
independent cross-check at 60 digits on seeded random and adversarial columns.
"""
from __future__ import annotations

import random
from fractions import Fraction

import mpmath
import sympy as sp
import z3

from verify.claims import Outcome, Status
from verify.evidence import produces

from .concentration import _query, _to_z3  # the lemma's sympy → z3 translation and query

__all__ = ["perturbation_lemma", "perturbation_samples", "TANH_BOUND"]

#: The bound step 2 proves, as a function of w = e^{λΔ}: 2·tanh(λΔ/2).
TANH_BOUND = "2*(w - 1)/(w + 1)"


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


def _replay_two_keys(P: Fraction, w: float, bound: sp.Expr, digits: int = 60) -> dict:
    """The two-key column that attains step 2, evaluated at ``digits``: its ℓ1 move against ``bound``."""
    with mpmath.workdps(digits):
        Pm = mpmath.mpf(P.numerator) / P.denominator
        D = mpmath.log(mpmath.mpf(w))
        scores = [mpmath.log(Pm), mpmath.log(1 - Pm)]
        p, q = _softmax(scores, 1), _softmax([scores[0] + D, scores[1] - D], 1)
        move = mpmath.fsum(abs(a - b) for a, b in zip(p, q))
        b = sp.lambdify(sp.Symbol("w"), bound, "mpmath")(mpmath.mpf(w))
        return {"n": 2, "P": str(P), "w": mpmath.nstr(mpmath.mpf(w), 20), "l1": mpmath.nstr(move, 30),
                "bound": mpmath.nstr(b, 30), "exceeds": bool(move > b)}


@produces("smt")
def perturbation_lemma(bound: str = TANH_BOUND, timeout_ms: int = 60_000) -> Outcome:
    """Steps 1 and 2 of the module docstring by z3 (with ``bound`` in place of ``2(w − 1)/(w + 1)``)."""
    Pz, w, A, B = z3.Reals("P w A B")
    expr = sp.sympify(bound, locals={"w": sp.Symbol("w")})
    steps, smt2 = [], []
    queries = [
        ("Q <= P w^2/(P w^2 + 1 - P)", [Pz >= 0, Pz <= 1, w >= 1, A >= 0, A <= Pz * w, B >= (1 - Pz) / w, B > 0],
         A * (Pz * w * w + 1 - Pz) <= Pz * w * w * (A + B)),
        (f"2(P w^2/(P w^2 + 1 - P) - P) <= {bound}", [Pz >= 0, Pz <= 1, w >= 1],
         2 * (Pz * w * w / (Pz * w * w + 1 - Pz) - Pz) <= _to_z3(expr, {sp.Symbol("w"): w})),
        (f"{bound} < 2", [w >= 1], _to_z3(expr, {sp.Symbol("w"): w}) < 2),
    ]
    for label, hyps, goal in queries:
        verdict, s = _query(hyps, goal, timeout_ms)
        smt2.append(f"; {label}\n" + s.to_smt2())
        steps.append({"step": label, "z3": str(verdict)})
        if verdict == z3.sat:
            m = s.model()
            P = Fraction(str(m.eval(Pz, model_completion=True).as_fraction())) if label.startswith("2(") else None
            wv = m.eval(w, model_completion=True)
            wf = float(wv.as_fraction()) if wv.is_real() and z3.is_rational_value(wv) else float(
                wv.approx(20).as_fraction())
            cex = {"step": label, "w": wf}
            if P is not None:
                cex.update(_replay_two_keys(P, wf, expr))
            if P is None or cex["exceeds"]:
                return Outcome(Status.REFUTED, f"{label} fails at w = {wf:.6g}" +
                               (f": the two-key column with P = {P} moves by {cex['l1'][:10]} > {cex['bound'][:10]}"
                                if P is not None else ""), {"counterexample": cex, "steps": steps},
                               {"perturbation.smt2": "\n".join(smt2)})
            return Outcome(Status.UNKNOWN, f"{label}: z3 found a model the 60-digit replay does not confirm",
                           {"steps": steps})
        if verdict != z3.unsat:
            return Outcome(Status.UNKNOWN, f"{label}: z3 answered {verdict}", {"steps": steps})
    return Outcome(Status.PROVED, f"‖Δ softmax‖₁ ≤ {bound} with w = e^(λΔ), for every column length n (z3, 3 "
                   "queries); with tanh x ≤ x this is ≤ λΔ, and < 2", {"steps": steps},
                   {"perturbation.smt2": "\n".join(smt2)})
