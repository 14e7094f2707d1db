"""Per-entry rounding bounds of the float machine's operations, vectorised over :class:`~verify.balls.Balls`.

The same standard model as :mod:`verify.rounding` (which bounds one
operation over *all* valid states, in Arb), here evaluated entry by entry
for *one* state's enclosure, in float64 with :func:`~verify.balls.up`:

* a product ``P @ Q (+ b)`` of ``k`` nonzero terms, in any summation order,
  rounds by at most the smaller of Higham's ``γ_k·Σ|p q| + 2k·η`` and the
  node-wise bound ``u·(inexact products) + k·η + (k − 1)·½ulp(max(Pos, Neg) +
  γ_(k−1)·Σ|p q|)``, where ``Pos``/``Neg`` bound the positive and negative parts
  of the terms from the signs of the enclosures (:func:`product_rounding`);
* an entry whose inputs are known exactly and whose terms pass
  :func:`~verify.balls.exact_dot` in the format's precision rounds nowhere;
* one addition rounds by at most half an ulp of a bound on its result
  (:func:`half_ulp`);
* the max-subtracted softmax: ``|w̃_i − p_i(z̃)| ≤ p_i(z̃)·rel_i + abs`` with
  ``rel_i`` from the exp error ``A_i = (1 + 2·e_ulps·u)e^{u·T_i} − 1`` (``T_i``
  bounds ``|z_i − max z|``) and the sum's and division's roundings
  (:func:`softmax_relative`, the per-entry form of
  :func:`verify.rounding.softmax_l1`; ``np.exp`` within ``e_ulps`` ulps is the
  model's one assumption).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .arb import precision, upper
from .balls import U, Balls, exact_dot, up
from .rounding import FloatModel, softmax_factors

__all__ = ["Format", "fmt_of", "half_ulp", "product_rounding", "linear_rounding", "softmax_relative"]


@dataclass(frozen=True)
class Format:
    """The machine's binary format, as floats: unit roundoff, underflow term, precision, lowest exponent."""

    model: FloatModel
    u: float
    eta: float
    precision: int
    min_exponent: int

    def gamma(self, k):
        """An upper bound on ``γ_k = k·u/(1 − k·u)`` (arrays of ``k`` allowed; ``k·u ≤ 1/4`` checked)."""
        k = np.asarray(k, dtype=np.float64)
        if np.any(k * self.u > 0.25):
            raise ValueError(f"{self.model.name}: a dot product too long for the rounding model")
        return up(k * self.u * (4.0 / 3.0), 3)


@lru_cache(maxsize=None)
def fmt_of(model: FloatModel) -> Format:
    u, eta = float(model.u), float(model.eta)
    p = int(model.u.denominator.bit_length() - 1)
    return Format(model, u, eta, p, int(model.eta.denominator.bit_length() - 1) * -1)


def half_ulp(fmt: Format, bound):
    """``u·2^⌊log2 B⌋`` for an upper bound ``B`` on ``|y|``: at least the rounding of ``fl(y)`` (0 for ``B = 0``)."""
    bound = np.asarray(bound, dtype=np.float64)
    _, e = np.frexp(bound)
    return np.where(bound > 0, np.ldexp(fmt.u, e - 1), 0.0)


def _parts(lo, hi):
    return np.maximum(hi, 0.0), np.maximum(-lo, 0.0)


def product_rounding(fmt: Format, P: tuple, Q: tuple, inexact, b=None):
    """Rounding of ``fl(P @ Q + b)`` entry by entry, any summation order: ``P = (lo, hi)`` and ``Q = (lo, hi)``
    enclose the factors, ``inexact`` bounds the absolute sum of the products that may round."""
    pp, pn = _parts(*P)
    qp, qn = _parts(*Q)
    pos = pp @ qp + pn @ qn
    neg = pp @ qn + pn @ qp
    k = ((pp + pn) != 0).astype(np.float64) @ ((qp + qn) != 0).astype(np.float64)
    if b is not None:
        b = np.broadcast_to(np.asarray(b, dtype=np.float64), pos.shape)
        pos = pos + np.maximum(b, 0.0)
        neg = neg + np.maximum(-b, 0.0)
        k = k + (b != 0)
    inner = P[0].shape[-1] + 2
    pos, neg = up(pos, inner), up(neg, inner)
    total = up(pos + neg, 1)
    gamma = up(fmt.gamma(k) * total + 2 * k * fmt.eta, 3)
    products = up(fmt.u * up(inexact, inner) + k * fmt.eta, 2)  # each product rounded once
    top = up(np.maximum(pos, neg) + products + fmt.gamma(np.maximum(k - 1, 0)) * (total + 2 * products), 5)
    nodes = up(products + np.maximum(k - 1, 0) * half_ulp(fmt, top), 2)
    return np.minimum(gamma, nodes)


def linear_rounding(fmt: Format, W, X: Balls, b=None):
    """``(rounding, exact)`` of the machine's ``fl(W @ x̃ + b)`` for exact float weights and ``x̃`` in ``X``:
    products by ``±2^i`` are exact; an entry whose inputs are known and whose terms are exact rounds nowhere."""
    W = np.asarray(W, dtype=np.float64)
    lo, hi = X.bounds()
    mag = X.magnitude()
    frac, _ = np.frexp(np.abs(W))
    shifts = (frac == 0.5) & (np.abs(W) >= 1.0)
    inexact = np.abs(np.where(shifts, 0.0, W)) @ mag
    bound = product_rounding(fmt, (W, W), (lo, hi), inexact, b)
    known = ((W != 0).astype(np.float64) @ (~X.known).astype(np.float64)) == 0
    exact = known & exact_dot(W, X.mid, b, fmt.precision, fmt.min_exponent)
    return np.where(exact, 0.0, bound), exact


@lru_cache(maxsize=None)
def _softmax_constants(model: FloatModel, n: int) -> tuple[float, float, float]:
    """``(side, high, absolute)`` of :func:`verify.rounding.softmax_factors`, as floats rounded up."""
    with precision(128):
        side, high, _, absolute = softmax_factors(model, n)
        return tuple(float(np.nextafter(float(upper(x)), np.inf)) for x in (side, high, absolute))


def softmax_relative(fmt: Format, T, n: int):
    """``(rel, absolute)`` per entry: the machine's softmax weight is within ``p_i(z̃)·rel_i + absolute`` of the
    real softmax of its (rounded) scores ``z̃``; ``T`` bounds ``|z̃_i − max z̃|`` entry by entry."""
    c1, H, absolute = _softmax_constants(fmt.model, n)
    x = up(fmt.u * np.asarray(T, dtype=np.float64), 2)
    if np.any(x >= 0.5):
        raise ValueError(f"{fmt.model.name}: scores too large for the softmax rounding bound")
    e = 2.0 * fmt.model.exp_ulps * fmt.u
    A = up(e + (1.0 + e) * x / (1.0 - x) * (1.0 + 4 * U), 6)  # (1 + e)e^x − 1 ≤ e + (1 + e)·x/(1 − x)
    return up(c1 + A * H, 3), absolute
