"""Deliberately broken SUBLEQ contracts: the every-size composition proof must refute each.

Each wraps the real contract of :mod:`constructions.giannou2023.contracts`
and changes one thing, with the same helpers and operations.  ``flag_strict``
is the classic SUBLEQ slip: jump when the result is ``< 0`` instead of ``≤ 0``.
"""
from __future__ import annotations

from constructions.giannou2023.contracts import SPECS, _put, _rows, _signed, branch, flag, write

__all__ = ["CONTRACT_VARIANTS", "variant_specs"]


def flag_strict(X, layout, ops):
    """flag ← 1 if S_b < 0 (should be ≤ 0); S_b ← 0."""
    Y = flag(X, layout, ops)
    word = [X[r, 0] for r in _rows(layout, "S_b")]
    Y[layout.row("S_a.flag"), 0] = ops.ite(ops.le(_signed(ops, word, layout.param("N")), -1), 1, 0)
    return Y


def write_to_a(X, layout, ops):
    """mem[a] ← S_b (should be mem[b]): the real write, handed the pointer a as b."""
    moved = X.copy()
    _put(moved, _rows(layout, "S_cmd.b"), 0, [X[r, 0] for r in _rows(layout, "S_cmd.a")])
    Y = write(moved, layout, ops)
    _put(Y, _rows(layout, "S_cmd.b"), 0, [X[r, 0] for r in _rows(layout, "S_cmd.b")])
    return Y


def branch_keeps_flag(X, layout, ops):
    """PC ← c if flag else PC, without clearing the flag."""
    Y = branch(X, layout, ops)
    Y[layout.row("S_a.flag"), 0] = X[layout.row("S_a.flag"), 0]
    return Y


#: name → (index of the contract it replaces in SPECS, the broken contract)
CONTRACT_VARIANTS = {"flag_strict": (6, flag_strict), "write_to_a": (5, write_to_a),
                     "branch_keeps_flag": (8, branch_keeps_flag)}


def variant_specs(name: str) -> tuple:
    """SPECS with contract ``name`` swapped in."""
    index, spec = CONTRACT_VARIANTS[name]
    return SPECS[:index] + (spec,) + SPECS[index + 1:]
