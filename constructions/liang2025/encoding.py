"""The looped ReLU-MLP's state vector: a SUBLEQ state as bits, and back.

Reconstructed from secondary sources (Liang et al. 2025, arXiv 2410.09375 v2;
see ``../shared/reference/companions.md`` §A.2): one state vector holds
memory, program and program counter; addresses are ``L = log2 n`` bit codes;
integers are two's complement.  The machine sizes are those of the
transformer machine (:class:`~constructions.giannou2023.punchcard.SubleqShape`
``(s, m, n, N)``): an address space of ``n`` columns, scratch ``[0, s)``,
memory ``[s, s+m)``, commands ``[s+m, n)``; the state semantics is
:mod:`constructions.giannou2023.isa` unchanged.

State coordinates, in this order (``r = 0`` is the least significant bit):

* ``("M", i, r)`` — bit ``r`` of ``mem[i]`` (two's complement, ``N`` bits);
* ``("P", j, f, t)`` — bit ``t`` of the column of field ``f`` (0 = a, 1 = b,
  2 = c) of instruction ``j``: ``a, b ↦ s + a, s + b``, ``c ↦ s + m + c``;
* ``("PC", t)`` — bit ``t`` of the column ``(s + m + pc) mod n``: a program
  counter that ran past the last instruction (``pc = k``) wraps to column 0,
  a scratch column, and decodes back to ``pc = k``.

How a bit is stored is the documented parameter ``encoding`` (the paper's
convention is unknown, see companions.md §A.2 and §A.7.4):

``"01"``         one coordinate per bit, value 0 or 1; every layer can be a
                 ReLU layer, since ReLU outputs are non-negative;
``"pm1-affine"`` one coordinate per bit, value −1 or +1 (the secondary
                 sources' "±1 bits"); a ReLU layer cannot output −1, so the
                 loop's last layer is affine (no ReLU);
``"pm1-split"``  two coordinates per bit, ``(ReLU(x), ReLU(−x))`` of the ±1
                 value ``x``: all layers ReLU, state width doubled.
"""
from __future__ import annotations

from fractions import Fraction

from constructions.giannou2023.isa import Instruction, State, wrap
from constructions.giannou2023.punchcard import SubleqShape

__all__ = ["ENCODINGS", "DecodeError", "state_keys", "coordinates", "encode", "decode", "column", "pc_column"]

ENCODINGS = ("01", "pm1-affine", "pm1-split")


class DecodeError(ValueError):
    """A vector that is not (within the tolerance) the encoding of a SUBLEQ state."""


def _check(encoding: str):
    if encoding not in ENCODINGS:
        raise ValueError(f"unknown encoding {encoding!r} (expected one of {', '.join(ENCODINGS)})")


def state_keys(shape: SubleqShape) -> list[tuple]:
    """The state's bits, in coordinate order (see the module docstring)."""
    keys = [("M", i, r) for i in range(shape.m) for r in range(shape.N)]
    keys += [("P", j, f, t) for j in range(shape.commands) for f in range(3) for t in range(shape.L)]
    keys += [("PC", t) for t in range(shape.L)]
    return keys


def coordinates(shape: SubleqShape, encoding: str) -> list[tuple]:
    """``(key, sign)`` per coordinate: sign ``+1`` holds the bit, ``−1`` its complement (split only)."""
    _check(encoding)
    keys = state_keys(shape)
    if encoding == "pm1-split":
        return [(k, s) for k in keys for s in (+1, -1)]
    return [(k, +1) for k in keys]


def column(shape: SubleqShape, field: int, value: int) -> int:
    """The address-space column of operand ``value`` of field ``field`` (0 = a, 1 = b, 2 = c)."""
    return shape.s + value if field < 2 else shape.s + shape.m + value


def pc_column(shape: SubleqShape, pc: int) -> int:
    return (shape.s + shape.m + pc) % shape.n


def state_bits(shape: SubleqShape, state: State) -> dict[tuple, int]:
    """Bit ``key -> 0/1`` of every state coordinate."""
    out = {}
    for i, v in enumerate(state.memory):
        u = v % (1 << shape.N)
        for r in range(shape.N):
            out[("M", i, r)] = (u >> r) & 1
    for j, ins in enumerate(state.program):
        for f, val in enumerate((ins.a, ins.b, ins.c)):
            col = column(shape, f, val)
            for t in range(shape.L):
                out[("P", j, f, t)] = (col >> t) & 1
    col = pc_column(shape, state.pc)
    for t in range(shape.L):
        out[("PC", t)] = (col >> t) & 1
    return out


def _check_state(shape: SubleqShape, state: State):
    if (len(state.memory), len(state.program), state.N) != (shape.m, shape.commands, shape.N):
        raise ValueError(f"the state (m = {len(state.memory)}, k = {len(state.program)}, N = {state.N}) "
                         f"does not fit the machine {shape}")


def encode(shape: SubleqShape, state: State, encoding: str = "01") -> list[Fraction]:
    """The state vector of ``state`` (exact)."""
    _check_state(shape, state)
    bits = state_bits(shape, state)
    out = []
    for key, sign in coordinates(shape, encoding):
        b = bits[key] if sign > 0 else 1 - bits[key]
        out.append(Fraction(2 * b - 1) if encoding == "pm1-affine" else Fraction(b))
    return out


def _bit(x, encoding: str, tol: float, where) -> int:
    lo, hi = (-1, 1) if encoding == "pm1-affine" else (0, 1)
    if isinstance(x, (int, Fraction)):  # exact values: equality first (no Fraction arithmetic on the common path)
        if x == lo:
            return 0
        if x == hi:
            return 1
    for value, bit in ((lo, 0), (hi, 1)):
        if abs(x - value) <= tol:
            return bit
    raise DecodeError(f"{where} = {float(x):.6g} is not within {tol} of {lo} or {hi}")


def decode(shape: SubleqShape, vector, encoding: str = "01", tol: float = 0) -> State:
    """The SUBLEQ state a vector encodes; :class:`DecodeError` if it encodes none."""
    coords = coordinates(shape, encoding)
    if len(vector) != len(coords):
        raise DecodeError(f"the vector has {len(vector)} coordinates, the machine {len(coords)}")
    bits: dict[tuple, int] = {}
    for (key, sign), x in zip(coords, vector):
        b = _bit(x, encoding, tol, key)
        if sign > 0:
            bits[key] = b
        elif bits[key] != 1 - b:
            raise DecodeError(f"the two halves of {key} disagree")
    N, L = shape.N, shape.L

    def number(prefix, count):
        return sum(bits[prefix + (t,)] << t for t in range(count))

    memory = tuple(wrap(number(("M", i), N), N) for i in range(shape.m))
    program = []
    for j in range(shape.commands):
        cols = [number(("P", j, f), L) for f in range(3)]
        a, b, c = cols[0] - shape.s, cols[1] - shape.s, cols[2] - shape.s - shape.m
        if not (0 <= a < shape.m and 0 <= b < shape.m and 0 <= c < shape.commands):
            raise DecodeError(f"instruction {j} has columns {cols}: not memory, memory, command")
        program.append(Instruction(a, b, c))
    col = number(("PC",), L)
    if col == 0:
        pc = shape.commands
    elif shape.s + shape.m <= col:
        pc = col - shape.s - shape.m
    else:
        raise DecodeError(f"the program counter holds column {col}, not a command column")
    return State(tuple(program), memory, pc, N)
