"""Lookup tables for the value stage: a seeded random table and the alternating worst case.

A table has one row per contextual ID ``0 … K−1`` and one integer in ``0 … Q``
per output coordinate; the value read out is ``entry / Q``.
"""
from __future__ import annotations

import random

from .reference import XSShape

__all__ = ["make_table", "TABLES"]

TABLES = ("random:1", "random:2", "alternating")


def make_table(shape: XSShape, spec: str) -> list[list[int]]:
    """``random:<seed>`` (entries uniform in 0..Q) or ``alternating`` (0, Q, 0, Q, … shifted per coordinate)."""
    if spec.startswith("random:"):
        rng = random.Random(int(spec.split(":", 1)[1]))
        return [[rng.randint(0, shape.Q) for _ in range(shape.d)] for _ in range(shape.K)]
    if spec == "alternating":
        return [[shape.Q * ((j + i) % 2) for i in range(shape.d)] for j in range(shape.K)]
    raise ValueError(f"unknown table {spec!r}; use random:<seed> or alternating")
