"""The loop theorem proved monolithically by an exhaustive split on the executed pointers (:mod:`.monolithic`).

CI proves two small machines in one obligation each; the full profile proves
(4, 6, 16, 6) and the authors' size s = m = 8, n = 32, N = 8, one obligation
per program-counter value so that the cases spread over the workers.  The
claim is PROVED only when, at every machine, the obligations' program-counter
values together are every command column (the split is then exhaustive).
"""
from __future__ import annotations

from verify.claims import Claim, Obligation, Status, fold_statuses

from .common import obligation, ref
from .monolithic import command_columns
from .premises import tag

__all__ = ["CLAIMS", "case_shapes"]

_T = "proofs.giannou2023.monolithic:prove_monolithic_cases"


def case_shapes(profile: str) -> list[tuple[tuple[int, int, int, int], bool]]:
    """``(machine, one obligation per pc?)`` the claim proves under ``profile``."""
    if profile == "full":
        return [((4, 6, 16, 6), False), ((8, 8, 32, 8), True)]
    return [((1, 2, 4, 3), False), ((2, 3, 8, 3), False)]


def _obligations(claim: Claim, profile: str) -> list[Obligation]:
    obs = []
    for shape, per_pc in case_shapes(profile):
        if per_pc:
            obs += [obligation(claim, f"{tag(shape)}/pc={pc}", _T, weights=shape, shape=list(shape), pcs=[pc])
                    for pc in command_columns(shape)]
        else:
            obs.append(obligation(claim, tag(shape), _T, weights=shape, shape=list(shape), pcs=None))
    return obs


def _conclude(claim, outcomes):
    """Fold the cases; PROVED only if, per machine, the proved pc values are every command column."""
    status = fold_statuses(o.status for _, o in outcomes)
    if status != Status.PROVED:
        worst = next(o for _, o in outcomes if o.status == status)
        return status, worst.summary, {}
    covered: dict[tuple, set] = {}
    rows = []
    for ob, o in outcomes:
        shape = tuple(ob.kwargs()["shape"])
        covered.setdefault(shape, set()).update(o.data.get("pcs", []))
    for shape, pcs in covered.items():
        missing = sorted(set(command_columns(shape)) - pcs)
        if missing:
            return Status.ERROR, f"{shape}: program counter values {missing} were not proved (the split is " \
                                 f"not exhaustive)", {}
        cases = sum(o.data["cases"] for ob, o in outcomes if tuple(ob.kwargs()["shape"]) == shape)
        seconds = sum(o.data["seconds"] for ob, o in outcomes if tuple(ob.kwargs()["shape"]) == shape)
        enum = sum(o.data["by_enumeration"] for ob, o in outcomes if tuple(ob.kwargs()["shape"]) == shape)
        rows.append([str(shape), cases, enum, f"{seconds:.1f}"])
    details = {"table": {"columns": ["(s, m, n, N)", "cases (pc, a, b)", "cells by exhaustive evaluation",
                                     "seconds (sum over obligations)"], "rows": rows}}
    return Status.PROVED, ("one symbolic pass through all ten layers equals one SUBLEQ step on every valid state, "
                           "case by case over (pc, a, b), no contracts: " +
                           "; ".join(f"{r[0]}: {r[1]} cases" for r in rows)), details


CLAIMS = [
    Claim(
        id="giannou2023.loop.monolithic.cases",
        title="Loop theorem, monolithic by cases: the whole loop at once, split on the executed pointers",
        ref=ref("§5.1, SUBLEQ theorem", "[S]", "A looped transformer emulates SUBLEQ."),
        construction="giannou2023.subleq",
        method="for every program counter pc and operand pointers a, b of the instruction at pc: the loop-start "
               "template with those three substituted (memory, branch target, other commands and the slot "
               "symbolic) through all ten layers in one symbolic pass, against one SUBLEQ step on the same "
               "template; cells not equal by exact rewriting decided by exhaustive exact evaluation over their "
               "variables (verify.enumerate); the split's coverage of every pc is checked",
        expected=(Status.PROVED,),
        obligations=_obligations,
        parameters=lambda profile: {"shapes": ", ".join(str(s) for s, _ in case_shapes(profile))},
        conclude=_conclude,
    ),
]
