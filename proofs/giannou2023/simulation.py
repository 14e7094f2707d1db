"""Discharging SUBLEQ claims by running the machine: programs, enumeration, random states.

Each function is an obligation task: JSON-able keyword arguments in, an
:class:`~verify.claims.Outcome` out.  Running inputs can only ever show
``SAMPLED_OK`` — except :func:`enumerate_states` when it enumerates *every*
valid state of a machine, which is a proof for that machine.
"""
from __future__ import annotations

import hashlib
import itertools
import random
from fractions import Fraction

import numpy as np

from constructions.giannou2023 import Instruction, State, SubleqShape, decode, encode, step
from constructions.giannou2023.variants import variant_network
from constructions.giannou2023.encoding import DecodeError
from constructions.giannou2023.execute import cell_divergence, run_program
from constructions.giannou2023.program import random_program, resolve_program, shipped_programs
from verify.claims import Outcome, Status
from verify.forward import Evaluator
from verify.rational import RatArray
from verify.semantics import semantics_from_name

from constructions.giannou2023.machine_model import state_from_json, state_to_json  # the state JSON codec (re-exported)

__all__ = ["simulate_program", "enumerate_states", "random_programs", "state_to_json", "state_from_json"]


def simulate_program(program: str, semantics: str, lam: str = "10", max_steps: int = 2000,
                     C: str = "100", eps: str = "1/4", program_sha: str | None = None,
                     variant: str = "correct") -> Outcome:
    """Run a shipped program next to the reference; check its ``.expect`` values.

    ``program_sha`` (the SHA-256 of the program text) keys the cache; if given
    it must match the file that is run.
    """
    prog = resolve_program(program)
    if program_sha is not None:
        text = shipped_programs()[program].read_text()
        if hashlib.sha256(text.encode()).hexdigest() != program_sha:
            raise ValueError(f"program {program} changed while the run was being planned")
    sem = semantics_from_name(semantics, lam=Fraction(lam))
    r = run_program(prog, sem, max_steps, C=Fraction(C), eps=Fraction(eps), variant=variant)
    data = {"program": prog.name, "shape": str(prog.shape), "loops": r.loops, "semantics": r.semantics,
            "max_deviation": r.max_deviation, "seconds": r.seconds}
    if r.divergence is not None and r.divergence.field == "decode":
        return Outcome(Status.ERROR, f"{prog.name}: loop {r.divergence.loop} does not decode although every cell "
                       f"is within tolerance of the encoded reference (an encoding bug): {r.divergence.actual}",
                       data)
    if r.divergence is not None:
        d = r.divergence
        data["counterexample"] = {
            "program": prog.name, "loop": d.loop, "field": d.field, "reference": d.expected, "network": d.actual,
            "layer": d.layer, "cell": d.cell, "layer_expected": d.layer_expected, "layer_actual": d.layer_actual,
            "deviations": [list(x) for x in d.deviations],
            "replay": f"python -m verify run {prog.name} --semantics {semantics} --lam {lam}",
        }
        where = f", first wrong in layer {d.layer}" if d.layer else ""
        return Outcome(Status.REFUTED, f"{prog.name}: diverged at loop {d.loop} ({d.field}: reference "
                       f"{d.expected}, network {d.actual}{where})", data)
    if not r.halted:
        return Outcome(Status.UNKNOWN, f"{prog.name}: did not halt within {max_steps} loops", data)
    wrong = [(n, v, r.final.memory[prog.cell(n)]) for n, v in prog.expect if r.final.memory[prog.cell(n)] != v]
    if wrong:
        data["counterexample"] = {"program": prog.name, "wrong": [[n, v, got] for n, v, got in wrong],
                                  "replay": f"python -m verify run {prog.name} --semantics {semantics} --lam {lam}"}
        return Outcome(Status.REFUTED, f"{prog.name}: halted with " + ", ".join(
            f"{n} = {got} (expected {v})" for n, v, got in wrong), data)
    expect = ", ".join(f"{n} = {v}" for n, v in prog.expect)
    return Outcome(Status.SAMPLED_OK, f"{prog.name}: {r.loops} loops agree with the reference; {expect}", data)


def _instructions(shape: SubleqShape):
    return [Instruction(a, b, c) for a in range(shape.m) for b in range(shape.m) for c in range(shape.commands)]


def _words(shape: SubleqShape):
    half = 1 << (shape.N - 1)
    return range(-half, half)


