"""Build a :class:`~verify.layer.FeedForward` one named hidden ReLU unit at a time.

Constructions write their feed-forward parts as named units — ``ReLU`` of a
linear form in the rows of ``X`` plus a bias — and the output rows each unit
adds to (:class:`FFNBuilder`); the builder assembles the sparse ``W1, b1, W2,
b2`` of eq. (1b) of the layer model (:mod:`verify.layer`).
"""
from __future__ import annotations

from typing import Mapping

import sympy as sp

from .layer import FeedForward, sparse

__all__ = ["FFNBuilder"]


class FFNBuilder:
    """Builds a :class:`FeedForward` one named hidden unit at a time.

    ``unit(label, {row: coef}, bias)`` adds ``ReLU(Σ coef·x_row + bias)``;
    ``out(row, unit, coef)`` adds ``coef·unit`` to row ``row``;
    ``out_bias(row, value)`` adds a uniform output bias.
    """

    def __init__(self, d: int):
        self.d = d
        self._w1: dict[tuple[int, int], object] = {}
        self._b1: dict[tuple[int, int], object] = {}
        self._w2: dict[tuple[int, int], object] = {}
        self._b2: dict[tuple[int, int], object] = {}
        self.units: list[str] = []

    def unit(self, label: str, inputs: Mapping[int, object], bias=0) -> int:
        u = len(self.units)
        self.units.append(label)
        for row, coef in inputs.items():
            self._w1[(u, row)] = sp.sympify(self._w1.get((u, row), 0)) + coef
        if bias != 0:
            self._b1[(u, 0)] = bias
        return u

    def out(self, row: int, unit: int, coef=1) -> None:
        self._w2[(row, unit)] = sp.sympify(self._w2.get((row, unit), 0)) + coef

    def out_bias(self, row: int, value) -> None:
        self._b2[(row, 0)] = sp.sympify(self._b2.get((row, 0), 0)) + value

    def build(self) -> FeedForward:
        w = len(self.units)
        return FeedForward(
            sparse(w, self.d, self._w1),
            sparse(w, 1, self._b1),
            sparse(self.d, w, self._w2),
            sparse(self.d, 1, self._b2),
            tuple(self.units),
        )
