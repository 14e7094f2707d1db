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

import time
from fractions import Fraction

import numpy as np

from constructions.giannou2023 import SubleqShape, decode, encode, step
from constructions.giannou2023.contracts import CONTRACT_TEXT, SPECS, spec_loop, subleq_step
from constructions.giannou2023.encoding import DecodeError
from constructions.giannou2023.invariants import stage_template
from constructions.giannou2023.variants import variant_network
from verify import symbolic as sym
from verify.claims import Outcome, Status
from verify.evidence import produces
from verify.forward import Evaluator
from verify.semantics import Exact, Float, Symbolic
from verify.smt import check_cells, check_layer, solver_version
from verify.spec_ops import SymbolicOps

from .simulation import state_to_json

__all__ = ["prove_layer", "prove_chain", "prove_monolithic", "counterexample"]


def _network(shape, variant: str, C: str, eps: str):
    return variant_network(SubleqShape(*shape), variant).bind(C=Fraction(C), eps=Fraction(eps))


def _fmt(v) -> str:
    v = Fraction(v)
    return str(v.numerator) if v.denominator == 1 else str(v)


def _replay(network, shape: SubleqShape, state, current, one_hot: bool) -> dict:
    """Run one real loop from ``state`` under exact and float64 semantics; compare with the reference."""
    expected = step(state)
    out = {}
    for name, sem in (("exact", Exact(one_hot=one_hot)), ("float64 (lambda = 10)", Float(10))):
        if one_hot and name != "exact":
            continue
        ev = Evaluator(network, sem)
        Y = ev.loop(ev.input(encode(shape, state, current)))
        try:
            got = decode(shape, Y, 0 if name == "exact" else Fraction(1, 4)).state
        except DecodeError as err:
            out[name] = f"diverges: {err}"
            continue
        if got == expected:
            out[name] = "agrees with the reference step"
        else:
            diff = [f"mem[{i}] {e} -> {g}" for i, (e, g) in enumerate(zip(expected.memory, got.memory)) if e != g]
            if got.pc != expected.pc:
                diff.append(f"pc {expected.pc} -> {got.pc}")
            out[name] = "diverges: reference vs network " + ", ".join(diff)
    return out


def _nearby(network, shape: SubleqShape, state_json: dict, one_hot: bool) -> dict | None:
    """Search the states that differ from a given one only in mem[a] and mem[b] for a loop-level failure.

    Every candidate is run through the real network (exact semantics, in one
    batch) and compared with the reference step; the first that differs is
    returned in the same form as a lifted counterexample.
    """
    from .simulation import state_from_json

    state, current = state_from_json(state_json)
    ins = state.program[state.pc]
    half = 1 << (shape.N - 1)
    candidates = []
    for va in range(-half, half):
        for vb in range(-half, half):
            mem = list(state.memory)
            mem[ins.a] = va
            mem[ins.b] = vb if ins.b != ins.a else va
            candidates.append(type(state)(state.program, tuple(mem), state.pc, state.N))
            if len(candidates) >= 4096:
                break
    ev = Evaluator(network, Exact(one_hot=one_hot))
    Y = ev.loop(ev.input(np.stack([encode(shape, s, current) for s in candidates])))
    for i, s in enumerate(candidates):
        expected = encode(shape, step(s), s.program[s.pc])
        got = Y[i]
        if not got.equals(type(got)(expected)):
            r, c = (int(v) for v in np.argwhere(got.to_float() != expected)[0])
            return _describe(network, shape, s, current, one_hot, (r, c), "whole loop",
                             expected[r, c], got.item(r, c))
    return None


def _loop_level(network, shape: SubleqShape, layer: int, one_hot: bool):
    """A loop-start assignment on which the loop (earlier layers by contract, the rest by the network) errs."""
    layout = network.layout
    X0 = stage_template(layout, 0).X
    prefix = X0
    for spec in SPECS[:layer]:
        prefix = spec(prefix, layout, SymbolicOps())
    ev = Evaluator(network, Symbolic(one_hot=one_hot))
    Y = prefix
    for i in range(layer, len(network.layers)):
        Y = ev.layer(i, Y)
    D = subleq_step(X0, layout, SymbolicOps())
    pairs = [(layout.describe_row(r), (r, c), sym.eq(Y[r, c], D[r, c])) for r, c in np.ndindex(Y.shape)]
    results, _ = check_cells(pairs, split=4096, stop_on_failure=True, keep_smt2=False)
    bad = [r for r in results if r.status == "refuted"]
    return (bad[0].model, bad[0].cell) if bad else (None, None)


