"""The SUBLEQ punchcard of Giannou et al. 2023, §3 (official code ``programs.py``).

Columns (0-indexed): scratchpad ``[0, s)`` — only column 0 works —, memory
``[s, s+m)`` (one N-bit word per column), commands ``[s+m, n)`` (one
instruction ``[p_a; p_b; p_c]`` per column).  Rows, top to bottom:

=========  ========  ===========================================================
block      rows      content
=========  ========  ===========================================================
C          3L        command columns: ``[p_a; p_b; p_c]`` (parts a, b, c)
M          N         memory columns: the word, ±1 bits, MSB first
S_a        N         column 0: mem[a]; its first row (``S_a.flag``) is the flag
S_b        N         column 0: mem[b], later mem[b] − mem[a]
S_cmd      3L        column 0: the current instruction (parts a, b, c)
PC         L         column 0: program counter ``p_PC``
P          L         positional code ``p_j`` of column j; ``p_0 = 0``
B          β         buffer, β = max(3L, 2N); parts B1, B2 (N rows each) and
                     B.ins (its first 3L rows, used by the instruction read)
ind        1         scratchpad indicator: 1 on columns [0, s)
ind0       1         column-0 indicator (not in the official code, see below)
=========  ========  ===========================================================

``L = log2 n``.  The official code has ``d = 8L + 3N + max(3L, 2N) + 1`` rows.
This construction adds the row ``ind0`` so that every constant the official
code applies to column 0 only becomes a weight on ``ind0`` and every bias is
the same on every column, as eq. (1b) requires; hence ``d`` is one larger
(82 at s = m = 8, n = 32, N = 8).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from verify.layout import Layout

__all__ = ["SubleqShape", "subleq_layout"]


@dataclass(frozen=True)
class SubleqShape:
    """Sizes of a SUBLEQ machine: scratch ``s``, memory ``m``, columns ``n``, word bits ``N``."""

    s: int
    m: int
    n: int
    N: int

    def __post_init__(self):
        if self.n < 4 or self.n & (self.n - 1):
            raise ValueError(f"n = {self.n} must be a power of two, at least 4")
        if self.s < 1:
            raise ValueError(f"the scratchpad needs at least one column (s = {self.s})")
        if self.m < 1:
            raise ValueError(f"memory needs at least one column (m = {self.m})")
        if self.commands < 1:
            raise ValueError(f"s + m = {self.s + self.m} leaves no command column in n = {self.n}")
        if self.N < 2:
            raise ValueError(f"words need at least 2 bits (N = {self.N})")

    @property
    def L(self) -> int:
        """Positional-code length ``log2 n``."""
        return self.n.bit_length() - 1

    @property
    def commands(self) -> int:
        return self.n - self.s - self.m

    @property
    def memory_cols(self) -> range:
        return range(self.s, self.s + self.m)

    @property
    def command_cols(self) -> range:
        return range(self.s + self.m, self.n)

    def __str__(self) -> str:
        return f"s={self.s}, m={self.m}, n={self.n}, N={self.N}"


@functools.lru_cache(maxsize=256)
def subleq_layout(shape: SubleqShape) -> Layout:
    """The named layout of the punchcard for ``shape`` (see the module docstring); built once per shape (both are
    immutable)."""
    L, N = shape.L, shape.N
    ptr = (("a", L), ("b", L), ("c", L))
    return Layout.build(
        blocks=[
            ("C", 3 * L, ptr),
            ("M", N),
            ("S_a", N, (("flag", 1),)),
            ("S_b", N),
            ("S_cmd", 3 * L, ptr),
            ("PC", L),
            ("P", L),
            ("B", max(3 * L, 2 * N), (("B1", N), ("B2", N), ("ins", 3 * L, 0))),
            ("ind", 1),
            ("ind0", 1),
        ],
        regions=[("scratch", shape.s), ("memory", shape.m), ("commands", shape.commands)],
        pos_bits=L,
        params={"s": shape.s, "m": shape.m, "n": shape.n, "N": N},
    )
