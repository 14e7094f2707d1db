"""Absorption: rounding to nearest removes an error that is small against the grid the exact value lies on.

The drift bounds of :mod:`verify.drift` treat every rounding as a perturbation
and multiply it by Lipschitz constants.  On a network whose exact values are
dyadic rationals with few bits that is far too pessimistic: rounding *snaps*
a computed value back onto its exact value when the error is below half a
unit of the grid.  This module states that as a lemma and applies it to one
sum at a time; :mod:`verify.float_exactness` applies it to a whole network.

**Lemma (absorbing sum).**  Let ``y = Σ_{j≤k} a_j`` where every exact term
``a_j`` is a multiple of ``g = 2^-q`` and ``Σ|a_j| ≤ 2^p·g`` (``p`` significand
bits, ``u = 2^-p``), so that every partial sum over a subset of the terms is a
representable float.  Let the computed terms be ``a_j + ρ_j`` with
``e = Σ_j |ρ_j|·(1 + u)^(k+1) + k·v·(Σ_j |a_j| + e) < g·u/2``, ``v`` the unit
roundoff of a wider accumulator (:func:`wide_roundoff`: ``2^-53`` for float32,
none for float64).  Then the sum computed in *any* order (any bracketing, with
or without fused multiply-adds, partial sums held in the format or, for
float32, in float64) and stored in the format is ``y + δ`` where ``δ = 0`` if
``y ≠ 0`` and ``|δ| ≤ e`` otherwise.

*Proof* (induction over the summation tree).  A node adds two children with
exact parts ``s_A``, ``s_B`` and errors ``e_A``, ``e_B``, each a signed sum of
the ``ρ_j`` of its leaves times at most ``(1 + u)`` per level.  If
``s = s_A + s_B ≠ 0`` then ``|s| ≥ g`` and ``s`` is representable; with
``2^t ≤ |s|`` the floats next to ``s`` are at least ``2^(t−p)`` apart (below a
power of two too), so a real number within ``2^(t−p−1) ≥ g·u/2`` of ``s``
rounds to ``s``: the node's error is 0.  If ``s = 0`` the node returns
``RN(e_A + e_B)``, within ``(|e_A| + |e_B|)(1 + u)`` (an addition whose result
is subnormal is exact).  A node held in a wider format (unit roundoff
``≤ v``) keeps its children's errors and adds at most ``v`` times its own
magnitude, ``≤ v·(Σ|a_j| + e)``; the value stored in the format at the root is
a node of the first kind.  A product ``RN(w·(x + r))`` is the same argument
with one term: error ``|w·r|(1 + u) + η`` when ``w·x = 0`` (``η`` the smallest
subnormal), 0 otherwise.  ∎

*Copies.*  When some computed terms are exactly ``±x̃`` or 0 for one float
``x̃ = x + ε`` (the residual stream, and ``ReLU(±x̃)`` of unit weight and no
bias times ±1), the unabsorbed errors are a sub-multiset of the terms' errors,
so ``P`` positive and ``N`` negative copies of ``ε`` add at most
``max(P, N)·|ε|`` (and ``ReLU(±x̃)`` is present only when ``±x̃ > 0``), plus the
relative roundings.

A value's exact part is a symbolic expression (:mod:`verify.symbolic`) over the
valid states; :func:`never_zero` decides (soundly: atoms varied independently)
that it is never 0, :func:`denominator` finds its grid.  Everything is exact
rational arithmetic; every bound is rounded up to 16 significant bits so the
fractions stay short.
"""
from __future__ import annotations

import math
from fractions import Fraction

from . import symbolic as sym
from .rounding import FloatModel

__all__ = ["NotAbsorbed", "Absorption", "value_set", "never_zero", "denominator", "magnitude", "round_up",
           "wide_roundoff", "Growing", "largest"]

def wide_roundoff(u: Fraction) -> Fraction:
    """Unit roundoff of the wider accumulator the lemma admits for a format of unit roundoff ``u``: float64
    for float32 (and narrower); none (0) for float64 — no BLAS or numpy path on x86-64 or aarch64 holds
    float64 partial sums in a wider format (x87 extended is not used there), an assumption stated here."""
    return Fraction(1, 2**53) if u > Fraction(1, 2**53) else Fraction(0)
#: Largest value set :func:`value_set` builds before answering "unknown".
VALUE_SET_CAP = 1 << 14


class NotAbsorbed(Exception):
    """The lemma's hypothesis fails at one operation (the message says where and why)."""


def _atom_values(a, cap: int, memo: dict):
    if isinstance(a, sym.Var):
        return frozenset(Fraction(v) for v in a.domain)
    if isinstance(a, sym.Relu):
        inner = value_set(a.inner, cap, memo)
        return None if inner is None else frozenset(max(v, Fraction(0)) for v in inner)
    if isinstance(a, sym.Case):
        out = set()
        for _, branch in a.branches:
            vs = value_set(branch, cap, memo)
            if vs is None:
                return None
            out |= vs
            if len(out) > cap:
                return None
        return frozenset(out)
    if isinstance(a, sym.Ite):
        a1, a2 = value_set(a.then, cap, memo), value_set(a.other, cap, memo)
        return None if a1 is None or a2 is None else a1 | a2
    if isinstance(a, sym.Digit):
        return frozenset((Fraction(0), Fraction(1)))
    return None


