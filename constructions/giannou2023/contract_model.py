"""The SUBLEQ machine's layer-by-layer proof structure, for the engine's counterexample lift.

Implements :class:`verify.lift.ContractModel` for the ten contracts of
:mod:`.contracts` (Giannou et al. 2023 §5.1, one contract per layer), the stage
templates of :mod:`.invariants` and :func:`.contracts.subleq_step`.  A
loop-start matrix is read back with its instruction slot (working memory the
loop overwrites), and the loop-level search first tries every value of
``mem[a]`` and ``mem[b]`` of the current instruction.
"""
from __future__ import annotations

from fractions import Fraction

from verify.semantics import Exact, Float

from .contracts import CONTRACT_TEXT, SPECS, subleq_step
from .encoding import decode, encode
from .invariants import stage_template
from .isa import step
from .machine_model import SubleqMachine, _shape

__all__ = ["SubleqContracts"]

#: At most this many neighbours are tried in the loop-level search (one exact batch).
NEIGHBOURS = 4096


class SubleqContracts:
    """:class:`verify.lift.ContractModel` of the SUBLEQ loop (variant weights come with the network)."""

    specs = SPECS

    def __init__(self, lam: float = 10):
        self.machine = SubleqMachine()
        self.lam = lam

    def template(self, layout, stage: int):
        return stage_template(layout, stage)

    def step_spec(self, X0, layout, ops):
        return subleq_step(X0, layout, ops)

    def contract_text(self, where: str) -> str:
        return CONTRACT_TEXT.get(where, "one SUBLEQ step (contracts/subleq_step)")

    def input_state(self, shape, X):
        dec = decode(_shape(shape), X)
        return dec.state, dec.current

    def loop_output(self, shape, state):
        s, _ = state
        return encode(_shape(shape), step(s), s.program[s.pc])

    def describe(self, state) -> dict:
        s, current = state
        ins = s.program[s.pc]
        return {"pc": s.pc, "instruction at pc": f"subleq {ins.a}, {ins.b}, {ins.c}",
                "mem[a]": s.memory[ins.a], "mem[b]": s.memory[ins.b],
                "instruction slot": None if current is None else f"subleq {current.a}, {current.b}, {current.c}"}

    def neighbours(self, state):
        s, current = state
        ins = s.program[s.pc]
        half = 1 << (s.N - 1)
        count = 0
        for va in range(-half, half):
            for vb in range(-half, half):
                if count >= NEIGHBOURS:
                    return
                mem = list(s.memory)
                mem[ins.a] = va
                mem[ins.b] = vb if ins.b != ins.a else va
                count += 1
                yield type(s)(s.program, tuple(mem), s.pc, s.N), current

    def replay_semantics(self, one_hot: bool):
        runs = [("exact", Exact(one_hot=one_hot), Fraction(0))]
        if not one_hot:
            runs.append((f"float64 (lambda = {self.lam})", Float(self.lam), Fraction(1, 4)))
        return runs
