"""Evaluation semantics: interchangeable number systems behind one interface.

Modelled on mpmath's ``mp`` / ``fp`` / ``iv`` contexts.  Each semantics turns
exact weights into its own arrays and supplies the three operations where the
number systems differ — ReLU, the column-wise attention normalisation, and
adding an update into a subset of rows; masked and linear heads
(:meth:`Semantics.head_with`) need two more, the masked normalisation and
the zeroing of masked scores.  Everything else (``+``, ``@``, row
indexing) is ordinary array arithmetic, so :mod:`verify.forward` is written
once for all of them.

* :class:`Exact` — tie-averaging hardmax in exact rational arithmetic
  (:class:`verify.rational.RatArray`).  ``Exact(one_hot=True)`` is the
  deliberately wrong lowest-index argmax, kept to show that ties must average.
* :class:`Float` — numpy ``float64`` (or ``float32`` / ``float16``) with a
  numerically stable, max-subtracted softmax at temperature λ.
* :class:`Rounded` — any significand width emulated on float64 (bfloat16
  and the minimal-precision search).
* :class:`Mp` — mpmath at a chosen number of decimal digits, softmax at λ.
* :class:`Symbolic` — tie-averaging (or one-hot) hardmax over the exact
  symbolic values of :mod:`verify.symbolic`: what the z3 proofs evaluate
  (in :mod:`verify.symbolic_semantics`, importable from here).
"""
from __future__ import annotations

import contextlib
from abc import ABC, abstractmethod
from fractions import Fraction

import mpmath
import numpy as np
import sympy as sp

from .rational import RatArray

__all__ = ["Semantics", "Exact", "Float", "Rounded", "Mp", "Symbolic", "SparseRows", "semantics_from_name", "as_fraction", "round_significand"]


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


def _dense(m) -> list[list[Fraction]]:
    out = [[Fraction(0)] * m.cols for _ in range(m.rows)]
    for (i, j), v in m.todok().items():
        out[i][j] = as_fraction(v)
    return out


class Semantics(ABC):
    """One number system for evaluating a network."""

    name: str = "abstract"

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
        return self.array(_dense(m))

    def bias(self, m):
        """A bias vector (``k × 1``) or per-column bias matrix (``k × n``) as a dense native array."""
        return self.weights(m) if m.cols == 1 else self.array(_dense(m))

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


class Exact(Semantics):
    """Tie-averaging hardmax over exact rationals: the semantics the papers prove."""

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


class SparseRows:
    """A weight matrix kept as its nonzero entries, for object-dtype arithmetic.

    ``W @ X`` touches only the nonzeros of ``W``: for mpmath or Arb numbers a
    dense product would spend almost all its time multiplying by zero.
    """

    def __init__(self, rows: list[list[tuple[int, object]]], ncols: int, zero):
        self.rows, self.ncols, self.zero = rows, ncols, zero

    @property
    def shape(self) -> tuple[int, int]:
        return (len(self.rows), self.ncols)

    def __matmul__(self, X):
        out = np.empty(X.shape[:-2] + (len(self.rows), X.shape[-1]), dtype=object)
        for i, entries in enumerate(self.rows):
            acc = None
            for j, v in entries:
                term = X[..., j, :] * v
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


class Float(_NumpySemantics):
    """IEEE floating point with a max-subtracted column softmax at temperature λ."""

    def __init__(self, lam, dtype=np.float64):
        self.lam = lam
        self.dtype = np.dtype(dtype)
        self.name = {"float64": "float64", "float32": "float32", "float16": "float16"}.get(
            self.dtype.name, self.dtype.name
        )

    @property
    def key(self):
        return (self.name, str(self.lam))

    def scalar(self, f):
        f = as_fraction(f)
        return f.numerator / f.denominator  # int / int true division is correctly rounded to float64

    def relu(self, a):
        return np.maximum(a, self.dtype.type(0))

    def attend(self, scores):
        z = self.dtype.type(float(self.lam)) * scores
        z = z - z.max(axis=-2, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=-2, keepdims=True)

    def attend_masked(self, scores, mask):
        z = np.where(mask, self.dtype.type(float(self.lam)) * scores, self.dtype.type(-np.inf))
        e = np.exp(z - z.max(axis=-2, keepdims=True))  # exp(-inf) = 0: masked keys get no weight
        return e / e.sum(axis=-2, keepdims=True)

    def to_float(self, x):
        return np.asarray(x, dtype=np.float64)

    def describe(self):
        return f"{self.name}, softmax at lambda = {self.lam}"


def round_significand(x, bits: int):
    """Round float64 values to ``bits`` significand bits (round to nearest, ties to even); exponent unchanged."""
    m, e = np.frexp(x)  # x = m·2^e with 0.5 ≤ |m| < 1
    return np.ldexp(np.rint(m * 2.0**bits) / 2.0**bits, e)


class _RoundedRows:
    """A float64 weight matrix whose products are rounded to the semantics' significand width."""

    def __init__(self, matrix: np.ndarray, bits: int):
        self.matrix, self.bits = matrix, bits

    @property
    def shape(self):
        return self.matrix.shape

    def __matmul__(self, X):
        return round_significand(self.matrix @ X, self.bits)


