"""The softmax concentration lemma, proved for every column by z3 (nonlinear real arithmetic).

Statement (:mod:`verify.softmax_bounds`).  A column of ``n`` scores has its
maximum ``s*`` on a set ``T`` of ``t`` keys (1 ≤ t ≤ n) and every other score
at most ``s* − g`` (g > 0); for every λ > 0

    ‖softmax(λs) − hardmax(s)‖₁ ≤ 2(n − t)/(n + t·e^{λg} − t),

with equality when every other score is exactly ``s* − g``.

Proof, each step a z3 query over *all* admissible values (n, t integers;
``R`` and ``E`` reals), so no n, t, g, λ is sampled:

1. **the identity.**  With ``R = Σ_{i∉T} e^{λ(s_i − s*)} ≥ 0`` the softmax
   weights are ``1/(t + R)`` on ``T`` (e⁰ = 1) and ``e^{λ(s_i − s*)}/(t + R)``
   off it, the hardmax weights ``1/t`` and 0; summing the off-``T`` terms
   (positive, so |·| drops) gives ``‖·‖₁ = t·|1/(t+R) − 1/t| + R/(t+R)``, and
   z3 proves this equals ``2R/(t + R)`` for all t ≥ 1, R ≥ 0.  (The Arb code
   :func:`verify.softmax_bounds.profile_l1` evaluates exactly this.)
2. **monotonicity in R**: z3 proves ``R ≤ R' ⇒ 2R/(t+R) ≤ 2R'/(t+R')``.
3. **the extremal profile**: each off-``T`` term is ``e^{−λ(s* − s_i)} ≤
   e^{−λg} =: E`` because exp is increasing and λ(s* − s_i) ≥ λg, and there are
   n − t of them, so ``R ≤ (n − t)E`` with E ∈ (0, 1) (λg > 0) — the one
   analytic fact used, the monotonicity of exp; by step 2 the distance is at
   most ``2(n − t)E/(t + (n − t)E)``, attained when every ``s_i = s* − g``.
4. **the closed form**: the stated bound, with ``e^{λg}`` written ``1/E``
   (a bound may depend on λ and g only through ``e^{λg}``), is at least that
   value for all n ≥ t ≥ 1, E ∈ (0, 1) — and, for "attained", equal to it.

A wrong bound fails step 4: z3's model (n, t, E) is replayed as a concrete
column (t zeros, n − t scores at −1, λ = −ln E) at 60 digits, and REFUTED
only if that replay exceeds the bound.
"""
from __future__ import annotations

import time
from fractions import Fraction

import mpmath
import sympy as sp
import z3
from flint import arb

from verify.arb import precision
from verify.claims import Outcome, Status
from verify.evidence import produces
from verify.smt import solver_version
from verify.solver import check as z3check
from verify.softmax_bounds import G, LAM, N, T, concentration_l1, concentration_l1_expr

__all__ = ["concentration_lemma", "PAPER_BOUND"]

#: The bound as stated in the claim (the lemma's equality case, in closed form).
PAPER_BOUND = "2*(n - t)/(n + t*exp(lam*g) - t)"

_E = sp.Symbol("E", positive=True)


def _to_z3(e: sp.Expr, env: dict):
    """A rational sympy expression in the symbols of ``env`` as a z3 real term."""
    if e.is_Symbol:
        if e not in env:
            raise ValueError(f"the bound depends on {e} other than through exp(lambda*g)")
        return env[e]
    if e.is_Rational:
        return z3.RealVal(str(e))
    if e.is_Add:
        return z3.Sum(*(_to_z3(a, env) for a in e.args))
    if e.is_Mul:
        return z3.Product(*(_to_z3(a, env) for a in e.args))
    if e.is_Pow and e.exp.is_Integer:
        base, k = _to_z3(e.base, env), int(e.exp)
        # a one-factor product prints as the unary (* x), which SMT-LIB readers other than z3 reject
        power = z3.RealVal(1) if not k else base if abs(k) == 1 else z3.Product(*([base] * abs(k)))
        return 1 / power if k < 0 else power
    raise ValueError(f"cannot translate {e} (only rational functions of n, t and exp(lambda*g))")


def _query(hyps, goal, timeout_ms: int):
    s = z3.Solver()
    s.set("timeout", timeout_ms)
    s.add(*hyps, z3.Not(goal))
    return z3check(s), s


def _replay(n: int, t: int, E: Fraction, bound: sp.Expr, digits: int = 60) -> dict:
    """The column of t scores 0 and n − t scores −1 at λ = −ln E: its ℓ1 distance against the bound."""
    with mpmath.workdps(2 * digits):
        lam = -mpmath.log(mpmath.mpf(E.numerator) / E.denominator)
        e = [mpmath.mpf(1)] * t + [mpmath.exp(-lam)] * (n - t)
        z = sum(e)
        direct = sum(abs(x / z - (mpmath.mpf(1) / t if i < t else 0)) for i, x in enumerate(e))
        claimed = mpmath.mpf(sp.N(bound.subs({N: n, T: t, G: 1, LAM: sp.Float(mpmath.nstr(lam, 2 * digits),
                                                                                   2 * digits)}), 2 * digits))
    return {"n": n, "t": t, "g": 1, "lambda": mpmath.nstr(lam, 30), "scores": f"{t} x 0, {n - t} x -1",
            "direct_l1": mpmath.nstr(direct, 30), "bound": mpmath.nstr(claimed, 30),
            "exceeds": bool(direct > claimed * (1 + mpmath.mpf(10) ** (-digits)))}


