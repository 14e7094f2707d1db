"""Operations that block specifications are written against.

A block contract says what a layer should compute, as a function of its
input matrix.  Contracts are written once, against the small interface
below, and run on two backends: :class:`ConcreteOps` (Python integers; used
to check runs and to localise a divergence) and the z3 backend in
:mod:`verify.smt` (terms; used to prove the layers meet their contracts).

Conventions: a *word* is a list of ±1 entries, most significant first, bit
1 ↦ +1; ``unsigned(word)`` is its value; ``word_of(v, width)`` is the word of
``v mod 2^width``.
"""
from __future__ import annotations

__all__ = ["ConcreteOps"]


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
