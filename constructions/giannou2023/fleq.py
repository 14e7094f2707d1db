"""The FLEQ machine: one looped transformer executing FLEQ instructions (Giannou et al. 2023, arXiv v1,
the FLEQ section and theorem; reference notes §7, [S]).

**Instruction** ``FLEQ(a, b, dst, m, flag, p)``:
``mem[dst] ← f_m(mem[a], mem[b])``; then ``PC ← p`` if ``mem[flag] ≤ 0`` else
``PC + 1``.  *Derived here:* ``mem[flag]`` is read in the same layer as the
operands, i.e. **before** the write (testing the written value would cost
another read layer); a flag cell whose value lies strictly between 0 and 1
is not a valid test (the programs use integer counters).  The reported form
names the destination ``c``; here the jump target is the instruction part
``c`` (so that the SUBLEQ branch layer is reused unchanged) and the
destination is ``dst``.

**Memory.**  Every memory cell is one column holding a ``k × k`` real matrix,
column-major, in the ``D = k²`` rows ``M`` (scalars and vectors are zero-padded
``1 × 1`` and ``k × 1`` matrices).  Pointers are the ±1 positional codes of the
SUBLEQ machine; column 0 (the hub) has ``p_0 = 0``.

**Function table.**  The function blocks of :mod:`.sigmoid`, :mod:`.matmul`,
:mod:`.transpose` and :mod:`.elementwise`, built by their own builders into
this layout, share one function region of ``3k`` columns (regions ``fn_A``,
``fn_B``, ``fn_O``: the buffer row block is already called ``B``) plus the padding column, following the function-block convention
(:mod:`.function_block`); every block has its own rows, and all blocks run
in parallel on the same arguments every loop.  Linear functions ``αA + βB``
share one block (one head).

**The loop** (``6 + l`` layers, ``l`` = the deepest block):

====  ===================  =====================================================================
 1    read instruction     :func:`.subleq.read_instruction`, unchanged (1 head)
 2    read operands        ``S_a ← mem[a]``, ``S_b ← mem[b]``, ``S_f ← mem[flag][0,0]`` (3 pointer
                           heads, :func:`.gadgets.pointer_head` and :func:`.gadgets.gated_overwrite`);
                           ``S_cmd`` snapped onto {−1, 0, 1} (the one-hot ``m`` gates moves of size
                           ``K``: an error δ there would cost ``K·δ``); merged with
                           :func:`.subleq.pc_increment` (FFN only)
 3    spread + flag        the A and B columns attend to the hub (1 head, gain ``G``) and take
                           their matrix column of ``vec A``, ``vec B`` by gated moves;
                           ``flag ← 1 − ReLU(x) + ReLU(x − 1)`` for ``x = S_f`` (1 iff x ≤ 0, 0 iff x ≥ 1)
 4…   function blocks      layer ``t`` of every block, merged
 …    place                every function's output column ``j`` into its own rows ``P_f[jk:(j+1)k]``
 …    gather + select      the hub attends to the O columns (1 head): ``GB ← vec`` of every
                           function's output; ``S_c ← Σ_f e_m[f]·GB_f`` (gated by the one-hot ``m``);
                           merged with :func:`.subleq.branch`, unchanged
 …    write + snap         ``mem[dst] ← S_c`` (pointer head, write gate); ``PC`` snapped back onto
                           {−1, 0, 1} (the units of :func:`.subleq.error_correction`)
====  ===================  =====================================================================

Under softmax every movement of real data between columns is approximate
(relative errors ``~ n e^{−2λ}`` for the pointer heads, ``~ n e^{−G}`` for the
hub heads): unlike SUBLEQ there is nothing to snap real data back to, so
these errors accumulate next to the blocks' certified errors.

Parameters: SUBLEQ's ``C`` (write/read gate, ``≥ 2·max|data|``) and ``epsilon``;
the blocks' ``K`` (gate, ``≥ max|data|``), ``G`` (copy gain), ``lam`` (= the
evaluation temperature λ), ``rho`` (sigmoid padding ≈ ln(n − 1)), and the
product's ``c``, ``C_mm``, ``mu`` — see :func:`default_parameters`.

The instruction set and its reference semantics are in :mod:`.fleq_isa`, the
encoding of states in :mod:`.fleq_encoding`; this module builds the network.
"""
from __future__ import annotations

