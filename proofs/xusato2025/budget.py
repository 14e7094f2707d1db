"""The loop budget and the sequence-ID separation, in exact integer arithmetic and z3.

Paper side ([S]): the stages take ``δ^{-1} − 1``, ``N`` and
``2δ^{-(N+1)d} − 1`` loops, and ``δ = ((r − N)/2)^{-1/((N+1)d+1)}``.  With
``D = δ^{-1}``, ``E = (N+1)d`` the need is ``(D − 1) + N + (2D^E − 1)``; the
stated δ gives ``r − N = 2D^{E+1}`` when ``D`` is an integer.

* :func:`budget_integer` — the budget suffices for every integer ``D ≥ 2``
  (z3, nonlinear real arithmetic, with ``P = D^E ≥ 1``), and the sharper
  statement that ``r = N + D − 2 + 2D^E`` loops already suffice (strictly
  fewer) is what is proved, so the claim is LOOSE.
* :func:`budget_rounding` — for non-integer ``ρ = ((r − N)/2)^{1/(E+1)}``, which
  rounding of ``ρ`` to ``D`` keeps the budget: the smallest ``(r, N, d)`` where
  it fails, compared exactly (``ρ ≥ D ⇔ (r − N)/2 ≥ D^{E+1}``).
* :func:`separation` — distinct sorted ID tuples have sequence IDs ``u·z``
  differing by ``> 1`` (as transcribed) or ``≥ 1``, every multiset enumerated.
"""
from __future__ import annotations

from fractions import Fraction
from itertools import combinations_with_replacement

import z3

from verify.claims import Outcome, Status
from verify.evidence import produces
from verify.solver import check as z3check

__all__ = ["need", "budget_integer", "budget_rounding", "separation", "rounded_D"]


def need(D: int, N: int, d: int) -> int:
    """Loops the three stages take by the paper's counts."""
    return (D - 1) + N + (2 * D ** ((N + 1) * d) - 1)


def _prove(claim) -> str:
    s = z3.Solver()
    s.add(z3.Not(claim))
    return str(z3check(s))


@produces("smt")
def budget_integer(d_max: int = 3, N_max: int = 4, D_max: int = 6) -> Outcome:
    """For integer ``D ≥ 2``: need ≤ r (z3), strictly; the tight budget ``N + D − 2 + 2D^E`` proved too."""
    D, P = z3.Reals("D P")
    # need = D − 2 + N + 2P, r = N + 2PD with P = D^E ≥ D ≥ 2 (E ≥ 1)
    paper = z3.ForAll([D, P], z3.Implies(z3.And(D >= 2, P >= D), D - 2 + 2 * P <= 2 * P * D))
    strict = z3.ForAll([D, P], z3.Implies(z3.And(D >= 2, P >= D), D - 2 + 2 * P < 2 * P * D))
    verdicts = {"need ≤ r": _prove(paper), "need < r": _prove(strict)}
    if any(v != "unsat" for v in verdicts.values()):
        return Outcome(Status.UNKNOWN, f"z3 did not prove the budget: {verdicts}", {"z3": verdicts})
    table = []
    for d in range(1, d_max + 1):
        for N in range(1, N_max + 1):
            for Dv in range(2, D_max + 1):
                r = N + 2 * Dv ** ((N + 1) * d + 1)
                if need(Dv, N, d) > r:  # cannot happen after the proof; kept as an independent check
                    return Outcome(Status.ERROR, f"enumeration contradicts z3 at D={Dv}, N={N}, d={d}", {})
                table.append({"d": d, "N": N, "D": Dv, "r": r, "need": need(Dv, N, d),
                              "slack_ratio": str(Fraction(r - N, need(Dv, N, d) - N))})
    return Outcome(Status.LOOSE, "for every integer δ^{-1} = D ≥ 2 the stated δ leaves r − N = 2D^{(N+1)d+1} loops, "
                   "and r = N + D − 2 + 2D^{(N+1)d} (fewer, by a factor ≈ D) already suffice (z3, unsat negations)",
                   {"z3": verdicts, "sharper": "r ≥ N + D − 2 + 2·δ^{-(N+1)d} suffices", "examples": table[:24]})


