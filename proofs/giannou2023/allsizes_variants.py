"""Broken SUBLEQ layer builders for the all-sizes proofs' sibling tests: one weight changed at one index only.

Each is written like the builders of :mod:`constructions.giannou2023.subleq`
(and calls its gadgets), so it runs both concretely (any size) and under
generic execution (:mod:`.generic_exec`); the change is a weight with a
factor ``KroneckerDelta(index, k)``, so it exists at one bit position only:

``add_one_bit3``   the +1 adder's output bit 3 gets one extra −2·ReLU(ind0) (bits 1, 2 and ≥ 4 untouched)
``branch_row1``    PC row 1 gets an extra ``ReLU(flag)`` (rows 0 and ≥ 2 untouched): a taken jump lands off-code
``flag_bit0``      the flag's zero test weighs the MSB of S_b with −2 instead of −1
``write_bit0``     the write head's value copies M's first row twice (B1[0] ← 2·M[0] + S_b[0])

Columns cannot be singled out by weights: eq. (1b)'s weights are shared by all
columns; a per-column bias (the engine's ``B1``/``B2``) is what the tests use for a
one-column defect, and :func:`.generic_exec.conformance` rejects it.
"""
from __future__ import annotations

import sympy as sp

from constructions.giannou2023 import subleq
from constructions.giannou2023.gadgets import bits, clear, pointer_head
from verify.ffn_builder import FFNBuilder
from verify.layer import Layer

__all__ = ["VARIANTS", "variant_layer"]


def add_one_bit3(layout) -> Layer:
    layer = subleq.add_one(layout)
    ffn = FFNBuilder(layout.d)
    one = ffn.unit("column-0 constant", {layout.row("ind0"): 1})
    for i, r in enumerate(bits(layout, "B.B2", layout.param("N")), start=1):
        ffn.out(r, one, -2 * sp.KroneckerDelta(i, 3))
    return _merge(layer, ffn)


def branch_row1(layout) -> Layer:
    layer = subleq.branch(layout)
    ffn = FFNBuilder(layout.d)
    f = layout.row("S_a.flag")
    for k, rq in enumerate(layout.rows("PC")):
        ffn.out(rq, ffn.unit("broken select", {f: 1}), sp.KroneckerDelta(k, 1))
    return _merge(layer, ffn)


def flag_bit0(layout) -> Layer:
    N = layout.param("N")
    ffn = FFNBuilder(layout.d)
    sign = bits(layout, "S_b")[-1]
    f = layout.row("S_a.flag")
    u1 = ffn.unit("flag sign", {sign: 1})
    u2 = ffn.unit("flag zero", {**{r: -1 - sp.KroneckerDelta(k, 0) for k, r in enumerate(layout.rows("S_b"))},
                                layout.row("ind0"): 1 - N})
    ffn.out(f, u1, 1)
    ffn.out(f, u2, 1)
    clear(ffn, layout, "S_b")
    return Layer("flag", (), ffn.build(), reads=("S_b", "ind0"), writes=("S_a", "S_b"))


def write_bit0(layout) -> Layer:
    layer = subleq.write(layout)
    head = pointer_head(layout, "write", "S_cmd.b", [("M", "B.B1"), ("S_b", "B.B1")])
    extra = {}
    for k, (rs, rd) in enumerate(zip(layout.rows("M"), layout.rows("B.B1"))):
        extra[(rd, rs)] = sp.KroneckerDelta(k, 0)
    return _with_value(layer, head, extra)


def _merge(layer, extra_ffn):
    """``layer`` with the units of ``extra_ffn`` appended (a concrete FeedForward or a generic record)."""
    from dataclasses import replace

    from .generic_exec import GFFN, GLayer

    if isinstance(layer, GLayer):
        base = len(layer.ffn.units)
        layer.ffn.units += extra_ffn.units
        layer.ffn.outs += [(r, u + base, c, fam) for r, u, c, fam in extra_ffn.outs]
        return layer
    add = extra_ffn.build()
    f = layer.ffn
    from verify.layer import sparse
    w = f.width
    W1 = {**f.W1.todok(), **{(i + w, j): v for (i, j), v in add.W1.todok().items()}}
    b1 = {**f.b1.todok(), **{(i + w, j): v for (i, j), v in add.b1.todok().items()}}
    W2 = {**f.W2.todok(), **{(i, j + w): v for (i, j), v in add.W2.todok().items()}}
    ffn = replace(f, W1=sparse(w + add.width, f.W1.cols, W1), b1=sparse(w + add.width, 1, b1),
                  W2=sparse(f.W2.rows, w + add.width, W2), units=f.units + add.units)
    assert not isinstance(extra_ffn, GFFN)
    return replace(layer, ffn=ffn)


def _with_value(layer, head, extra):
    from dataclasses import replace

    from .generic_exec import GLayer

    if isinstance(layer, GLayer):
        V = dict(head.V)
        for k, v in extra.items():
            V[k] = sp.sympify(V.get(k, 0)) + v
        head.V = V
        layer.heads = (head,)
        return layer
    from verify.layer import sparse
    V = dict(head.V.todok())
    for k, v in extra.items():
        V[k] = sp.sympify(V.get(k, 0)) + v
    return replace(layer, heads=(replace(head, V=sparse(head.V.rows, head.V.cols, V)),))


VARIANTS = {"add_one_bit3": ("add_one", add_one_bit3), "branch_row1": ("branch", branch_row1),
            "flag_bit0": ("flag", flag_bit0), "write_bit0": ("write", write_bit0)}


def variant_layer(name: str):
    """``(layer name, builder)`` of the named broken variant."""
    return VARIANTS[name]