def value_set(e: sym.Expr, cap: int = VALUE_SET_CAP, memo: dict | None = None):
    """A finite set containing every value ``e`` takes (its atoms varied independently: a superset of the
    values on any set of states), or None when it would exceed ``cap`` elements."""
    memo = {} if memo is None else memo
    key = (e.key, cap)
    if key in memo:
        return memo[key]
    out = {Fraction(e.const)}
    for atom, coef in e.terms.items():
        vs = _atom_values(atom, cap, memo)
        if vs is None or len(out) * len(vs) > cap * 4:
            out = None
            break
        out = {s + coef * v for s in out for v in vs}
        if len(out) > cap:
            out = None
            break
    memo[key] = None if out is None else frozenset(out)
    return memo[key]


def never_zero(e: sym.Expr, memo: dict | None = None) -> bool:
    """Is ``e`` non-zero on every assignment of its atoms (its range first, then its value set)?"""
    lo, hi = e.range()
    if lo > 0 or hi < 0:
        return True
    vs = value_set(e, memo=memo)
    return vs is not None and Fraction(0) not in vs


def _atom_denominator(a, memo: dict) -> int | None:
    if isinstance(a, (sym.Var, sym.Digit)):
        return 1
    if isinstance(a, sym.Relu):
        return denominator(a.inner, memo)
    if isinstance(a, sym.Case):
        ds = [denominator(b, memo) for _, b in a.branches]
        return None if None in ds else math.lcm(*ds)
    if isinstance(a, sym.Ite):
        d1, d2 = denominator(a.then, memo), denominator(a.other, memo)
        return None if d1 is None or d2 is None else math.lcm(d1, d2)
    return None


def denominator(e: sym.Expr, memo: dict | None = None) -> int | None:
    """A ``D`` with ``e ∈ ℤ/D`` on every assignment (from the coefficients and the atoms), or None."""
    memo = {} if memo is None else memo
    key = ("den", e.key)
    if key in memo:
        return memo[key]
    d = Fraction(e.const).denominator
    for atom, coef in e.terms.items():
        da = _atom_denominator(atom, memo)
        if da is None:
            d = None
            break
        d = math.lcm(d, Fraction(coef).denominator * da)
    memo[key] = d
    return d


def magnitude(e: sym.Expr) -> Fraction:
    """A bound on ``|e|`` (its range)."""
    lo, hi = e.range()
    return max(abs(lo), abs(hi))


class Growing:
    """An error bound ``a + b·t`` valid for every ``t`` in ``[0, t_max]`` (``a, b ≥ 0``): the bounds of one loop
    started from errors that grow by ``C`` a loop, ``A + t·C``, computed for every ``t`` at once.

    The arithmetic of the certificates works on it unchanged — sums, products by non-negative constants,
    truth ("any error?"), :func:`round_up` — each result an upper bound for every ``t``; ``x < c`` (a
    hypothesis of the lemma) is decided at ``t_max``, where it is hardest; :func:`largest` bounds a maximum.
    """

    __slots__ = ("a", "b", "t_max")

    def __init__(self, a, b, t_max):
        self.a, self.b, self.t_max = Fraction(a), Fraction(b), t_max

    def _lift(self, x):
        return x if isinstance(x, Growing) else Growing(x, 0, self.t_max)

    def __add__(self, x):
        x = self._lift(x)
        return Growing(self.a + x.a, self.b + x.b, self.t_max)

    __radd__ = __add__

    def __mul__(self, c):
        if isinstance(c, Growing) or c < 0:
            raise TypeError("a growing bound is scaled by non-negative constants only")
        return Growing(self.a * c, self.b * c, self.t_max)

    __rmul__ = __mul__

    def __truediv__(self, c):
        return self * (1 / Fraction(c))

    def __bool__(self) -> bool:
        return bool(self.a or self.b)

    def __eq__(self, x):
        x = self._lift(x)
        return self.a == x.a and self.b == x.b

    __hash__ = None

    def __lt__(self, c) -> bool:
        return self.at(self.t_max) < c

    def at(self, t) -> Fraction:
        return self.a + self.b * t

    def __float__(self) -> float:
        return float(self.at(self.t_max))

    def __repr__(self):
        return f"{float(self.a):.3g} + {float(self.b):.3g}·t"


def largest(values, default=Fraction(0)):
    """An upper bound of the maximum: the exact maximum of numbers; of growing bounds, the largest of each
    coefficient."""
    values = list(values)
    if not values:
        return default
    if not any(isinstance(v, Growing) for v in values):
        return max(values)
    t_max = next(v.t_max for v in values if isinstance(v, Growing))
    lifted = [v if isinstance(v, Growing) else Growing(v, 0, t_max) for v in values]
    return Growing(max(v.a for v in lifted), max(v.b for v in lifted), t_max)


