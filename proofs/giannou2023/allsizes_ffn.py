"""The seven feed-forward-only SUBLEQ layers meet their contracts at every size (N ≥ 2, log n ≥ 2), by z3.

For each layer, on the generic weights of :mod:`.generic_exec` (the builder's
own code run with symbolic sizes), and for each *column class* (column 0,
another scratch column, a memory column, a command column — a feed-forward
layer acts on each column separately, eq. 1b, so a generic column of each
class covers every column), every row the layer writes is proved at a
symbolic offset ``o``: its new value is the contract's
(:mod:`constructions.giannou2023.contracts`, restated here per row, in the
sizes).  A coverage query shows that every output of the layer lands in one
of the proved row ranges, so every other row is unchanged (residual update).

The contract values per row, with ``i`` the bit index (1 = LSB) of offset ``o``:

* flip: ``B1[o] = −S_a[o]``;
* adders (add_one, add, pc_increment): ``2·bit_i(u) − 1`` with ``u`` the sum of
  the unsigned values of the sources' low ``i`` bits plus the carry — equal to
  the contract's ``word_of(Σ unsigned + carry)`` at ``o`` by lemmas
  ``low_bits`` and ``bit_cases`` (:mod:`.allsizes_lemmas`); the sum of the
  weighted bits is ``V − (2^i − 1)/2`` by lemma ``weighted_sum``;
* flag: ``[signed(S_b) ≤ 0]`` with ``signed = U − 2^N·[msb = 1]``, using
  lemmas ``msb_split``, ``count_sum`` and ``zero_word``;
* branch: ``PC[o] = S_cmd.c[o]`` if flag else ``PC[o]``; flag cleared;
* error correction: identity on {−1, 0, 1} (C = 100, ε = 1/4 bound as in
  :mod:`.proving`); cleared blocks become 0.
"""
from __future__ import annotations

import sympy as sp
import z3

from .allsizes_z3 import Query, State, out_blocks, row_update
from .generic_exec import RANGES, L, N

__all__ = ["FFN_LAYERS", "prove_ffn_layer", "COLUMNS", "stage_kinds"]

COLUMNS = ("column 0", "other scratch column", "memory column", "command column")
FFN_LAYERS = ("flip", "add_one", "add", "flag", "pc_increment", "branch", "error_correction")
_STAGE = {"read_instruction": 0, "read_memory": 1, "flip": 2, "add_one": 3, "add": 4, "write": 5, "flag": 6,
          "pc_increment": 7, "branch": 8, "error_correction": 9}


def stage_kinds(state: State, stage: int, column: str) -> dict:
    """Row kinds of one column after ``stage`` layers (``invariants.stage_template``, in the sizes)."""
    q = state.q
    col0 = column == "column 0"
    scratch = column in ("column 0", "other scratch column")
    kinds = {"P": 0 if col0 else state.bits("P"), "ind": int(scratch), "ind0": int(col0),
             "C": state.bits("C") if column == "command column" else 0,
             "M": state.bits("M") if column == "memory column" else 0,
             "PC": state.bits("PC") if col0 else 0,
             "S_cmd": (state.bits("S_cmd", (-1, 0, 1)) if stage == 0 else state.bits("S_cmd")) if col0 else 0,
             "S_a": 0, "S_b": 0, "B": 0}
    if col0 and stage in (2, 3, 4):
        kinds["S_a"] = state.bits("S_a")
    if col0 and stage in (7, 8):
        kinds["S_a"] = state.bits("S_a", (0, 1), lambda off: q.conv(off) == 0)
    if col0 and 2 <= stage <= 6:
        kinds["S_b"] = state.bits("S_b")
    if col0 and stage in (3, 4):
        top = N if stage == 3 else 2 * N
        kinds["B"] = state.bits("B", (-1, 1), lambda off: q.conv(off) < q.conv(top))
    return kinds


# -- sum handlers (lemmas of allsizes_lemmas) ------------------------------------------------------

def _weighted(width):
    """``Σ_{g<hi} σ·2^{g−1}·x[s0 + width − 1 − g]`` = ``σ·(V − (2^hi − 1)/2)``, ``0 ≤ V ≤ 2^hi − 1`` (weighted_sum)."""
    def handler(q: Query, state: State, g, lo, hi, items):
        (row, w), = items
        sigma = sp.simplify(w / 2 ** (g - 1))
        s0 = sp.simplify(row.off - (width - 1 - g))
        if lo != 0 or g in sigma.free_symbols or g in s0.free_symbols or sigma not in (1, -1):
            raise ValueError(f"sum over {row.block} is not σ·2^(g−1)·bit: weight {w}, row {row}")
        if not state.word(row.block, (g, row.off, lo, hi)):
            return z3.IntVal(0)
        key = (row.block, s0, sp.simplify(hi))
        if key not in q.meaning:
            V = q.fresh(f"V[{row.block}+{s0}, {hi} bits]")
            q.facts += [V >= 0, V <= q.pow2(hi) - 1]
            q.meaning[key] = V
        return int(sigma) * (q.meaning[key] - (q.pow2(hi) - 1) / z3.RealVal(2))
    return handler


