"""Hash-consed atoms of :mod:`verify.symbolic`: variables, ReLUs, cases, if-then-else and digits.

An atom is a leaf of an affine form (:mod:`verify.symbolic.expr`).  Every atom
knows its variables, an interval containing its value (range analysis), its
value on an assignment, and how to substitute values for variables — through
the smart constructors, so substitution simplifies as it goes.  Structurally
equal atoms are one object within a :func:`~verify.symbolic.scope`.
"""
from __future__ import annotations

import itertools
from fractions import Fraction
from typing import TYPE_CHECKING, Mapping

from .. import symbolic as _pkg  # the smart constructors and switches, looked up when used
from ..object_memo import KeptMemo

if TYPE_CHECKING:
    from .expr import Expr

__all__ = ["Atom", "Var", "Relu", "Case", "Ite", "Digit"]

_ZERO = Fraction(0)
_ONE = Fraction(1)


def _frac(x) -> Fraction:
    return x if isinstance(x, Fraction) else Fraction(x)


class Atom:
    """Base class of hash-consed atoms."""

    __slots__ = ("key", "_vars", "_range", "_hash", "order")
    _table: dict = {}
    _counter = itertools.count()

    def __new__(cls, *args):
        key = (cls.__name__, *cls._key_parts(*args))
        found = Atom._table.get(key)
        if found is not None:
            return found
        self = object.__new__(cls)
        self.key = key
        self._hash = hash(key)
        self._vars = None
        self._range = None
        self.order = next(Atom._counter)
        self._init(*args)
        Atom._table[key] = self
        return self

    @staticmethod
    def _key_parts(*args):
        raise NotImplementedError

    def _init(self, *args):
        raise NotImplementedError

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other) -> bool:
        return self is other

    def __reduce__(self):  # pickling re-interns
        return (type(self), self._args())

    def vars(self) -> frozenset:
        if self._vars is None:
            self._vars = self._compute_vars()
        return self._vars

    def range(self) -> tuple[Fraction, Fraction]:
        if self._range is None:
            self._range = self._compute_range()
        return self._range

    def subs(self, env: Mapping, memo: dict | None = None):
        """This atom with the variables of ``env`` replaced by their values.

        ``memo`` maps each node already substituted in this substitution to its result, so a subterm shared
        across the DAG is substituted once (without it, nested ReLUs over shared forms are walked once per
        path: exponentially often).  Entries keep their node alive, so node ids cannot be reused meanwhile.
        """
        if memo is None:
            memo = {}
        hit = memo.get(id(self))
        if hit is None:
            hit = memo[id(self)] = (self, self._subs(env, memo))
        return hit[1]


class Var(Atom):
    """An integer variable ranging over ``domain``."""

    __slots__ = ("name", "domain")

    @staticmethod
    def _key_parts(name, domain):
        return (name,)

    def _init(self, name, domain):
        self.name = name
        self.domain = tuple(sorted(set(int(v) for v in domain)))
        if not self.domain:
            raise ValueError(f"variable {name} has an empty domain")

    def __new__(cls, name, domain):
        self = super().__new__(cls, name, domain)
        if self.domain != tuple(sorted(set(int(v) for v in domain))):
            raise ValueError(f"variable {name} already exists with domain {self.domain}")
        return self

    def _args(self):
        return (self.name, self.domain)

    def _compute_vars(self):
        return frozenset((self,))

    def _compute_range(self):
        return Fraction(self.domain[0]), Fraction(self.domain[-1])

    def evaluate(self, env: Mapping) -> Fraction:
        return Fraction(env[self])

    def _subs(self, env: Mapping, memo: dict) -> "Expr":
        return _pkg.const(env[self]) if self in env else _pkg.Expr(_ZERO, {self: _ONE})

    def __repr__(self) -> str:
        return self.name