def round_up(x, bits: int = 16):
    """``x`` rounded up to ``bits`` significant bits (0 stays 0; a growing bound coefficient by coefficient)."""
    if isinstance(x, Growing):
        return Growing(round_up(x.a, bits), round_up(x.b, bits), x.t_max)
    if x <= 0:
        return Fraction(0)
    shift = bits - (x.numerator.bit_length() - x.denominator.bit_length())
    scaled = x * Fraction(2) ** shift
    return Fraction(-(-scaled.numerator // scaled.denominator)) / Fraction(2) ** shift


class Absorption:
    """The lemma in one float format: error bounds of sums, products and weights, with the facts about
    exact values memoised (one object per certificate)."""

    def __init__(self, model: FloatModel):
        self.model = model
        self.where = ""
        self.memo: dict = {}

    @property
    def p(self) -> int:
        """Significand bits (``u = 2^-p``)."""
        return self.model.u.denominator.bit_length() - 1

    def fail(self, why: str):
        raise NotAbsorbed(f"{self.where}: {why}")

    def stored(self, w) -> Fraction:
        """The weight ``w``, which the format must hold exactly."""
        w = Fraction(w)
        if self.model.stored(w) != w:
            self.fail(f"the weight {w} is not held exactly in {self.model.name}")
        return w

    def denominator(self, e: sym.Expr) -> int:
        d = denominator(e, self.memo)
        if d is None:
            self.fail("a value has no bounded denominator")
        return d

    def never_zero(self, e: sym.Expr) -> bool:
        return never_zero(e, self.memo)

    def absorb(self, terms: list[tuple], result: sym.Expr | None, k: int | None = None) -> Fraction:
        """The error bound of a sum of ``terms`` whose exact value is ``result`` (the lemma); raises
        :class:`NotAbsorbed` where its hypothesis fails.

        A term is ``(denominator, |exact| bound, error bound ρ_j)``, or ``(…, source)`` for a copy
        (``source = (cell, sign, when)``: the term is ``sign·ε_cell`` for ``ε_cell`` of bound ``ρ_j``,
        present always (``when = 0``) or only when ``x̃_cell`` has the sign ``when``).  ``k`` is the number
        of terms summed (default ``len(terms)``: one entry may stand for several).
        """
        u = self.model.u
        D = math.lcm(*(t[0] for t in terms)) if terms else 1
        if D & (D - 1):
            self.fail(f"exact terms on the grid 1/{D}, not a dyadic grid")
        mag = sum((t[1] for t in terms), Fraction(0))
        if mag * D > 2 ** self.p:
            self.fail(f"partial sums up to {float(mag):.3g} on the grid 1/{D} exceed {self.p} bits")
        k = len(terms) if k is None else k
        growth = (1 + u) ** (k + 1)
        plain = sum((t[2] for t in terms if len(t) == 3), Fraction(0))
        copies: dict = {}
        for t in terms:
            if len(t) == 4 and t[2]:
                cell, sign, when = t[3]
                copies.setdefault(cell, (t[2], []))[1].append((sign, when))
        same = every = Fraction(0)
        for T, signs in copies.values():
            worst = 0
            for side in (1, -1):  # the copies present when x̃ has this sign
                live = [s for s, when in signs if when in (0, side)]
                worst = max(worst, sum(s > 0 for s in live), sum(s < 0 for s in live))
            same += worst * T
            every += len(signs) * T
        if plain == 0 and every == 0:
            return Fraction(0)
        e = plain * growth + same + every * (growth - 1)
        v = wide_roundoff(u)
        if v:
            e += k * v * (mag + e) / (1 - k * v)  # nodes held in a wider format (the lemma)
        if not e < u / (2 * D):
            self.fail(f"error {float(e):.3g} is not below half a unit of the grid ({float(u / (2 * D)):.3g})")
        if result is not None and self.never_zero(result):
            return Fraction(0)
        return round_up(e)

    def term(self, w, x: sym.Expr, t: Fraction) -> tuple:
        """The term ``w·x̃`` with ``|x̃ − x| ≤ t``."""
        w = self.stored(w)
        rho = abs(w) * t * (1 + self.model.u) + self.model.eta if t else Fraction(0)
        return (w.denominator * self.denominator(x), abs(w) * magnitude(x), rho)

    def dot(self, row, X, T, c: int, bias, result: sym.Expr | None) -> Fraction:
        """``Σ_j w_j x_j + b`` for ``row`` = ``[(j, w)]`` over column ``c`` of symbolic ``X`` with errors ``T``."""
        terms = [self.term(w, X[j][c], T[j][c]) for j, w in row]
        if bias:
            b = self.stored(bias)
            terms.append((b.denominator, abs(b), Fraction(0)))
        return self.absorb(terms, result)
