"""The z3 encoding of symbolic values: :mod:`verify.symbolic` expressions and conditions as z3 terms.

Two number representations: :class:`Z3Encoder` writes every value as an
integer term over a common positive denominator, so the queries stay in
linear integer arithmetic; :class:`Z3BVEncoder` writes it as a fixed-width
two's-complement bit-vector, the width chosen per query from a sound bound
on every sub-expression's magnitude, so nothing can overflow.  ReLUs, case
tables and if-then-else become z3 ``If`` terms, binary digits division and
modulo (integers) or bit extraction (bit-vectors).  The queries built from
these terms are posed in :mod:`verify.smt`.
"""
from __future__ import annotations

import math
from fractions import Fraction

import z3

from . import symbolic as sym

__all__ = ["Z3Encoder", "Z3BVEncoder", "cond_exprs"]


class Z3Encoder:
    """Translates :mod:`verify.symbolic` values to z3 integer arithmetic.

    Every value ``e`` is encoded as a pair ``(t, D)`` of an integer term and
    a positive integer with ``e = t / D``: the comparisons handed to the
    solver are integral (conditions are scaled to primitive integer forms),
    so the queries stay in linear integer arithmetic with no real variables.
    Subclasses change the number representation (:class:`Z3BVEncoder`).
    """

    def __init__(self):
        self.memo: dict = {}
        self.vars: dict[sym.Var, z3.ArithRef] = {}

    # -- the number representation (overridden for bit-vectors) --------------------------------
    def _const(self, value: int):
        return z3.IntVal(value)

    def _sum(self, terms):
        return terms[0] if len(terms) == 1 else z3.Sum(*terms)

    def var(self, v: sym.Var):
        if v not in self.vars:
            self.vars[v] = z3.Int(v.name)
        return self.vars[v]

    def domain(self, v: sym.Var) -> z3.BoolRef:
        x = self.var(v)
        dom = v.domain
        if dom == tuple(range(dom[0], dom[-1] + 1)):
            return z3.And(x >= dom[0], x <= dom[-1])
        return z3.Or(*(x == d for d in dom))

    def _digit(self, x, d: int, k: int):
        """Bit ``k`` of the integer ``x / d`` (``x`` divisible by ``d``)."""
        if d != 1:
            x = x / d  # exact: the inner value is an integer
        return (x / (2**k)) % 2

    # -- the translation ---------------------------------------------------------------------------
    def expr(self, e: sym.Expr):
        """``(t, D)`` with ``e = t / D``."""
        parts = [(c, self.atom(a)) for a, c in sorted(e.terms.items(), key=lambda t: t[0].order)]
        den = e.const.denominator
        for c, (_, d) in parts:
            den = math.lcm(den, (c / d).denominator)
        terms = []
        if e.const or not parts:
            terms.append(self._const(int(e.const * den)))
        for c, (t, d) in parts:
            k = int(c * den / d)
            terms.append(t if k == 1 else self._const(k) * t)
        return self._sum(terms), den

    def _scaled(self, e: sym.Expr, den: int):
        t, d = self.expr(e)
        return t if d == den else self._const(den // d) * t

    def atom(self, a):
        found = self.memo.get(a)
        if found is not None:
            return found
        zero = self._const(0)
        if isinstance(a, sym.Var):
            out = (self.var(a), 1)
        elif isinstance(a, sym.Relu):
            x, d = self.expr(a.inner)
            out = (z3.If(x > zero, x, zero), d)
        elif isinstance(a, sym.Case):
            den = 1
            for _, b in a.branches:
                den = math.lcm(den, self.expr(b)[1])
            x = self.var(a.var)
            t = self._scaled(a.branches[-1][1], den)
            for val, branch in reversed(a.branches[:-1]):
                t = z3.If(x == self._const(val), self._scaled(branch, den), t)
            out = (t, den)
        elif isinstance(a, sym.Ite):
            den = math.lcm(self.expr(a.then)[1], self.expr(a.other)[1])
            out = (z3.If(self.cond(a.cond), self._scaled(a.then, den), self._scaled(a.other, den)), den)
        elif isinstance(a, sym.Digit):
            x, d = self.expr(a.inner)
            out = (self._digit(x, d, a.k), 1)
        else:  # pragma: no cover
            raise TypeError(f"cannot encode {type(a).__name__}")
        self.memo[a] = out
        return out

    def cond(self, c: sym.Cond) -> z3.BoolRef:
        found = self.memo.get(c)
        if found is not None:
            return found
        if c.op == "true":
            t = z3.BoolVal(True)
        elif c.op == "false":
            t = z3.BoolVal(False)
        elif c.op == "eq0":
            t = self.expr(c.args[0])[0] == self._const(0)
        elif c.op == "le0":
            t = self.expr(c.args[0])[0] <= self._const(0)
        elif c.op == "and":
            t = z3.And(*(self.cond(x) for x in c.args))
        elif c.op == "or":
            t = z3.Or(*(self.cond(x) for x in c.args))
        elif c.op == "not":
            t = z3.Not(self.cond(c.args[0]))
        else:  # pragma: no cover
            raise ValueError(c.op)
        self.memo[c] = t
        return t


class Z3BVEncoder(Z3Encoder):
    """Translates values to fixed-width two's-complement bit-vectors.

    For queries about binary words (digits of sums of bits) bit-blasting is
    complete and fast where integer arithmetic struggles.  A value ``e`` is
    the bit-vector of ``D·e`` (``D`` its common denominator).  The width is
    chosen per query from a sound bound on the magnitude of every
    sub-expression, so no operation can overflow; comparisons are signed.
    """

    def __init__(self, width: int = 64):
        super().__init__()
        self.width = width

    @staticmethod
    def magnitude(e: sym.Expr, memo: dict | None = None) -> tuple[Fraction, Fraction]:
        """Upper bounds on ``|D·x|`` for ``e`` itself and for every sub-expression (``D`` = denominators)."""
        memo = {} if memo is None else memo
        total = abs(e.const)
        worst = Fraction(0)
        den = e.const.denominator
        for a, c in e.terms.items():
            if a not in memo:
                if isinstance(a, sym.Var):
                    memo[a] = (Fraction(max(abs(v) for v in a.domain)), Fraction(0))
                elif isinstance(a, (sym.Relu, sym.Digit)):
                    mag, inner = Z3BVEncoder.magnitude(a.inner, memo)
                    memo[a] = (max(abs(x) for x in a.range()), max(mag, inner))
                elif isinstance(a, sym.Case):
                    parts = [Z3BVEncoder.magnitude(b, memo) for _, b in a.branches]
                    memo[a] = (max(abs(x) for x in a.range()), max(max(p) for p in parts))
                elif isinstance(a, sym.Ite):
                    parts = [Z3BVEncoder.magnitude(b, memo) for b in (a.then, a.other, *cond_exprs(a.cond))]
                    memo[a] = (max(abs(x) for x in a.range()), max((max(p) for p in parts), default=Fraction(0)))
                else:  # pragma: no cover
                    raise TypeError(type(a).__name__)
            value, inner = memo[a]
            total += abs(c) * value
            worst = max(worst, inner)
            den = math.lcm(den, c.denominator)
        return total * 64 * den, worst  # 64: room for the atoms' own denominators

    @classmethod
    def for_condition(cls, cond: sym.Cond) -> "Z3BVEncoder":
        bound = Fraction(1)
        memo: dict = {}
        for e in cond_exprs(cond):
            total, inner = cls.magnitude(e, memo)
            bound = max(bound, total, inner)
        return cls(width=int(bound).bit_length() + 2)

    def _const(self, value: int):
        return z3.BitVecVal(value, self.width)

    def _sum(self, terms):
        out = terms[0]
        for t in terms[1:]:
            out = out + t
        return out

    def var(self, v: sym.Var):
        if v not in self.vars:
            self.vars[v] = z3.BitVec(v.name, self.width)
        return self.vars[v]

    def domain(self, v: sym.Var) -> z3.BoolRef:
        x = self.var(v)
        return z3.Or(*(x == self._const(d) for d in v.domain))

    def _digit(self, x, d: int, k: int):
        shift = d.bit_length() - 1
        if d != 1 << shift:  # not a power of two: divide exactly
            x, shift = x / self._const(d), 0
        return z3.ZeroExt(self.width - 1, z3.Extract(k + shift, k + shift, x))


def cond_exprs(c: sym.Cond):
    """The affine expressions compared by the condition ``c`` (through its and / or / not), in order."""
    for x in c.args:
        if isinstance(x, sym.Expr):
            yield x
        else:
            yield from cond_exprs(x)
