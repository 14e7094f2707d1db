"""Merging layers that work side by side into one layer (heads concatenated, FFN units stacked)."""
from __future__ import annotations

from typing import Sequence

import sympy as sp

from .layer import FeedForward, Layer
from .matrix import Matrix

__all__ = ["merge_layers"]


def merge_layers(name: str, layers: Sequence[Layer], doc: str = "") -> Layer:
    """One layer doing what ``layers`` do side by side: heads concatenated, FFN units stacked.

    Valid when no FFN of one part reads rows written by a head of another
    (all units see the output of all heads); the callers' layer tables say why.
    """
    heads = tuple(h for layer in layers for h in layer.heads)
    ffns = [layer.ffn for layer in layers if layer.ffn is not None and layer.ffn.width]
    ffn = None
    if ffns:
        ffn = FeedForward(
            Matrix(sp.Matrix.vstack(*[f.W1 for f in ffns])),
            Matrix(sp.Matrix.vstack(*[f.b1 for f in ffns])),
            Matrix(sp.Matrix.hstack(*[f.W2 for f in ffns])),
            Matrix(sum((sp.Matrix(f.b2) for f in ffns[1:]), sp.Matrix(ffns[0].b2))),
            tuple(u for f in ffns for u in f.units),
        )
    reads = tuple(dict.fromkeys(r for layer in layers for r in layer.reads))
    writes = tuple(dict.fromkeys(w for layer in layers for w in layer.writes))
    return Layer(name, heads, ffn, reads, writes, doc or " + ".join(layer.name for layer in layers))