def _count(q: Query, state: State, g, lo, hi, items):
    """``Σ_{g<N} −x[g]`` over S_b = ``N − 2·Pos``, ``0 ≤ Pos ≤ N`` (count_sum)."""
    (row, w), = items
    if (lo, sp.simplify(hi - N), sp.simplify(row.off - g), w) != (0, 0, 0, -1):
        raise ValueError(f"flag sum is not Σ −x over all of S_b: {row}, {w}, [{lo}, {hi})")
    if not state.word(row.block, (g, row.off, lo, hi)):
        return z3.IntVal(0)
    Pos = q.fresh("Pos")
    q.facts += [Pos >= 0, Pos <= q.z[N]]
    q.meaning["Pos"] = Pos
    return q.z[N] - 2 * Pos


def _bit(q: Query, u, i):
    """``2·bit_i(u) − 1`` for ``0 ≤ u < 2^{i+1}`` (lemma bit_cases), ``H = 2^{i−1}``."""
    H = q.pow2(i - 1)
    b = z3.If(u >= 3 * H, 1, z3.If(u >= 2 * H, 0, z3.If(u >= H, 1, 0)))
    return 2 * b - 1, z3.And(u >= 0, u < 4 * H)


def _targets(layer: str):
    """``[(block, lo, hi, expected(q, state, o_expr, old) or None for 'unchanged' / 0 for 'cleared')]`` at column 0."""
    def adder(sources, carry, s0_dest, width):
        def exp(q, state, o, old):
            i = width - (o - s0_dest)
            u = sum((q.meaning[(blk, s0, sp.simplify(i))] for blk, s0 in sources), z3.IntVal(0)) + carry
            value, ok = _bit(q, u, i)
            q.side.append(ok)  # 0 ≤ u < 2^{i+1}: proved with the claim, from the ranges of the V's
            return value
        return exp

    def flag(q, state, o, old):
        x0 = state.value(_row("S_b", 0))
        H, U, Ulow = q.pow2(N - 1), q.fresh("U"), q.fresh("Ulow")
        m = z3.If(x0 == 1, 1, 0)
        q.facts += [U == H * m + Ulow, Ulow >= 0, Ulow <= H - 1, (U == 0) == (q.meaning["Pos"] == 0)]
        return z3.If(U - 2 * H * m <= 0, 1, 0)

    def branch(q, state, o, old):
        f = state.value(_row("S_a", 0))
        return z3.If(f == 1, state.value(_row("S_cmd", 2 * L + o)), old)

    return {
        "flip": [("B", 0, N, lambda q, st, o, old: -st.value(_row("S_a", o)))],
        "add_one": [("B", N, 2 * N, adder([("B", 0)], 1, N, N))],
        "add": [("S_b", 0, N, adder([("B", N), ("S_b", 0)], 0, 0, N)), ("B", 0, 2 * N, 0), ("S_a", 0, N, 0)],
        "flag": [("S_a", 0, 1, flag), ("S_b", 0, N, 0)],
        "pc_increment": [("PC", 0, L, adder([("PC", 0)], 1, 0, L))],
        "branch": [("PC", 0, L, branch), ("S_a", 0, 1, 0)],
        "error_correction": [("M", 0, N, None), ("PC", 0, L, None), ("S_cmd", 0, 3 * L, None)],
    }[layer]


def _row(block, off):
    from .generic_exec import Row
    return Row(block, sp.sympify(off))


_HANDLERS = {"B": _weighted(N), "S_a": _weighted(N), "PC": _weighted(L)}


def _handlers(layer: str) -> dict:
    return {**_HANDLERS, "S_b": _count if layer == "flag" else _weighted(N)}


def _coverage(ffn, targets) -> list[tuple[str, str, dict | None]]:
    """Every output lands in a proved range of its block, for every value of its loop index."""
    results = []
    for k, (row, u, coef, fam) in enumerate([*ffn.outs, *((r, None, v, f) for r, v, f in ffn.biases)]):
        q = Query(f"coverage {k}")
        for g in fam:
            lo, hi = RANGES[g]
            zg = q.z.setdefault(g, z3.Int(str(g)))
            q.facts += [zg >= q.conv(lo), zg < q.conv(hi)]
        off = q.conv(row.off)
        ranges = [z3.And(off >= q.conv(lo), off < q.conv(hi)) for b, lo, hi, _ in targets if b == row.block]
        status, model = q.prove(z3.Or(*ranges) if ranges else z3.BoolVal(False))
        results.append((f"output {k} to {row}", status, model))
    return results


def prove_ffn_layer(layer: str, generic) -> list[tuple[str, str, dict | None]]:
    """Every (column class, written row range) query of ``layer`` and its coverage: ``[(name, status, model)]``."""
    ffn = generic[layer].ffn
    if generic[layer].heads:
        raise ValueError(f"{layer} has attention heads")
    targets = _targets(layer)
    stage = _STAGE[layer]
    results = []
    for column in COLUMNS:
        for block, lo, hi, expected in targets:
            q = Query(f"{layer} {column} {block}[o]")
            state = State(q, {})
            state.kinds = stage_kinds(state, stage, column)
            o = q.o
            q.facts += [q.z[o] >= q.conv(lo), q.z[o] < q.conv(hi)]
            old = state.value(_row(block, o))
            new = old + row_update(q, state, ffn, block, o, _handlers(layer))
            if column != "column 0" or expected is None:
                want = old
            elif expected == 0:
                want = z3.IntVal(0)
            else:
                want = expected(q, state, o, old)
            status, model = q.prove(new == want)
            results.append((f"{column}: {block}[o], {lo} ≤ o < {hi}", status, model))
    results += _coverage(ffn, targets)
    missing = out_blocks(ffn) - {b for b, *_ in targets}
    if missing:
        results.append((f"outputs to blocks without a contract row: {sorted(missing)}", "refuted", None))
    return results
