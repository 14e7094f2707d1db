"""Deliberately broken SUBLEQ contracts: the every-size composition proof must refute each.

Each is written like :mod:`constructions.giannou2023.contracts` (same helpers,
same operations) and differs from the real contract in one place.
``flag_strict`` is the classic SUBLEQ slip: jump when the result is ``< 0``
instead of ``≤ 0``.
"""
from __future__ import annotations

from constructions.giannou2023.contracts import SPECS, _is_code, _put, _rows, _signed, _zero

__all__ = ["CONTRACT_VARIANTS", "variant_specs"]


def flag_strict(X, layout, ops):
    """flag ← 1 if S_b < 0 (should be ≤ 0); S_b ← 0."""
    Y = X.copy()
    N = layout.param("N")
    word = [X[r, 0] for r in _rows(layout, "S_b")]
    _zero(Y, layout, "S_b")
    Y[layout.row("S_a.flag"), 0] = ops.ite(ops.le(_signed(ops, word, N), -1), 1, 0)
    return Y


def write_to_a(X, layout, ops):
    """mem[a] ← S_b (should be mem[b])."""
    Y = X.copy()
    key = [X[r, 0] for r in _rows(layout, "S_cmd.a")]
    new = [X[r, 0] for r in _rows(layout, "S_b")]
    rows = _rows(layout, "M")
    for j in layout.cols("memory"):
        hit = _is_code(ops, key, layout.code(j))
        _put(Y, rows, j, [ops.ite(hit, v, X[r, j]) for r, v in zip(rows, new)])
    return Y


def branch_keeps_flag(X, layout, ops):
    """PC ← c if flag else PC, without clearing the flag."""
    Y = X.copy()
    taken = ops.eq(X[layout.row("S_a.flag"), 0], 1)
    rows_pc, rows_c = _rows(layout, "PC"), _rows(layout, "S_cmd.c")
    _put(Y, rows_pc, 0, [ops.ite(taken, X[rc, 0], X[rq, 0]) for rq, rc in zip(rows_pc, rows_c)])
    return Y


#: name → (index of the contract it replaces in SPECS, the broken contract)
CONTRACT_VARIANTS = {"flag_strict": (6, flag_strict), "write_to_a": (5, write_to_a),
                     "branch_keeps_flag": (8, branch_keeps_flag)}


def variant_specs(name: str) -> tuple:
    """SPECS with contract ``name`` swapped in."""
    index, spec = CONTRACT_VARIANTS[name]
    return SPECS[:index] + (spec,) + SPECS[index + 1:]
