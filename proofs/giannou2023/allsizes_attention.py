"""The three attention layers (read instruction, read memory, write) meet their contracts at every size, by z3.

Reduction (each step checked here or proved in :mod:`.allsizes_lemmas`):

1. *Form of the head*, read from the generic weights (:mod:`.generic_exec`):
   ``Q = K`` with ``q(x)[k] = x[ptr, s0 + k] + x[P, k]`` for ``k < L`` (two
   families, weight 1), and ``V`` copies ``x[src, s + k]`` into ``x[B, d + k]``
   (weight 1) — :func:`head_form` refuses anything else.
2. *Queries per column*, from the stage's row kinds (:func:`.allsizes_ffn.stage_kinds`):
   the pointer rows are 0 outside column 0 and ``P`` is 0 in column 0, so
   ``q = p_t`` in column 0 (``t`` the pointed column, in memory or commands,
   ``t ≥ 1``, so ``p_t`` is a ±1 code) and ``q = p_j`` in column ``j ≥ 1`` —
   both checked on the kinds, not assumed.
3. *Scores*: by lemma ``codes``, ``p_i·p_j = L`` if ``p_i = p_j`` and ``≤ L − 2``
   otherwise; codes of distinct columns differ (``p_j`` is the binary
   expansion of ``j``, ``layout.positional_code``).  Hence, under
   tie-averaging hardmax, column 0 averages ``{0, t}``, column ``t`` averages
   ``{t, 0}`` and every other column takes itself only; the gap is ≥ 2.
4. *Column independence*: a head's output in column ``j`` is a function of
   ``q_j`` and the keys and values of the columns in its argmax set, so one
   generic column per class (column 0; the pointed column; another column of
   each region; another scratch column) covers every column.  For a layer
   with two heads the classes are the combinations (pointed by head a? by
   head b?); the partner columns' values are independent variables (a
   superset of the cases where they coincide).
5. *Per row*: with ``B`` replaced by the head outputs, every row the layer
   writes is proved at a symbolic offset by z3 (:mod:`.allsizes_z3`), C = 100.
"""
from __future__ import annotations

import sympy as sp
import z3

from .allsizes_ffn import stage_kinds
from .allsizes_z3 import Query, State, row_update
from .generic_exec import RANGES, L, N, Row

__all__ = ["ATTENTION_LAYERS", "head_form", "prove_attention_layer"]

ATTENTION_LAYERS = ("read_instruction", "read_memory", "write")
_STAGE = {"read_instruction": 0, "read_memory": 1, "write": 5}
#: (pointer block, offset) → the region the pointer addresses (``invariants``: PC and c point at commands, a and b
#: at memory).
_POINTS_TO = {("PC", 0): "command column", ("S_cmd", 0): "memory column", ("S_cmd", L): "memory column"}
_REGIONS = ("other scratch column", "memory column", "command column")


def _family(entry_syms):
    syms = [s for s in entry_syms if s in RANGES]
    if len(syms) != 1:
        raise ValueError(f"an attention weight family over {syms}")
    return syms[0]


def head_form(head) -> dict:
    """``{"pointer": (block, s0), "copies": [(src, s, d, length)]}``, or ValueError if the head has another form."""
    if head.Q != head.K:
        raise ValueError(f"{head.name}: Q ≠ K")
    fams = set()
    for (k, row), w in head.Q.items():
        g = _family(sp.sympify(k).free_symbols | sp.sympify(row.off).free_symbols)
        if sp.simplify(k - g) != 0 or w != 1 or RANGES[g] != (0, L):
            raise ValueError(f"{head.name}: query entry ({k}, {row}) = {w} over {RANGES[g]}")
        s0 = sp.simplify(row.off - g)
        if g in s0.free_symbols:
            raise ValueError(f"{head.name}: query row {row} is not a shifted identity")
        fams.add((row.block, s0))
    pointer = fams - {("P", 0)}
    if ("P", 0) not in fams or len(pointer) != 1 or len(fams) != 2:
        raise ValueError(f"{head.name}: query families {fams} are not [I on a pointer | I on P]")
    copies = []
    for (dst, src), w in head.V.items():
        g = _family(sp.sympify(dst.off).free_symbols | sp.sympify(src.off).free_symbols)
        d, s = sp.simplify(dst.off - g), sp.simplify(src.off - g)
        lo, hi = RANGES[g]
        if w != 1 or lo != 0 or g in d.free_symbols or g in s.free_symbols or dst.block != "B":
            raise ValueError(f"{head.name}: value entry ({dst}, {src}) = {w}")
        copies.append((src.block, s, d, hi))
    return {"pointer": next(iter(pointer)), "copies": copies}


