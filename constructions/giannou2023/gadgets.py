"""Reusable weight gadgets of Giannou et al. 2023 (§4 of the reference notes).

Every SUBLEQ layer is assembled from these few pieces; each states its
contract on ±1 data and its source in the paper or the official code.
"""
from __future__ import annotations

import sympy as sp

from verify.ffn_builder import FFNBuilder
from verify.layer import AttentionHead, sparse
from verify.layout import Layout

__all__ = ["C", "EPS", "pointer_head", "gated_overwrite", "clear", "one_unit", "bit_adder", "bits"]

#: Gating constant of the read/write feed-forward gates (official code: 100).
C = sp.Symbol("C")
#: Radius of the error-correction flat regions (official code: data-dependent).
EPS = sp.Symbol("epsilon")


def bits(layout: Layout, block: str, width: int | None = None) -> list[int]:
    """Rows of ``block`` holding bits 1 (LSB) … width, i.e. MSB-first storage reversed."""
    rows = list(layout.rows(block))
    width = len(rows) if width is None else width
    return [rows[width - i] for i in range(1, width + 1)]


def pointer_head(layout: Layout, name: str, pointer: str, copies: list[tuple[str, str]]) -> AttentionHead:
    """The read/write head of the read lemma (paper §4, Lemma "read", arXiv v1).

    ``Q = K = [I on pointer rows | I on P rows]``, so the score of column
    ``j`` against target column ``i`` is ``(ptr_j + p_j)·(ptr_i + p_i)``.
    Column 0 (``p_0 = 0``) and the column ``t`` with ``p_t = ptr`` tie at
    ``log n``; every other column wins alone; all other scores are ≤ log n − 2.
    ``V`` copies ``x_src`` into ``dst`` for each ``(src, dst)`` in ``copies``
    (several sources may add into one destination).
    Contract: under tie-averaging hardmax, column 0 receives ½(own + column t).
    """
    d, L = layout.d, layout.pos_bits
    qk = {}
    for k, (pr, pp) in enumerate(zip(layout.rows(pointer), layout.rows("P"))):
        qk[(k, pr)] = 1
        qk[(k, pp)] = 1
    v: dict[tuple[int, int], int] = {}
    for src, dst in copies:
        for rs, rd in zip(layout.rows(src), layout.rows(dst)):
            v[(rd, rs)] = v.get((rd, rs), 0) + 1
    m = sparse(L, d, qk)
    return AttentionHead(name, m, m, sparse(d, d, v))


def gated_overwrite(ffn: FFNBuilder, layout: Layout, target: str, buffer: str, scratch_open: bool) -> None:
    """``target += ReLU(2B − 2T + g) − ReLU(−2B + 2T + g)`` entrywise.

    The gate ``g`` is ``C·ind − C`` (open on scratch columns, read lemma) when
    ``scratch_open`` else ``−C·ind`` (open on non-scratch columns, write
    lemma).  With ``B = ½(T + new)`` and the gate open this sets ``T = new``;
    closed, it adds 0 provided ``C ≥ 2·|B − T|``.
    """
    ind = layout.row("ind")
    for rt, rb in zip(layout.rows(target), layout.rows(buffer)):
        gate_w, gate_b = (C, -C) if scratch_open else (-C, 0)
        label = layout.describe_row(rt)
        up = ffn.unit(f"{label} overwrite+", {rb: 2, rt: -2, ind: gate_w}, gate_b)
        down = ffn.unit(f"{label} overwrite-", {rb: -2, rt: 2, ind: gate_w}, gate_b)
        ffn.out(rt, up, 1)
        ffn.out(rt, down, -1)


def clear(ffn: FFNBuilder, layout: Layout, block: str) -> None:
    """``x += −ReLU(x) + ReLU(−x)``, i.e. ``x ← 0`` exactly, for any real ``x``."""
    for r in layout.rows(block):
        label = layout.describe_row(r)
        pos = ffn.unit(f"{label} clear+", {r: 1})
        neg = ffn.unit(f"{label} clear-", {r: -1})
        ffn.out(r, pos, -1)
        ffn.out(r, neg, 1)


def one_unit(ffn: FFNBuilder, layout: Layout) -> int:
    """``ReLU(ind0)``: equals 1 on column 0 and 0 elsewhere.

    The official code adds some output constants on column 0 only, which
    eq. (1b) cannot express as a bias; routing them through this unit keeps
    every bias uniform (reference notes §11 item 7, §15).
    """
    return ffn.unit("column-0 constant", {layout.row("ind0"): 1})


def bit_adder(
    ffn: FFNBuilder, layout: Layout, sources: list[str], carry_in: int, dest: str, one: int, width: int
) -> None:
    """The official code's 6-unit-per-bit adder (notes §4.3): ``dest += bits of Σ sources + carry_in``.

    For output bit ``i`` (1 = LSB) let ``u = Σ_src t_i(src) + carry_in`` with
    ``t_i(x) = Σ_{j≤i} 2^{j−1}(x_j + 1)/2`` the unsigned value of the low ``i``
    bits.  With ``[u ≥ a] = ReLU(u − a + 1) − ReLU(u − a)`` on integers,
    ``2([u ≥ 2^{i−1}] + [u ≤ 2^i − 1] + [u ≥ 3·2^{i−1}]) − 3 = 2·bit_i(u) − 1``
    for ``0 ≤ u < 2^{i+1}``, so the sum is exact modulo ``2^width``.  Every
    constant acts through ``ind0``, so other columns compute 0.
    """
    ind0 = layout.row("ind0")
    src_bits = [bits(layout, s, width) for s in sources]
    for i, r_out in enumerate(bits(layout, dest, width), start=1):
        inputs: dict[int, object] = {}
        for sb in src_bits:
            for j in range(1, i + 1):
                inputs[sb[j - 1]] = inputs.get(sb[j - 1], 0) + sp.Rational(2) ** (j - 2)
        const = len(sources) * sp.Rational(2**i - 1, 2) + carry_in
        half, full = 2 ** (i - 1), 2**i
        thresholds = [
            (1, -half + 1),  # ReLU(u − 2^{i−1} + 1)
            (1, -half),  # ReLU(u − 2^{i−1})
            (-1, full),  # ReLU(−u + 2^i)
            (-1, full - 1),  # ReLU(−u + 2^i − 1)
            (1, -3 * half + 1),  # ReLU(u − 3·2^{i−1} + 1)
            (1, -3 * half),  # ReLU(u − 3·2^{i−1})
        ]
        label = layout.describe_row(r_out)
        for k, (sign, offset) in enumerate(thresholds):
            w = {row: sign * c for row, c in inputs.items()}
            w[ind0] = sign * const + offset
            u = ffn.unit(f"{label} adder {k + 1}", w)
            ffn.out(r_out, u, 2 if k % 2 == 0 else -2)
        ffn.out(r_out, one, -3)
