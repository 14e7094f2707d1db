"""Elementwise linear functions ``αA + βB`` as a function block (derived here for the FLEQ machine;
Giannou et al. 2023 §6 use additions and subtractions in their FLEQ programs, notes §10, [S]).

Contract (function-block convention, :mod:`.function_block`): for every
output ``(name, α, β)``, column ``O_j`` holds, in rows ``<name>.out``,
``2(α(e^G A[:, j] + Σ_{l≠j} A[:, l]) + β(e^G B[:, j] + Σ_{l≠j} B[:, l]))/Z`` with
``Z = 2e^G + n − 2``: ``αA + βB`` up to ``(1 − 2e^G/Z + 2(k − 1)/Z)(|α|G_A + |β|G_B)``
entrywise (:func:`linear_error`; the other A and B columns score 0 and leak in).

One layer, one head shared by every output: ``O_j`` queries ``G·e_j`` and the
columns ``A_j`` and ``B_j`` both key ``e_j``, so each gets weight ``ω``; the
value copies ``RA`` into ``lin.ea`` and ``RB`` into ``lin.eb``.  The FFN adds
``2α·ea + 2β·eb`` into each output's rows on the O columns (gated move, exact
for ``|2α·ea + 2β·eb| ≤ K``) and clears the buffers.  Under hardmax the
weights would be exactly ½ and the block exact; under softmax moving data
between columns is never exact, which is why even additions carry an error.
"""
from __future__ import annotations

from fractions import Fraction
from typing import Sequence

import sympy as sp

from verify.ffn_builder import FFNBuilder
from verify.layer import AttentionHead, sparse
from verify.layout import Layout

from .function_block import G, K, LAM, FunctionBlock, gated_move, indicator, shifted_clear, standalone_network

__all__ = ["linear_block", "linear_network", "linear_error"]


def _q(v):
    v = Fraction(v)
    return sp.Rational(v.numerator, v.denominator)


def linear_block(k: int, outputs: Sequence[tuple[str, object, object]], name: str = "lin") -> FunctionBlock:
    """``αA + βB`` for each ``(function name, α, β)`` in ``outputs`` (exact rationals)."""
    ea, eb = f"{name}.ea", f"{name}.eb"
    outs = [(f, f"{f}.out", _q(a), _q(b)) for f, a, b in outputs]

    def build(layout: Layout, t: int, ffn: FFNBuilder):
        assert t == 0
        d = layout.d
        Q = sparse(k, d, {(r, layout.row("slotO", r)): G / LAM for r in range(k)})
        Kk = sparse(k, d, {**{(r, layout.row("slotA", r)): 1 for r in range(k)},
                           **{(r, layout.row("slotB", r)): 1 for r in range(k)}})
        V = sparse(d, d, {**{(layout.row(ea, r), layout.row("RA", r)): 1 for r in range(k)},
                          **{(layout.row(eb, r), layout.row("RB", r)): 1 for r in range(k)}})
        ind_o = indicator(layout, "slotO")
        for f, rows, a, b in outs:
            for r in range(k):
                w = {}
                if a != 0:
                    w[layout.row(ea, r)] = 2 * a
                if b != 0:
                    w[layout.row(eb, r)] = 2 * b
                gated_move(ffn, layout.row(rows, r), w, [ind_o], f"{f}[{r}]")
        for r in range(k):
            shifted_clear(ffn, layout.row(ea, r), f"{ea}[{r}]")
            shifted_clear(ffn, layout.row(eb, r), f"{eb}[{r}]")
        return (AttentionHead(f"{name}.pair", Q, Kk, V),)

    return FunctionBlock(
        name=name, k=k, depth=1, private=((ea, k), (eb, k), *((rows, k) for _, rows, _, _ in outs)),
        outputs=tuple((f, rows) for f, rows, _, _ in outs), build=build,
        reads=lambda t: ("slotO", "slotA", "slotB", "RA", "RB", ea, eb),
        writes=lambda t: (ea, eb, *(rows for _, rows, _, _ in outs)),
        symbols=(("G", G), ("K", K)), constraints=(G > 0, K > 0),
        doc="elementwise αA + βB (one pair-copy head, FFN combination)", heads_per_layer=(1,),
    )


def linear_network(k: int, outputs):
    return standalone_network(linear_block(k, outputs))


def linear_error(k: int, n: int, alpha, beta, GA, GB, G) -> sp.Expr:
    """The exact worst entry error ``(1 − 2ω + 2(k − 1)/Z)(|α|G_A + |β|G_B)``, ``Z = 2e^G + n − 2``,
    ``ω = e^G/Z`` (attained with the own entries at ±G and the others of the opposite signs)."""
    E = sp.exp(sp.sympify(G))
    Z = 2 * E + n - 2
    scale = abs(sp.sympify(_q(alpha))) * sp.sympify(GA) + abs(sp.sympify(_q(beta))) * sp.sympify(GB)
    return (1 - 2 * E / Z + 2 * sp.Integer(k - 1) / Z) * scale


def output_expression(A, B, r: int, j: int, alpha, beta, gain, n: int):
    """The exact entry ``r`` of an output on ``O_j``: ``2(α(e^G a_j + Σ_{l≠j} a_l) + β(…b…))/(2e^G + n − 2)``
    (``A[r][l]``, ``B[r][l]`` the arguments' entries; the other A and B columns score 0 and leak in)."""
    k = len(A)
    E = sp.exp(sp.sympify(gain))
    al, be = _q(alpha), _q(beta)
    a = E * A[r][j] + sp.Add(*(A[r][l] for l in range(k) if l != j))
    b = E * B[r][j] + sp.Add(*(B[r][l] for l in range(k) if l != j))
    return 2 * (al * a + be * b) / (2 * E + n - 2)
