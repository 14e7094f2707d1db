"""Cross-check: the per-column-class row kinds of the all-sizes proofs cover the real stage templates.

:func:`.allsizes_ffn.stage_kinds` restates, with symbolic sizes, what
:func:`constructions.giannou2023.invariants.stage_template` says each row of
each column may hold before each layer.  The all-sizes queries quantify over
every value the kinds allow, independently per row, so they are sound as long
as the kinds *over-approximate* the templates.  :func:`kinds_cover_templates`
checks exactly that at a concrete machine: for every stage 0–9, column and
row, every value the template entry takes (all assignments of its variables)
is allowed by the kind of the row's block in the column's class.
"""
from __future__ import annotations

import itertools

import sympy as sp
import z3

from constructions.giannou2023 import SubleqShape, subleq_network
from constructions.giannou2023.invariants import stage_template

from verify import symbolic as sym

from .allsizes_ffn import stage_kinds
from .allsizes_z3 import Query, State
from .generic_exec import L, N

__all__ = ["kinds_cover_templates"]

_BASES = ("C", "M", "S_a", "S_b", "S_cmd", "PC", "P", "B", "ind", "ind0")


def _values(entry) -> set:
    names = sorted(entry.vars(), key=lambda v: v.name)
    out = set()
    for combo in itertools.product(*(v.domain for v in names)):
        out.add(entry.evaluate(dict(zip(names, combo))))
    return out


def _column_class(layout, j: int) -> str:
    if j == 0:
        return "column 0"
    for region, name in (("scratch", "other scratch column"), ("memory", "memory column"),
                         ("commands", "command column")):
        if j in layout.cols(region):
            return name
    raise ValueError(j)


def _allowed(state: State, block: str, off: int, env) -> set:
    kind = state.kinds[block]
    if not callable(kind):
        return {kind}
    domain, region = state.meta[block]
    if region is not None:
        inside = z3.simplify(z3.substitute(region(sp.Integer(off)), *env))
        if z3.is_false(inside):
            return {0}
        if not z3.is_true(inside):
            raise ValueError(f"undecided region of {block}[{off}]")
    return set(domain)


def kinds_cover_templates(shape) -> list[str]:
    """Template entries whose values a kind does not allow, at ``shape`` ([] = the kinds cover every stage 0–9)."""
    shp = SubleqShape(*shape)
    layout = subleq_network(shp).layout
    bad = []
    for stage in range(10):
        with sym.scope():  # slot "any" (the set the layer proofs use): empty or full instruction slot
            bad += _stage(layout, shp, stage, "any")
    if {b.name for b in layout.blocks} != set(_BASES):
        bad.append(f"layout blocks {[b.name for b in layout.blocks]} are not {_BASES}")
    return bad


def _stage(layout, shp, stage: int, slot: str) -> list[str]:
    bad = []
    X = stage_template(layout, stage, slot).X
    q = Query("templates")
    env = [(q.z[N], z3.IntVal(shp.N)), (q.z[L], z3.IntVal(shp.L))]
    for j in range(layout.n):
        state = State(q, {})
        state.kinds = stage_kinds(state, stage, _column_class(layout, j))
        for base in _BASES:
            for off, r in enumerate(layout.block(base).rows):
                have = {int(v) if v.denominator == 1 else v for v in _values(X[r, j])}
                allowed = _allowed(state, base, off, env)
                if not have <= allowed:
                    bad.append(f"stage {stage}, {layout.describe_col(j)}, {base}[{off}]: template values "
                               f"{sorted(have)} not within the kind's {sorted(allowed)}")
    return bad
