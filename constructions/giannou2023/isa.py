"""Reference SUBLEQ semantics, written independently of the network code.

This is the specification the looped transformer is checked against.  It
knows nothing of matrices, layouts or encodings: a state is a program (a list
of instructions ``(a, b, c)`` with ``a, b`` memory indices and ``c`` an
instruction index), a memory of signed N-bit words, and a program counter.

One step (Giannou et al. 2023, §5.1; official code ``run_manual_subleq``)::

    mem[b] ← wrap_N(mem[b] − mem[a])
    pc     ← c            if the new mem[b] ≤ 0
             pc + 1       otherwise

``wrap_N`` maps an integer to ``[−2^{N−1}, 2^{N−1})`` modulo ``2^N``, as the
transformer (and the authors' reference) do; the paper's text states the
range ``[−2^{N−1}+1, 2^{N−1}−1]`` without saying what happens on overflow.
Falling through the last instruction leaves ``pc = len(program)``, which is
not an instruction: programs end in EOF, ``(zero, minus_one, self)``, which
jumps to itself forever.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

__all__ = ["Instruction", "State", "wrap", "step", "run", "Trace"]


def wrap(value: int, N: int) -> int:
    """``value`` reduced into the N-bit two's-complement range ``[−2^{N−1}, 2^{N−1})``."""
    half = 1 << (N - 1)
    return (value + half) % (1 << N) - half


@dataclass(frozen=True)
class Instruction:
    """``subleq a, b, c``: memory indices ``a``, ``b``; instruction index ``c``."""

    a: int
    b: int
    c: int


@dataclass(frozen=True)
class State:
    """A SUBLEQ machine state."""

    program: tuple[Instruction, ...]
    memory: tuple[int, ...]
    pc: int
    N: int

    def __post_init__(self):
        m, k = len(self.memory), len(self.program)
        for i, v in enumerate(self.memory):
            if wrap(v, self.N) != v:
                raise ValueError(f"memory[{i}] = {v} is outside the {self.N}-bit range")
        for j, ins in enumerate(self.program):
            if not (0 <= ins.a < m and 0 <= ins.b < m):
                raise ValueError(f"instruction {j} points outside memory (m = {m}): {ins}")
            if not 0 <= ins.c < k:
                raise ValueError(f"instruction {j} jumps outside the program (k = {k}): {ins}")
        if not 0 <= self.pc <= k:
            raise ValueError(f"pc = {self.pc} outside [0, {k}]")

    @property
    def fell_off(self) -> bool:
        """True when the program counter has run past the last instruction."""
        return self.pc == len(self.program)

    def is_halted(self) -> bool:
        """True at a fixed point of :func:`step` (EOF: the state never changes again)."""
        return not self.fell_off and step(self) == self


def step(state: State) -> State:
    """Execute the instruction at ``state.pc``."""
    if state.fell_off:
        raise ValueError("the program counter ran past the last instruction")
    ins = state.program[state.pc]
    memory = list(state.memory)
    memory[ins.b] = wrap(memory[ins.b] - memory[ins.a], state.N)
    pc = ins.c if memory[ins.b] <= 0 else state.pc + 1
    return replace(state, memory=tuple(memory), pc=pc)


@dataclass(frozen=True)
class Trace:
    """Result of :func:`run`: the states visited and whether a fixed point was reached."""

    states: tuple[State, ...]
    halted: bool

    @property
    def final(self) -> State:
        return self.states[-1]

    @property
    def steps(self) -> int:
        return len(self.states) - 1


def run(state: State, max_steps: int) -> Trace:
    """Step until a fixed point (EOF), a fall-through, or ``max_steps`` steps."""
    states = [state]
    while len(states) <= max_steps and not state.fell_off and not state.is_halted():
        state = step(state)
        states.append(state)
    return Trace(tuple(states), state.is_halted())
