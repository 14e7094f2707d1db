"""What each atom holds before each layer, read from the all-sizes layer proofs' own stage sets.

Each all-sizes layer proof (:mod:`.allsizes_ffn`, :mod:`.allsizes_attention`)
assumes its input lies in a *stage set*: per column class, what each block
holds (:func:`.allsizes_ffn.stage_kinds`).  :func:`atom_kinds` does not restate
it: it *calls* ``stage_kinds`` with a recording state and reads each block's
kind per atom of :mod:`.word_exec` — zero, ±1 bits, a 0/1 flag or any entry —
where a kind's region (``off == c`` or ``off < c``) must hold on all of an
atom's rows or on none (else :class:`~.word_model.Unsupported`).
"""
from __future__ import annotations

import sympy as sp
import z3

from .allsizes_ffn import COLUMNS, stage_kinds
from .word_exec import ATOMS, Unsupported
from .word_model import sign

__all__ = ["atom_kinds", "holds", "in_column", "Recorder", "COLUMNS"]

_OFF = sp.Symbol("off", integer=True, nonnegative=True)
_UNWRITTEN = ("P", "ind", "ind0", "B")


class _Term:
    """A sympy expression whose ``==`` and ``<`` build (unevaluated) relations, as z3 terms do."""

    __hash__ = None

    def __init__(self, e):
        self.e = sp.sympify(e)

    def __eq__(self, other):
        return sp.Eq(self.e, _expr(other), evaluate=False)

    def __lt__(self, other):
        return sp.StrictLessThan(self.e, _expr(other), evaluate=False)


def _expr(x):
    return x.e if isinstance(x, _Term) else sp.sympify(x)


class Recorder:
    """Stands in for :class:`.allsizes_z3.State`: ``bits`` returns a descriptor instead of a z3 kind."""

    class q:
        @staticmethod
        def conv(e):
            return _Term(e)

    def bits(self, block, domain=(-1, 1), region=None):
        return ("bits", tuple(domain), region)


def _uniform(region, lo, hi) -> bool:
    """Whether ``region`` holds on every offset of ``[lo, hi]`` (True) or on none (False)."""
    if region is None:
        return True
    rel = region(_OFF)
    if isinstance(rel, sp.Eq):
        c = rel.rhs if rel.lhs == _OFF else rel.lhs
        if sign(lo - c) == 0 and sign(hi - c) == 0:
            return True
        if sign(c - lo) < 0 or sign(c - hi) > 0:
            return False
    elif isinstance(rel, sp.StrictLessThan) and rel.lhs == _OFF:
        if sign(hi - rel.rhs) < 0:
            return True
        if sign(lo - rel.rhs) >= 0:
            return False
    raise Unsupported(f"a region {rel} that splits the rows [{lo}, {hi}]")


def atom_kinds(stage: int, column: str) -> dict:
    """``{atom: "zero" | "bits" | "flag" | "any"}`` for the atoms, read from ``stage_kinds``."""
    kinds = stage_kinds(Recorder(), stage, column)
    out = {}
    for atom, (base, off, length) in ATOMS.items():
        k = kinds[base]
        if isinstance(k, int):
            if k != 0:
                raise Unsupported(f"{base} holds the constant {k}")
            out[atom] = "zero"
            continue
        _, domain, region = k
        if not _uniform(region, sp.sympify(off), sp.sympify(off + length - 1)):
            out[atom] = "zero"
        elif domain == (-1, 1):
            out[atom] = "bits"
        elif domain == (0, 1) and sign(length - 1) == 0:
            out[atom] = "flag"
        elif domain == (-1, 0, 1):
            out[atom] = "any"
        else:
            raise Unsupported(f"{atom}: kind {domain}")
    return out


def holds(kind: str, v):
    return {"zero": v == -1, "bits": v >= 0, "flag": z3.Or(v == -1, v == 1), "any": v >= -1}[kind]


def in_column(ctx, column: str, c):
    return {"column 0": c == 0, "other scratch column": z3.And(c >= 1, c < ctx.s),
            "memory column": ctx.in_region("memory", c), "command column": ctx.in_region("commands", c)}[column]
