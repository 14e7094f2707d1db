"""Encode a SUBLEQ state into the punchcard ``X`` and decode it back (notes §3).

Memory index ``i`` lives in column ``s + i``; instruction ``j`` in column
``s + m + j``.  Words are N bits, MSB first, in two's complement with bit 1 ↦
+1 and bit 0 ↦ −1 (so 0 is all −1).  The program counter holds the L-bit
binary code of its column; after falling through the last column it holds
the code of column 0, all −1, which is *not* ``p_0 = 0`` (notes §15).

The instruction slot ``S_cmd`` keeps the instruction executed last (the
machine never clears it); before the first loop it is zero.
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from verify.layout import Layout
from verify.machine import DecodeError  # the engine's: generic checks catch it
from verify.rational import RatArray

from .isa import Instruction, State
from .punchcard import SubleqShape, subleq_layout

__all__ = ["encode", "decode", "Decoded", "DecodeError", "word_bits", "binary_code"]




def binary_code(i: int, bits: int) -> list[int]:
    """MSB-first ±1 binary code of ``0 ≤ i < 2^bits`` (all −1 for 0, unlike ``p_0``)."""
    return [1 if (i >> (bits - 1 - k)) & 1 else -1 for k in range(bits)]


def word_bits(value: int, N: int) -> list[int]:
    """±1 bits of an N-bit two's-complement word, MSB first."""
    return binary_code(value % (1 << N), N)


def _unsigned(code) -> int:
    out = 0
    for b in code:
        out = 2 * out + (1 if b > 0 else 0)
    return out


@dataclass(frozen=True)
class Decoded:
    """A decoded punchcard: the machine state and the instruction slot's content."""

    state: State
    current: Instruction | None
    max_deviation: float


def encode(shape: SubleqShape, state: State, current: Instruction | None = None) -> np.ndarray:
    """The integer matrix ``X`` (entries in {−1, 0, 1}) encoding ``state``."""
    if len(state.memory) != shape.m:
        raise ValueError(f"state has {len(state.memory)} memory cells, the machine has m = {shape.m}")
    if len(state.program) != shape.commands:
        raise ValueError(f"state has {len(state.program)} instructions, the machine has {shape.commands} command columns")
    if state.N != shape.N:
        raise ValueError(f"state uses {state.N}-bit words, the machine N = {shape.N}")
    layout = subleq_layout(shape)
    L, s, m = shape.L, shape.s, shape.m
    X = np.zeros((layout.d, shape.n), dtype=np.int64)

    def put(block: str, col: int, values) -> None:
        X[list(layout.rows(block)), col] = values

    def pointers(ins: Instruction) -> list[int]:
        return layout.code(s + ins.a) + layout.code(s + ins.b) + layout.code(s + m + ins.c)

    for j in range(shape.n):
        put("P", j, layout.code(j))
    for i, value in enumerate(state.memory):
        put("M", s + i, word_bits(value, shape.N))
    for j, ins in enumerate(state.program):
        put("C", s + m + j, pointers(ins))
    X[layout.row("ind"), : s] = 1
    X[layout.row("ind0"), 0] = 1
    put("PC", 0, binary_code((s + m + state.pc) % shape.n, L))
    if current is not None:
        put("S_cmd", 0, pointers(current))
    return X


