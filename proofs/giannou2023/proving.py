"""Discharging the SUBLEQ lemmas with z3: layer contracts, their chain, the monolithic loop.

Obligation tasks (JSON-able arguments in, :class:`~verify.claims.Outcome` out):

* :func:`prove_layer` — layer ``i`` meets its contract on every state after
  layer ``i − 1`` (:mod:`constructions.giannou2023.invariants`), cell by cell,
  and its contract's output lies in the next set;
* :func:`prove_chain` — the ten contracts compose to one SUBLEQ step, stated
  directly on the punchcard (:func:`~constructions.giannou2023.contracts.subleq_step`);
* :func:`prove_monolithic` — the whole loop, evaluated symbolically in one
  go, against that step: no contracts involved (a cross-check of them).

Together, layer proofs 1–10 and the chain prove the loop theorem
``loop(encode(s)) = encode(step(s))`` for every valid state ``s``.

A refuted cell is turned into a machine state: if the failing layer is not
the first, a second query asks for a *valid loop-start state* whose
contract-prefix leads the layer to fail there; that state is then replayed on
the real network under exact and float64 semantics.
"""
from __future__ import annotations

import functools
import time
from fractions import Fraction

import numpy as np

from constructions.giannou2023 import SubleqShape, subleq_layout
from constructions.giannou2023.contract_model import SubleqContracts
from constructions.giannou2023.contracts import SPECS, subleq_step
from constructions.giannou2023.invariants import stage_template
from verify import symbolic as sym
from verify.claims import Outcome, Status
from verify.evidence import produces
from verify.forward import Evaluator
from verify.lift import lift
from verify.semantics import Symbolic
from verify.smt import check_cells, check_layer, solver_version
from verify.spec_ops import SymbolicOps

__all__ = ["prove_layer", "prove_chain", "prove_monolithic", "counterexample"]


def _network(shape, variant: str, C: str, eps: str):
    """The bound network (built once per process: the ten layer proofs of one machine share it).

    The builders themselves are part of the key, so a process in which they are replaced (a test that
    changes one weight) never gets a network built by other code.
    """
    from constructions.giannou2023 import variants

    return _bound_network(tuple(shape), variant, str(C), str(eps), variants.subleq_network, variants.variant_network)


@functools.lru_cache(maxsize=32)  # every CI machine (a worker meets them interleaved with other claims' machines)
def _bound_network(shape: tuple, variant: str, C: str, eps: str, _builder, _variants):
    return _variants(SubleqShape(*shape), variant).bind(C=Fraction(C), eps=Fraction(eps))


def _fmt(v) -> str:
    v = Fraction(v)
    return str(v.numerator) if v.denominator == 1 else str(v)


def counterexample(network, shape: SubleqShape, layer: int, cell: tuple, one_hot: bool,
                   model: dict, loop_level: bool = True) -> dict:
    """A replayable machine state on which ``layer`` breaks its contract at ``cell`` (:func:`verify.lift.lift`)."""
    return lift(SubleqContracts(), network, (shape.s, shape.m, shape.n, shape.N), layer, cell, one_hot, model,
                loop_level)


def _summary_data(proof) -> dict:
    slow = sorted(proof.results, key=lambda r: -r.seconds)[:3]
    return {
        "cells": proof.cells,
        "proved_by_identity": proof.by_identity,
        "solver_queries": proof.by_solver,
        "seconds": round(proof.seconds, 3),
        "encode_seconds": round(proof.encode_seconds, 3),
        "attention_cases": proof.attention_cases,
        "argmax_set_sizes": list(proof.ties),
        "min_score_gap": None if proof.min_gap is None else _fmt(proof.min_gap),
        "slowest": [[r.label, list(r.cell), round(r.seconds, 3)] for r in slow],
        "solver": solver_version(),
    }


#: From this many columns on, a layer cell over at most ENUMERATE_LIMIT assignments (the program counter's cells of
#: pc_increment: one selector over the command columns) is decided by exact exhaustive evaluation instead of z3 —
#: as much a proof; z3 took 382 s on them at n = 1024.  Below it (every CI and full-profile machine) z3 decides,
#: so those queries stay in the SMT-LIB that cvc5 re-checks.
ENUMERATE_FROM, ENUMERATE_LIMIT = 256, 4096