from fractions import Fraction
from typing import Sequence

import sympy as sp

from verify.ffn_builder import FFNBuilder
from verify.layer import AttentionHead, Layer, LoopedNetwork, sparse
from verify.layout import Layout
from verify.merge import merge_layers

from . import barron
from .elementwise import linear_block
from .fleq_isa import FleqShape
from .function_block import G, K, LAM, FunctionBlock, gated_move, shared_rows
from .gadgets import C as GATE
from .gadgets import EPS, clear, gated_overwrite, one_unit, pointer_head
from .matmul import MU, PAD, SCALE, matmul_block
from .sigmoid import RHO, padding, sigmoid_block
from .subleq import branch, pc_increment, read_instruction
from .transpose import transpose_block

__all__ = ["fleq_layout", "fleq_network", "function_blocks", "snap", "default_parameters"]


def function_blocks(shape: FleqShape) -> tuple[list[FunctionBlock], dict[str, str]]:
    """The blocks of the function table and, per function, its output row block."""
    k = shape.k
    blocks: list[FunctionBlock] = []
    outputs: dict[str, str] = {}
    linear = [(f.name, Fraction(f.args[0]), Fraction(f.args[1])) for f in shape.functions if f.kind == "linear"]
    if linear:
        blocks.append(linear_block(k, linear, name="lin"))
        outputs.update({name: f"{name}.out" for name, _, _ in linear})
    for f in shape.functions:
        if f.kind == "matmul":
            if any(b.name == "mm" for b in blocks):
                raise ValueError("one product block per machine")
            blocks.append(matmul_block(k, name="mm"))
            outputs[f.name] = "mm.out"
        elif f.kind == "transpose":
            blocks.append(transpose_block(k, name="tr"))
            outputs[f.name] = "tr.out"
        elif f.kind == "sigmoid":
            target, m = f.args[0], int(f.args[1])
            fit = barron.fitted(target, m)
            name = f"sg_{f.name}"
            blocks.append(sigmoid_block(name, k, [((a,), b, c) for a, b, c in fit.terms], fit.c0))
            outputs[f.name] = f"{name}.out"
        elif f.kind != "linear":
            raise ValueError(f"unknown function kind {f.kind!r}")
    return blocks, outputs


def fleq_layout(shape: FleqShape, blocks: Sequence[FunctionBlock] | None = None) -> Layout:
    """The named layout (rows and columns) of the FLEQ punchcard; see the module docstring."""
    if blocks is None:
        blocks, _ = function_blocks(shape)
    L, D, F, k = shape.L, shape.D, shape.F, shape.k
    ptr = (("a", L), ("b", L), ("c", L), ("dst", L), ("flag", L), ("m", F))
    ins = 5 * L + F
    private = [row for blk in blocks for row in blk.private]
    used = 1 + len(shape.cells) + shape.commands + 3 * k
    return Layout.build(
        blocks=[
            ("C", ins, ptr),
            ("M", D),
            ("S_a", D, (("flag", 1),)),
            ("S_b", D),
            ("S_f", 1),
            ("S_c", D),
            ("S_cmd", ins, ptr),
            ("PC", L),
            ("P", L),
            ("B", max(ins, 2 * D + 1), (("ins", ins, 0), ("B1", D, 0), ("B2", D, D), ("B3", 1, 2 * D))),
            ("ind", 1),
            ("ind0", 1),
            *shared_rows(k),
            ("BA", D),
            ("BB", D),
            ("place", F * D),
            ("GB", F * D),
            *private,
        ],
        regions=[("hub", 1), ("memory", len(shape.cells)), ("commands", shape.commands), ("fn_A", k), ("fn_B", k),
                 ("fn_O", k), ("pad", shape.n - used)],
        pos_bits=L,
        params={"k": k, "n": shape.n, "D": D, "F": F, "cells": len(shape.cells), "commands": shape.commands},
    )


