"""Block contracts of the SUBLEQ loop: what each of the ten layers must compute.

``SPECS[i](X, layout, ops)`` is the matrix layer ``i`` must output on a
valid input ``X`` (a numpy object array, ``d × n``), written against the
operations of :mod:`verify.spec_ops` so that the same contract is checked on
concrete runs and proved with z3.  Column positions are constants of the
layout; pointer and program-counter codes may be symbolic.  Contracts speak
only of meaning (instruction at PC, words as integers, the flag as
``[value ≤ 0]``), never of the weights.

Chaining the ten contracts gives one SUBLEQ step (:func:`spec_loop`).
"""
from __future__ import annotations

import numpy as np

from verify.layout import Layout
from verify.spec_ops import ConcreteOps

__all__ = ["SPECS", "spec_loop", "subleq_step", "expected_layer_outputs", "CONTRACT_TEXT"]


def _rows(layout: Layout, block: str) -> list[int]:
    return list(layout.rows(block))


def _is_code(ops, vec, code) -> object:
    return ops.all_(ops.eq(x, c) for x, c in zip(vec, code))


def _lookup(ops, layout: Layout, key, region: str, block: str, X) -> list:
    """Column of ``region`` whose positional code equals ``key``: its ``block`` rows."""
    rows = _rows(layout, block)
    cases = [(_is_code(ops, key, layout.code(j)), [X[r, j] for r in rows]) for j in layout.cols(region)]
    return ops.select(cases, [0] * len(rows))


def _put(X, rows, col, values) -> None:
    for r, v in zip(rows, values):
        X[r, col] = v


def _zero(X, layout: Layout, block: str) -> None:
    X[_rows(layout, block), :] = 0


def read_instruction(X, layout, ops):
    """S_cmd(col 0) ← C(column PC); everything else unchanged."""
    Y = X.copy()
    pc = [X[r, 0] for r in _rows(layout, "PC")]
    _put(Y, _rows(layout, "S_cmd"), 0, _lookup(ops, layout, pc, "commands", "C", X))
    return Y


def read_memory(X, layout, ops):
    """S_a(col 0) ← mem[a], S_b(col 0) ← mem[b] for the pointers in S_cmd."""
    Y = X.copy()
    for ptr, slot in (("S_cmd.a", "S_a"), ("S_cmd.b", "S_b")):
        key = [X[r, 0] for r in _rows(layout, ptr)]
        _put(Y, _rows(layout, slot), 0, _lookup(ops, layout, key, "memory", "M", X))
    return Y


def flip(X, layout, ops):
    """B1(col 0) ← NOT S_a(col 0) (each ±1 bit negated)."""
    Y = X.copy()
    _put(Y, _rows(layout, "B.B1"), 0, [-X[r, 0] for r in _rows(layout, "S_a")])
    return Y


def add_one(X, layout, ops):
    """B2(col 0) ← B1 + 1 mod 2^N."""
    Y = X.copy()
    N = layout.param("N")
    word = [X[r, 0] for r in _rows(layout, "B.B1")]
    _put(Y, _rows(layout, "B.B2"), 0, ops.word_of(ops.unsigned(word) + 1, N))
    return Y


def add(X, layout, ops):
    """S_b(col 0) ← S_b + B2 mod 2^N; S_a, B1, B2 ← 0."""
    Y = X.copy()
    N = layout.param("N")
    total = ops.unsigned([X[r, 0] for r in _rows(layout, "S_b")]) + ops.unsigned(
        [X[r, 0] for r in _rows(layout, "B.B2")]
    )
    for block in ("S_a", "B.B1", "B.B2"):
        _zero(Y, layout, block)
    _put(Y, _rows(layout, "S_b"), 0, ops.word_of(total, N))
    return Y


def write(X, layout, ops):
    """mem[b] ← S_b(col 0) for the pointer b in S_cmd; other memory unchanged."""
    Y = X.copy()
    key = [X[r, 0] for r in _rows(layout, "S_cmd.b")]
    new = [X[r, 0] for r in _rows(layout, "S_b")]
    rows = _rows(layout, "M")
    for j in layout.cols("memory"):
        hit = _is_code(ops, key, layout.code(j))
        _put(Y, rows, j, [ops.ite(hit, v, X[r, j]) for r, v in zip(rows, new)])
    return Y