@produces("smt")
def prove_layer(shape: list[int], layer: int, variant: str = "correct", C: str = "100", eps: str = "1/4",
                one_hot: bool = False, timeout_ms: int = 60_000, keep_smt2: bool = True,
                stop_on_failure: bool = False, loop_level: bool = True) -> Outcome:
    """Layer ``layer`` (0-based) meets its contract on every state after the previous layer.

    On a refutation the failing cell is lifted to a valid machine state; with
    ``loop_level`` a state whose whole loop goes wrong is searched for too.
    """
    shp = SubleqShape(*shape)
    with sym.scope():
        network = _network(shape, variant, C, eps)
        layout = network.layout
        proof = check_layer(network, layer, stage_template(layout, layer), SPECS[layer],
                            stage_template(layout, min(layer + 1, 10)), one_hot=one_hot, timeout_ms=timeout_ms,
                            keep_smt2=keep_smt2, stop_on_failure=stop_on_failure,
                            enumerate_limit=ENUMERATE_LIMIT if shp.n >= ENUMERATE_FROM else 0)
        data = _summary_data(proof)
        name = network.layers[layer].name
        artefacts = {f"layer{layer + 1:02d}_{name}.smt2": proof.smt2()} if keep_smt2 and proof.smt2() else {}
        where = f"{name} at {shp}"
        if proof.status == "proved":
            enumerated = sum(r.method == "enumeration" for r in proof.results)
            how = f"{proof.by_solver - enumerated} by z3" + (f", {enumerated} by exhaustive exact evaluation"
                                                             if enumerated else "")
            return Outcome(Status.PROVED, f"{where}: {proof.cells} cells, {proof.by_identity} by identity, "
                           f"{how}, {proof.seconds:.2f} s", data, artefacts)
        failure = proof.failures[0]
        if failure.status == "unknown":
            return Outcome(Status.UNKNOWN, f"{where}: z3 gave up on {failure.label} at {failure.cell}", data,
                           artefacts)
        data["failed_cell"] = {"label": failure.label, "cell": list(failure.cell), "model": failure.model}
        if failure.label.startswith("contract output"):
            # a mismatch between this contract and the next stage's set: the chain of proofs has a gap, but no
            # state of the network is shown to go wrong — not a refutation
            data["note"] = "the contract's output leaves the next stage's set: a contract/template mismatch"
            return Outcome(Status.UNKNOWN, f"{where}: the contract's output leaves the next stage's set "
                           f"({failure.label}); the layer itself is neither proved nor refuted", data, artefacts)
        cex = counterexample(network, shp, layer, failure.cell, one_hot, failure.model or {}, loop_level)
        data["counterexample" if cex["reachable"] else "unreachable_failure"] = {
            **cex, "variant": variant, "C": C, "eps": eps, "one_hot": one_hot}
        if cex["reachable"]:
            msg = (f"{where}: {cex['cell']} should be {cex['expected']}, the network gives {cex['actual']} "
                   f"(pc {cex['input']['pc']}, {cex['input']['instruction at pc']})")
            loop = cex.get("loop_level")
            if isinstance(loop, dict):
                msg += (f"; a loop-level counterexample (pc {loop['input']['pc']}, "
                        f"{loop['input']['instruction at pc']}, mem[a] = {loop['input']['mem[a]']}, "
                        f"mem[b] = {loop['input']['mem[b]']}) replays: {loop['replay']['exact']}")
            elif loop:
                msg += f"; {loop}"
            else:
                msg += f"; replay: {cex['replay']['exact']}"
        else:
            # the failure needs an input no valid loop-start state produces: the contract (or the set before the
            # layer) is stricter than needed, and there is no replayable state — not a refutation
            data["note"] = "contract stricter than needed: the failure is unreachable from valid states"
            return Outcome(Status.UNKNOWN, f"{where}: {failure.label} at {failure.cell} fails on the set before "
                           f"the layer, but {cex['note']} (contract stricter than needed)", data, artefacts)
        return Outcome(Status.REFUTED, msg, data, artefacts)


def _chain_pairs(layout, X0):
    """Per cell: the contracts chained against the SUBLEQ step, as a condition that must always hold."""
    ops = SymbolicOps()
    A = X0
    for spec in SPECS:
        A = spec(A, layout, ops)
    B = subleq_step(X0, layout, ops)
    return [(layout.describe_row(r), (r, c), sym.eq(A[r, c], B[r, c])) for r, c in np.ndindex(A.shape)]


def _chain_without_modular_rewrites(layout, timeout_ms: int):
    """The chain once more with :data:`verify.symbolic.MODULAR_REWRITES` off: z3 proves what they settled."""
    saved = sym.MODULAR_REWRITES
    sym.MODULAR_REWRITES = False
    try:
        with sym.scope():
            return check_cells(_chain_pairs(layout, stage_template(layout, 0).X), timeout_ms, theory="bv")
    finally:
        sym.MODULAR_REWRITES = saved