def snap(ffn: FFNBuilder, layout: Layout, block: str) -> None:
    """The error-correction units of :func:`.subleq.error_correction` (notes §4.6) for one row block.

    ``subleq.error_correction`` snaps ``M``, ``PC`` and ``S_cmd`` together; the FLEQ
    memory holds real numbers, so here the same units are applied block by block.
    """
    scale = 1 / (1 - 2 * EPS)
    for r in layout.rows(block):
        label = layout.describe_row(r)
        terms = [({r: 1}, 1 - EPS, scale), ({r: 1}, EPS, -scale), ({r: 1}, -EPS, scale), ({r: 1}, EPS - 1, -scale),
                 ({r: 1}, 0, -1), ({r: -1}, 0, 1)]
        for j, (inputs, bias, coef) in enumerate(terms):
            ffn.out(r, ffn.unit(f"{label} snap {j + 1}", inputs, bias), coef)
        ffn.out_bias(r, -1)


_OPERANDS = (("a", "read_a", "S_a", "B.B1"), ("b", "read_b", "S_b", "B.B2"), ("flag", "read_flag", "S_f", "B.B3"))


def _read_operands(layout: Layout, which: Sequence[str] = ("a", "b", "flag"), snap_cmd: bool = True) -> Layer:
    """The operand reads; with ``snap_cmd`` the FFN also snaps ``S_cmd`` back onto {−1, 0, 1}.

    The instruction read leaves ``S_cmd`` off by the softmax error; the one-hot
    function selector gates moves of size up to ``K``, so an error δ there
    would become ``K·δ`` in the result: snapping it here, before any gate
    uses it, keeps the selection exact.
    """
    heads, ffn = [], FFNBuilder(layout.d)
    if snap_cmd:
        snap(ffn, layout, "S_cmd")
    for part, name, target, buf in _OPERANDS:
        if part not in which:
            continue
        heads.append(pointer_head(layout, name, f"S_cmd.{part}", [("M", buf), (target, buf)]))
        gated_overwrite(ffn, layout, target, buf, scratch_open=True)
        clear(ffn, layout, buf)
    return Layer("read_" + "_".join(which), tuple(heads), ffn.build(),
                 reads=("S_cmd", "P", "M", "S_a", "S_b", "S_f", "B", "ind"),
                 writes=("S_a", "S_b", "S_f", "B", "S_cmd"),
                 doc="S_a ← mem[a], S_b ← mem[b], S_f ← mem[flag][0,0]" + ("; S_cmd snapped" if snap_cmd else ""))


def _spread(layout: Layout, k: int) -> Layer:
    d = layout.d
    Q = sparse(1, d, {**{(0, r): G / LAM for r in layout.rows("slotA")},
                      **{(0, r): G / LAM for r in layout.rows("slotB")}})
    Kk = sparse(1, d, {(0, layout.row("ind0")): 1})
    V = sparse(d, d, {**{(ra, rs): 1 for ra, rs in zip(layout.rows("BA"), layout.rows("S_a"))},
                      **{(rb, rs): 1 for rb, rs in zip(layout.rows("BB"), layout.rows("S_b"))}})
    ffn = FFNBuilder(d)
    for j in range(k):
        for r in range(k):
            gated_move(ffn, layout.row("RA", r), {layout.row("BA", j * k + r): 1}, [{layout.row("slotA", j): 1}],
                       f"RA[{r}]@A{j}")
            gated_move(ffn, layout.row("RB", r), {layout.row("BB", j * k + r): 1}, [{layout.row("slotB", j): 1}],
                       f"RB[{r}]@B{j}")
    clear(ffn, layout, "BA")
    clear(ffn, layout, "BB")
    # flag = 1 − ReLU(x) + ReLU(x − 1) on the hub (x = S_f); 0 elsewhere (S_f = 0 and ind0 = 0 there)
    f, x = layout.row("S_a.flag"), layout.row("S_f")
    ffn.out(f, one_unit(ffn, layout), 1)
    ffn.out(f, ffn.unit("flag x", {x: 1}), -1)
    ffn.out(f, ffn.unit("flag x-1", {x: 1}, -1), 1)
    for block in ("S_a", "S_b", "S_f"):
        clear(ffn, layout, block)
    return Layer("spread_flag", (AttentionHead("spread", Q, Kk, V),), ffn.build(),
                 reads=("slotA", "slotB", "ind0", "S_a", "S_b", "S_f", "BA", "BB"),
                 writes=("BA", "BB", "RA", "RB", "S_a", "S_b", "S_f"),
                 doc="A and B columns take their column of vec(mem[a]), vec(mem[b]); flag = [mem[flag] ≤ 0]")


