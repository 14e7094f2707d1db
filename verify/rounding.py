"""Rigorous bounds on the rounding error of the float forward pass (:class:`verify.semantics.Float`).

**Model** (Higham, *Accuracy and Stability of Numerical Algorithms*, 2nd ed.,
§2.2 and §3.1).  Every IEEE operation ``∘ ∈ {+, −, ×, ÷}`` rounds to nearest:
``|fl(x∘y) − x∘y| ≤ u·|x∘y| + η`` with the unit roundoff ``u`` (2^-53 for
float64, 2^-24 for float32) and, for ``×`` and ``÷`` only, an absolute
underflow term ``η`` (the smallest subnormal, 2^-1074 resp. 2^-149; an
addition or subtraction whose result is subnormal is exact).  A dot product
of ``k`` nonzero terms, summed in *any* order (numpy's ``matmul`` calls BLAS,
whose order and use of FMA are unspecified), satisfies

    |fl(Σ w_j x_j) − Σ w_j x_j| ≤ γ_k·Σ |w_j x_j| + 2k·η,   γ_k = k·u/(1 − k·u)

(Higham (3.5); zero terms are exact and add nothing).  Overflow is excluded,
not modelled: :func:`matvec_error` refuses terms whose sum could exceed half
the largest finite value.  Integer arithmetic is
exact: a dot product of exact integer inputs with integer weights, all of
whose terms sum in absolute value to at most ``2^p = 1/u``, rounds nowhere
(:func:`exact_integer`), so the callers use error 0 there.  A bias added after
the product is one more term.  **exp** is not an IEEE basic operation: we
*assume* ``np.exp`` is within :data:`EXP_ULPS` = 4 ulps of the true value,
i.e. ``|ẽ − e^x| ≤ 8u·e^x + 4η`` (an ulp of a normal ``y`` is at most
``2u·|y|``).  numpy's own accuracy tests demand 3 ulps for float32 and 1 ulp
for float64 (``numpy/_core/tests/data/umath-validation-set-exp.csv``); the
glibc manual ("Errors in Math Functions") lists 1 ulp for ``exp`` on x86-64.
4 ulps is a margin over both, stated here as the one unproved premise.

**Softmax** as :meth:`Float.attend` computes it: ``z = fl(λ̃·s)``,
``t = fl(z − max z)``, ``e = exp(t)``, ``S = fl(Σ e)`` (any order),
``w = fl(e / S)``.  With ``T ≥ max|z_i − max z|``: ``fl(t)`` is
``t(1 + δ)``, so ``e^{fl(t)} = e^t·e^{tδ}`` with ``|tδ| ≤ uT``; hence
``ẽ_i = e^{t_i}(1 + θ_i) + β_i`` with ``|θ_i| ≤ A = (1 + 8u)e^{uT} − 1`` and
``|β_i| ≤ 4η``.  The maximum has ``t = 0`` (exact), so ``Y = Σ e^{t_i} ≥ 1``;
a sum of nonnegative terms is off by at most ``γ_{n−1}`` relatively; so every
weight is ``p_i(1 + ρ_i)`` plus an absolute ``≤ 4η(1 + u)/S + η`` (the division's
rounding included) with
``p = softmax(z)`` in real arithmetic and
``ρ_i`` between ``(1 − A)(1 − u)/((1 + A + 4nη)(1 + γ_{n−1})) − 1`` and
``R = (1 + A)(1 + u)/S₀ − 1`` where ``S₀ = (1 − A − 4nη)(1 − γ_{n−1})`` is a
lower bound on the computed sum; in ℓ1,
``‖w̃ − p‖₁ ≤ max|ρ| + n·(4η(1 + u)/S₀ + η)`` (:func:`softmax_l1`).

Everything here is exact (Fractions) or an Arb upper bound; the callers
(:func:`verify.drift.propagate`) add these per-operation terms to the drift.
The weights themselves are compared with their stored values
(:meth:`FloatModel.stored`: the exact rational the semantics puts in its
array), so a weight that float cannot hold contributes ``|w̃ − w|·|x|``.
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

import numpy as np
from flint import arb

from .arb import ball, upper
from .semantics import as_fraction

__all__ = ["EXP_ULPS", "FloatModel", "FLOAT64", "FLOAT32", "MODELS", "model", "softmax_l1", "Entries",
           "matrix_entries", "matvec_error", "exact_integer"]

#: The assumed accuracy of ``np.exp`` (see the module docstring): within this many ulps.
EXP_ULPS = 4


@dataclass(frozen=True)
class FloatModel:
    """The standard model of one IEEE binary format (round to nearest)."""

    name: str
    u: Fraction  # unit roundoff 2^-p
    eta: Fraction  # smallest subnormal: the underflow term of × and ÷
    dtype: str
    exp_ulps: int = EXP_ULPS

    @property
    def largest(self) -> Fraction:
        """The largest finite value of the format (the model holds only below it: no overflow)."""
        return Fraction(float(np.finfo(np.dtype(self.dtype)).max))

    def gamma(self, k: int) -> Fraction:
        """``γ_k = k·u/(1 − k·u)`` (Higham Lemma 3.1); ValueError when ``k·u ≥ 1``."""
        if k * self.u >= 1:
            raise ValueError(f"gamma_{k} undefined for u = {self.u}")
        return k * self.u / (1 - k * self.u)

    def stored(self, w) -> Fraction:
        """The exact value :class:`verify.semantics.Float` stores for the exact weight ``w``.

        ``Float.scalar`` divides numerator by denominator in float64 (correctly
        rounded) and the array is then cast to the format; both steps are
        replayed here and the result read back exactly.
        """
        f = as_fraction(w)
        return _stored(f.numerator, f.denominator, self.dtype)

    def dot(self, k: int, magnitude) -> arb:
        """Rounding of a ``k``-term dot product whose terms' absolute values sum to ``magnitude``."""
        if k == 0:
            return arb(0)
        return ball(self.gamma(k)) * magnitude + ball(2 * k * self.eta)

    def add(self, magnitude) -> arb:
        """Rounding of one addition whose operands' absolute values sum to ``magnitude``."""
        return ball(self.u) * magnitude


