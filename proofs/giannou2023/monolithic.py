"""The SUBLEQ loop theorem proved monolithically — no contracts — by an exhaustive split on the executed pointers.

:func:`prove_monolithic_cases` proves ``loop(X) = encode(step(s))`` for every
valid loop-start state (Giannou et al. 2023 §5.1, the SUBLEQ theorem) without
using any layer contract.  The loop-start template (:func:`.invariants.stage_template`
at stage 0: every program, memory, program counter and instruction slot) has
finite-domain selector variables for the program counter ``pc`` and for the
pointers ``cmd<j>.a``, ``cmd<j>.b`` of every command.  For each value of ``pc``
in ``pcs`` and each pair of values of the executed command's ``a`` and ``b``,
those three variables are substituted; every other entry — the memory words,
the branch target ``c``, the other commands, the slot — stays symbolic.  All
ten layers are then evaluated symbolically on that template in one pass, and
every cell of the result is compared with one SUBLEQ step written on the same
template (:func:`.contracts.subleq_step`, the reference step as a matrix, not a
per-layer contract).  A cell is settled by exact rewriting, by exhaustive exact
evaluation over its variables (:func:`verify.enumerate.decide`, at most 2^22
assignments); a cell over more assignments is left undecided (UNKNOWN).

The split is exhaustive by construction — ``pc`` runs over every command
column (when ``pcs`` is all of them) and ``a``, ``b`` over every memory column,
which are exactly the domains of those template variables — so the cases
together cover every valid state; a claim splits the ``pc`` values over
several obligations and checks that their union is every command column.
"""
from __future__ import annotations

import time
from fractions import Fraction

import numpy as np

from constructions.giannou2023 import SubleqShape
from constructions.giannou2023.contract_model import SubleqContracts
from constructions.giannou2023.contracts import subleq_step
from constructions.giannou2023.invariants import stage_template
from constructions.giannou2023.variants import variant_network
from verify import symbolic as sym
from verify.claims import Outcome, Status
from verify.enumerate import decide
from verify.evidence import produces
from verify.forward import Evaluator
from verify.lift import replay_state
from verify.semantics import Symbolic
from verify.spec_ops import SymbolicOps

__all__ = ["prove_monolithic_cases", "command_columns"]


def command_columns(shape) -> list[int]:
    """The values the program counter's selector ranges over (the command columns)."""
    s, m, n, _ = shape
    return list(range(s + m, n))


def _cells(network, layout, X):
    Y = Evaluator(network, Symbolic()).loop(X)
    B = subleq_step(X, layout, SymbolicOps())
    return [(layout.describe_row(r), (r, c), sym.eq(Y[r, c], B[r, c])) for r, c in np.ndindex(Y.shape)]


def _decide(pairs):
    """(first failing (label, cell, model, status) or None, cells decided by exhaustive evaluation).

    Cells over the same variables are evaluated together (they share sub-expressions).
    """
    groups: dict[frozenset, list] = {}
    for p in pairs:
        if p[2] is not sym.TRUE:
            groups.setdefault(p[2].vars(), []).append(p)
    decided = 0
    for group in groups.values():
        decisions = decide([p[2] for p in group])
        if decisions is None:  # too many assignments (or a value past int64): say so, do not guess
            label, cell, _ = group[0]
            return (label, cell, {}, "undecided"), decided
        for (label, cell, _), d in zip(group, decisions):
            if not d.holds:
                return (label, cell, d.model, "refuted"), decided
        decided += len(group)
    return None, decided


@produces("enumeration")
def prove_monolithic_cases(shape: list[int], pcs: list[int] | None = None, variant: str = "correct",
                           C: str = "100", eps: str = "1/4") -> Outcome:
    """The whole loop equals one SUBLEQ step on every valid state whose program counter is in ``pcs``."""
    shp = SubleqShape(*shape)
    pcs = command_columns(shape) if pcs is None else [int(p) for p in pcs]
    bad_pcs = sorted(set(pcs) - set(command_columns(shape)))
    if bad_pcs:
        return Outcome(Status.ERROR, f"{shp}: program counter values {bad_pcs} are not command columns")
    start = time.perf_counter()
    counts = {"cases": 0, "cells": 0, "by_enumeration": 0}
    with sym.scope():
        network = variant_network(shp, variant).bind(C=Fraction(C), eps=Fraction(eps))
        layout = network.layout
        template = stage_template(layout, 0)
        names = {v.name: v for v in template.variables()}
        memory = list(layout.cols("memory"))
        for pc in pcs:
            for a in memory:
                for b in memory:
                    # a selector over a single column is no variable of the template: nothing to substitute
                    env = {names[k]: v for k, v in (("pc", pc), (f"cmd{pc}.a", a), (f"cmd{pc}.b", b)) if k in names}
                    X = np.empty(template.X.shape, dtype=object)
                    memo: dict = {}  # cells share subterms: each is substituted once per case
                    for idx, e in np.ndenumerate(template.X):
                        X[idx] = e.subs(env, memo)
                    pairs = _cells(network, layout, X)
                    failure, by_enum = _decide(pairs)
                    counts["cases"] += 1
                    counts["cells"] += len(pairs)
                    counts["by_enumeration"] += by_enum
                    if failure is not None:
                        return _failure(network, shp, template, env, failure, counts, start)
    counts["seconds"] = round(time.perf_counter() - start, 3)
    identity = counts["cells"] - counts["by_enumeration"]
    return Outcome(Status.PROVED, (f"{shp}, pc ∈ {_span(pcs)}: {counts['cases']} cases (pc, a, b), "
                                   f"{counts['cells']} cells: {identity} by identity, {counts['by_enumeration']} by "
                                   f"exhaustive evaluation; no contracts"),
                   {**counts, "pcs": pcs})


def _span(pcs: list[int]) -> str:
    return f"{pcs[0]}..{pcs[-1]}" if pcs == list(range(pcs[0], pcs[-1] + 1)) else str(pcs)


def _failure(network, shp, template, env, failure, counts, start) -> Outcome:
    label, cell, model, status = failure
    counts["seconds"] = round(time.perf_counter() - start, 3)
    where = {v.name: int(x) for v, x in env.items()}
    where.setdefault("pc", command_columns((shp.s, shp.m, shp.n, shp.N))[0])
    data = {**counts, "failed_cell": {"label": label, "cell": list(cell), "case": where, "model": model}}
    if status != "refuted":
        return Outcome(Status.UNKNOWN, f"{shp}: {label} at {cell} in case {where} ranges over more than 2^22 "
                                       f"assignments (or past int64): not decided", data)
    names = {v.name: v for v in template.variables()}
    full = {k: v for k, v in {**where, **model}.items() if k in names}
    X = template.instantiate({names[k]: v for k, v in full.items()})
    model_ = SubleqContracts()
    shape = (shp.s, shp.m, shp.n, shp.N)
    state = model_.input_state(shape, np.asarray(X.tolist(), dtype=np.int64))
    data["counterexample"] = {"state": model_.machine.state_to_json(state), "shape": list(shape),
                              "cell": f"row {network.layout.describe_row(cell[0])}, "
                                      f"{network.layout.describe_col(cell[1])}",
                              "replay": replay_state(model_, network, shape, state, False)}
    return Outcome(Status.REFUTED, f"{shp}: the loop differs from one SUBLEQ step at {label} {tuple(cell)} "
                                   f"(pc {where['pc']}); replay: {data['counterexample']['replay']['exact']}", data)
