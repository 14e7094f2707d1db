"""Lookup tables for the value stage: a seeded random table, the alternating worst case, one table per bit of
the contextual ID (together they give any two contextual IDs different values) and one one-hot table per ID.

A table has one row per contextual ID ``0 … K−1`` and one integer in ``0 … Q``
per output coordinate; the value read out is ``entry / Q``.
"""
from __future__ import annotations

import random

from .reference import XSShape

__all__ = ["make_table", "bit_tables", "onehot_tables", "TABLES"]

TABLES = ("random:1", "random:2", "alternating")


def make_table(shape: XSShape, spec: str) -> list[list[int]]:
    """``random:<seed>`` (entries uniform in 0..Q), ``alternating`` (0, Q, 0, Q, … shifted per coordinate) or
    ``bit:<b>`` (Q·(bit b of the contextual ID) in every coordinate) or ``onehot:<j>`` (Q for contextual ID j,
    0 for every other)."""
    if spec.startswith("random:"):
        rng = random.Random(int(spec.split(":", 1)[1]))
        return [[rng.randint(0, shape.Q) for _ in range(shape.d)] for _ in range(shape.K)]
    if spec.startswith("bit:"):
        b = int(spec.split(":", 1)[1])
        return [[shape.Q * ((j >> b) & 1)] * shape.d for j in range(shape.K)]
    if spec.startswith("onehot:"):
        hot = int(spec.split(":", 1)[1])
        return [[shape.Q if j == hot else 0] * shape.d for j in range(shape.K)]
    if spec == "alternating":
        return [[shape.Q * ((j + i) % 2) for i in range(shape.d)] for j in range(shape.K)]
    raise ValueError(f"unknown table {spec!r}; use random:<seed>, alternating, bit:<b> or onehot:<j>")


def bit_tables(shape: XSShape) -> list[str]:
    """``bit:<b>`` for every bit of a contextual ID ``0 … K−1``: under one of them any two IDs differ."""
    return [f"bit:{b}" for b in range(max(1, (shape.K - 1).bit_length()))]


def onehot_tables(shape: XSShape) -> list[str]:
    """``onehot:<j>`` for every contextual ID ``j``: the value Q at ``j`` alone."""
    return [f"onehot:{j}" for j in range(shape.K)]
