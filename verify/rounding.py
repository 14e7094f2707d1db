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

(Higham (3.5); zero terms are exact and add nothing).  Where it is smaller,
the **node-wise bound** (:meth:`FloatModel.dot`, :meth:`FloatModel.sum_error`)
is used instead: every product that may round adds ``u·|w x| + η`` (products
by ``±2^i``, ``i ≥ 0``, and of integer weights with exact integer inputs
are exact); every one of the ``k − 1`` additions, in any tree, has an exact
result in ``[−N − g, P + g]`` (``P``, ``N``: the positive and negative parts
of the terms, known from the signs of the weights and of inputs such as ReLU
outputs and indicators; ``g = γ_(k−1)(P + N)`` the partial sums' own error),
so it rounds by at most half an ulp of that binade, ``u·2^⌊log2 B⌋``.  A
gate ``+C·ind − C`` then counts once, not twice.  Overflow is excluded,
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
import functools
import itertools
from functools import lru_cache

import numpy as np
from flint import arb

from .arb import ball, upper
from .semantics import as_fraction

__all__ = ["EXP_ULPS", "FloatModel", "tree_sums", "FLOAT64", "FLOAT32", "MODELS", "model", "softmax_l1", "Entries",
           "matrix_entries", "matvec_error", "exact_integer", "softmax_factors"]

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

    def dot(self, k: int, magnitude, positive=None, negative=None, inexact=None) -> arb:
        """Rounding of a ``k``-term dot product whose terms' absolute values sum to ``magnitude``.

        The smaller of Higham's ``γ_k·Σ|w_j x_j|`` and the node-wise bound of
        :meth:`sum_error`: every product rounded once (``inexact`` bounds the
        absolute values of the products that may round; the others are exact),
        partial sums within ``[−negative, positive]`` (all three default to
        ``magnitude``).
        """
        if k == 0:
            return arb(0)
        gamma = ball(self.gamma(k)) * magnitude + ball(2 * k * self.eta)
        products = ball(self.u) * (magnitude if inexact is None else inexact) + ball(k * self.eta)
        pos = magnitude if positive is None else positive
        neg = magnitude if negative is None else negative
        return _smaller(gamma, products + self.sum_error(k, pos + products, neg + products))

    def half_ulp(self, bound) -> arb:
        """``u·2^⌊log2 bound⌋``: at least half an ulp of every normal ``y`` with ``|y| ≤ bound``.

        ``|fl(y) − y| ≤ ½ulp(y) = u·2^e`` for ``2^e ≤ |y| < 2^(e+1)``, so this
        bounds the rounding of a sum of magnitude at most ``bound`` (a subnormal
        sum is exact) — up to twice sharper than ``u·bound``.
        """
        top = upper(ball(bound))
        if top <= 0:
            return arb(0)
        e = top.numerator.bit_length() - top.denominator.bit_length()
        if Fraction(2) ** e > top:  # bit lengths overshoot by one when the numerator's leading bits are smaller
            e -= 1
        return ball(self.u * Fraction(2) ** e)

    def sum_error(self, k: int, positive, negative) -> arb:
        """Rounding of the ``k − 1`` additions of a ``k``-term sum, in *any* order (any binary tree).

        Every term is known to lie in ``[−n_j, p_j]`` with ``Σp_j ≤ positive`` and
        ``Σn_j ≤ negative``; so the exact sum of any subset of terms lies in
        ``[−negative, positive]``.  A computed partial sum is off from the exact
        sum of its terms by at most ``γ_(k−1)·(positive + negative)`` (Higham
        (3.5), any order), so every addition's exact result is at most
        ``B = max(positive, negative) + γ_(k−1)·(positive + negative)`` in
        magnitude and rounds by at most :meth:`half_ulp` ``(B)``; there are
        ``k − 1`` of them.  Terms of opposite signs (a gate ``+C·ind − C``)
        no longer count twice, as they do in ``Σ|terms|``.
        """
        if k <= 1:
            return arb(0)
        pos, neg = ball(positive), ball(negative)
        top = _larger(pos, neg) + ball(self.gamma(k - 1)) * (pos + neg)
        return (k - 1) * self.half_ulp(top)

    def add(self, magnitude) -> arb:
        """Rounding of one addition whose operands' absolute values sum to ``magnitude`` (:meth:`half_ulp`)."""
        return self.half_ulp(magnitude)


def tree_sums(values: tuple, dtype="float64") -> dict:
    """Every value the sum of ``values`` takes in the format ``dtype``, over all binary summation trees, each
    with one tree that gives it (nested pairs of term indices): the ground truth for "any order" bounds."""
    cast = np.dtype(dtype).type

    @functools.lru_cache(maxsize=None)
    def go(mask: int) -> dict:
        idx = [i for i in range(len(values)) if mask >> i & 1]
        if len(idx) == 1:
            return {values[idx[0]]: idx[0]}
        out = {}
        first, rest = idx[0], idx[1:]
        for size in range(len(rest)):
            for part in itertools.combinations(rest, size):
                left = (1 << first) | sum(1 << j for j in part)
                for a, ta in go(left).items():
                    for b, tb in go(mask & ~left).items():
                        out.setdefault(cast(a + b), (ta, tb))
        return out

    return go((1 << len(values)) - 1)


def _smaller(a: arb, b: arb) -> arb:
    """The bound with the smaller upper end (both bound the same quantity)."""
    return a if upper(a) <= upper(b) else b


def _larger(a: arb, b: arb) -> arb:
    return a if upper(a) >= upper(b) else b


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


def softmax_factors(m: FloatModel, n: int) -> tuple[arb, arb, arb, arb]:
    """``(side, high, mean, absolute)`` for one computed column of ``n`` scaled scores (module docstring): each
    computed weight is within ``p_i·(side + A_i·high) + absolute`` of the real softmax, ``A_i`` its exp's
    relative error, and ``Σ_i p_i·A_i ≤ mean``."""
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
    side = ball(max(upper(high - 1), upper(1 - lower)))
    return side, high, mean, beta * (1 + u) / low + eta


def softmax_l1(m: FloatModel, n: int) -> arb:
    """Bound on ``‖w̃ − softmax(z)‖₁`` for one computed column of ``n`` scaled scores (module docstring)."""
    side, high, mean, absolute = softmax_factors(m, n)
    return side + mean * high + n * absolute


@dataclass(frozen=True)
class Entries:
    """One matrix row for rounding bounds: ``(column, |w|, |w̃|, |w̃ − w|)`` per nonzero exact weight."""

    terms: tuple[tuple[int, Fraction, Fraction, Fraction], ...]
    signs: tuple[int, ...] = ()  # the sign (+1 or −1) of each exact weight, in the order of ``terms``

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
        rows.setdefault(i, []).append((j, abs(w), abs(s), abs(s - w), 1 if w > 0 else -1))
    return {i: Entries(tuple(t[:4] for t in ts), tuple(t[4] for t in ts)) for i, ts in rows.items()}


def exact_integer(m: FloatModel, row: Entries | None, exact: set, limit, bias: Fraction = Fraction(0)) -> bool:
    """Is ``fl(Σ w̃_j x̃_j + b̃)`` computed exactly?  Yes when every input is exact and integer-valued
    (``exact``), every weight and the bias are integers the format holds, and ``limit`` (a bound on
    ``Σ|w_j x_j| + |b|``) is at most ``1/u``: every product and partial sum, in any order, is then an
    integer of magnitude ≤ 2^p, representable, so no operation rounds (and the result is an integer)."""
    terms = row.terms if row is not None else ()
    if any(j not in exact or d != 0 or w.denominator != 1 for j, w, _, d in terms):
        return False
    return bias.denominator == 1 and m.stored(bias) == bias and limit <= ball(1 / m.u)


def matvec_error(m: FloatModel, row: Entries, size, bias: Fraction = Fraction(0),
                 signs: dict[int, int] | None = None, integers: set | None = None) -> tuple[arb, arb]:
    """``(error, magnitude)`` of ``fl(Σ w̃_j x̃_j + b̃)`` against ``Σ w_j x̃_j + b`` (exact weights, the same
    float inputs), with ``|x̃_j| ≤ size[j]``; ``magnitude`` bounds ``|Σ w_j x̃_j + b|``.

    ``signs`` names inputs of known sign (``+1``: ``x̃_j ≥ 0``, e.g. a ReLU output
    or an indicator; ``−1``: ``≤ 0``); with the weights' and the bias's signs
    they split the terms into positive and negative parts for
    :meth:`FloatModel.dot` (a stored weight has the sign of the exact one).
    ``integers`` names inputs that are exact integers (no drift): their
    products with integer weights round nowhere, as do products with
    weights ``±2^i`` (:func:`_exact_product`).
    """
    signs, integers = signs or {}, integers or set()
    exact = sum((ball(a) * size[j] for j, a, _, _ in row.terms), arb(0)) + ball(abs(bias))
    stored_sum = arb(0)
    representation = arb(0)
    positive, negative, inexact = arb(0), arb(0), arb(0)
    weight_signs = row.signs or (0,) * row.k
    for (j, _, s, d), ws in zip(row.terms, weight_signs):
        term = ball(s) * size[j]
        stored_sum += term
        representation += ball(d) * size[j]
        sign = ws * signs.get(j, 0)
        positive += term if sign >= 0 else arb(0)
        negative += term if sign <= 0 else arb(0)
        if not _exact_product(m, s, j in integers, term):
            inexact += term
    k = row.k
    if bias != 0:
        sb = m.stored(bias)
        representation += ball(abs(sb - bias))
        stored_sum += ball(abs(sb))
        positive += ball(sb) if sb > 0 else arb(0)
        negative += ball(-sb) if sb < 0 else arb(0)
        k += 1
    if not stored_sum < ball(m.largest / 2):
        raise ValueError(f"{m.name}: a dot product may overflow (terms up to {stored_sum.str(3)})")
    return representation + m.dot(k, stored_sum, positive, negative, inexact), exact


def _exact_product(m: FloatModel, weight: Fraction, integer_input: bool, bound: arb) -> bool:
    """Is ``fl(w̃·x̃)`` exact?  Yes for a stored weight ``±2^i``, ``i ≥ 0`` (a shift: no overflow, checked by the
    caller, and no underflow), and for an integer weight times an integer input when ``|w̃ x̃| ≤ 1/u``."""
    if weight == 0:
        return True
    if weight.denominator == 1 and weight.numerator & (weight.numerator - 1) == 0:
        return True
    return integer_input and weight.denominator == 1 and bound <= ball(1 / m.u)
