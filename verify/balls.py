"""Midpoint–radius arrays of float64 balls with rigorous outward error bounds (Rump's interval arithmetic).

A :class:`Balls` ``(mid, rad)`` stands for the set of real arrays ``x`` with
``|x − mid| ≤ rad`` entry by entry.  Every operation here returns balls that
contain the exact real result of the operation on *every* member of its
inputs, although the midpoints and radii are computed in plain float64 with
round-to-nearest (numpy and BLAS, any summation order, with or without FMA):
the rounding of that computation is bounded a posteriori and added to the
radius.  The lemmas used (Higham, *Accuracy and Stability of Numerical
Algorithms*, 2nd ed., §3.1; Rump, "Fast and parallel interval arithmetic",
BIT 39, 1999):

* a float64 dot product of ``k`` terms, in any order, is within
  ``γ_k·Σ|w_j x_j| + k·η`` of the exact one (``γ_k = k·u/(1 − k·u)``,
  ``u = 2^-53``, ``η = 2^-1074``);
* a nonnegative quantity evaluated with at most ``ops`` roundings is at
  least ``(1 − u)^ops`` times its exact value, less the underflow terms, so
  :func:`up` — ``x·(1 + (4·ops + 8)u) + ops·2^-1000`` — bounds the exact value
  from above (the absolute term covers underflow amplified by factors up to
  ``2^70``; :data:`MAX_MAGNITUDE` keeps every factor far below that);
* a sum whose terms are all exact products on a common grid ``2^e`` and whose
  absolute values sum to less than ``2^(p + e)`` is computed exactly in a
  ``p``-bit format, in any order (:func:`exact_dot`): every partial sum is a
  multiple of ``2^e`` below ``2^(p + e)``, hence representable.

Radii are computed only from nonnegative quantities and always passed through
:func:`up`; endpoints are rounded outward with ``nextafter``.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["Balls", "U", "up", "gamma_bound", "exact_dot", "exact_sum", "mantissas", "outward", "MAX_MAGNITUDE"]

#: Unit roundoff of the float64 arithmetic the balls are computed in.
U = 2.0 ** -53
#: Absolute slack per operation: covers float64 underflow (2^-1074) amplified by factors below 2^70.
FLOOR = 2.0 ** -1000
#: Inputs, weights and midpoints must stay below this magnitude (checked): underflow slack and overflow.
MAX_MAGNITUDE = 2.0 ** 60
_BIG = 1 << 20  # "no set bit": the lowest-bit exponent of zero


def up(x, ops: int = 1):
    """An upper bound on the exact value of a nonnegative quantity whose float64 evaluation ``x`` took at most
    ``ops`` roundings (each ``≤ u`` relative, plus underflow): ``x·(1 + (4·ops + 8)u) + ops·2^-1000``."""
    if ops * U > 2.0 ** -10:
        raise ValueError(f"up(): {ops} roundings is beyond this bound's range")
    return np.asarray(x, dtype=np.float64) * (1.0 + (4 * ops + 8) * U) + ops * FLOOR


def gamma_bound(magnitude, k: int):
    """An upper bound on ``γ_k·S + k·η`` for a dot product of ``k`` terms whose computed absolute sum is
    ``magnitude`` (itself within ``γ_k`` below the exact one): ``3k·u`` covers ``γ_k(1 + 2γ_k)``."""
    return up(3.0 * max(k, 1) * U * np.asarray(magnitude, dtype=np.float64), k + 4)


def outward(lo, hi):
    """``(lo, hi)`` moved one ulp outward: a float endpoint computed with one rounding to nearest is within
    half an ulp of the exact one, so the moved endpoints enclose it."""
    return np.nextafter(lo, -np.inf), np.nextafter(hi, np.inf)


def mantissas(x) -> tuple[np.ndarray, np.ndarray]:
    """Per float: the number of significant bits of its odd mantissa, and the exponent of its lowest set bit
    (``x = ±m·2^e``, ``m`` odd); zero gives ``(0, huge)``."""
    x = np.asarray(x, dtype=np.float64)
    f, e = np.frexp(np.abs(x))
    m = (f * 2.0 ** 53).astype(np.int64)  # exact: a 53-bit integer
    nonzero = m != 0
    low = np.where(nonzero, m & -m, 1)
    tz = np.frexp(low.astype(np.float64))[1] - 1  # trailing zero bits (low is a power of two)
    bits = np.where(nonzero, 53 - tz, 0)
    lowexp = np.where(nonzero, e.astype(np.int64) - 53 + tz, _BIG)
    return bits, lowexp


def exact_dot(W, X, b=None, precision: int = 53, min_exponent: int = -1074, mw=None, mx=None):
    """Per entry of ``W @ X + b``: is it computed exactly, in any order, in a ``precision``-bit format?

    Yes when every nonzero product ``W_ij X_jc`` is exact (the two odd mantissas
    fit ``precision`` bits together), every term lies on the grid ``2^e`` of the
    lowest set bit among them (``e ≥ min_exponent``: no subnormal rounding), and
    the terms' absolute values sum to less than ``2^(precision + e)``.  ``W``
    is ``(k, j)``, ``X`` is ``(j, n)``, ``b`` is ``(k, 1)`` or ``(k, n)``; ``mw``, ``mx``: their
    :func:`mantissas`, when the caller has them already.
    """
    W = np.asarray(W, dtype=np.float64)
    X = np.asarray(X, dtype=np.float64)
    bw, ew = mantissas(W) if mw is None else mw
    bx, ex = mantissas(X) if mx is None else mx
    active = (W != 0)[:, :, None] & (X != 0)[None, :, :]
    b1, b2 = bw[:, :, None], bx[None, :, :]  # the odd mantissas' product has at most b1 + b2 bits, b2 when m1 = 1
    fit = (b1 + b2 <= precision) | ((np.minimum(b1, b2) == 1) & (np.maximum(b1, b2) <= precision))
    products = np.where(active, fit, True).all(axis=1)
    lowest = np.where(active, ew[:, :, None] + ex[None, :, :], _BIG).min(axis=1)
    total = np.abs(W) @ np.abs(X)
    if b is not None:
        b = np.broadcast_to(np.asarray(b, dtype=np.float64), total.shape)
        bb, eb = mantissas(b)
        products &= bb <= precision
        lowest = np.minimum(lowest, eb)
        total = total + np.abs(b)
    lowest = np.minimum(lowest, 4000)  # all terms zero: the sum is exactly zero
    fits = up(total, W.shape[1] + 2) < np.ldexp(1.0, np.clip(precision + lowest, -1074, 1023))
    return products & fits & (lowest >= min_exponent)


@dataclass(frozen=True)
class Balls:
    """Real arrays ``x`` with ``|x − mid| ≤ rad`` entrywise (``rad ≥ 0``; ``rad = 0``: exactly ``mid``)."""

    mid: np.ndarray
    rad: np.ndarray

    @staticmethod
    def exact(values) -> "Balls":
        values = np.asarray(values, dtype=np.float64)
        return Balls(values, np.zeros_like(values))

    @property
    def shape(self):
        return self.mid.shape

    def rows(self, index) -> "Balls":
        return Balls(self.mid[index], self.rad[index])

    @property
    def known(self) -> np.ndarray:
        """Entries known exactly (radius zero)."""
        return self.rad == 0

    def bounds(self) -> tuple[np.ndarray, np.ndarray]:
        """Float endpoints ``lo ≤ x ≤ hi`` enclosing every member (rounded outward)."""
        return outward(self.mid - self.rad, self.mid + self.rad)

    def magnitude(self) -> np.ndarray:
        """An upper bound on ``|x|``."""
        return up(np.abs(self.mid) + self.rad)

    def finite(self) -> "Balls":
        """Self, after checking every midpoint and radius is finite and within :data:`MAX_MAGNITUDE`."""
        if not (np.all(np.isfinite(self.mid)) and np.all(np.isfinite(self.rad)) and np.all(self.rad >= 0)):
            raise ValueError("balls: a midpoint or radius is not finite")
        if np.abs(self.mid).max(initial=0) + self.rad.max(initial=0) >= MAX_MAGNITUDE:
            raise ValueError("balls: magnitudes beyond the range the rounding bounds cover")
        return self

    def relu(self) -> "Balls":
        """``max(x, 0)`` entrywise (exact: known entries stay known)."""
        lo, hi = self.bounds()
        lo, hi = np.maximum(lo, 0.0), np.maximum(hi, 0.0)
        mid = np.where(self.known, np.maximum(self.mid, 0.0), (lo + hi) / 2)
        return Balls(mid, np.where(self.known, 0.0, up(np.maximum(hi - mid, mid - lo), 2)))

    def linear(self, W, b=None) -> "Balls":
        """``W @ x + b`` for exact float weights ``W`` (``(k, j)``) and bias ``b`` (``(k, 1)`` or ``(k, n)``)."""
        W = np.asarray(W, dtype=np.float64)
        k = W.shape[1] + (b is not None)
        mid = W @ self.mid
        aw = np.abs(W)
        size = aw @ np.abs(self.mid)
        if b is not None:
            mid = mid + b
            size = size + np.abs(b)
        exact = exact_dot(W, self.mid, b)
        rad = up(aw @ self.rad, W.shape[1] + 1) + np.where(exact, 0.0, gamma_bound(size, k))
        return Balls(mid, _unless(_reach(aw, self.rad) | ~exact, up(rad, 2)))

    def times(self, c: float) -> "Balls":
        """``c·x`` for an exact float ``c``."""
        mid = c * self.mid
        exact = exact_dot(np.array([[c]]), self.mid.reshape(1, -1)).reshape(self.shape)
        rad = up(abs(c) * self.rad, 1) + np.where(exact, 0.0, up(U * np.abs(mid), 2))
        return Balls(mid, _unless((self.rad > 0) | ~exact, rad))

    def plus(self, other: "Balls") -> "Balls":
        """``x + y`` entrywise."""
        mid = self.mid + other.mid
        exact = exact_sum(self.mid, other.mid)
        rad = up(self.rad + other.rad, 1) + np.where(exact, 0.0, up(U * np.abs(mid), 2))
        return Balls(mid, _unless((self.rad > 0) | (other.rad > 0) | ~exact, rad))

    def bilinear(self, other: "Balls") -> "Balls":
        """``x^T y`` (``out[i, j] = Σ_l x[l, i]·y[l, j]``), for every member pair."""
        P, Q = self, other
        k = P.shape[0]
        mid = P.mid.T @ Q.mid
        ap, aq = np.abs(P.mid), np.abs(Q.mid)
        rad = up(ap.T @ Q.rad + P.rad.T @ aq + P.rad.T @ Q.rad, k + 2)
        exact = exact_dot(P.mid.T, Q.mid)
        rad = up(rad + np.where(exact, 0.0, gamma_bound(ap.T @ aq, k)), 1)
        noisy = ((P.rad > 0).any(axis=0)[:, None]) | ((Q.rad > 0).any(axis=0)[None, :]) | ~exact
        return Balls(mid, _unless(noisy, rad))


def _reach(weights_abs, rad) -> np.ndarray:
    """Entries of ``|W| @ rad`` that some nonzero radius reaches through a nonzero weight."""
    return ((weights_abs != 0).astype(np.float64) @ (rad != 0).astype(np.float64)) > 0


def _unless(noisy, rad) -> np.ndarray:
    """``rad`` where ``noisy``, else exactly 0: an exact computation on exactly known values (every term zero or
    exact, so no underflow hides behind a computed zero) keeps its radius 0, where :func:`up` would add its
    absolute slack."""
    return np.where(noisy, rad, 0.0)


def exact_sum(a, b, precision: int = 53, min_exponent: int = -1074) -> np.ndarray:
    """Entrywise: is ``a + b`` exact in a ``precision``-bit format (:func:`exact_dot` with two terms)?"""
    a, b = np.broadcast_arrays(np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64))
    flat = np.stack([a.ravel(), b.ravel()])
    return exact_dot(np.ones((1, 2)), flat, None, precision, min_exponent).reshape(a.shape)
