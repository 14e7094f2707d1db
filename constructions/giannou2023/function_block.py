"""The function-block convention of Giannou et al. 2023 (§6, FLEQ; reference notes §7, [S]).

A *function block* is a few transformer layers that compute ``f(A, B)`` for
matrix arguments.  As reported [S], the first argument occupies columns
``1:d``, the second ``d+1:2d`` and the output is written to ``2d+1:3d`` of a
``3d``-column sequence.  Here (0-indexed, square ``k × k`` cells, ``d = k``):

==============  ===========  =================================================
columns         region       content
==============  ===========  =================================================
``[0, k)``      ``A``        column ``j`` holds ``A[:, j]`` in rows ``RA``
``[k, 2k)``     ``B``        column ``k + j`` holds ``B[:, j]`` in rows ``RB``
``[2k, 3k)``    ``O``        column ``2k + j`` receives ``f(A, B)[:, j]`` in the block's ``out`` rows
``[3k, n)``     ``pad``      padding; the first one is the matmul block's padding column
==============  ===========  =================================================

Rows shared by every block (constants of the input, never written):

``one``      1 on every column (the zero-sum value trick below)
``slotA``    ``k`` rows: the one-hot slot code ``e_j`` on A column ``j``, zero elsewhere
``slotB``    the same on the B columns; ``slotO`` on the O columns
``padC``     1 on the padding column ``3k`` only
``RA, RB``   the arguments (``k`` rows each)

Every block adds its own private rows (named ``<block>.<part>``), which are
zero on input and, apart from its ``out`` rows, zero again on output.

**Power-of-two length (derived here).**  The layout model of this repository
needs ``n = 2^L`` columns, so the sequence is padded from ``3k`` to the next
power of two above ``3k`` (at least one padding column).  Every count the paper
writes with ``3d`` (the sigmoid padding ``log(3d − 1)``, the matmul normaliser)
is therefore written here with ``n``; with ``n = 3d`` the two agree.

**Temperature convention.**  The layer model applies the softmax at the
evaluation semantics' temperature λ.  Every score weight of a block carries
the factor ``1/lam`` (symbol ``lam``), so a block computes its function when
evaluated at λ = ``lam``; the standalone blocks are bound with ``lam = 1`` and
checked at λ = 1, the FLEQ machine binds ``lam`` to its λ.

**Sign-definite ReLUs.**  Every ReLU of a block whose input depends on data is
*sign-definite* on the stated input box (``|data| ≤ K`` for the gate constant
``K``): moves use ``x·g = ReLU(x + 2K·g − K) − K·g`` for a 0/1 indicator ``g``,
and clears use ``x ← x − (ReLU(x + K) − K)``.  So on the box each block is a
smooth function, equal to a closed form — what the symbolic proofs establish
and the Arb bounds evaluate.

**Zero-sum values.**  A head whose query is zero on a column averages the
values uniformly there.  Blocks whose values are ``v·(indicator − one/n)``
sum to zero over the columns, so such columns receive exactly 0.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Callable, Mapping, Sequence

import sympy as sp

from verify.ffn_builder import FFNBuilder
from verify.layer import AttentionHead, Layer, LoopedNetwork, sparse
from verify.layout import Layout

__all__ = [
    "K", "G", "LAM", "shared_rows", "block_regions", "standalone_layout", "FunctionBlock", "gated_move",
    "shifted_clear", "indicator", "standalone_network", "standalone_input", "sequence_length",
]

#: Gate constant: data entering a gated move or a clear must satisfy |x| ≤ K.
K = sp.Symbol("K", positive=True)
#: Gain of the sharp copy heads (score gap between the intended source and the rest).
G = sp.Symbol("G", positive=True)
#: The softmax temperature the block is built for (score weights carry 1/lam).
LAM = sp.Symbol("lam", positive=True)


def sequence_length(k: int) -> int:
    """``n``: the least power of two ``> 3k`` (at least one padding column)."""
    n = 4
    while n < 3 * k + 1:
        n *= 2
    return n


def shared_rows(k: int) -> list:
    """The row blocks every function block relies on (see the module docstring)."""
    return [("one", 1), ("slotA", k), ("slotB", k), ("slotO", k), ("padC", 1), ("RA", k), ("RB", k)]


def block_regions(k: int) -> list[tuple[str, int]]:
    return [("A", k), ("B", k), ("O", k)]


def standalone_layout(k: int, private: Sequence, name: str = "block") -> Layout:
    """Layout of a standalone block on ``n = sequence_length(k)`` columns with its private rows."""
    n = sequence_length(k)
    return Layout.build(
        blocks=[*shared_rows(k), *private],
        regions=[*block_regions(k), ("pad", n - 3 * k)],
        pos_bits=n.bit_length() - 1,
        params={"k": k, "n": n},
    )


def indicator(layout: Layout, block: str) -> dict[int, int]:
    """The 0/1 indicator of a region as a weight map: the sum of its slot rows (e.g. ``slotO``)."""
    return {r: 1 for r in layout.rows(block)}


def gated_move(ffn: FFNBuilder, target: int, inputs: Mapping[int, object], gates: Sequence[Mapping[int, object]],
               label: str, const=0) -> None:
    """``target += x · Π gates`` with ``x = Σ inputs[r]·row_r + const``; exact for |x| ≤ K and 0/1 gates.

    One unit ``ReLU(x + 2K·Σg − (2|g| − 1)K)`` (argument ≥ 0 when every gate is
    1, ≤ 0 otherwise) and one unit ``ReLU(Σg − (|g| − 1)) = Π g`` times ``−K``.
    """
    n = len(gates)
    w: dict[int, object] = dict(inputs)
    gsum: dict[int, object] = {}
    for g in gates:
        for r, c in g.items():
            w[r] = sp.sympify(w.get(r, 0)) + 2 * K * c
            gsum[r] = sp.sympify(gsum.get(r, 0)) + c
    u = ffn.unit(f"{label} move", w, const - (2 * n - 1) * K)
    ffn.out(target, u, 1)
    v = ffn.unit(f"{label} gate", gsum, -(n - 1))
    ffn.out(target, v, -K)


def shifted_clear(ffn: FFNBuilder, row: int, label: str) -> None:
    """``x ← x − (ReLU(x + K) − K) = 0`` for ``x ≥ −K`` (one unit, output bias +K on every column)."""
    u = ffn.unit(f"{label} clear", {row: 1}, K)
    ffn.out(row, u, -1)
    ffn.out_bias(row, K)


@dataclass(frozen=True)
class FunctionBlock:
    """A function block: named, ``depth`` layers, built into any layout that has its rows.

    ``build(layout, t, ffn)`` adds the FFN units of layer ``t`` to ``ffn`` and
    returns that layer's heads; ``reads(t)`` / ``writes(t)`` name the row
    blocks layer ``t`` touches.  ``outputs`` maps each function the block
    provides to its output row block (``k`` rows, read on the O columns).
    ``private`` lists the block's own row blocks; ``symbols`` its parameters.
    """

    name: str
    k: int
    depth: int
    private: tuple
    outputs: tuple[tuple[str, str], ...]
    build: Callable[[Layout, int, FFNBuilder], tuple[AttentionHead, ...]]
    reads: Callable[[int], tuple[str, ...]]
    writes: Callable[[int], tuple[str, ...]]
    symbols: tuple[tuple[str, sp.Symbol], ...] = ()
    constraints: tuple = ()
    doc: str = ""
    heads_per_layer: tuple[int, ...] = field(default=())

    def layers(self, layout: Layout, prefix: str = "") -> tuple[Layer, ...]:
        out = []
        for t in range(self.depth):
            ffn = FFNBuilder(layout.d)
            heads = self.build(layout, t, ffn)
            out.append(Layer(f"{prefix}{self.name}.{t + 1}", tuple(heads), ffn.build(), reads=self.reads(t),
                             writes=self.writes(t), doc=self.doc))
        return tuple(out)


def standalone_network(block: FunctionBlock) -> LoopedNetwork:
    """The block alone on its standalone layout (bind ``lam = 1`` and evaluate at λ = 1)."""
    layout = standalone_layout(block.k, block.private)
    syms = dict(block.symbols)
    syms.setdefault("lam", LAM)
    return LoopedNetwork(
        name=f"giannou2023.{block.name}[k={block.k}]",
        layout=layout,
        layers=block.layers(layout),
        symbols=tuple(sorted(syms.items())),
        constraints=tuple(block.constraints) + (LAM > 0,),
    )


def standalone_input(layout: Layout, A=None, B=None, zero=0) -> list[list]:
    """The input matrix (list of rows) for arguments ``A`` and ``B`` (``k × k`` nested lists, or None).

    The constant rows are exact integers; data entries are whatever ``A`` and
    ``B`` hold (Fractions, sympy symbols, Arb balls …); everything else is ``zero``.
    """
    k, n = layout.param("k"), layout.n
    X = [[zero for _ in range(n)] for _ in range(layout.d)]
    for j in range(n):
        X[layout.row("one")][j] = 1
    a, b, o = layout.cols("A"), layout.cols("B"), layout.cols("O")
    for j in range(k):
        X[layout.row("slotA", j)][a[j]] = 1
        X[layout.row("slotB", j)][b[j]] = 1
        X[layout.row("slotO", j)][o[j]] = 1
        for r in range(k):
            if A is not None:
                X[layout.row("RA", r)][a[j]] = A[r][j]
            if B is not None:
                X[layout.row("RB", r)][b[j]] = B[r][j]
    X[layout.row("padC")][layout.cols("pad")[0]] = 1
    return X