@lru_cache(maxsize=None)
def _stored(num: int, den: int, dtype: str) -> Fraction:
    value = np.array([num / den], dtype=np.float64).astype(np.dtype(dtype))[0]
    return Fraction(float(value))


FLOAT64 = FloatModel("float64", Fraction(1, 2**53), Fraction(1, 2**1074), "float64")
FLOAT32 = FloatModel("float32", Fraction(1, 2**24), Fraction(1, 2**149), "float32")
MODELS = {"float64": FLOAT64, "float32": FLOAT32}


def model(name: str, u: Fraction | None = None) -> FloatModel:
    """The model of ``name``; ``u`` overrides the unit roundoff (only to show a bound fail when it is wrong)."""
    base = MODELS[name]
    return base if u is None else FloatModel(base.name, Fraction(u), base.eta, base.dtype, base.exp_ulps)


def softmax_l1(m: FloatModel, n: int) -> arb:
    """Bound on ``‖w̃ − softmax(z)‖₁`` for one computed column of ``n`` scaled scores (module docstring)."""
    u, eta = ball(m.u), ball(m.eta)
    exp_rel = ball(2 * m.exp_ulps * m.u)
    beta = ball(m.exp_ulps * m.eta)
    gamma = ball(m.gamma(max(n - 1, 0)))
    # Σ_j p_j·A_j with A_j = (1 + 8u)e^{u|t_j|} − 1 and p_j ≤ e^{t_j}: each non-maximal term is at most
    # (1 + 8u)·u/((1 − u)e) + 8u (e^{-s}(e^{us} − 1) ≤ us·e^{-(1-u)s} ≤ u/((1 − u)e)), the maximum's 8u
    mean = exp_rel + (n - 1) * (1 + exp_rel) * u / ((1 - u) * arb(1).exp())
    low = (1 - mean - n * beta) * (1 - gamma)  # a lower bound on the computed sum, over Y = Σ e^{t_j} ≥ 1
    if not low > 0:
        raise ValueError(f"{m.name}: no relative softmax bound (n = {n})")
    high = (1 + u) / low  # ratio w̃_i/p_i ≤ (1 + A_i)·high, ≥ (1 − A_i)·lower
    lower = (1 - u) / ((1 + mean + n * beta) * (1 + gamma))
    side = max(upper(high - 1), upper(1 - lower))
    return ball(side) + mean * high + n * (beta * (1 + u) / low + eta)


@dataclass(frozen=True)
class Entries:
    """One matrix row for rounding bounds: ``(column, |w|, |w̃|, |w̃ − w|)`` per nonzero exact weight."""

    terms: tuple[tuple[int, Fraction, Fraction, Fraction], ...]

    @property
    def k(self) -> int:
        return len(self.terms)


def matrix_entries(matrix, m: FloatModel) -> dict[int, Entries]:
    """Per row of a sympy matrix, its nonzero entries with their stored values."""
    rows: dict[int, list] = {}
    for (i, j), v in sorted(matrix.todok().items()):
        w = as_fraction(v)
        if w == 0:
            continue
        s = m.stored(w)
        rows.setdefault(i, []).append((j, abs(w), abs(s), abs(s - w)))
    return {i: Entries(tuple(t)) for i, t in rows.items()}


def exact_integer(m: FloatModel, row: Entries | None, exact: set, limit, bias: Fraction = Fraction(0)) -> bool:
    """Is ``fl(Σ w̃_j x̃_j + b̃)`` computed exactly?  Yes when every input is exact and integer-valued
    (``exact``), every weight and the bias are integers the format holds, and ``limit`` (a bound on
    ``Σ|w_j x_j| + |b|``) is at most ``1/u``: every product and partial sum, in any order, is then an
    integer of magnitude ≤ 2^p, representable, so no operation rounds (and the result is an integer)."""
    terms = row.terms if row is not None else ()
    if any(j not in exact or d != 0 or w.denominator != 1 for j, w, _, d in terms):
        return False
    return bias.denominator == 1 and m.stored(bias) == bias and limit <= ball(1 / m.u)


def matvec_error(m: FloatModel, row: Entries, size, bias: Fraction = Fraction(0)) -> tuple[arb, arb]:
    """``(error, magnitude)`` of ``fl(Σ w̃_j x̃_j + b̃)`` against ``Σ w_j x̃_j + b`` (exact weights, the same
    float inputs), with ``|x̃_j| ≤ size[j]``; ``magnitude`` bounds ``|Σ w_j x̃_j + b|``."""
    exact = sum((ball(a) * size[j] for j, a, _, _ in row.terms), arb(0)) + ball(abs(bias))
    stored_sum = sum((ball(s) * size[j] for j, _, s, _ in row.terms), arb(0))
    representation = sum((ball(d) * size[j] for j, _, _, d in row.terms), arb(0))
    k = row.k
    if bias != 0:
        sb = m.stored(bias)
        representation += ball(abs(sb - bias))
        stored_sum += ball(abs(sb))
        k += 1
    if not stored_sum < ball(m.largest / 2):
        raise ValueError(f"{m.name}: a dot product may overflow (terms up to {stored_sum.str(3)})")
    return representation + m.dot(k, stored_sum), exact
