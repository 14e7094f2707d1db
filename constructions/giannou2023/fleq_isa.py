"""The FLEQ instruction set and its reference semantics (Giannou et al. 2023, arXiv v1, the FLEQ
section; reference notes §7, [S]).

``FLEQ(a, b, dst, m, flag, p)``: ``mem[dst] ← f_m(mem[a], mem[b])``; then
``PC ← p`` if ``mem[flag] ≤ 0`` else ``PC + 1`` — the flag is read before the
write (see :mod:`.fleq` for why).  This module holds the machine's sizes
(:class:`FleqShape`), its instructions, the function table's entries and what
each function is *meant* to compute; :mod:`.fleq` builds the network and
:mod:`.fleq_encoding` maps states to and from its input matrix.
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Sequence

__all__ = ["FleqFunction", "FleqInstruction", "FleqShape", "ideal_function", "reference_step"]


@dataclass(frozen=True)
class FleqFunction:
    """One entry of the function table: ``kind`` is ``linear`` (``args = (α, β)``), ``matmul`` (AᵀB),
    ``transpose`` (Aᵀ) or ``sigmoid`` (``args = (target, m)``: a fitted sum applied to ``A[0, 0]``)."""

    name: str
    kind: str
    args: tuple = ()

    def to_json(self) -> dict:
        return {"name": self.name, "kind": self.kind, "args": [str(a) for a in self.args]}


@dataclass(frozen=True)
class FleqInstruction:
    """``mem[dst] ← f(mem[a], mem[b])``; ``goto p if mem[flag] ≤ 0`` (cells by name, ``p`` a command index)."""

    a: str
    b: str
    dst: str
    f: str
    flag: str
    p: int | None = None  # None: fall through (the instruction's own successor)


@dataclass(frozen=True)
class FleqShape:
    """Sizes of a FLEQ machine: cell side ``k``, memory cell names, number of commands, function table."""

    k: int
    cells: tuple[str, ...]
    commands: int
    functions: tuple[FleqFunction, ...]

    @property
    def D(self) -> int:
        return self.k * self.k

    @property
    def F(self) -> int:
        return len(self.functions)

    @property
    def n(self) -> int:
        used = 1 + len(self.cells) + self.commands + 3 * self.k + 1
        n = 4
        while n < used:
            n *= 2
        return n

    @property
    def L(self) -> int:
        return self.n.bit_length() - 1

    def cell_column(self, name: str) -> int:
        return 1 + self.cells.index(name)

    def command_column(self, i: int) -> int:
        if not 0 <= i < self.commands:
            raise IndexError(f"command {i} outside 0..{self.commands - 1}")
        return 1 + len(self.cells) + i

    def function_index(self, name: str) -> int:
        return [f.name for f in self.functions].index(name)


def ideal_function(f: FleqFunction):
    """What function ``f`` is meant to compute, on ``k × k`` matrices of mpmath numbers (or Fractions)."""
    import mpmath

    if f.kind == "linear":
        al, be = (mpmath.mpf(Fraction(v).numerator) / Fraction(v).denominator for v in f.args)
        return lambda A, B: [[al * a + be * b for a, b in zip(ra, rb)] for ra, rb in zip(A, B)]
    if f.kind == "matmul":
        return lambda A, B: [[sum((A[r][i] * B[r][j] for r in range(len(A))), mpmath.mpf(0)) for j in range(len(A))]
                             for i in range(len(A))]
    if f.kind == "transpose":
        return lambda A, B: [[A[j][i] for j in range(len(A))] for i in range(len(A))]
    if f.kind == "sigmoid":
        fn = {"square": lambda x: x * x, "reciprocal": lambda x: 1 / x, "sqrt": mpmath.sqrt,
              "rsqrt": lambda x: 1 / mpmath.sqrt(x)}[f.args[0]]
        return lambda A, B: [[fn(A[0][0]) if (r, j) == (0, 0) else mpmath.mpf(0) for j in range(len(A))]
                             for r in range(len(A))]
    raise ValueError(f"unknown function kind {f.kind!r}")


def reference_step(shape: FleqShape, program: Sequence[FleqInstruction], memory: dict, pc: int,
                   functions: dict | None = None) -> tuple[dict, int, dict]:
    """One FLEQ instruction with ideal functions: returns (memory, pc, info).  The flag is read before the write."""
    ins = program[pc]
    fns = functions or {f.name: ideal_function(f) for f in shape.functions}
    flag = memory[ins.flag][0][0]
    result = fns[ins.f](memory[ins.a], memory[ins.b])
    new = dict(memory)
    new[ins.dst] = result
    jump = flag <= 0
    nxt = (pc + 1 if ins.p is None else ins.p) if jump else pc + 1
    if nxt >= shape.commands:
        raise ValueError(f"instruction {pc} falls off the end of the program")
    return new, nxt, {"flag": flag, "jump": bool(jump), "f": ins.f, "dst": ins.dst}