def _place(layout: Layout, shape: FleqShape, outputs: dict[str, str]) -> Layer:
    k, D = shape.k, shape.D
    ffn = FFNBuilder(layout.d)
    for fi, f in enumerate(shape.functions):
        out = outputs[f.name]
        for j in range(k):
            for r in range(k):
                gated_move(ffn, layout.row("place", fi * D + j * k + r), {layout.row(out, r): 1},
                           [{layout.row("slotO", j): 1}], f"place {f.name}[{r},{j}]")
    for out in dict.fromkeys(outputs.values()):
        clear(ffn, layout, out)
    clear(ffn, layout, "RA")
    clear(ffn, layout, "RB")
    return Layer("place", (), ffn.build(), reads=("slotO", "place", *dict.fromkeys(outputs.values()), "RA", "RB"),
                 writes=("place", *dict.fromkeys(outputs.values()), "RA", "RB"),
                 doc="each function's output column j into its rows place_f[jk:(j+1)k]; arguments cleared")


def _gather_select(layout: Layout, shape: FleqShape) -> Layer:
    d, k, D = layout.d, shape.k, shape.D
    Q = sparse(1, d, {(0, layout.row("ind0")): G / LAM})
    Kk = sparse(1, d, {(0, r): 1 for r in layout.rows("slotO")})
    V = sparse(d, d, {(g, p): k for g, p in zip(layout.rows("GB"), layout.rows("place"))})
    ffn = FFNBuilder(d)
    for fi, f in enumerate(shape.functions):
        for r in range(D):
            gated_move(ffn, layout.row("S_c", r), {layout.row("GB", fi * D + r): 1},
                       [{layout.row("S_cmd.m", fi): 1}], f"select {f.name}[{r}]")
    clear(ffn, layout, "GB")
    clear(ffn, layout, "place")
    own = Layer("gather_select", (AttentionHead("gather", Q, Kk, V),), ffn.build(),
                reads=("ind0", "slotO", "place", "GB", "S_cmd"), writes=("GB", "place", "S_c"),
                doc="hub ← vec of every function's output; S_c ← the selected one")
    return merge_layers("gather_select_branch", [own, branch(layout)],
                        doc="gather and select (hub); branch: PC ← p if flag else PC + 1 (subleq.branch)")


def _write_snap(layout: Layout) -> Layer:
    head = pointer_head(layout, "write", "S_cmd.dst", [("M", "B.B1"), ("S_c", "B.B1")])
    ffn = FFNBuilder(layout.d)
    gated_overwrite(ffn, layout, "M", "B.B1", scratch_open=False)
    clear(ffn, layout, "B.B1")
    clear(ffn, layout, "S_c")
    snap(ffn, layout, "PC")
    return Layer("write_snap", (head,), ffn.build(),
                 reads=("S_cmd", "P", "M", "S_c", "B", "ind", "PC"), writes=("M", "B", "S_c", "PC"),
                 doc="mem[dst] ← S_c; PC snapped onto {−1, 0, 1}")