class Relu(Atom):
    """``max(0, inner)``; ``inner`` is integral, primitive and sign-canonical."""

    __slots__ = ("inner",)

    @staticmethod
    def _key_parts(inner):
        return (inner.key,)

    def _init(self, inner):
        self.inner = inner

    def _args(self):
        return (self.inner,)

    def _compute_vars(self):
        return self.inner.vars()

    def _compute_range(self):
        lo, hi = self.inner.range()
        return max(lo, _ZERO), max(hi, _ZERO)

    def evaluate(self, env):
        return max(self.inner.evaluate(env), _ZERO)

    def _subs(self, env, memo):
        return _pkg.relu(self.inner.subs(env, memo))

    def __repr__(self):
        return f"relu({self.inner!r})"


#: The range of a branch table, per table (kept alive by the memo).
_TABLE_RANGES = KeptMemo()


class Case(Atom):
    """``branches[v]`` where ``v`` is the value of ``var`` (every domain value has a branch)."""

    __slots__ = ("var", "branches", "_by_value")

    @staticmethod
    def _key_parts(v, branches):
        return (v.key, tuple((val, e.key) for val, e in branches))

    def _init(self, v, branches):
        self.var = v
        self.branches = tuple(branches)
        self._by_value = dict(self.branches)

    def _args(self):
        return (self.var, self.branches)

    def _compute_vars(self):
        return frozenset((self.var,)).union(*(e.vars() for _, e in self.branches))

    def _compute_range(self):
        # a table of branches is often shared by many cases (a code field's, one per pointer): its range once
        found = _TABLE_RANGES.get(self.branches)
        if found is None:
            rs = [e.range() for _, e in self.branches]
            found = min(r[0] for r in rs), max(r[1] for r in rs)
            _TABLE_RANGES.put(self.branches, found)
        return found

    def branch(self, value) -> "Expr":
        found = self._by_value.get(value)
        if found is None:
            raise KeyError(f"{self.var.name} = {value} is outside its domain")
        return found

    def evaluate(self, env):
        return self.branch(env[self.var]).evaluate(env)

    def _subs(self, env, memo):
        if self.var in env:
            return self.branch(env[self.var]).subs(env, memo)
        return _pkg.case(self.var, [(v, e.subs(env, memo)) for v, e in self.branches])

    def __repr__(self):
        return f"case({self.var.name}: " + ", ".join(f"{v}->{e!r}" for v, e in self.branches) + ")"


class Ite(Atom):
    """``then if cond else other``."""

    __slots__ = ("cond", "then", "other")

    @staticmethod
    def _key_parts(cond, then, other):
        return (cond.key, then.key, other.key)

    def _init(self, cond, then, other):
        self.cond, self.then, self.other = cond, then, other

    def _args(self):
        return (self.cond, self.then, self.other)

    def _compute_vars(self):
        return self.cond.vars() | self.then.vars() | self.other.vars()

    def _compute_range(self):
        a, b = self.then.range(), self.other.range()
        return min(a[0], b[0]), max(a[1], b[1])

    def evaluate(self, env):
        return self.then.evaluate(env) if self.cond.evaluate(env) else self.other.evaluate(env)

    def _subs(self, env, memo):
        return _pkg.ite(self.cond.subs(env, memo), self.then.subs(env, memo), self.other.subs(env, memo))

    def __repr__(self):
        return f"ite({self.cond!r}, {self.then!r}, {self.other!r})"


class Digit(Atom):
    """Bit ``k`` (value ``2^k``) of the integer ``inner``: ``floor(inner / 2^k) mod 2``."""

    __slots__ = ("inner", "k")

    @staticmethod
    def _key_parts(inner, k):
        return (inner.key, k)

    def _init(self, inner, k):
        self.inner, self.k = inner, k

    def _args(self):
        return (self.inner, self.k)

    def _compute_vars(self):
        return self.inner.vars()

    def _compute_range(self):
        return _ZERO, _ONE

    def evaluate(self, env):
        v = self.inner.evaluate(env)
        if v.denominator != 1:
            raise ValueError(f"digit of the non-integer {v}")
        return Fraction((v.numerator >> self.k) & 1)

    def _subs(self, env, memo):
        return _pkg.digit(self.inner.subs(env, memo), self.k)

    def __repr__(self):
        return f"digit({self.inner!r}, {self.k})"