def rounded_D(r: int, N: int, d: int, rounding: str) -> int:
    """``ρ = ((r − N)/2)^{1/((N+1)d+1)}`` rounded to an integer, exactly (no floats)."""
    e = (N + 1) * d + 1
    x = Fraction(r - N, 2)
    lo = 0
    while Fraction(lo + 1) ** e <= x:  # lo = floor(ρ)
        lo += 1
    if rounding == "floor":
        return lo
    if rounding == "ceil":
        return lo if Fraction(lo) ** e == x else lo + 1
    if rounding == "nearest":
        return lo + 1 if (Fraction(2 * lo + 1, 2)) ** e <= x else lo
    raise ValueError(f"unknown rounding {rounding!r}")


def budget_rounding(rounding: str, r_max: int = 400, N_max: int = 4, d_max: int = 3) -> Outcome:
    """Search ``r ≤ r_max`` (then N, d) for the first case where the rounded ``D ≥ 2`` overruns the budget.

    For ``floor`` the absence of a case is also proved for every r: ``D ≤ ρ`` gives
    ``2D^{E+1} ≤ r − N``, and the integer case's inequality then applies (z3).
    """
    checked = 0
    for r in range(2, r_max + 1):
        for N in range(1, min(N_max, r - 1) + 1):
            for d in range(1, d_max + 1):
                D = rounded_D(r, N, d, rounding)
                if D < 2:
                    continue  # δ ≥ 1/1: no grid to speak of
                checked += 1
                if need(D, N, d) > r:
                    cex = {"r": r, "N": N, "d": d, "rounding": rounding, "D": D, "need": need(D, N, d),
                           "rho^((N+1)d+1)": str(Fraction(r - N, 2))}
                    return Outcome(Status.REFUTED, f"{rounding}: r = {r}, N = {N}, d = {d} gives δ^{{-1}} = {D}, whose "
                                   f"stages need {need(D, N, d)} > r loops (smallest r)", {"counterexample": cex})
    if rounding != "floor":
        return Outcome(Status.SAMPLED_OK, f"{rounding}: no overrun for r ≤ {r_max}", {"cases": checked})
    D, P, S = z3.Reals("D P S")  # S = r − N
    proof = _prove(z3.ForAll([D, P, S], z3.Implies(z3.And(D >= 2, P >= D, S >= 2 * P * D), D - 2 + 2 * P <= S)))
    if proof != "unsat":
        return Outcome(Status.UNKNOWN, f"z3 could not prove the floor case: {proof}", {"cases": checked})
    return Outcome(Status.PROVED, f"floor: whenever ⌊ρ⌋ ≥ 2 the stages fit in r loops (z3 for all r; "
                   f"{checked} cases r ≤ {r_max} enumerated as well)", {"cases": checked, "z3": proof})


def separation(strict: bool, D_max: int = 3, d_max: int = 2, N_max: int = 3) -> Outcome:
    """Every pair of distinct sorted ID tuples: ``|u·z − u·z'| > 1`` (strict) or ``≥ 1``; smallest failure first."""
    smallest_gap = None
    cases = 0
    for D in range(2, D_max + 1):
        for d in range(1, d_max + 1):
            for N in range(1, N_max + 1):
                B = D ** d
                ids = sorted(sum(z * B ** k for k, z in enumerate(sorted(t)))
                             for t in combinations_with_replacement(range(B), N))
                cases += len(ids)
                gaps = [b - a for a, b in zip(ids, ids[1:])]
                if not gaps:
                    continue
                g = min(gaps)
                smallest_gap = g if smallest_gap is None else min(smallest_gap, g)
                if (strict and g <= 1) or (not strict and g < 1):
                    k = gaps.index(g)
                    cex = {"D": D, "d": d, "N": N, "B": B, "sequence_ids": [ids[k], ids[k + 1]], "gap": g}
                    op = ">" if strict else "≥"
                    return Outcome(Status.REFUTED, f"D = {D}, d = {d}, N = {N}: two distinct sorted ID tuples have "
                                   f"sequence IDs {ids[k]} and {ids[k + 1]}, gap {g}, not {op} 1",
                                   {"counterexample": cex})
    return Outcome(Status.PROVED, f"all {cases} sorted ID tuples (D ≤ {D_max}, d ≤ {d_max}, N ≤ {N_max}) have distinct "
                   f"sequence IDs, smallest gap {smallest_gap} (attained: ≥ 1 is tight)",
                   {"cases": cases, "smallest_gap": smallest_gap})