def fleq_network(shape: FleqShape, serial: bool = False) -> LoopedNetwork:
    """The symbolic looped FLEQ transformer for ``shape`` (bind :func:`default_parameters`).

    ``serial=True`` schedules the same weights with at most one head per
    layer: the three operand reads in three layers, and the function blocks
    one after another, every multi-head block layer split into one layer per
    head (the heads of a block layer add into the block's own rows and read
    rows no head writes, so splitting them changes nothing; the layer's FFN
    goes with its last head).
    """
    blocks, outputs = function_blocks(shape)
    layout = fleq_layout(shape, blocks)
    depth = max(b.depth for b in blocks)
    layers = [read_instruction(layout)]
    if serial:
        layers += [merge_layers("read_a_pc", [_read_operands(layout, ("a",)), pc_increment(layout)]),
                   _read_operands(layout, ("b",), snap_cmd=False), _read_operands(layout, ("flag",), snap_cmd=False)]
    else:
        layers.append(merge_layers("read_operands_pc", [_read_operands(layout), pc_increment(layout)]))
    layers.append(_spread(layout, shape.k))
    if serial:
        for b in blocks:
            for t in range(b.depth):
                ffn = FFNBuilder(layout.d)
                heads = b.build(layout, t, ffn)
                parts = [(h,) for h in heads] or [()]
                for i, hs in enumerate(parts):
                    last = i == len(parts) - 1
                    layers.append(Layer(f"{b.name}.{t + 1}" + (f".{i + 1}" if len(parts) > 1 else ""), hs,
                                        ffn.build() if last else None, b.reads(t), b.writes(t),
                                        doc=f"layer {t + 1} of block {b.name}"))
    else:
        for t in range(depth):
            ffn = FFNBuilder(layout.d)
            heads, reads, writes = [], [], []
            for b in blocks:
                if t < b.depth:
                    heads.extend(b.build(layout, t, ffn))
                    reads.extend(b.reads(t))
                    writes.extend(b.writes(t))
            layers.append(Layer(f"blocks.{t + 1}", tuple(heads), ffn.build(), tuple(dict.fromkeys(reads)),
                                tuple(dict.fromkeys(writes)), doc=f"layer {t + 1} of every function block"))
    layers += [_place(layout, shape, outputs), _gather_select(layout, shape), _write_snap(layout)]
    symbols = {"C": GATE, "eps": EPS, "K": K, "G": G, "lam": LAM}
    kinds = {f.kind for f in shape.functions}
    if "sigmoid" in kinds:
        symbols["rho"] = RHO
    if "matmul" in kinds:
        symbols.update({"c": SCALE, "C_mm": PAD, "mu": MU})
    return LoopedNetwork(
        name=f"giannou2023.fleq[k={shape.k}, cells={len(shape.cells)}, commands={shape.commands}, "
             f"functions={','.join(f.name for f in shape.functions)}{', serial' if serial else ''}]",
        layout=layout, layers=tuple(layers), symbols=tuple(sorted(symbols.items())),
        constraints=(GATE > 0, EPS > 0, EPS < sp.Rational(1, 2), K > 0, G > 0, LAM > 0),
    )


def default_parameters(shape: FleqShape, lam=24, c="1/1073741824", C_mm=21, bits: int = 64) -> dict:
    """Exact bind values: gates ``C = 512``, ``K = 1024``, ``epsilon = 1/4``, ``G = 2·lam``, ``lam``; the
    sigmoid padding for this ``n``; the product's ``c``, ``C_mm`` and ``mu`` = (e^C + n − 1)/c rounded."""
    from .matmul import parameters as mm_parameters

    lam = Fraction(lam)
    out = {"C": Fraction(512), "eps": Fraction(1, 4), "K": Fraction(1024), "G": 2 * lam, "lam": lam}
    kinds = {f.kind for f in shape.functions}
    if "sigmoid" in kinds:
        out["rho"] = padding(shape.n)
    if "matmul" in kinds:
        p = mm_parameters(shape.k, Fraction(c), Fraction(C_mm), bits=bits, n=shape.n)
        out.update({"c": p["c"], "C_mm": p["C"], "mu": p["mu"]})
    return out
