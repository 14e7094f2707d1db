"""Deliberately broken variants of the SUBLEQ network.

A check that cannot fail proves nothing; these variants are what the tests
(and ``verify all``'s known-bad claims) use to show that every check does
fail on a broken construction.  Each is the correct network with one change:

``flag_plus_n``   the flag as ``ReLU(b_N) + ReLU(1 + N − Σ b_i)``, a variant
                  reported in secondary notes (giannou2023.md §11 item 3)
``adder_sign``    the sign of one adder input weight flipped (layer 5)
``pc_no_wrap``    a PC increment whose top bit does not wrap: ``n − 1`` steps
                  to column ``2^{L−1}`` instead of wrapping to binary 0
``weight``        any single weight changed by a given amount

A too-small gating constant is not a variant of the weights: bind ``C``
to a small value.  A one-hot argmax is a semantics:
:class:`verify.semantics.Exact` with ``one_hot=True``.
"""
from __future__ import annotations

from dataclasses import replace

import sympy as sp

from verify.ffn_builder import FFNBuilder
from verify.layer import Layer, LoopedNetwork, sparse

from .gadgets import bits, clear, one_unit
from .punchcard import SubleqShape
from .subleq import pc_increment, subleq_network

__all__ = ["VARIANTS", "variant_network", "with_layer", "change_weight"]


def with_layer(network: LoopedNetwork, layer: Layer) -> LoopedNetwork:
    """``network`` with the layer of the same name replaced."""
    layers = tuple(layer if old.name == layer.name else old for old in network.layers)
    return replace(network, layers=layers, name=network.name + f"+{layer.name}*")


def change_weight(network: LoopedNetwork, layer: str, matrix: str, i: int, j: int, delta) -> LoopedNetwork:
    """``network`` with entry ``(i, j)`` of ``matrix`` (``W1``, ``b1``, ``W2``, ``b2``) of ``layer`` moved by ``delta``."""
    old = network.layer(layer)
    f = old.ffn
    mats = {"W1": f.W1, "b1": f.b1, "W2": f.W2, "b2": f.b2}
    m = mats[matrix].todok()
    m[(i, j)] = sp.sympify(m.get((i, j), 0)) + sp.sympify(delta)
    mats[matrix] = sparse(mats[matrix].rows, mats[matrix].cols, m)
    new = replace(old, ffn=replace(f, **mats))
    return replace(with_layer(network, new), name=network.name + f"+{layer}.{matrix}[{i},{j}]+({delta})")


def _flag_plus_n(network: LoopedNetwork) -> LoopedNetwork:
    layout = network.layout
    N = layout.param("N")
    ffn = FFNBuilder(layout.d)
    sign = bits(layout, "S_b")[-1]
    f = layout.row("S_a.flag")
    ffn.out(f, ffn.unit("flag sign", {sign: 1}), 1)
    ffn.out(f, ffn.unit("flag zero (1 + N variant)", {**{r: -1 for r in layout.rows("S_b")},
                                                      layout.row("ind0"): 1 + N}), 1)
    clear(ffn, layout, "S_b")
    old = network.layer("flag")
    return with_layer(network, replace(old, ffn=ffn.build()))


def _adder_sign(network: LoopedNetwork) -> LoopedNetwork:
    layout = network.layout
    layer = network.layer("add")
    # flip the weight of S_b's least significant bit in the first unit of the lowest output bit
    lsb = bits(layout, "S_b")[0]
    unit = layer.ffn.units.index(f"{layout.describe_row(lsb)} adder 1")
    w = layer.ffn.W1[unit, lsb]
    return change_weight(network, "add", "W1", unit, lsb, -2 * w)


def _pc_no_wrap(network: LoopedNetwork) -> LoopedNetwork:
    layout = network.layout
    L = layout.pos_bits
    correct = pc_increment(layout)
    f = correct.ffn
    top = bits(layout, "PC")[-1]
    label = layout.describe_row(top)
    # drop the top bit's [u <= 2^L - 1] pair: its output becomes 2[u >= 2^{L-1}] - 1, which is 1 at u = 2^L
    drop = {f.units.index(f"{label} adder 3"), f.units.index(f"{label} adder 4")}
    keep = [k for k in range(f.width) if k not in drop]
    W2 = f.W2[:, keep].todok()
    one = f.units.index("column-0 constant")
    W2[(top, keep.index(one))] = W2.get((top, keep.index(one)), 0) + 2  # output 2·[u ≥ 2^{L−1}] − 1
    new_ffn = replace(
        f, W1=f.W1[keep, :], b1=f.b1[keep, :], W2=sparse(f.W2.rows, len(keep), W2),
        units=tuple(f.units[k] for k in keep),
    )
    return with_layer(network, replace(correct, ffn=new_ffn))


VARIANTS = {
    "flag_plus_n": _flag_plus_n,
    "adder_sign": _adder_sign,
    "pc_no_wrap": _pc_no_wrap,
}


def variant_network(shape: SubleqShape, name: str) -> LoopedNetwork:
    """The symbolic network at ``shape`` with the named defect (or the correct one for ``"correct"``)."""
    network = subleq_network(shape)
    if name == "correct":
        return network
    if name not in VARIANTS:
        raise KeyError(f"unknown variant {name!r}; known: correct, {', '.join(VARIANTS)}")
    return VARIANTS[name](network)