@produces("smt")
def prove_chain(shape: list[int], timeout_ms: int = 60_000, solver_recheck: bool = False) -> Outcome:
    """The ten layer contracts, chained, equal one SUBLEQ step on every valid loop-start state.

    With the rewrites of :mod:`verify.symbolic` on, most cells reduce to TRUE
    ("by identity") and the rest go to z3 (bit-vectors).  With
    ``solver_recheck`` the chain is built a second time with the *modular*
    rewrites (digit canonicalisation mod 2^k, the rewrites that settle the
    adder's cells) switched off, and z3 proves every cell that is not then
    equal as an affine form over the same atoms; those queries are saved as
    SMT-LIB2 (``chain.smt2``) for cvc5 to re-check.  The cells still settled
    by identity in that pass rest on affine normalisation and the
    non-modular rewrites (ReLU interpolation, gate folding), which the tests
    check against evaluation on every assignment of small domains.
    """
    shp = SubleqShape(*shape)
    start = time.perf_counter()
    with sym.scope():
        layout = subleq_layout(shp)
        pairs = _chain_pairs(layout, stage_template(layout, 0).X)
        results, identity = check_cells(pairs, timeout_ms, theory="bv", split=4096)
    data = {"cells": len(pairs), "proved_by_identity": identity, "solver_queries": len(results),
            "seconds": round(time.perf_counter() - start, 3), "solver": solver_version()}
    recheck = []
    if solver_recheck and not any(r.status != "proved" for r in results):
        t0 = time.perf_counter()
        recheck, plain_identity = _chain_without_modular_rewrites(layout, timeout_ms)
        data["without_modular_rewrites"] = {"proved_by_identity": plain_identity, "solver_queries": len(recheck),
                                            "seconds": round(time.perf_counter() - t0, 3)}
    data["seconds"] = round(time.perf_counter() - start, 3)
    bad = [r for r in results + recheck if r.status != "proved"]
    artefacts = {"chain.smt2": "".join(f"; {r.label} {r.cell}\n{r.smt2}(reset)\n" for r in results + recheck
                                       if r.smt2)}
    artefacts = {k: v for k, v in artefacts.items() if v}
    if not bad:
        extra = ""
        if solver_recheck:
            w = data["without_modular_rewrites"]
            extra = (f"; without the modular rewrites z3 re-proves {w['solver_queries']} cells, "
                     f"{w['proved_by_identity']} are affine identities")
        return Outcome(Status.PROVED, f"{shp}: contracts 1-10 compose to one SUBLEQ step ({identity} cells by "
                       f"identity after exact rewriting, {len(results)} by z3{extra})", data, artefacts)
    status = Status.REFUTED if bad[0].status == "refuted" else Status.UNKNOWN
    data["failed_cell"] = {"label": bad[0].label, "cell": list(bad[0].cell), "model": bad[0].model}
    return Outcome(status, f"{shp}: chained contracts differ from the SUBLEQ step at {bad[0].label} "
                   f"{bad[0].cell}", data, artefacts)


@produces("smt")
def prove_monolithic(shape: list[int], variant: str = "correct", C: str = "100", eps: str = "1/4",
                     timeout_ms: int = 120_000) -> Outcome:
    """The whole loop, evaluated symbolically without contracts, equals one SUBLEQ step."""
    shp = SubleqShape(*shape)
    start = time.perf_counter()
    with sym.scope():
        network = _network(shape, variant, C, eps)
        layout = network.layout
        X0 = stage_template(layout, 0).X
        sem = Symbolic()
        Y = Evaluator(network, sem).loop(X0)
        B = subleq_step(X0, layout, SymbolicOps())
        encode_s = time.perf_counter() - start
        pairs = [(layout.describe_row(r), (r, c), sym.eq(Y[r, c], B[r, c])) for r, c in np.ndindex(Y.shape)]
        results, identity = check_cells(pairs, timeout_ms, split=4096, stop_on_failure=True,
                                        enumerate_limit=2**20)
    enumerated = sum(r.method == "enumeration" for r in results)
    data = {"cells": len(pairs), "proved_by_identity": identity, "solver_queries": len(results) - enumerated,
            "by_enumeration": enumerated, "encode_seconds": round(encode_s, 3), "seconds": round(time.perf_counter() - start, 3),
            "attention_cases": sem.cases, "solver": solver_version(),
            "slowest": [[r.label, list(r.cell), round(r.seconds, 3)]
                        for r in sorted(results, key=lambda r: -r.seconds)[:3]]}
    bad = [r for r in results if r.status != "proved"]
    if not bad:
        return Outcome(Status.PROVED, f"{shp}: one symbolic pass through all ten layers equals one SUBLEQ step "
                       f"({identity} cells by identity, {len(results) - enumerated} by z3 and {enumerated} by exhaustive "
                       f"evaluation after case splits on pointers)", data)
    if bad[0].status == "refuted":
        data["failed_cell"] = {"label": bad[0].label, "cell": list(bad[0].cell), "model": bad[0].model}
        return Outcome(Status.REFUTED, f"{shp}: the loop differs from the SUBLEQ step at {bad[0].label}", data)
    return Outcome(Status.TIMEOUT if bad[0].seconds * 1000 >= timeout_ms * 0.99 else Status.UNKNOWN,
                   f"{shp}: z3 did not decide {bad[0].label} at {bad[0].cell}", data)