def _check_queries(forms, stage) -> None:
    """Step 2: pointer rows zero outside column 0, P zero in column 0 (on the stage's kinds)."""
    q = Query("kinds")
    for column in ("column 0", *_REGIONS):
        kinds = stage_kinds(State(q, {}), stage, column)
        if column == "column 0" and kinds["P"] != 0:
            raise ValueError("P is not zero in column 0")
        for f in forms:
            blk = f["pointer"][0]
            if column != "column 0" and kinds[blk] != 0:
                raise ValueError(f"pointer block {blk} is not zero in {column}")
            if column == "column 0" and not callable(kinds[blk]):
                raise ValueError(f"pointer block {blk} holds no code in column 0")


def _targets(layer):
    """``[(block, lo, hi, expected(own, partners, o, old, column))]``."""
    def fetch(block, head):
        return lambda own, partners, o, old, column: (partners[head].value(Row(block, o))
                                                      if column == "column 0" else old)

    def write(own, partners, o, old, column):
        return partners[0].value(Row("S_b", o)) if column == "pointed by 0" else old

    zero = lambda *a: z3.IntVal(0)  # noqa: E731
    return {
        "read_instruction": [("S_cmd", 0, 3 * L, fetch("C", 0)), ("B", 0, 3 * L, zero)],
        "read_memory": [("S_a", 0, N, fetch("M", 0)), ("S_b", 0, N, fetch("M", 1)), ("B", 0, 2 * N, zero)],
        "write": [("M", 0, N, write), ("B", 0, N, zero)],
    }[layer]


def _cases(forms):
    """Column classes: (name, kinds column, [for each head: partner column kinds or None])."""
    regions = [_POINTS_TO.get(f["pointer"]) for f in forms]
    if None in regions:
        raise ValueError(f"a pointer {[f['pointer'] for f in forms]} of unknown target")
    out = [("column 0", "column 0", list(regions))]
    for column in _REGIONS:
        choices = [[False, True] if r == column else [False] for r in regions]
        combos = [[]]
        for c in choices:
            combos = [x + [b] for x in combos for b in c]
        for combo in combos:
            hit = [h for h, b in enumerate(combo) if b]
            name = "pointed by " + "+".join(map(str, hit)) if hit else f"another {column}"
            out.append((name, column, ["column 0" if b else None for b in combo]))
    return out


def prove_attention_layer(layer: str, generic) -> list[tuple[str, str, dict | None]]:
    """Every (column class, written row range) query of ``layer``: ``[(name, status, model)]``."""
    rec = generic[layer]
    forms = [head_form(h) for h in rec.heads]
    stage = _STAGE[layer]
    _check_queries(forms, stage)
    results = []
    for name, column, partners_of in _cases(forms):
        for block, lo, hi, expected in _targets(layer):
            q = Query(f"{layer} {name} {block}[o]")
            own = State(q, {})
            own.kinds = stage_kinds(own, stage, column)
            partners = []
            for h, pc in enumerate(partners_of):
                if pc is None:
                    partners.append(None)
                    continue
                st = State(q, {})
                st.kinds = stage_kinds(st, stage, pc)
                partners.append(st)
            pre_B = own.kinds["B"]

            def post_B(qq, off, pre_B=pre_B, partners=partners):
                value = (pre_B(qq, off) if callable(pre_B) else z3.IntVal(pre_B))
                for f, partner in zip(forms, partners):
                    for src, s, d, length in f["copies"]:
                        inside = z3.And(qq.conv(off) >= qq.conv(d), qq.conv(off) < qq.conv(d + length))
                        mine = own.value(Row(src, s + off - d))
                        got = mine if partner is None else (mine + partner.value(Row(src, s + off - d))) / z3.RealVal(2)
                        value = value + z3.If(inside, got, 0)
                return value

            own.kinds["B"] = post_B
            o = q.o
            q.facts += [q.z[o] >= q.conv(lo), q.z[o] < q.conv(hi)]
            old = own.value(Row(block, o))
            new = old + row_update(q, own, rec.ffn, block, o)
            want = expected(own, partners, o, old, name)
            status, model = q.prove(new == want)
            results.append((f"{name}: {block}[o], {lo} ≤ o < {hi}", status, model))
    results += _coverage(rec, forms, _targets(layer))
    return results


def _coverage(rec, forms, targets):
    """Every FFN output and every head destination row lies in a proved range."""
    from .allsizes_ffn import _coverage as ffn_coverage

    out = ffn_coverage(rec.ffn, [(b, lo, hi, None) for b, lo, hi, _ in targets])
    for f in forms:
        for src, s, d, length in f["copies"]:
            q = Query("head destination")
            k = z3.Int("k")
            q.facts += [k >= 0, k < q.conv(length)]
            off = q.conv(d) + k
            ok = z3.Or(*[z3.And(off >= q.conv(lo), off < q.conv(hi)) for b, lo, hi, _ in targets if b == "B"])
            status, model = q.prove(ok)
            out.append((f"head copy {src}+{s} → B+{d}", status, model))
    return out
