"""Run a SUBLEQ program on the looped ReLU-MLP, next to the reference semantics.

Every loop is decoded and compared with one :func:`~constructions.giannou2023.isa.step`.
``semantics`` is ``"exact"`` (rationals) or a float format of
:data:`~verify.relu_net.FORMATS` (every product and partial
sum rounded to it).  Decoding is exact: a float coordinate must equal its
grid value (0/1 or ±1) exactly — no tolerance, no snapping.  At the first
disagreement the result names the loop, the field, and the first layer
and unit whose value differs from its spec (:mod:`.signals`).

Entry point for the CLI: ``run_program(program, semantics_name, max_steps)``.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from fractions import Fraction

from constructions.giannou2023.isa import State, step
from constructions.giannou2023.program import Program

from verify.relu_net import FORMATS

from .encoding import DecodeError, decode, encode
from .network import relu_network
from .signals import signals, spec_value

__all__ = ["SEMANTICS", "Divergence", "ReluRun", "run_program", "first_bad_unit"]

SEMANTICS = ("exact",) + FORMATS


@dataclass(frozen=True)
class Divergence:
    loop: int
    field: str
    expected: str
    actual: str
    layer: str = ""  # "branch.mux (layer 10), unit 3: spec [...] = 1, got 0"


@dataclass
class ReluRun:
    """The outcome of :func:`run_program` (fields as in the transformer machine's ``RunResult``)."""

    program: Program
    semantics: str
    encoding: str
    budget: str
    loops: int
    halted: bool
    final: State | None
    reference: State
    divergence: Divergence | None
    seconds: float

    @property
    def agrees(self) -> bool:
        return self.divergence is None


def _field(expected: State, actual: State, program: Program) -> tuple[str, str, str]:
    for i, (e, a) in enumerate(zip(expected.memory, actual.memory)):
        if e != a:
            return f"memory {program.cells[i]}", str(e), str(a)
    return "pc", str(expected.pc), str(actual.pc)


def first_bad_unit(net, shape, state: State, encoding: str) -> str:
    """The first unit (exact evaluation) that differs from its spec at ``state``, described; "" if none."""
    trace = net.trace_exact(encode(shape, state, encoding))
    sig = signals(shape, state)
    for index, (layer, values) in enumerate(zip(net.layers, trace[1:])):
        for u, (spec, v) in enumerate(zip(layer.specs, values)):
            want = spec_value(spec, sig)
            if v != want:
                return f"{layer.name} (layer {index}), unit {u}: spec {spec} = {want}, got {v}"
    return ""


def run_program(program: Program, semantics_name: str = "exact", max_steps: int = 1000,
                encoding: str = "01", budget: str = "minimal", network=None) -> ReluRun:
    """Run ``program`` for up to ``max_steps`` loops (plus one past EOF) next to the reference."""
    if semantics_name not in SEMANTICS:
        raise ValueError(f"unknown semantics {semantics_name!r} (expected one of {', '.join(SEMANTICS)})")
    shape = program.shape
    net = network if network is not None else relu_network((shape.s, shape.m, shape.n, shape.N), encoding, budget)
    start = time.perf_counter()
    ref = program.initial
    x = encode(shape, ref, encoding)
    loops, actual, divergence = 0, ref, None
    halted = ref.is_halted()
    extra = 1  # one loop past the fixed point checks that EOF stays put
    while loops < max_steps and not ref.fell_off:
        if halted:
            if extra == 0:
                break
            extra -= 1
        prev = ref
        x = net.loop_exact(x) if semantics_name == "exact" else [Fraction(float(v)) for v in net.loop_float(x, semantics_name)]
        ref = step(ref)
        loops += 1
        try:
            actual = decode(shape, x, encoding)
        except DecodeError as err:
            divergence = Divergence(loops, "decode", "a valid machine state", str(err),
                                    first_bad_unit(net, shape, prev, encoding))
            actual = None
            break
        if actual != ref:
            f, e, a = _field(ref, actual, program)
            divergence = Divergence(loops, f, e, a, first_bad_unit(net, shape, prev, encoding))
            break
        halted = ref.is_halted()
    return ReluRun(program, semantics_name, encoding, budget, loops, halted and divergence is None, actual, ref,
                   divergence, time.perf_counter() - start)