def _states(shape: SubleqShape, full: bool):
    """All valid states (``full``), or all with the non-PC instructions fixed."""
    ins = _instructions(shape)
    slots = [None] + ins if full else [None, ins[len(ins) // 2]]
    k = shape.commands
    for memory in itertools.product(_words(shape), repeat=shape.m):
        for pc in range(k):
            if full:
                programs = itertools.product(ins, repeat=k)
            else:
                base = [ins[(7 * j + 3) % len(ins)] for j in range(k)]
                programs = (tuple(base[:pc] + [i] + base[pc + 1:]) for i in ins)
            for program in programs:
                for slot in slots:
                    yield State(tuple(program), memory, pc, shape.N), slot


def enumerate_states(shape: list[int], semantics: str = "exact", full: bool = True, batch: int = 4096,
                     C: str = "100", eps: str = "1/4", variant: str = "correct") -> Outcome:
    """Check one loop against one reference step on enumerated states, in batches.

    ``full=True`` enumerates every valid state of the machine (every program,
    memory, PC and instruction-slot content), so agreement is a proof for
    that machine; ``full=False`` fixes the instructions not at PC.
    """
    shp = SubleqShape(*shape)
    network = variant_network(shp, variant).bind(C=Fraction(C), eps=Fraction(eps))
    ev = Evaluator(network, semantics_from_name(semantics))
    tol = 0 if semantics.startswith("exact") else Fraction(1, 4)
    count = 0
    stream = _states(shp, full)
    while True:
        chunk = list(itertools.islice(stream, batch))
        if not chunk:
            break
        X = np.stack([encode(shp, s, cur) for s, cur in chunk])
        Y = ev.loop(ev.input(X))
        W = np.stack([encode(shp, step(s), s.program[s.pc]) for s, _ in chunk])
        if isinstance(Y, RatArray):  # every cell of every state against the encoded reference step, exactly
            off_any = np.any(np.abs(Y.num - W * Y.den) > tol * Y.den, axis=(-2, -1))
        else:
            off_any = np.any(~(np.abs(ev.semantics.to_float(Y) - W) <= float(tol)), axis=(-2, -1))
        for i, (s, cur) in enumerate(chunk):
            expected = step(s)
            off = cell_divergence(network.layout, ev.semantics, Y[i], W[i], tol) if off_any[i] else None
            try:
                got = decode(shp, Y[i], tol).state
            except DecodeError as err:
                if off is None:
                    return Outcome(Status.ERROR, f"{shp}: state {count + i}: the output does not decode although "
                                   f"every cell matches the encoded reference step (an encoding bug): {err}",
                                   {"state": state_to_json(s, cur)})
                got = None
            if got != expected or off is not None:
                if off is None:
                    return Outcome(Status.ERROR, f"{shp}: state {count + i}: every cell matches the encoded "
                                   f"reference step but decodes to a different state (an encoding bug)",
                                   {"state": state_to_json(s, cur)})
                r, c, where, want, have = off
                return Outcome(Status.REFUTED, f"{shp}: state {count + i} disagrees with the reference step: "
                               f"{where} should be {want}, the network gives {have}",
                               {"counterexample": {**state_to_json(s, cur), "cell": where, "row": r, "col": c,
                                                   "expected": want, "actual": have, "semantics": semantics,
                                                   "variant": variant, "C": C, "eps": eps},
                                "expected": state_to_json(expected), "states_checked": count + i})
        count += len(chunk)
    scope = "every valid state" if full else "all memories × PCs × instructions at PC × 2 slot contents"
    status = Status.PROVED if full and semantics.startswith("exact") else Status.SAMPLED_OK
    return Outcome(status, f"{shp}: {count} states ({scope}) agree with one reference step",
                   {"states_checked": count, "full": full})


def random_programs(shape: list[int], count: int, seed: int, steps: int, semantics: str = "exact",
                    lam: str = "10", variant: str = "correct") -> Outcome:
    """``count`` random programs (seeded), each run ``steps`` loops next to the reference."""
    shp = SubleqShape(*shape)
    network = variant_network(shp, variant).bind(C=100, eps=Fraction(1, 4))
    sem = semantics_from_name(semantics, lam=Fraction(lam))
    ev = Evaluator(network, sem)
    rng = random.Random(seed)
    tol = 0 if semantics.startswith("exact") else Fraction(1, 4)
    for t in range(count):
        prog = random_program(shp, rng)
        state, X = prog.initial, ev.input(encode(shp, prog.initial))
        for loop in range(1, steps + 1):
            prev = state
            X, state = ev.loop(X), step(state)
            off = cell_divergence(network.layout, sem, X, encode(shp, state, prev.program[prev.pc]), tol)
            try:
                got = decode(shp, X, tol).state
            except DecodeError as err:
                if off is None:
                    return Outcome(Status.ERROR, f"random program {t} (seed {seed}), loop {loop}: the output does "
                                   f"not decode although every cell is within {tol} of the encoded reference "
                                   f"(an encoding bug): {err}", {"program": state_to_json(prog.initial)})
                got = None
            if got != state:
                where = f": {off[2]} should be {off[3]}, the network gives {off[4]}" if off else ""
                return Outcome(Status.REFUTED, f"random program {t} (seed {seed}) diverged at loop {loop}{where}",
                               {"counterexample": {**state_to_json(prog.initial), "loop": loop, "seed": seed,
                                                   "semantics": semantics, "lam": lam, "variant": variant},
                                "loop": loop, "seed": seed})
    return Outcome(Status.SAMPLED_OK, f"{count} random programs × {steps} loops agree (seed {seed}, {shp})",
                   {"programs": count, "steps": steps, "seed": seed})