def flag(X, layout, ops):
    """flag ← 1 if S_b(col 0) as an N-bit two's-complement integer is ≤ 0, else 0; S_b ← 0."""
    Y = X.copy()
    N = layout.param("N")
    word = [X[r, 0] for r in _rows(layout, "S_b")]
    _zero(Y, layout, "S_b")
    Y[layout.row("S_a.flag"), 0] = ops.ite(ops.le(_signed(ops, word, N), 0), 1, 0)
    return Y


def pc_increment(X, layout, ops):
    """PC(col 0) ← PC + 1 mod n (raw binary code; wraps to all −1)."""
    Y = X.copy()
    pc = [X[r, 0] for r in _rows(layout, "PC")]
    _put(Y, _rows(layout, "PC"), 0, ops.word_of(ops.unsigned(pc) + 1, layout.pos_bits))
    return Y


def branch(X, layout, ops):
    """PC(col 0) ← S_cmd.c if flag = 1 else PC; flag ← 0."""
    Y = X.copy()
    taken = ops.eq(X[layout.row("S_a.flag"), 0], 1)
    rows_pc, rows_c = _rows(layout, "PC"), _rows(layout, "S_cmd.c")
    _put(Y, rows_pc, 0, [ops.ite(taken, X[rc, 0], X[rq, 0]) for rq, rc in zip(rows_pc, rows_c)])
    Y[layout.row("S_a.flag"), 0] = 0
    return Y


def error_correction(X, layout, ops):
    """Identity on valid states (entries already in {−1, 0, 1})."""
    return X.copy()


def _signed(ops, word, N: int):
    return ops.unsigned(word) - ops.ite(ops.eq(word[0], 1), 1 << N, 0)


def subleq_step(X, layout, ops):
    """One SUBLEQ step stated directly on the punchcard — independent of the ten layer contracts.

    With ``(a, b, c)`` the instruction at PC: ``mem[b] ← wrap_N(mem[b] − mem[a])``;
    ``PC ← c`` if the new ``mem[b] ≤ 0`` else ``PC + 1 mod n``; the instruction
    slot holds the instruction executed.  This is :func:`.isa.step` in matrix
    form (the tests check the two agree); the chained proof shows the ten
    layer contracts compose to it.
    """
    Y = X.copy()
    L, N = layout.pos_bits, layout.param("N")
    pc = [X[r, 0] for r in _rows(layout, "PC")]
    ins = _lookup(ops, layout, pc, "commands", "C", X)
    a_code, b_code, c_code = ins[:L], ins[L:2 * L], ins[2 * L:]
    a = _lookup(ops, layout, a_code, "memory", "M", X)
    b = _lookup(ops, layout, b_code, "memory", "M", X)
    result = ops.word_of(_signed(ops, b, N) - _signed(ops, a, N), N)
    rows = _rows(layout, "M")
    for j in layout.cols("memory"):
        hit = _is_code(ops, b_code, layout.code(j))
        _put(Y, rows, j, [ops.ite(hit, v, X[r, j]) for r, v in zip(rows, result)])
    jump = ops.le(_signed(ops, result, N), 0)
    following = ops.word_of(ops.unsigned(pc) + 1, L)
    _put(Y, _rows(layout, "PC"), 0, [ops.ite(jump, c, f) for c, f in zip(c_code, following)])
    _put(Y, _rows(layout, "S_cmd"), 0, ins)
    return Y


SPECS = (
    read_instruction,
    read_memory,
    flip,
    add_one,
    add,
    write,
    flag,
    pc_increment,
    branch,
    error_correction,
)

#: One line per layer: the contract in words (used in reports and counterexamples).
CONTRACT_TEXT = {f.__name__: f.__doc__.strip() for f in SPECS}


def spec_loop(X, layout: Layout, ops=None) -> list:
    """The ten contracts chained: the expected matrix after each layer."""
    ops = ops or ConcreteOps()
    out = []
    for spec in SPECS:
        X = spec(X, layout, ops)
        out.append(X)
    return out


def expected_layer_outputs(layout: Layout, X0) -> list[np.ndarray]:
    """Concrete expected outputs of the ten layers on the integer matrix ``X0``."""
    X = np.array(np.asarray(X0).tolist(), dtype=object)
    return [np.asarray(Y.tolist(), dtype=float) for Y in spec_loop(X, layout)]
