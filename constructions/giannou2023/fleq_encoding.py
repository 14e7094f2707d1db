"""States of the FLEQ machine to and from its input matrix (the layout of :func:`.fleq.fleq_layout`).

A memory cell is one column holding a ``k × k`` matrix column-major in the
rows ``M``; a command column holds ``[p_a; p_b; p_jump; p_dst; p_flag; e_m]``
(±1 positional codes and a one-hot function index); the program counter is the
code of the current command column in column 0.
"""
from __future__ import annotations

from fractions import Fraction
from typing import Sequence

from verify.layout import Layout

from .fleq import fleq_layout
from .fleq_isa import FleqInstruction, FleqShape

__all__ = ["instruction_code", "encode", "decode_memory", "decode_pc"]

def instruction_code(shape: FleqShape, layout: Layout, ins: FleqInstruction, index: int) -> list[int]:
    """The command column content ``[p_a; p_b; p_jump; p_dst; p_flag; e_m]`` of instruction ``index``."""
    jump = index + 1 if ins.p is None else ins.p
    if not 0 <= jump < shape.commands:
        raise ValueError(f"instruction {index} jumps to {jump}, outside the program (0..{shape.commands - 1})")
    code = []
    for cell in (ins.a, ins.b):
        code += list(layout.code(shape.cell_column(cell)))
    code += list(layout.code(shape.command_column(jump)))
    for cell in (ins.dst, ins.flag):
        code += list(layout.code(shape.cell_column(cell)))
    e = [0] * shape.F
    e[shape.function_index(ins.f)] = 1
    return code + e


def encode(shape: FleqShape, program: Sequence[FleqInstruction], memory: dict, layout: Layout | None = None,
           pc: int = 0) -> list[list]:
    """The input matrix (rows of exact numbers) for ``program`` and ``memory`` (cell name → k × k matrix)."""
    layout = layout or fleq_layout(shape)
    if len(program) != shape.commands:
        raise ValueError(f"{len(program)} instructions for {shape.commands} command columns")
    n, k = shape.n, shape.k
    X = [[Fraction(0)] * n for _ in range(layout.d)]

    def put(block, col, values):
        for r, v in zip(layout.rows(block), values):
            X[r][col] = Fraction(v)

    for j in range(1, n):
        put("P", j, layout.code(j))
    put("ind", 0, [1])
    put("ind0", 0, [1])
    put("PC", 0, layout.code(shape.command_column(pc)))
    for name in shape.cells:
        cell = memory.get(name, [[0] * k for _ in range(k)])
        put("M", shape.cell_column(name), [cell[r][j] for j in range(k) for r in range(k)])
    for i, ins in enumerate(program):
        put("C", shape.command_column(i), instruction_code(shape, layout, ins, i))
    for j in range(n):
        put("one", j, [1])
    for region, block in (("fn_A", "slotA"), ("fn_B", "slotB"), ("fn_O", "slotO")):
        for j, col in enumerate(layout.cols(region)):
            X[layout.row(block, j)][col] = Fraction(1)
    X[layout.row("padC")][layout.cols("pad")[0]] = Fraction(1)
    return X


def decode_memory(shape: FleqShape, layout: Layout, X, to=float) -> dict:
    """Cell name → k × k matrix (entries converted by ``to``) from a network state ``X``."""
    k = shape.k
    out = {}
    rows = list(layout.rows("M"))
    for name in shape.cells:
        col = shape.cell_column(name)
        vec = [to(X[r, col]) for r in rows]
        out[name] = [[vec[j * k + r] for j in range(k)] for r in range(k)]
    return out


def decode_pc(shape: FleqShape, layout: Layout, X, tol: float = 0.25) -> int | None:
    """The command index the program counter points at (None if PC is not a valid code)."""
    bits = []
    for r in layout.rows("PC"):
        v = float(X[r, 0]) if not hasattr(X[r, 0], "mid") else float(X[r, 0].mid())
        if abs(v - 1) <= tol:
            bits.append(1)
        elif abs(v + 1) <= tol:
            bits.append(-1)
        else:
            return None
    for i in range(shape.commands):
        if tuple(bits) == tuple(layout.code(shape.command_column(i))):
            return i
    return None
