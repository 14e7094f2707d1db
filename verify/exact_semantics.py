"""The exact semantics: tie-averaging hardmax in exact rational arithmetic (:class:`verify.rational.RatArray`).

``Exact(one_hot=True)`` is the deliberately wrong lowest-index argmax, kept
to show that ties must average.
"""
from __future__ import annotations

from fractions import Fraction

import numpy as np

from .rational import RatArray
from .semantics_base import Semantics

__all__ = ["Exact"]


class Exact(Semantics):
    """Tie-averaging hardmax over exact rationals: the semantics the papers prove."""

    cache_compiled = True  # weights depend on the class and key only

    def __init__(self, one_hot: bool = False):
        self.one_hot = one_hot
        self.name = "exact-onehot" if one_hot else "exact"

    def array(self, rows):
        return RatArray.from_values(rows)

    def input(self, x):
        return x if isinstance(x, RatArray) else RatArray(np.asarray(x), 1)

    def relu(self, a: RatArray) -> RatArray:
        return a.relu()

    def attend(self, scores: RatArray) -> RatArray:
        return scores.hardmax_columns(one_hot=self.one_hot)

    def attend_masked(self, scores: RatArray, mask) -> RatArray:
        # a masked score below every score of the array never wins, nor ties
        low = scores.num.min() - 1 if scores.num.size else 0
        return RatArray(np.where(mask, scores.num, low), scores.den).hardmax_columns(one_hot=self.one_hot)

    def mask_zero(self, scores: RatArray, mask) -> RatArray:
        return RatArray(np.where(mask, scores.num, 0), scores.den)

    def times(self, a: RatArray, c: Fraction) -> RatArray:
        return a * c

    def add_rows(self, x: RatArray, rows, delta: RatArray) -> RatArray:
        return x.add_rows(rows, delta)

    def to_float(self, x: RatArray) -> np.ndarray:
        return x.to_float()

    def describe(self) -> str:
        return "exact rationals, lowest-index one-hot argmax" if self.one_hot else (
            "exact rationals, tie-averaging hardmax"
        )