class Rounded(Float):
    """A float format with ``bits`` significand bits, emulated on float64.

    Every stored value — weights, products, ReLU outputs, softmax weights,
    updated rows — is rounded to ``bits`` bits (round to nearest even).
    Products are accumulated in float64 before rounding (a wide accumulator,
    as matrix units do), and the exponent range is not limited: overflow is
    checked separately.  ``bits = 8`` emulates bfloat16, 11 float16, 24
    float32.
    """

    def __init__(self, lam, bits: int):
        super().__init__(lam, np.float64)
        if not 2 <= bits <= 53:
            raise ValueError("significand bits must be between 2 and 53")
        self.bits = int(bits)
        self.name = f"rounded{self.bits}"

    @property
    def key(self):
        return (self.name, str(self.lam))

    def weights(self, m):
        dense = round_significand(super().weights(m), self.bits)
        return dense if m.cols == 1 else _RoundedRows(dense, self.bits)

    def bias(self, m):
        return round_significand(self.array(_dense(m)), self.bits)

    def input(self, x):
        return round_significand(super().input(x), self.bits)

    def relu(self, a):
        return round_significand(super().relu(a), self.bits)

    def attend(self, scores):
        return round_significand(super().attend(round_significand(scores, self.bits)), self.bits)

    def head(self, keys, queries, values):
        update, weights = super().head(keys, queries, values)
        return round_significand(update, self.bits), weights

    def attend_masked(self, scores, mask):
        return round_significand(super().attend_masked(round_significand(scores, self.bits), mask), self.bits)

    def times(self, a, c):
        return round_significand(super().times(round_significand(a, self.bits), c), self.bits)

    def head_with(self, keys, queries, values, kind="softmax", mask=None, scale=1):
        update, weights = super().head_with(keys, queries, values, kind, mask, scale)
        return round_significand(update, self.bits), weights

    def add_rows(self, x, rows, delta):
        out = x.copy()
        out[..., rows, :] = round_significand(out[..., rows, :] + round_significand(delta, self.bits), self.bits)
        return out

    def describe(self):
        return f"{self.bits}-bit significands (emulated on float64), softmax at lambda = {self.lam}"


class Mp(_NumpySemantics):
    """mpmath at ``digits`` decimal digits with a column softmax at temperature λ."""

    def __init__(self, lam, digits: int = 50):
        if digits < 5:
            raise ValueError("mpmath semantics needs at least 5 digits")
        self.lam = lam
        self.digits = int(digits)
        self.name = "mp"
        self._exp = np.frompyfunc(mpmath.exp, 1, 1)
        self._relu = np.frompyfunc(lambda v: v if v > 0 else mpmath.mpf(0), 1, 1)

    @property
    def key(self):
        return ("mp", str(self.lam), self.digits)

    def context(self):
        return mpmath.workdps(self.digits)

    def scalar(self, f):
        return self._mpf(as_fraction(f))

    @staticmethod
    def _mpf(f: Fraction):
        return mpmath.mpf(f.numerator) / f.denominator

    def weights(self, m):
        if m.cols == 1:
            return super().weights(m)
        rows: list[list[tuple[int, object]]] = [[] for _ in range(m.rows)]
        with self.context():
            for (i, j), v in sorted(m.todok().items()):
                rows[i].append((j, self._mpf(as_fraction(v))))
        return SparseRows(rows, m.cols, mpmath.mpf(0))

    def relu(self, a):
        return self._relu(a)

    def attend(self, scores):
        with self.context():
            lam = mpmath.mpf(self.lam) if isinstance(self.lam, (float, str)) else self._mpf(Fraction(self.lam))
            z = scores * lam
            z = z - z.max(axis=-2, keepdims=True)
            e = self._exp(z)
            return e / e.sum(axis=-2, keepdims=True)

    def attend_masked(self, scores, mask):
        with self.context():
            lam = mpmath.mpf(self.lam) if isinstance(self.lam, (float, str)) else self._mpf(Fraction(self.lam))
            z = np.where(mask, scores * lam, mpmath.ninf)
            e = self._exp(z - z.max(axis=-2, keepdims=True))  # exp(-inf) = 0: masked keys get no weight
            return e / e.sum(axis=-2, keepdims=True)

    def to_float(self, x):
        return np.asarray(x, dtype=float)

    def describe(self):
        return f"mpmath at {self.digits} digits, softmax at lambda = {self.lam}"


def semantics_from_name(name: str, lam=10, digits: int = 50) -> Semantics:
    """Semantics by CLI name: ``exact``, ``exact-onehot``, ``float64``, ``float32``, ``float16``,
    ``bfloat16`` (8-bit significands emulated on float64), ``mp``."""
    table = {
        "exact": lambda: Exact(),
        "exact-onehot": lambda: Exact(one_hot=True),
        "float64": lambda: Float(lam, np.float64),
        "float32": lambda: Float(lam, np.float32),
        "float16": lambda: Float(lam, np.float16),
        "bfloat16": lambda: Rounded(lam, 8),
        "mp": lambda: Mp(lam, digits),
    }
    if name not in table:
        raise ValueError(f"unknown semantics {name!r}; choose one of {', '.join(table)}")
    return table[name]()


def __getattr__(name):  # the symbolic semantics lives in its own module; import it from here as before
    if name in ("Symbolic", "hardmax_weights"):
        from . import symbolic_semantics

        return getattr(symbolic_semantics, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
