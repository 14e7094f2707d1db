"""Affine forms of :mod:`verify.symbolic`: ``const + Σ coeff·atom`` with exact rational coefficients.

:class:`Expr` carries the arithmetic (sums, rational multiples; a product of
two non-constant forms is refused), range analysis, evaluation and
substitution, and the normalisations the smart constructors use
(:meth:`Expr.scale_to_integral`, :meth:`Expr.leading_sign`).
"""
from __future__ import annotations

import math
from fractions import Fraction
from typing import Iterable, Mapping

from .atoms import _ONE, _ZERO, Atom, Var, _frac

__all__ = ["Expr", "ZERO", "const", "var", "linear"]


class Expr:
    """``const + Σ coeff·atom`` with exact rational coefficients (immutable)."""

    __slots__ = ("const", "terms", "_key", "_vars", "_range")

    def __init__(self, const_: Fraction, terms: dict | None = None):
        self.const = const_
        self.terms = {a: c for a, c in terms.items() if c} if terms else {}  # (a Fraction is falsy iff 0)
        self._key = None
        self._vars = None
        self._range = None

    # -- identity --------------------------------------------------------------------------
    @property
    def key(self):
        if self._key is None:
            # numerators and denominators, not Fractions: a Fraction's hash costs a modular inverse
            c = self.const
            self._key = (c.numerator, c.denominator,
                         tuple(sorted((a.order, v.numerator, v.denominator) for a, v in self.terms.items())))
        return self._key

    def __hash__(self):
        return hash(self.key)

    def __eq__(self, other):
        if isinstance(other, Expr):
            return self.key == other.key
        if isinstance(other, (int, Fraction)):
            return not self.terms and self.const == other
        return NotImplemented

    def __reduce__(self):
        return (Expr, (self.const, self.terms))

    def is_const(self) -> bool:
        return not self.terms

    def __repr__(self):
        parts = [str(self.const)] if self.const or not self.terms else []
        parts += [f"{c}*{a!r}" for a, c in self.terms.items()]
        return " + ".join(parts)

    # -- arithmetic -----------------------------------------------------------------------
    def __add__(self, other):
        if not isinstance(other, Expr):
            return Expr(self.const + _frac(other), self.terms)
        if not other.terms:
            return Expr(self.const + other.const, self.terms)
        terms = dict(self.terms)
        for a, c in other.terms.items():
            terms[a] = terms.get(a, _ZERO) + c
        return Expr(self.const + other.const, terms)

    __radd__ = __add__

    def __neg__(self):
        return Expr(-self.const, {a: -c for a, c in self.terms.items()})

    def __sub__(self, other):
        if not isinstance(other, Expr):
            return Expr(self.const - _frac(other), self.terms)
        if not other.terms:
            return Expr(self.const - other.const, self.terms)
        terms = dict(self.terms)
        for a, c in other.terms.items():
            terms[a] = terms.get(a, _ZERO) - c
        return Expr(self.const - other.const, terms)

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        if isinstance(other, Expr):
            if other.is_const():
                other = other.const
            elif self.is_const():
                return other * self.const
            else:
                raise TypeError("the product of two non-constant expressions is not affine")
        c = _frac(other)
        if c == 0:
            return ZERO
        if c == 1:
            return self  # immutable: the same form
        if c == -1:
            return -self  # negation needs no gcd
        return Expr(self.const * c, {a: v * c for a, v in self.terms.items()})

    __rmul__ = __mul__

    def __truediv__(self, other):
        return self * (1 / _frac(other))

    # -- analysis ---------------------------------------------------------------------------
    def vars(self) -> frozenset:
        if self._vars is None:
            self._vars = frozenset().union(*(a.vars() for a in self.terms)) if self.terms else frozenset()
        return self._vars

    def range(self) -> tuple[Fraction, Fraction]:
        if self._range is None:
            lo = hi = self.const
            for a, c in self.terms.items():
                alo, ahi = a.range()
                if c > 0:
                    lo, hi = lo + c * alo, hi + c * ahi
                else:
                    lo, hi = lo + c * ahi, hi + c * alo
            self._range = (lo, hi)
        return self._range

    def evaluate(self, env: Mapping) -> Fraction:
        return self.const + sum((c * a.evaluate(env) for a, c in self.terms.items()), _ZERO)

    def subs(self, env: Mapping, memo: dict | None = None) -> "Expr":
        """This form with the variables of ``env`` replaced by their values (``memo``: see :meth:`Atom.subs`)."""
        if not self.terms or not (self.vars() & env.keys()):
            return self
        if memo is None:
            memo = {}
        hit = memo.get(id(self))
        if hit is not None:
            return hit[1]
        out = Expr(self.const)
        for a, c in self.terms.items():
            out = out + a.subs(env, memo) * c if a.vars() & env.keys() else out + Expr(_ZERO, {a: c})
        memo[id(self)] = (self, out)
        return out

    def atoms(self) -> list[Atom]:
        return list(self.terms)

    def scale_to_integral(self) -> tuple[Fraction, "Expr"]:
        """``(s, e)`` with ``self = s·e``, ``e`` integral and primitive, ``s > 0``."""
        coeffs = [self.const, *self.terms.values()]
        den = 1
        for c in coeffs:
            den = den * c.denominator // math.gcd(den, c.denominator)
        nums = [int(c * den) for c in coeffs]
        g = 0
        for v in nums:
            g = math.gcd(g, v)
        g = g or 1
        s = Fraction(g, den)
        return s, Expr(self.const / s, {a: c / s for a, c in self.terms.items()})

    def leading_sign(self) -> int:
        """Sign of the coefficient of the earliest-created atom (a canonical orientation)."""
        if not self.terms:
            return 1 if self.const >= 0 else -1
        a = min(self.terms, key=lambda t: t.order)
        return 1 if self.terms[a] > 0 else -1


ZERO = Expr(_ZERO)


def const(value) -> Expr:
    return Expr(_frac(value))


def var(name: str, domain: Iterable[int]) -> Expr:
    return Expr(_ZERO, {Var(name, tuple(domain)): _ONE})


def linear(pairs: Iterable[tuple[object, Expr | Fraction]]) -> Expr:
    """``Σ c·e`` for pairs ``(c, e)``, accumulated in one dictionary."""
    constant, terms = _ZERO, {}
    for c, e in pairs:
        c = _frac(c)
        if not isinstance(e, Expr):
            constant += c * _frac(e)
            continue
        constant += c * e.const
        for a, v in e.terms.items():
            terms[a] = terms.get(a, _ZERO) + c * v
    return Expr(constant, terms)


def _as_expr(x) -> Expr:
    return x if isinstance(x, Expr) else const(x)
