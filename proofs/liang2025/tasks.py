"""Obligation tasks for the looped ReLU-MLP (JSON-able arguments in, :class:`~verify.claims.Outcome` out).

* :func:`prove_block` — every layer of one block meets its contract (z3);
* :func:`prove_loop` — the whole loop, evaluated symbolically, equals the reference step (z3);
* :func:`prove_grid` — the loop's output is exactly on the grid and decodes to a state (z3);
* :func:`margins` — the gate margin and the float formats that compute every loop exactly;
* :func:`run_programs` — shipped programs, network against reference.

``mutant = [layer, row, col, delta]`` adds ``delta`` to one weight first.  A
``sat`` answer is decoded into a SUBLEQ state and replayed on the real
(mutant) network with exact arithmetic; a counterexample the network does
not reproduce is an ERROR, never a REFUTED.
"""
from __future__ import annotations

import time
from fractions import Fraction
from math import lcm

import z3

from constructions.giannou2023.isa import State, step
from constructions.giannou2023.machine_model import state_from_json as subleq_state_from_json, state_to_json
from constructions.giannou2023.program import resolve_program
from constructions.giannou2023.punchcard import SubleqShape
from constructions.liang2025.encoding import DecodeError, decode, encode
from constructions.liang2025.execute import first_bad_unit, run_program
from constructions.liang2025.network import relu_network
from verify.claims import Outcome, Status
from verify.evidence import produces
from verify.relu_net import FORMATS, round_to
from verify.solver import check as z3check

from .smt import check_units, grid_query, layer_query, loop_query, setting, state_from_model

__all__ = ["network_for", "state_to_json", "state_from_json", "replay", "prove_block", "prove_loop",
           "prove_grid", "margins", "run_programs", "SIGNIFICAND_BITS"]

SIGNIFICAND_BITS = {"float64": 53, "float32": 24, "float16": 11, "bfloat16": 8}


def network_for(shape, encoding: str, budget: str, mutant=None, readout: str = "folded"):
    net = relu_network(tuple(shape), encoding, budget, readout)
    if mutant:
        layer, row, col, delta = mutant
        old = dict(net.layers[layer].rows[row]).get(col, Fraction(0))
        net = net.replace_layer(layer, net.layers[layer].with_weight(row, col, old + Fraction(delta)))
    return net


def state_from_json(d: dict) -> State:
    """The SUBLEQ state of the shared JSON codec (this machine has no instruction slot)."""
    state, _ = subleq_state_from_json(d)
    return state


def replay(shape, encoding: str, budget: str, state_json: dict, mutant=None, readout: str = "folded") -> dict:
    """Run one loop of the (mutant) network from a state, exactly; compare with the reference step."""
    shp = SubleqShape(*shape)
    net = network_for(shape, encoding, budget, mutant, readout)
    state = state_from_json(state_json)
    out = net.loop_exact(encode(shp, state, encoding))
    expected = step(state)
    try:
        got = decode(shp, out, encoding)
        loop = "agrees with the reference step" if got == expected else \
            f"diverges: reference {state_to_json(expected)}, network {state_to_json(got)}"
    except DecodeError as err:
        loop = f"diverges: the output decodes to no state ({err})"
    return {"first_bad_unit": first_bad_unit(net, shp, state, encoding), "loop": loop}


def _smt2(solver) -> str:
    return solver.to_smt2()


def _refuted(shape, encoding, budget, mutant, st, model, what: str, artefacts: dict, need_unit: bool,
             readout: str = "folded") -> Outcome:
    state = state_from_model(st, model)
    rep = replay(shape, encoding, budget, state_to_json(state), mutant, readout)
    reproduced = bool(rep["first_bad_unit"]) if need_unit else rep["loop"].startswith("diverges")
    if not reproduced:
        return Outcome(Status.ERROR, f"z3 found a counterexample to {what} that the network does not reproduce",
                       {"state": state_to_json(state), "replay": rep}, artefacts)
    ce = {"state": state_to_json(state), "shape": list(shape), "encoding": encoding, "budget": budget,
          "readout": readout, "mutant": mutant, "replay": rep}
    return Outcome(Status.REFUTED, f"{what} fails at pc = {state.pc}, memory {list(state.memory)}: "
                   + (rep["first_bad_unit"] or rep["loop"]), {"counterexample": ce}, artefacts)


