"""Inexact semantics: IEEE floats, emulated significand widths, and mpmath, each with a softmax at temperature λ.

* :class:`Float` — numpy ``float64`` (or ``float32`` / ``float16``) with a
  numerically stable, max-subtracted column softmax;
* :class:`Rounded` — any significand width emulated on float64 (bfloat16 and
  the minimal-precision search; :func:`round_significand`);
* :class:`Mp` — mpmath at a chosen number of decimal digits.

:class:`Mp` computes a head's two products and its softmax in Arb
(python-flint's ``arb_mat``, in C) at 32 bits beyond mpmath's working
precision and rounds each result's midpoint once to an ``mpf``: an entry is
within half an ulp of the working precision, plus its ball's radius (about
2^-32 of that precision, relative to the sum of the magnitudes of the terms),
of the exact real value of the head on its (mpf) inputs — at a fraction of the
cost of per-entry mpmath arithmetic.
"""
from __future__ import annotations

from fractions import Fraction

import mpmath
import numpy as np
from flint import arb, arb_mat, ctx as _arb_ctx
from mpmath.libmp import from_man_exp, round_nearest

from .semantics_base import SparseRows, _NumpySemantics, as_fraction, dense_fractions

__all__ = ["Float", "Rounded", "Mp", "round_significand"]


class Float(_NumpySemantics):
    """IEEE floating point with a max-subtracted column softmax at temperature λ."""

    cache_compiled = True  # weights depend on the class and key only

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

    cache_compiled = True  # weights depend on the class and key (the name holds the bits) only

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
        return round_significand(self.array(dense_fractions(m)), self.bits)

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


def _fdot_matmul(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """``A @ B`` for 2-D object arrays of mpf, each entry one ``mpmath.fdot`` (a batch: plain ``@``)."""
    if A.ndim != 2 or B.ndim != 2:
        return A @ B
    columns = [list(B[:, j]) for j in range(B.shape[1])]
    out = np.empty((A.shape[0], B.shape[1]), dtype=object)
    for i in range(A.shape[0]):
        row = list(A[i])
        for j, col in enumerate(columns):
            out[i, j] = mpmath.fdot(row, col)
    return out


#: Bits beyond mpmath's working precision at which :class:`Mp` runs a head in Arb.
_GUARD_BITS = 32


def _arb_matrix(A: np.ndarray):
    """A 2-D object array of mpf as an ``arb_mat`` (exact while Arb's precision covers the mantissas)."""
    return arb_mat(A.shape[0], A.shape[1], [arb(v) for v in A.ravel()])


def _mpf_midpoints(M) -> np.ndarray:
    """Each entry's midpoint of an ``arb_mat``, rounded once to mpmath's working precision."""
    make, prec = mpmath.mp.make_mpf, mpmath.mp.prec
    out = np.empty(M.nrows() * M.ncols(), dtype=object)
    for k, v in enumerate(M.entries()):
        man, exp = v.mid().man_exp()
        out[k] = make(from_man_exp(int(man), int(exp), prec, round_nearest))
    return out.reshape(M.nrows(), M.ncols())


def _relu_mpf(v, zero=mpmath.mpf(0)):
    """max(v, 0) for an mpf, reading its sign from the raw tuple (the common, finite case)."""
    sign, man = v._mpf_[0], v._mpf_[1]
    if man:  # a finite nonzero number
        return zero if sign else v
    return v if v > 0 else zero  # zero, or a special value: compare


class Mp(_NumpySemantics):
    """mpmath at ``digits`` decimal digits with a column softmax at temperature λ."""

    cache_compiled = True  # weights depend on the class and key only

    def __init__(self, lam, digits: int = 50):
        if digits < 5:
            raise ValueError("mpmath semantics needs at least 5 digits")
        self.lam = lam
        self.digits = int(digits)
        self.name = "mp"
        self._exp = np.frompyfunc(mpmath.exp, 1, 1)
        self._relu = np.frompyfunc(_relu_mpf, 1, 1)

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

    def head(self, keys, queries, values):
        """As :meth:`Semantics.head`, computed in Arb at :data:`_GUARD_BITS` extra bits: the scores
        ``K^T Q``, the max-subtracted column softmax and ``V W``, each entry's midpoint rounded once
        to mpmath's precision (the weights from the Arb scores, not from rounded ones).  A batch
        (more than two dimensions) takes the entrywise mpmath route."""
        if keys.ndim != 2 or queries.ndim != 2 or values.ndim != 2:
            weights = self.attend(_fdot_matmul(keys.swapaxes(-1, -2), queries))
            return _fdot_matmul(values, weights), weights
        with self.context():
            with _arb_ctx.workprec(mpmath.mp.prec + _GUARD_BITS):
                scores = _arb_matrix(keys.T) * _arb_matrix(queries)
                lam = arb(self._lam_mpf())
                n, m = scores.nrows(), scores.ncols()
                W = arb_mat(n, m)
                for j in range(m):
                    z = [scores[i, j] * lam for i in range(n)]
                    top = max(v.mid() for v in z)  # exact midpoints: comparisons are decided
                    e = [(v - top).exp() for v in z]
                    total = sum(e[1:], e[0])
                    for i in range(n):
                        W[i, j] = e[i] / total
                U = _arb_matrix(values) * W
            return _mpf_midpoints(U), _mpf_midpoints(W)

    def _lam_mpf(self):
        return mpmath.mpf(self.lam) if isinstance(self.lam, (float, str)) else self._mpf(Fraction(self.lam))

    def attend(self, scores):
        with self.context():
            lam = self._lam_mpf()
            z = scores * lam
            z = z - z.max(axis=-2, keepdims=True)
            e = self._exp(z)
            return e / e.sum(axis=-2, keepdims=True)

    def attend_masked(self, scores, mask):
        with self.context():
            lam = self._lam_mpf()
            z = np.where(mask, scores * lam, mpmath.ninf)
            e = self._exp(z - z.max(axis=-2, keepdims=True))  # exp(-inf) = 0: masked keys get no weight
            return e / e.sum(axis=-2, keepdims=True)

    def to_float(self, x):
        return np.asarray(x, dtype=float)

    def describe(self):
        return f"mpmath at {self.digits} digits, softmax at lambda = {self.lam}"
