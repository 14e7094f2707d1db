"""Matrix transpose by attention (Giannou et al. 2023, arXiv v1, the transpose lemma; reference notes
§9.2, [S]: "4 layers and 1 head: vectorise, apply a fixed permutation via read/write-style attention,
reshape").

Contract (function-block convention, :mod:`.function_block`): ``A`` in columns
``A_0..A_{k−1}`` (rows ``RA``); afterwards column ``O_i`` holds, in rows
``tr.out``, ``ω·k·A[i, :]`` — the ``i``-th column of ``Aᵀ`` times
``ω·k = k e^G/(k e^G + n − k) ∈ (0, 1)``; so the error is at most
``(1 − ω k)·max|A_ij| = (n − k)·G_A/(k e^G + n − k)`` (exact, attained at
``|A_ij| = G_A``).  All private rows other than ``tr.out`` end at 0.

**Layer 1 — spread (FFN only, derived here).**  On ``A_l`` the gated moves
``tr.sp[i·k + l] ← A[i, l]·slot_l`` place each entry in a row of its own: column
``A_l`` holds ``vec`` of the matrix that is ``A`` on its column ``l`` and 0
elsewhere.

**Layer 2 — gather (1 head).**  Every O column puts the weight
``ω = e^G/(k e^G + n − k)`` on each A column (query ``G`` on the O
indicator, key 1 on the A indicator); the values ``k·tr.sp`` add up to
``ω·k·vec(A)`` in ``tr.buf`` on every O column.  The FFN moves row block
``i`` of it into ``tr.out`` on ``O_i`` (gated by its slot indicator) and
clears ``tr.sp`` and ``tr.buf``.

Two layers and one head, against the four layers reported [S]: the reshape
steps cost no attention in this layout because the FFN can address rows by
slot indicators.  Parameters ``G`` (gather gain), ``K`` (gate), ``lam``.
"""
from __future__ import annotations

import sympy as sp

from verify.ffn_builder import FFNBuilder
from verify.layer import AttentionHead, sparse
from verify.layout import Layout

from .function_block import G, K, LAM, FunctionBlock, gated_move, indicator, shifted_clear, standalone_network

__all__ = ["transpose_block", "transpose_network", "transpose_error"]


def transpose_block(k: int, name: str = "tr") -> FunctionBlock:
    sp_, buf, out = f"{name}.sp", f"{name}.buf", f"{name}.out"

    def build(layout: Layout, t: int, ffn: FFNBuilder):
        d = layout.d
        if t == 0:
            for i in range(k):
                for l in range(k):
                    gated_move(ffn, layout.row(sp_, i * k + l), {layout.row("RA", i): 1},
                               [{layout.row("slotA", l): 1}], f"{name}.sp[{i},{l}]")
            return ()
        Q = sparse(1, d, {(0, o): G / LAM for o in layout.rows("slotO")})
        Kk = sparse(1, d, {(0, a): 1 for a in layout.rows("slotA")})
        V = sparse(d, d, {(layout.row(buf, r), layout.row(sp_, r)): k for r in range(k * k)})
        for i in range(k):
            for l in range(k):
                gated_move(ffn, layout.row(out, l), {layout.row(buf, i * k + l): 1},
                           [{layout.row("slotO", i): 1}], f"{name}.out[{l}]@O{i}")
        for r in range(k * k):
            shifted_clear(ffn, layout.row(buf, r), f"{name}.buf[{r}]")
            shifted_clear(ffn, layout.row(sp_, r), f"{name}.sp[{r}]")
        return (AttentionHead(f"{name}.gather", Q, Kk, V),)

    return FunctionBlock(
        name=name, k=k, depth=2, private=((sp_, k * k), (buf, k * k), (out, k)), outputs=(("transpose", out),),
        build=build,
        reads=lambda t: ("RA", "slotA") if t == 0 else ("slotO", "slotA", sp_, buf),
        writes=lambda t: (sp_,) if t == 0 else (buf, sp_, out),
        symbols=(("G", G), ("K", K)), constraints=(G > 0, K > 0),
        doc="transpose: spread entries by slot (FFN), gather on the O columns (1 head)", heads_per_layer=(0, 1),
    )


def transpose_network(k: int):
    return standalone_network(transpose_block(k))


def transpose_error(k: int, n: int, GA, G) -> sp.Expr:
    """The exact worst-case entry error ``(n − k)·G_A/(k e^G + n − k)`` over ``|A_ij| ≤ G_A``."""
    GA, G = sp.sympify(GA), sp.sympify(G)
    return (n - k) * GA / (k * sp.exp(G) + n - k)


def output_expression(A, i: int, l: int, gain, n: int):
    """The exact entry ``l`` of ``tr.out`` on ``O_i``: ``k e^G/(k e^G + n − k)·A[i][l]``."""
    k = len(A)
    E = sp.exp(sp.sympify(gain))
    return k * E / (k * E + n - k) * A[i][l]