def _snap(X) -> tuple[np.ndarray, np.ndarray]:
    """Nearest value in {−1, 0, 1} of every entry, and the distance to it."""
    if isinstance(X, RatArray):
        num, den = X.num, X.den
        grid = np.clip((2 * num + den) // (2 * den), -1, 1).astype(np.int64)
        dev = np.abs(np.asarray(num - grid * den, dtype=object)).astype(float) / den
        return grid, dev
    Xf = np.asarray(X, dtype=float)
    finite = np.isfinite(Xf)
    grid = np.clip(np.rint(np.where(finite, Xf, 0.0)), -1, 1).astype(np.int64)
    return grid, np.where(finite, np.abs(Xf - grid), np.inf)


def decode(shape: SubleqShape, X, tol=0) -> Decoded:
    """Decode ``X`` (exact ``RatArray`` or float array ``d × n``) into a :class:`Decoded`.

    Every entry must lie within ``tol`` of {−1, 0, 1}; then the snapped matrix
    must be exactly the encoding of a valid state (pointers that name the
    right kind of column, cleared scratch rows, intact positional codes).
    Otherwise :class:`DecodeError` names the first offending cell.
    """
    layout = subleq_layout(shape)
    if tuple(X.shape) != (layout.d, shape.n):
        raise DecodeError(f"matrix has shape {tuple(X.shape)}, expected {(layout.d, shape.n)}")
    grid, dev = _snap(X)
    tol = float(Fraction(tol)) if not isinstance(tol, float) else tol
    bad = np.argwhere(dev > tol)
    if bad.size:
        r, c = (int(v) for v in bad[0])
        value = X[r, c] if not isinstance(X, RatArray) else X.item(r, c)
        raise DecodeError(
            f"{_where(layout, r, c)} holds {_fmt(value)}, not within {tol:g} of -1, 0 or 1", r, c
        )
    s, m, L = shape.s, shape.m, shape.L

    def column_of(code, what: str, r0: int, col: int) -> int:
        if any(v == 0 for v in code):
            k = next(k for k, v in enumerate(code) if v == 0)
            raise DecodeError(f"{_where(layout, r0 + k, col)}: {what} has a 0 where a ±1 bit belongs", r0 + k, col)
        return _unsigned(code)

    def pointer(block: str, col: int, kind: str) -> int:
        rows = layout.rows(block)
        j = column_of(grid[list(rows), col], f"pointer {block}", rows.start, col)
        region = layout.cols(kind)
        if j not in region:
            raise DecodeError(
                f"{_where(layout, rows.start, col)}: pointer {block} names column {j}, "
                f"which is not a {kind} column", rows.start, col
            )
        return j - region.start

    program = tuple(
        Instruction(pointer("C.a", col, "memory"), pointer("C.b", col, "memory"), pointer("C.c", col, "commands"))
        for col in shape.command_cols
    )
    memory = []
    rows_m = layout.rows("M")
    for col in shape.memory_cols:
        word = column_of(grid[list(rows_m), col], "memory word", rows_m.start, col)
        memory.append(word - (1 << shape.N) if word >= 1 << (shape.N - 1) else word)
    rows_pc = layout.rows("PC")
    pc_col = column_of(grid[list(rows_pc), 0], "program counter", rows_pc.start, 0)
    pc = (pc_col - s - m) % shape.n
    if pc > shape.commands:
        raise DecodeError(
            f"{_where(layout, rows_pc.start, 0)}: program counter names {layout.describe_col(pc_col)}, "
            "not a command column", rows_pc.start, 0
        )
    slot = grid[list(layout.rows("S_cmd")), 0]
    current = None
    if np.any(slot != 0):
        current = Instruction(pointer("S_cmd.a", 0, "memory"), pointer("S_cmd.b", 0, "memory"),
                              pointer("S_cmd.c", 0, "commands"))
    try:
        state = State(program, tuple(memory), pc, shape.N)
    except ValueError as err:  # pragma: no cover - pointers were range-checked above
        raise DecodeError(str(err)) from None
    expected = encode(shape, state, current)
    diff = np.argwhere(grid != expected)
    if diff.size:
        r, c = (int(v) for v in diff[0])
        raise DecodeError(
            f"{_where(layout, r, c)} holds {int(grid[r, c])} where a valid state has {int(expected[r, c])}", r, c
        )
    return Decoded(state, current, float(dev.max()) if dev.size else 0.0)


def _where(layout: Layout, r: int, c: int) -> str:
    return f"row {layout.describe_row(r)}, {layout.describe_col(c)}"


def _fmt(value) -> str:
    if isinstance(value, Fraction):
        return str(value)
    return f"{float(value):.6g}"