@produces("smt")
def prove_block(shape, encoding: str, budget: str, block: str, mutant=None, timeout_ms: int = 120_000,
                readout: str = "folded") -> Outcome:
    """Every layer of ``block`` maps units equal to their specs to units equal to their specs."""
    net = network_for(shape, encoding, budget, mutant, readout)
    st = setting(tuple(shape))
    spans = [(lo, hi) for name, lo, hi in net.blocks if name == block]
    if not spans:
        return Outcome(Status.ERROR, f"no block {block!r} (blocks: {[b[0] for b in net.blocks]})")
    lo, hi = spans[0]
    artefacts, times = {}, {}
    for index in range(lo, hi):
        solver, bad = layer_query(net, index, st, timeout_ms)
        start = time.perf_counter()
        answer, model, reason = check_units(st, bad, timeout_ms)
        times[net.layers[index].name] = round(time.perf_counter() - start, 3)
        artefacts[f"{block}.layer{index}.smt2"] = _smt2(solver)
        if answer == z3.sat:
            return _refuted(shape, encoding, budget, mutant, st, model,
                            f"the contract of layer {index} ({net.layers[index].name})", artefacts, True, readout)
        if answer != z3.unsat:
            return Outcome(Status.UNKNOWN, f"z3 answered {answer} on layer {index}: {reason}",
                           {"seconds": times}, artefacts)
    return Outcome(Status.PROVED, f"{block}: layers {lo}..{hi - 1} meet their contracts on every valid state "
                   f"(shape {SubleqShape(*shape)}, {encoding}, {budget}, {readout} read-out)",
                   {"layers": [net.layers[i].name for i in range(lo, hi)], "z3_seconds": times}, artefacts)


def _monolithic(query, what, shape, encoding, budget, mutant, timeout_ms) -> Outcome:
    net = network_for(shape, encoding, budget, mutant)
    st = setting(tuple(shape))
    solver, _ = query(net, encoding, st, timeout_ms)
    answer = z3check(solver)
    artefacts = {f"{what.replace(' ', '_')}.smt2": _smt2(solver)}
    if answer == z3.sat:
        return _refuted(shape, encoding, budget, mutant, st, solver.model(), what, artefacts, False)
    if answer != z3.unsat:
        return Outcome(Status.UNKNOWN, f"z3 answered {answer}: {solver.reason_unknown()}", {}, artefacts)
    return Outcome(Status.PROVED, f"{what} holds on every valid state (shape {SubleqShape(*shape)}, {encoding}, "
                   f"{budget}, depth {net.depth})", {"depth": net.depth}, artefacts)


@produces("smt")
def prove_loop(shape, encoding: str, budget: str, mutant=None, timeout_ms: int = 120_000) -> Outcome:
    """The whole loop equals the encoded reference step (symbolic evaluation, no contracts)."""
    return _monolithic(loop_query, "the loop theorem", shape, encoding, budget, mutant, timeout_ms)


@produces("smt")
def prove_grid(shape, encoding: str, budget: str, compositional: bool = False, mutant=None,
               timeout_ms: int = 120_000) -> Outcome:
    """The loop's output is exactly on the grid and decodes to a valid (or fallen-off) state."""
    def query(net, enc, st, t):
        return grid_query(net, enc, st, t, compositional=compositional)

    what = "the grid invariant" + (" (from the last layer's contract)" if compositional else "")
    return _monolithic(query, what, shape, encoding, budget, mutant, timeout_ms)


