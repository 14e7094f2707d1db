"""Operations that block specifications are written against.

A block contract says what a layer should compute, as a function of its
input matrix.  Contracts are written once, against the small interface
below, and run on two backends: :class:`ConcreteOps` (Python integers; used
to check runs and to localise a divergence) and :class:`SymbolicOps`
(the exact expressions of :mod:`verify.symbolic`, which :mod:`verify.smt`
hands to z3 to prove that the layers meet their contracts).

Conventions: a *word* is a list of ±1 entries, most significant first, bit
1 ↦ +1; ``unsigned(word)`` is its value; ``word_of(v, width)`` is the word of
``v mod 2^width``.
"""
from __future__ import annotations

from fractions import Fraction

__all__ = ["ConcreteOps", "SymbolicOps"]


class ConcreteOps:
    """The specification operations on plain Python integers."""

    name = "concrete"

    @staticmethod
    def ite(cond, a, b):
        return a if cond else b

    @staticmethod
    def eq(a, b) -> bool:
        return a == b

    @staticmethod
    def all_(conds) -> bool:
        return all(conds)

    @staticmethod
    def any_(conds) -> bool:
        return any(conds)

    @staticmethod
    def not_(cond) -> bool:
        return not cond

    @staticmethod
    def le(a, b) -> bool:
        return a <= b

    @staticmethod
    def unsigned(word) -> int:
        value = 0
        for b in word:
            value = 2 * value + (1 if b == 1 else 0)
        return value

    @staticmethod
    def word_of(value, width: int) -> list[int]:
        v = value % (1 << width)
        return [1 if (v >> (width - 1 - k)) & 1 else -1 for k in range(width)]

    def select(self, cases, default):
        """The value of the first case whose condition holds, else ``default``."""
        for cond, value in cases:
            if cond:
                return value
        return default


class SymbolicOps:
    """The specification operations on :mod:`verify.symbolic` expressions.

    Conditions on a single selector become case tables, so a lookup by a
    symbolic pointer is a :class:`~verify.symbolic.Case` on that pointer.
    """

    name = "symbolic"

    def __init__(self):
        from . import symbolic

        self.s = symbolic

    def _cond(self, c):
        if isinstance(c, bool):
            return self.s.TRUE if c else self.s.FALSE
        return c

    def ite(self, cond, a, b):
        cond = self._cond(cond)
        return self.s.ite(cond, a, b)

    def eq(self, a, b):
        if not isinstance(a, self.s.Expr) and not isinstance(b, self.s.Expr):
            return a == b
        return self.s.eq(a, b)

    def all_(self, conds):
        return self.s.and_(*(self._cond(c) for c in conds))

    def any_(self, conds):
        return self.s.or_(*(self._cond(c) for c in conds))

    def not_(self, cond):
        return self.s.not_(self._cond(cond))

    def le(self, a, b):
        return self.s.le(a, b)

    def unsigned(self, word):
        n = len(word)
        return self.s.linear((Fraction(2 ** (n - 1 - k), 2), b) for k, b in enumerate(word)) + Fraction(2**n - 1, 2)

    def word_of(self, value, width: int):
        return [2 * self.s.digit(value, width - 1 - k) - 1 for k in range(width)]

    def select(self, cases, default):
        """Elementwise: the value of the first case whose condition holds, else ``default``."""
        cases = [(self._cond(c), v) for c, v in cases]
        out = list(default)
        for cond, value in reversed(cases):
            out = [self.s.ite(cond, v, o) for v, o in zip(value, out)]
        return out