def _implementation_check(digits: int = 60) -> list:
    """Cross-check of the Arb code the certificate calls against a direct softmax (not part of the proof)."""
    rows = []
    for n in (8, 64):
        for t in (1, 2):
            for lam in (Fraction(1, 2), 10):
                with mpmath.workdps(2 * digits):
                    e = [mpmath.mpf(1)] * t + [mpmath.exp(-mpmath.mpf(lam.numerator) / lam.denominator)] * (n - t)
                    z = sum(e)
                    direct = sum(abs(x / z - (mpmath.mpf(1) / t if i < t else 0)) for i, x in enumerate(e))
                with precision(256):
                    inside = concentration_l1(lam, n, 1, t).overlaps(
                        arb(f"{mpmath.nstr(direct, digits - 5)} +/- 1e-{digits - 10}"))
                rows.append([n, t, str(lam), mpmath.nstr(direct, 12), inside])
    return rows


@produces("smt")
def concentration_lemma(bound: str = PAPER_BOUND, attained: bool = True, timeout_ms: int = 60_000) -> Outcome:
    """Prove ‖softmax − hardmax‖₁ ≤ ``bound`` for every column (and, with ``attained``, equality at the extreme).

    ``bound`` is a sympy expression in ``n``, ``t``, ``g`` and ``lam`` (λ); see the
    module docstring for the proof.
    """
    start = time.perf_counter()
    n, t = z3.Ints("n t")
    R, R2, E = z3.Reals("R R2 E")
    tr, nr = z3.ToReal(t), z3.ToReal(n)
    absz = lambda x: z3.If(x >= 0, x, -x)  # noqa: E731
    expr = sp.sympify(bound, locals={"n": N, "t": T, "g": G, "lam": LAM})
    try:
        closed = _to_z3(sp.simplify(expr.subs(sp.exp(LAM * G), 1 / _E)), {N: nr, T: tr, _E: E})
    except ValueError as err:
        return Outcome(Status.ERROR, f"bound {bound}: {err}", {})
    extremal = 2 * (nr - tr) * E / (tr + (nr - tr) * E)
    dom = [t >= 1, n >= t, E > 0, E < 1]
    steps = [
        ("identity: t|1/(t+R) - 1/t| + R/(t+R) = 2R/(t+R)", [t >= 1, R >= 0],
         tr * absz(1 / (tr + R) - 1 / tr) + R / (tr + R) == 2 * R / (tr + R)),
        ("monotone: R <= R' => 2R/(t+R) <= 2R'/(t+R')", [t >= 1, R >= 0, R <= R2],
         2 * R / (tr + R) <= 2 * R2 / (tr + R2)),
        ("extremal: R <= (n-t)E => 2R/(t+R) <= 2(n-t)E/(t+(n-t)E)", [*dom, R >= 0, R <= (nr - tr) * E],
         2 * R / (tr + R) <= extremal),
        (f"closed form: 2(n-t)E/(t+(n-t)E) <= {bound}", dom, extremal <= closed),
    ]
    if attained:
        steps.append((f"attained: 2(n-t)E/(t+(n-t)E) = {bound}", dom, extremal == closed))
    rows, smt2 = [], []
    for label, hyps, goal in steps:
        verdict, solver = _query(hyps, goal, timeout_ms)
        smt2.append(f"; {label}\n{solver.to_smt2()}(reset)\n")
        rows.append([label, str(verdict)])
        if verdict == z3.sat:
            m = solver.model()
            vn, vt = m.eval(n, model_completion=True).as_long(), m.eval(t, model_completion=True).as_long()
            vE = Fraction(str(m.eval(E, model_completion=True)))
            replay = _replay(vn, vt, vE, expr) if label.startswith(("closed", "attained")) else None
            data = {"steps": rows, "model": str(m), "bound": bound}
            if replay is not None and (replay["exceeds"] or label.startswith("attained")):
                data["counterexample"] = replay
                what = "exceeds" if replay["exceeds"] else "is not attained by"
                return Outcome(Status.REFUTED, f"{label} fails: the column {replay['scores']} at lambda = "
                               f"{replay['lambda'][:10]} has l1 distance {replay['direct_l1'][:12]}, bound "
                               f"{replay['bound'][:12]} ({what})", data, {"concentration.smt2": "".join(smt2)})
            return Outcome(Status.UNKNOWN, f"{label}: z3 found a model the concrete replay does not confirm",
                           data, {"concentration.smt2": "".join(smt2)})
        if verdict != z3.unsat:
            return Outcome(Status.UNKNOWN, f"z3 could not decide '{label}'", {"steps": rows})
    checks = _implementation_check()
    data = {"bound": bound, "closed_form_sympy": str(concentration_l1_expr()), "steps": rows,
            "implementation_check": {"columns": ["n", "t", "lambda", "direct l1 (60 digits)", "Arb ball encloses"],
                                     "rows": checks},
            "seconds": round(time.perf_counter() - start, 3), "solver": solver_version()}
    if not all(r[-1] for r in checks):
        return Outcome(Status.ERROR, "the Arb implementation of the bound disagrees with a direct softmax", data)
    return Outcome(Status.PROVED, f"for every n >= t >= 1, g > 0, lambda > 0: l1 <= {bound}"
                   f"{', attained' if attained else ''} ({len(steps)} z3 steps, nonlinear real arithmetic; "
                   "the only analytic fact used is that exp is increasing)", data,
                   {"concentration.smt2": "".join(smt2)})