def counterexample(network, shape: SubleqShape, layer: int, cell: tuple, one_hot: bool,
                   model: dict, loop_level: bool = True) -> dict:
    """A replayable machine state on which ``layer`` breaks its contract at ``cell`` (or why there is none)."""
    layout = network.layout
    X0 = stage_template(layout, 0)
    env = None
    if layer == 0:
        env = model
    else:
        prefix = X0.X
        for spec in SPECS[:layer]:
            prefix = spec(prefix, layout, SymbolicOps())
        Y = Evaluator(network, Symbolic(one_hot=one_hot)).layer(layer, prefix)
        E = SPECS[layer](prefix, layout, SymbolicOps())
        if cell:
            results, _ = check_cells([("lift", cell, sym.eq(Y[cell], E[cell]))], split=4096)
            if results and results[0].status == "refuted":
                env = results[0].model
    if env is None:
        return {"reachable": False,
                "note": "no valid loop-start state reaches this failure: the layer breaks its contract "
                        "only on states the earlier layers never produce"}
    out = _lifted(network, shape, layer, cell, one_hot, env, X0)
    if loop_level and not out["replay"]["exact"].startswith("diverges"):
        found = _nearby(network, shape, out["state"], one_hot)
        if found is not None:
            out["loop_level"] = found
            return out
        loop_env, loop_cell = _loop_level(network, shape, layer, one_hot)
        if loop_env is None:
            out["loop_level"] = ("the layer breaks its contract, but on every valid state the later layers "
                                 "repair it: the loop still computes SUBLEQ")
        else:
            out["loop_level"] = _lifted(network, shape, layer, loop_cell, one_hot, loop_env, X0, at_loop=True)
    return out


def _lifted(network, shape, layer, cell, one_hot, env, X0, at_loop: bool = False) -> dict:
    """Describe the machine state given by a loop-start template assignment."""
    layout = network.layout
    names = {v.name: v for v in X0.variables()}
    X = X0.instantiate({names[k]: v for k, v in env.items() if k in names})
    dec = decode(shape, np.asarray(X.tolist(), dtype=np.int64))
    state, current = dec.state, dec.current
    X_in = encode(shape, state, current)
    traces = []
    Evaluator(network, Exact(one_hot=one_hot)).loop(Evaluator(network, Exact()).input(X_in), traces)
    r, c = cell if cell else (0, 0)
    if at_loop:
        want = encode(shape, step(state), state.program[state.pc])[r, c]
        return _describe(network, shape, state, current, one_hot, (r, c), "whole loop", want,
                         traces[-1].output.item(r, c))
    want = spec_loop(np.array(X_in.tolist(), dtype=object), layout)[layer][r, c]
    return _describe(network, shape, state, current, one_hot, (r, c), network.layers[layer].name, want,
                     traces[layer].output.item(r, c))


def _describe(network, shape, state, current, one_hot, cell, where: str, expected, actual) -> dict:
    layout = network.layout
    r, c = cell
    ins = state.program[state.pc]
    return {
        "reachable": True,
        "layer": where,
        "cell": f"row {layout.describe_row(r)}, {layout.describe_col(c)}",
        "contract": CONTRACT_TEXT.get(where, "one SUBLEQ step (contracts/subleq_step)"),
        "expected": _fmt(expected),
        "actual": _fmt(actual),
        "input": {
            "pc": state.pc,
            "instruction at pc": f"subleq {ins.a}, {ins.b}, {ins.c}",
            "mem[a]": state.memory[ins.a],
            "mem[b]": state.memory[ins.b],
            "instruction slot": None if current is None else f"subleq {current.a}, {current.b}, {current.c}",
        },
        "state": state_to_json(state, current),
        "shape": list((shape.s, shape.m, shape.n, shape.N)),
        "replay": _replay(network, shape, state, current, one_hot),
    }


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
                            keep_smt2=keep_smt2, stop_on_failure=stop_on_failure)
        data = _summary_data(proof)
        name = network.layers[layer].name
        artefacts = {f"layer{layer + 1:02d}_{name}.smt2": proof.smt2()} if keep_smt2 and proof.smt2() else {}
        where = f"{name} at {shp}"
        if proof.status == "proved":
            return Outcome(Status.PROVED, f"{where}: {proof.cells} cells, {proof.by_identity} by identity, "
                           f"{proof.by_solver} by z3, {proof.seconds:.2f} s", data, artefacts)
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
        layout = variant_network(shp, "correct").layout
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
        results, identity = check_cells(pairs, timeout_ms, split=4096, stop_on_failure=True)
    data = {"cells": len(pairs), "proved_by_identity": identity, "solver_queries": len(results),
            "encode_seconds": round(encode_s, 3), "seconds": round(time.perf_counter() - start, 3),
            "attention_cases": sem.cases, "solver": solver_version(),
            "slowest": [[r.label, list(r.cell), round(r.seconds, 3)]
                        for r in sorted(results, key=lambda r: -r.seconds)[:3]]}
    bad = [r for r in results if r.status != "proved"]
    if not bad:
        return Outcome(Status.PROVED, f"{shp}: one symbolic pass through all ten layers equals one SUBLEQ step "
                       f"({identity} cells by identity, {len(results)} by z3 after case splits on pointers)", data)
    if bad[0].status == "refuted":
        data["failed_cell"] = {"label": bad[0].label, "cell": list(bad[0].cell), "model": bad[0].model}
        return Outcome(Status.REFUTED, f"{shp}: the loop differs from the SUBLEQ step at {bad[0].label}", data)
    return Outcome(Status.TIMEOUT if bad[0].seconds * 1000 >= timeout_ms * 0.99 else Status.UNKNOWN,
                   f"{shp}: z3 did not decide {bad[0].label} at {bad[0].cell}", data)
