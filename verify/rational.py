"""Exact rational arrays: an integer numpy array over one common denominator.

``RatArray(num, den)`` represents ``num / den`` exactly.  ``num`` is an
``int64`` array while every intermediate result provably fits in 62 bits, and
an ``object`` array of Python integers otherwise, so arithmetic never rounds
and never overflows.  Only the operations the layer model needs are provided:
``+``, ``-``, ``@``, row indexing, ``swapaxes``, ReLU and the column-wise
hardmax.  Values compare exactly; nothing here ever touches a float.
"""
from __future__ import annotations

import math
from fractions import Fraction
from functools import reduce
import numpy as np

__all__ = ["RatArray"]

_LIMIT = 2**62


def _maxabs(a: np.ndarray) -> int:
    if a.size == 0:
        return 0
    return int(np.max(np.abs(a)))


def _fit(a: np.ndarray, bound: int) -> np.ndarray:
    """Use int64 when ``bound`` (an upper bound on |entries|) allows, else Python ints."""
    if bound < _LIMIT:
        return a if a.dtype == np.int64 else a.astype(np.int64)
    return a if a.dtype == object else a.astype(object)


class RatArray:
    """An exact rational array ``num / den`` (``den > 0``, kept in lowest terms)."""

    __slots__ = ("num", "den")

    def __init__(self, num, den: int = 1, *, reduce_terms: bool = True):
        num = np.asarray(num)
        if num.dtype.kind not in "iuO":
            raise TypeError(f"RatArray numerators must be integers, got {num.dtype}")
        den = int(den)
        if den <= 0:
            raise ValueError("denominator must be positive")
        if num.dtype != object:
            num = num.astype(np.int64, copy=False)
        self.num, self.den = num, den
        if reduce_terms:
            self._reduce()

    # -- construction ----------------------------------------------------------
    @classmethod
    def from_values(cls, values) -> "RatArray":
        """From a nested sequence of ints, Fractions or sympy Rationals."""
        arr = np.asarray(values, dtype=object)
        fracs = [Fraction(int(v.p), int(v.q)) if hasattr(v, "q") else Fraction(v) for v in arr.flat]
        den = reduce(math.lcm, (f.denominator for f in fracs), 1)
        num = np.array([f.numerator * (den // f.denominator) for f in fracs], dtype=object)
        num = num.reshape(arr.shape)
        return cls(_fit(num, _maxabs(num)), den)

    @classmethod
    def zeros(cls, shape) -> "RatArray":
        return cls(np.zeros(shape, dtype=np.int64), 1, reduce_terms=False)

    def _reduce(self) -> None:
        if self.den == 1:
            self.num = _fit(self.num, _maxabs(self.num))
            return
        if self.num.dtype == object:
            g = reduce(math.gcd, (int(v) for v in self.num.flat), self.den)
        else:
            g = math.gcd(int(np.gcd.reduce(self.num, axis=None)) if self.num.size else 0, self.den)
        if g > 1:  # a divisor past int64 (an all-zero array over a huge denominator) needs Python ints
            self.num = (self.num.astype(object) if g >= _LIMIT else self.num) // g
            self.den //= g
        self.num = _fit(self.num, _maxabs(self.num))

    # -- shape -----------------------------------------------------------------
    @property
    def shape(self) -> tuple[int, ...]:
        return self.num.shape

    @property
    def ndim(self) -> int:
        return self.num.ndim

    def __getitem__(self, idx) -> "RatArray":
        return RatArray(self.num[idx], self.den)

    def swapaxes(self, a: int, b: int) -> "RatArray":
        return RatArray(self.num.swapaxes(a, b), self.den, reduce_terms=False)

    def copy(self) -> "RatArray":
        return RatArray(self.num.copy(), self.den, reduce_terms=False)

    def __len__(self) -> int:
        return len(self.num)

    # -- arithmetic --------------------------------------------------------------
    def _aligned(self, other: "RatArray") -> tuple[np.ndarray, np.ndarray, int]:
        den = math.lcm(self.den, other.den)
        fa, fb = den // self.den, den // other.den
        bound = _maxabs(self.num) * fa + _maxabs(other.num) * fb
        a = _fit(self.num, bound) * fa
        b = _fit(other.num, bound) * fb
        return a, b, den

    def __add__(self, other) -> "RatArray":
        other = _as_rat(other)
        a, b, den = self._aligned(other)
        return RatArray(a + b, den)

    __radd__ = __add__

    def __sub__(self, other) -> "RatArray":
        other = _as_rat(other)
        a, b, den = self._aligned(other)
        return RatArray(a - b, den)

    def __rsub__(self, other) -> "RatArray":
        return _as_rat(other) - self

    def __neg__(self) -> "RatArray":
        return RatArray(-self.num, self.den, reduce_terms=False)

    def __mul__(self, other) -> "RatArray":
        other = _as_rat(other)
        bound = _maxabs(self.num) * _maxabs(other.num)
        return RatArray(_fit(self.num, bound) * _fit(other.num, bound), self.den * other.den)

    __rmul__ = __mul__

    def __matmul__(self, other: "RatArray") -> "RatArray":
        other = _as_rat(other)
        inner = self.shape[-1] if self.ndim else 1
        bound = _maxabs(self.num) * _maxabs(other.num) * max(inner, 1)
        a, b = _fit(self.num, bound), _fit(other.num, bound)
        if a.dtype == object and (a.ndim > 2 or b.ndim > 2):
            out = np.einsum("...ij,...jk->...ik", a, b)  # object matmul with broadcasting
        else:
            out = a @ b
        return RatArray(out, self.den * other.den)

    def relu(self) -> "RatArray":
        return RatArray(np.where(self.num > 0, self.num, 0), self.den)

    def add_rows(self, rows, delta: "RatArray") -> "RatArray":
        """A copy of ``self`` with ``delta`` added to rows ``rows`` of the second-last axis."""
        a, b, den = self._aligned(delta)
        out = a.copy()
        out[..., rows, :] = out[..., rows, :] + b
        return RatArray(out, den)

    # -- attention -----------------------------------------------------------
    def hardmax_columns(self, one_hot: bool = False) -> "RatArray":
        """Column-wise tie-averaging hardmax of a score array ``(..., n, n)``.

        Every maximiser of a column gets weight ``1/|argmax set|``.  With
        ``one_hot=True`` the first maximiser gets weight 1 instead (a
        deliberately wrong semantics, kept to show why ties must average).
        """
        top = self.num.max(axis=-2, keepdims=True)
        winners = self.num == top
        if one_hot:
            first = np.argmax(winners, axis=-2)
            onehot = np.zeros(winners.shape, dtype=np.int64)
            np.put_along_axis(onehot, first[..., None, :], 1, axis=-2)
            return RatArray(onehot, 1, reduce_terms=False)
        counts = winners.sum(axis=-2, keepdims=True)
        den = reduce(math.lcm, (int(c) for c in np.unique(counts)), 1)
        return RatArray(winners * (den // counts), den)

    # -- comparison and conversion ---------------------------------------------
    def equals(self, other) -> bool:
        other = _as_rat(other)
        return self.shape == other.shape and self.den == other.den and bool(np.all(self.num == other.num))

    def is_integral(self) -> bool:
        return self.den == 1

    def to_float(self) -> np.ndarray:
        return np.asarray(self.num, dtype=object).astype(float) / self.den if self.num.dtype == object else self.num / self.den

    def item(self, *idx) -> Fraction:
        return Fraction(int(self.num[idx]), self.den)

    def tolist(self):
        return np.vectorize(lambda v: Fraction(int(v), self.den), otypes=[object])(self.num).tolist()

    def __repr__(self) -> str:
        return f"RatArray(shape={self.shape}, den={self.den})"


def _as_rat(x) -> RatArray:
    if isinstance(x, RatArray):
        return x
    if isinstance(x, (int, np.integer)):
        return RatArray(np.array(int(x)), 1)
    if isinstance(x, Fraction):
        return RatArray(np.array(x.numerator), x.denominator)
    if isinstance(x, np.ndarray) and x.dtype.kind in "iu":
        return RatArray(x, 1)
    raise TypeError(f"cannot use {type(x).__name__} in exact arithmetic")

