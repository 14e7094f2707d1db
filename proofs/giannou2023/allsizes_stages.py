"""The sets the all-sizes layer proofs assume are reached by the chained contracts, for every size.

Each all-sizes layer proof (:mod:`.allsizes_ffn`, :mod:`.allsizes_attention`)
assumes its input lies in a *stage set*: per column class, what each block
holds (:func:`.allsizes_ffn.stage_kinds`), and which column each attention
head's pointer addresses (:data:`.allsizes_attention._POINTS_TO`).  Here both
are proved, for every size, of the states the contracts produce: the
intermediate matrices of the word-level run of ``SPECS`` (:mod:`.allsizes_compose`)
from a valid input.

``stage_kinds`` is not restated but read per atom (:mod:`.allsizes_kinds`);
the stage-0 set is the valid input itself (:func:`.allsizes_compose.valid_state`).
Blocks the contracts never write (``P``, ``ind``, ``ind0``, the rows of ``B``
past ``2N``) keep their stage-0 kinds, and ``stage_kinds`` is checked to give
them the same kind at every stage.
"""
from __future__ import annotations

import sympy as sp
import z3

from .allsizes_attention import _POINTS_TO, ATTENTION_LAYERS, head_form
from .allsizes_compose import _solve, compose
from .allsizes_ffn import _STAGE, stage_kinds
from .allsizes_kinds import COLUMNS, Recorder, _uniform, atom_kinds, holds, in_column
from .generic_exec import L, N
from .word_exec import ATOMS, Unsupported

__all__ = ["prove_stage_sets"]


def _unwritten_blocks_constant() -> list[str]:
    """Blocks outside the atoms get the same kind at every stage (they are never written by a contract)."""
    bad = []
    for column in COLUMNS:
        first = stage_kinds(Recorder(), 0, column)
        for stage in range(1, 11):
            now = stage_kinds(Recorder(), stage, column)
            for block in ("P", "ind", "ind0"):
                if now[block] != first[block]:
                    bad.append(f"{block} changes kind at stage {stage} ({column})")
            if column != "column 0" and now["B"] != first["B"]:
                bad.append(f"B changes kind at stage {stage} ({column})")
            if column == "column 0" and now["B"] != 0 and _uniform(now["B"][2], 2 * N, 2 * N + 3 * L):
                bad.append(f"B's rows past 2N are written at stage {stage}")
    return bad


def _pointers(generic) -> dict[int, list[tuple[str, str]]]:
    """stage → [(atom holding a head's pointer at column 0, column class it must address)]."""
    by_offset = {(base, sp.sympify(off)): a for a, (base, off, _) in ATOMS.items()}
    out: dict[int, list] = {}
    for layer in ATTENTION_LAYERS:
        for head in generic[layer].heads:
            block, s0 = head_form(head)["pointer"]
            atom = by_offset.get((block, sp.sympify(s0)))
            if atom is None:
                raise Unsupported(f"{layer}: a pointer at {block}+{s0} is not an atom")
            out.setdefault(_STAGE[layer], []).append((atom, _POINTS_TO[(block, s0)]))
    return out


def prove_stage_sets(generic) -> list[tuple[str, str]]:
    """``[(query, status)]``: per stage 1–10 and column class, the chained contracts' state is in the stage set;

    per attention layer, its pointers address the column class its proof assumes; and the stage-0 set holds on
    every valid input (the set the loop theorem starts from).
    """
    ctx, stages, _ = compose()
    c = z3.Int("column")
    where = z3.And(c >= 0, c < ctx.n)
    results = [(f"unwritten blocks: {b}", "refuted") for b in _unwritten_blocks_constant()]
    for stage in range(0, 11):
        Y = stages[stage]
        for column in COLUMNS:
            kinds = atom_kinds(stage, column)
            goal = z3.And(*[holds(kinds[a], Y.cells[a](c)) for a in ATOMS])
            status, _ = _solve(ctx, z3.And(where, in_column(ctx, column, c)), goal)
            results.append((f"stage {stage}, {column}", status))
    for stage, pointers in sorted(_pointers(generic).items()):
        Y = stages[stage]
        for atom, column in pointers:
            goal = in_column(ctx, column, Y.cells[atom](z3.IntVal(0)))
            status, _ = _solve(ctx, z3.BoolVal(True), goal)
            results.append((f"stage {stage}: {atom} addresses a {column}", status))
    return results
