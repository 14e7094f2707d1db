"""Cross-check: the per-column-class row kinds of the all-sizes proofs cover the real stage templates.

:func:`.allsizes_ffn.stage_kinds` restates, with symbolic sizes, what
:func:`constructions.giannou2023.invariants.stage_template` says each row of
each column may hold before each layer.  The all-sizes queries quantify over
every value the kinds allow, independently per row, so they are sound as long
as the kinds *over-approximate* the templates.  :func:`kinds_cover_templates`
checks exactly that at a concrete machine: for every stage 0–9, column and
row, every value the template entry takes (all assignments of its variables)
is allowed by the kind of the row's block in the column's class; and before
each attention layer, column 0's pointer rows hold the code of a column of the
region :data:`.allsizes_attention._POINTS_TO` names.
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
#: stages (sets before the attention layers) → the pointers the heads read there.
_POINTER_STAGES = {0: ("PC",), 1: ("S_cmd.a", "S_cmd.b"), 5: ("S_cmd.b",)}
_REGION = {"command column": "commands", "memory column": "memory"}


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
            if stage in _POINTER_STAGES:
                bad += _pointers(layout, stage)
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


def _pointers(layout, stage: int) -> list[str]:
    """Before an attention layer, column 0's pointer rows hold the code p_t of a column t of the region
    ``allsizes_attention._POINTS_TO`` says (one selector variable, every value a column of that region)."""
    from .allsizes_attention import _POINTS_TO
    from .generic_exec import PARTS

    X = stage_template(layout, stage, "any").X
    bad = []
    env = {L: layout.pos_bits, N: layout.param("N")}
    for name in _POINTER_STAGES[stage]:
        base, off, _ = PARTS[name]
        region = layout.cols(_REGION[_POINTS_TO[(base, sp.sympify(off).subs(L, sp.Symbol("L", integer=True,
                                                                                         positive=True)))]])
        start = layout.block(base).start + int(sp.sympify(off).xreplace(env))
        entries = [X[start + k, 0] for k in range(layout.pos_bits)]
        names = sorted({v for e in entries for v in e.vars()}, key=lambda v: v.name)
        if not names and len(region) == 1:  # a one-column region: the selector is a constant
            values = [(region[0], {})]
        elif len(names) == 1 and not set(names[0].domain) - set(region):
            values = [(t, {names[0]: t}) for t in names[0].domain]
        else:
            bad.append(f"stage {stage}: {name} is not one selector over {region}")
            continue
        for t, env_t in values:
            if [e.evaluate(env_t) for e in entries] != list(layout.code(t)):
                bad.append(f"stage {stage}: {name} = {t} is not p_{t}")
    return bad