def margins(shape, encoding: str, budget: str) -> Outcome:
    """Static gate margin and exact float formats, from the weights and the layer specs.

    With every unit equal to its spec (the layer contracts), a pre-activation
    is ``const + Σ_v a_v c_v`` with ``c_v ∈ {0, 1}``: a multiple of ``1/D``
    (``D`` the lcm of the denominators of the ``a_v`` and ``const``), so a
    non-zero one is at least ``1/D`` from the ReLU's switching point.  Every
    partial sum (bias first, row order) is at most ``B = |b| + Σ |w|·max|x|``
    in size and also a multiple of ``1/D``: a format whose significand has
    ``p`` bits computes the row exactly when ``B·D ≤ 2^p`` and every weight is
    representable.
    """
    net = relu_network(tuple(shape), encoding, budget)
    margin, bound, scale = None, Fraction(0), 1
    for index, layer in enumerate(net.layers):
        specs = net.specs_before(index)
        for row, bias in zip(layer.rows, layer.bias):
            const, size = Fraction(bias), abs(Fraction(bias))
            den, term_den = 1, Fraction(bias).denominator  # of the pre-activation; of every partial sum
            for j, w in row:
                sp = specs[j]
                const += w * sp.offset
                den = lcm(den, (w * sp.scale).denominator)
                term_den = lcm(term_den, (w * sp.offset).denominator, (w * (sp.scale + sp.offset)).denominator)
                size += abs(w) * max(abs(sp.offset), abs(sp.scale + sp.offset))
            den = lcm(den, const.denominator)
            margin = Fraction(1, den) if margin is None else min(margin, Fraction(1, den))
            bound, scale = max(bound, size), max(scale, term_den)
    exact = {}
    weights = {w for layer in net.layers for row in layer.rows for _, w in row} | \
              {b for layer in net.layers for b in layer.bias}
    for fmt in FORMATS:
        representable = all(Fraction(float(round_to(fmt, [float(w)])[0])) == w for w in weights)
        exact[fmt] = bool(representable and bound * scale <= 2 ** SIGNIFICAND_BITS[fmt])
    data = {"margin": str(margin), "max_partial_sum": str(bound), "denominator": scale,
            "exact_formats": [f for f in FORMATS if exact[f]],
            "inexact_or_undecided": [f for f in FORMATS if not exact[f]]}
    return Outcome(Status.PROVED,
                   f"every non-zero pre-activation is at least {margin} from 0; |partial sums| ≤ {bound}; "
                   f"exact in {', '.join(data['exact_formats']) or 'no format'}", data)


def run_programs(programs: list[str], semantics: str, encoding: str = "01", budget: str = "minimal",
                 max_steps: int = 5000, program_sha: str = "") -> Outcome:
    """Run shipped programs on the ReLU machine and the reference; SAMPLED_OK when every loop agrees.

    ``program_sha`` only keys the cache to the program text.
    """
    rows = {}
    for name in programs:
        program = resolve_program(name)
        result = run_program(program, semantics, max_steps, encoding, budget)
        expect_ok = result.final is not None and all(program.value(result.final, c) == v for c, v in program.expect)
        rows[name] = {"loops": result.loops, "halted": result.halted, "agrees": result.agrees,
                      "expected_values": expect_ok,
                      "divergence": None if result.divergence is None else vars(result.divergence)}
        if not result.agrees:
            d = result.divergence
            ce = {"program": name, "semantics": semantics, "loop": d.loop, "field": d.field,
                  "expected": d.expected, "actual": d.actual, "layer": d.layer}
            return Outcome(Status.REFUTED, f"{name} diverges at loop {d.loop} ({d.field}: {d.expected} → {d.actual})",
                           {"counterexample": ce, "runs": rows})
        if not result.halted or not expect_ok:
            return Outcome(Status.ERROR, f"{name} did not halt with its expected values within {max_steps} loops",
                           {"runs": rows})
    return Outcome(Status.SAMPLED_OK, f"{len(programs)} programs agree with the reference on every loop "
                   f"({semantics}, {encoding}, {budget})", {"runs": rows})
