"""The SUBLEQ machine of Giannou et al. 2023 (§5) as a :class:`verify.machine.Machine`.

A machine state is a pair ``(State, slot)``: the SUBLEQ state of :mod:`.isa`
and the content of the scratch slot that holds the current instruction
(``None`` when it is cleared).  The slot is working memory of the network, not
part of the SUBLEQ state: every loop overwrites it before reading it, so the
loop theorem quantifies over every slot content, and :meth:`SubleqMachine.decode`
and :meth:`SubleqMachine.step` both report it as ``None``.

``shape`` is a :class:`~.punchcard.SubleqShape` (or its ``(s, m, n, N)``
tuple).  :meth:`SubleqMachine.states` enumerates *every* valid state —
every program, memory, program counter and slot content — which is feasible
only for tiny machines (see :func:`state_count`).
"""
from __future__ import annotations

import itertools
from fractions import Fraction

from verify.layer import LoopedNetwork

from .encoding import decode, encode
from .isa import Instruction, State, step
from .punchcard import SubleqShape
from .subleq import DEFAULTS

__all__ = ["SubleqMachine", "state_count", "state_to_json", "state_from_json"]


def _shape(shape) -> SubleqShape:
    return shape if isinstance(shape, SubleqShape) else SubleqShape(*shape)


def _instructions(shape: SubleqShape) -> list[Instruction]:
    return [Instruction(a, b, c) for a in range(shape.m) for b in range(shape.m) for c in range(shape.commands)]


def state_count(shape) -> int:
    """How many valid states :meth:`SubleqMachine.states` enumerates at ``shape``."""
    shape = _shape(shape)
    k, ins = shape.commands, len(_instructions(shape))
    return (2 ** shape.N) ** shape.m * k * ins ** k * (ins + 1)


def state_to_json(state: State, current: Instruction | None = None) -> dict:
    return {
        "program": [[i.a, i.b, i.c] for i in state.program],
        "memory": list(state.memory),
        "pc": state.pc,
        "N": state.N,
        "current": None if current is None else [current.a, current.b, current.c],
    }


def state_from_json(d: dict) -> tuple[State, Instruction | None]:
    state = State(tuple(Instruction(*i) for i in d["program"]), tuple(d["memory"]), d["pc"], d["N"])
    cur = d.get("current")
    return state, None if cur is None else Instruction(*cur)


class SubleqMachine:
    """One loop of :func:`.subleq.subleq_network` against one step of :func:`.isa.step`."""

    name = "subleq"

    def __init__(self, C=None, eps=None, variant: str = "correct"):
        self.C = Fraction(DEFAULTS["C"] if C is None else C)
        self.eps = Fraction(DEFAULTS["eps"] if eps is None else eps)
        self.variant = variant

    def network(self, shape) -> LoopedNetwork:
        from .variants import variant_network

        return variant_network(_shape(shape), self.variant).bind(C=self.C, eps=self.eps)

    def states(self, shape):
        shape = _shape(shape)
        ins = _instructions(shape)
        half = 1 << (shape.N - 1)
        for memory in itertools.product(range(-half, half), repeat=shape.m):
            for pc in range(shape.commands):
                for program in itertools.product(ins, repeat=shape.commands):
                    for slot in [None, *ins]:
                        yield State(tuple(program), memory, pc, shape.N), slot

    def encode(self, shape, state):
        s, slot = state
        return encode(_shape(shape), s, slot)

    def decode(self, shape, X, tol=0):
        return decode(_shape(shape), X, tol).state, None

    def step(self, state):
        return step(state[0]), None

    def state_to_json(self, state) -> dict:
        return state_to_json(*state)

    def state_from_json(self, data: dict):
        return state_from_json(data)

