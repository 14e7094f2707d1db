"""The interface every evaluation semantics implements, and the base shared by numpy-array semantics.

:class:`Semantics` turns exact weights into its own arrays and supplies the
operations where number systems differ (ReLU, the column-wise attention
normalisation, adding an update into a subset of rows, the masked
normalisation and the zeroing of masked scores); :class:`_NumpySemantics`
is the shared code of the semantics whose arrays are numpy arrays (of floats
or of number objects: :mod:`verify.float_semantics`, :mod:`verify.arb`,
:mod:`verify.symbolic_semantics`), with :class:`SparseRows` for weights kept
as their nonzero entries.  :func:`as_fraction` reads a weight exactly.  The
catalogue of semantics is :mod:`verify.semantics`.
"""
from __future__ import annotations

import contextlib
from abc import ABC, abstractmethod
from fractions import Fraction

import numpy as np
import sympy as sp

from .rational import RatArray

__all__ = ["Semantics", "SparseRows", "as_fraction", "dense_fractions"]


def as_fraction(v) -> Fraction:
    """Exact Fraction from an int, Fraction or sympy Rational (never a float)."""
    if isinstance(v, Fraction):
        return v
    if isinstance(v, (int, np.integer)):
        return Fraction(int(v))
    if isinstance(v, sp.Rational):
        return Fraction(int(v.p), int(v.q))
    if isinstance(v, sp.Expr):
        raise ValueError(f"weight {v} is not a number: bind every symbol first")
    raise TypeError(f"cannot read {type(v).__name__} {v!r} as an exact rational")


def dense_fractions(m) -> list[list[Fraction]]:
    out = [[Fraction(0)] * m.cols for _ in range(m.rows)]
    for (i, j), v in m.todok().items():
        out[i][j] = as_fraction(v)
    return out


class Semantics(ABC):
    """One number system for evaluating a network."""

    name: str = "abstract"
    #: True when :attr:`key` (with the class) determines everything :meth:`weights` and :meth:`bias`
    #: return, so that :class:`~verify.forward.Evaluator` may reuse a layer's compiled weights; a
    #: semantics whose conversion depends on anything else must leave it False.  Declared per class,
    #: never inherited.
    cache_compiled: bool = False

    @property
    def key(self) -> tuple:
        """Identifies the semantics for caching compiled weights."""
        return (self.name,)

    def context(self):
        """Context manager active while this semantics computes (precision etc.)."""
        return contextlib.nullcontext()

    @abstractmethod
    def array(self, rows: list[list[Fraction]]):
        """Convert an exact rational matrix (list of rows) to a native array."""

    def weights(self, m):
        """Convert a bound sympy matrix to a native array."""
        return self.array(dense_fractions(m))

    def bias(self, m):
        """A bias vector (``k × 1``) or per-column bias matrix (``k × n``) as a dense native array."""
        return self.weights(m) if m.cols == 1 else self.array(dense_fractions(m))

    @abstractmethod
    def relu(self, a):
        ...

    @abstractmethod
    def attend(self, scores):
        """Column-wise normalisation of a ``(..., n, n)`` score array."""

    @abstractmethod
    def add_rows(self, x, rows, delta):
        """Copy of ``x`` with ``delta`` added to ``rows`` of the second-last axis."""

    def head(self, keys, queries, values):
        """One head's update ``V X σ((K X)^T Q X)`` from ``K X``, ``Q X`` and ``V X``.

        Returns the update and the attention weights (for traces).
        """
        weights = self.attend(keys.swapaxes(-1, -2) @ queries)
        return values @ weights, weights

    def head_with(self, keys, queries, values, kind: str = "softmax", mask=None, scale=1):
        """A head with the features beyond eq. (1a): ``kind`` ``"softmax"`` or ``"linear"``, an optional
        ``mask`` (an ``n × n`` boolean numpy array, ``mask[i, j]``: key ``i`` visible to query ``j``)
        and, for linear heads, the exact ``scale`` of the scores.  Returns the update and the weights.
        """
        scores = keys.swapaxes(-1, -2) @ queries
        if kind == "linear":
            weights = self.times(scores if mask is None else self.mask_zero(scores, mask), as_fraction(scale))
        else:
            weights = self.attend(scores) if mask is None else self.attend_masked(scores, mask)
        return values @ weights, weights

    def attend_masked(self, scores, mask):
        """Column-wise normalisation over the visible entries only (masked weights are 0)."""
        raise NotImplementedError(f"{self.name} semantics has no masked attention")

    def mask_zero(self, scores, mask):
        """``scores`` with the masked entries set to 0."""
        raise NotImplementedError(f"{self.name} semantics has no masked attention")

    def times(self, a, c: Fraction):
        """``a`` multiplied by the exact constant ``c``."""
        raise NotImplementedError(f"{self.name} semantics has no linear attention")

    @abstractmethod
    def to_float(self, x) -> np.ndarray:
        ...

    def describe(self) -> str:
        return self.name


class SparseRows:
    """A weight matrix kept as its nonzero entries, for object-dtype arithmetic.

    ``W @ X`` touches only the nonzeros of ``W``: for mpmath or Arb numbers a
    dense product would spend almost all its time multiplying by zero.
    """

    def __init__(self, rows: list[list[tuple[int, object]]], ncols: int, zero):
        self.rows, self.ncols, self.zero = rows, ncols, zero
        # a weight of exactly 1 or -1 adds or subtracts the row itself (no multiplication)
        self._signed = [[(j, v, 1 if v == 1 else -1 if v == -1 else 0) for j, v in entries] for entries in rows]

    @property
    def shape(self) -> tuple[int, int]:
        return (len(self.rows), self.ncols)

    def __matmul__(self, X):
        out = np.empty(X.shape[:-2] + (len(self.rows), X.shape[-1]), dtype=object)
        for i, entries in enumerate(self._signed):
            acc = None
            for j, v, unit in entries:
                row = X[..., j, :]
                if unit == 1:
                    acc = row if acc is None else acc + row
                elif unit == -1:
                    acc = -row if acc is None else acc - row
                else:
                    term = row * v
                    acc = term if acc is None else acc + term
            out[..., i, :] = self.zero if acc is None else acc
        return out


class _NumpySemantics(Semantics):
    """Shared code for semantics whose arrays are numpy arrays (of floats or of number objects)."""

    dtype = np.dtype(object)

    def scalar(self, f: Fraction):
        """One exact value in this number system."""
        raise NotImplementedError

    def array(self, rows):
        """Any nesting of exact values (a matrix or a batch of them) as a native array."""
        with self.context():
            values = np.vectorize(self.scalar, otypes=[object])(np.asarray(rows, dtype=object))
        return values if self.dtype == object else values.astype(self.dtype)

    def add_rows(self, x, rows, delta):
        out = x.copy()
        out[..., rows, :] += delta
        return out

    def mask_zero(self, scores, mask):
        zero = self.scalar(Fraction(0))
        return np.where(mask, scores, self.dtype.type(zero) if self.dtype != object else zero)

    def times(self, a, c: Fraction):
        with self.context():
            return a * self.scalar(c)

    def input(self, x):
        if isinstance(x, RatArray):
            return self.array(x.tolist())
        x = np.asarray(x)
        if x.dtype.kind in "iu" and self.dtype != object:
            return x.astype(self.dtype)  # small integers are exact in every float format
        return self.array(x.astype(object))
