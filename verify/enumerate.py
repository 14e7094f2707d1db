"""Deciding symbolic conditions by exhaustive evaluation over their finite domains, vectorised and exact.

Every variable of :mod:`verify.symbolic` ranges over a finite set of
integers, so a condition over a few of them can be decided by evaluating it on
*every* assignment: that is a proof (or a counterexample) as good as a
solver's, and for deep compositions of ReLUs over a handful of ±1 bits — an
adder followed by a zero test, say — far faster than one.

Evaluation is exact: each sub-expression is carried as an ``int64`` numerator
array over one integer denominator, with ``ReLU``, case tables, if-then-else
and bit extraction done on the numerators; a sub-expression whose bound (from
:meth:`Expr.range`, scaled by its denominator) could leave ``int64`` makes the
decider decline (return ``None``), never wrap.  Each variable is one axis of a
grid and each sub-expression is an array over the axes of *its own* variables
only (numpy broadcasting does the rest), so a deep expression over a few
variables costs its own small grid, not the whole product.

:func:`decide` decides conditions; :func:`always_in` whether a vector of
values always lies in a finite set (a template's membership test,
:mod:`verify.smt_template`).
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from fractions import Fraction
from typing import Iterable

import numpy as np

from . import symbolic as sym
from .object_memo import KeptMemo

__all__ = ["Decision", "decide", "domain_size", "always_in"]

_LIMIT = 2**62
_INT32 = 2**31


class _Overflow(Exception):
    pass


@dataclass(frozen=True)
class Decision:
    """``holds`` on all ``assignments`` checked; else ``model`` is the first assignment where it fails."""

    holds: bool
    assignments: int
    model: dict | None = None


def domain_size(variables: Iterable[sym.Var]) -> int:
    return math.prod(len(v.domain) for v in variables)


def _bound(x) -> Fraction:
    lo, hi = x.range()
    return max(abs(Fraction(lo)), abs(Fraction(hi)))


#: A constant case table and its domain -> ``(numerators, denominator)``.
_TABLES = KeptMemo()


def _constant_table(a) -> tuple[np.ndarray, int] | None:
    """A case of constant branches as ``int64`` numerators in its selector's domain order over one denominator
    (None if a branch is not constant); computed once per branch table and domain — a code field's table is
    shared by the cases of every pointer."""
    found = _TABLES.get(a.branches, a.var.domain)
    if found is not None:
        return found
    if any(e.terms for _, e in a.branches):
        return None
    den = math.lcm(*(e.const.denominator for _, e in a.branches))
    nums = [int(a.branch(v).const * den) for v in a.var.domain]
    if max(abs(x) for x in nums) >= _LIMIT:
        raise _Overflow
    out = np.asarray(nums, dtype=np.int64)
    out.flags.writeable = False
    _TABLES.put(a.branches, (out, den), a.var.domain)
    return out, den


class _Evaluator:
    """Values of atoms and expressions on one chunk of assignments: ``(numerators, denominator)``."""

    def __init__(self, variables: list):
        self.ndim = len(variables)
        self.axes = {v: axis for axis, v in enumerate(variables)}
        self.columns = {}
        for axis, v in enumerate(variables):
            view = [1] * self.ndim
            view[axis] = -1
            self.columns[v] = np.asarray(v.domain, dtype=np.int64).reshape(view)
        self.memo: dict[int, tuple] = {}

    def expr(self, e) -> tuple[np.ndarray, int]:
        key = id(e)
        if key in self.memo:
            return self.memo[key][1]
        parts = [(Fraction(c), self.atom(a)) for a, c in e.terms.items()]
        const = Fraction(e.const)
        den = const.denominator
        for c, (_, d) in parts:
            den = math.lcm(den, c.denominator * d)
        total = sum((abs(Fraction(c)) * _bound(a) for a, c in e.terms.items()), abs(const))
        if total * den >= _LIMIT:
            raise _Overflow
        # terms over the same variables are summed on their own (small) grid first, then the groups broadcast
        # int32 where every term and partial sum provably fits (half the memory traffic of int64)
        dtype = np.int32 if total * den < _INT32 else np.int64
        groups: dict[tuple, np.ndarray] = {}
        for c, (num, d) in parts:
            coef = c.numerator * (den // (c.denominator * d))
            term = (num.astype(dtype, copy=False) * coef) if abs(coef) < _INT32 else (num.astype(np.int64) * coef)
            shape = np.shape(term)
            groups[shape] = term if shape not in groups else groups[shape] + term
        out = np.asarray(const.numerator * (den // const.denominator), dtype=dtype)
        for shape in sorted(groups, key=math.prod):
            out = out + groups[shape]
        self.memo[key] = (e, (out, den))
        return out, den

    def atom(self, a) -> tuple[np.ndarray, int]:
        key = id(a)
        if key in self.memo:
            return self.memo[key][1]
        if isinstance(a, sym.Var):
            value = (self.columns[a].astype(np.int64), 1)
        elif isinstance(a, sym.Relu):
            num, den = self.expr(a.inner)
            value = (np.maximum(num, 0), den)
        elif isinstance(a, sym.Case):
            value = self._case(a)
        elif isinstance(a, sym.Ite):
            test = self.cond(a.cond)
            (n1, d1), (n2, d2) = self.expr(a.then), self.expr(a.other)
            den = math.lcm(d1, d2)
            value = (np.where(test, n1 * (den // d1), n2 * (den // d2)), den)
        elif isinstance(a, sym.Digit):
            num, den = self.expr(a.inner)
            if np.any(num % den):
                raise ValueError("digit of a non-integer value")
            value = (((num // den) >> a.k) & 1, 1)
        elif isinstance(a, sym.Cond):
            value = (self.cond(a).astype(np.int64), 1)
        else:
            raise TypeError(f"cannot evaluate {type(a).__name__}")
        self.memo[key] = (a, value)
        return value

    def _case(self, a) -> tuple[np.ndarray, int]:
        """A case table as the branches stacked along its selector's own axis (no full-size selects)."""
        axis = self.axes[a.var]
        constant = _constant_table(a)
        if constant is not None:  # a table of constants: one array along the selector's axis
            nums, den = constant
            view = [1] * self.ndim
            view[axis] = -1
            return nums.reshape(view), den
        branches = {v: self.expr(e) for v, e in a.branches}
        den = math.lcm(*(d for _, d in branches.values()))
        slices = []
        for i, v in enumerate(a.var.domain):
            num, d = branches[v]
            num = np.asarray(num * (den // d)).reshape(np.shape(num) or (1,) * self.ndim)
            if num.shape[axis] > 1:  # the branch depends on the selector itself: its own value's slice
                num = num.take([i], axis=axis)
            slices.append(num)
        common = list(np.broadcast_shapes(*(x.shape for x in slices)))
        common[axis] = 1
        return np.concatenate([np.broadcast_to(x, common) for x in slices], axis=axis), den

    def cond(self, c) -> np.ndarray:
        key = id(c)
        if key in self.memo:
            return self.memo[key][1]
        if c.op == "true":
            out = np.ones((), dtype=bool)
        elif c.op == "false":
            out = np.zeros((), dtype=bool)
        elif c.op == "eq0":
            out = self.expr(c.args[0])[0] == 0
        elif c.op == "le0":
            out = self.expr(c.args[0])[0] <= 0
        elif c.op == "and":
            out = functools.reduce(np.logical_and, [self.cond(x) for x in c.args])
        elif c.op == "or":
            out = functools.reduce(np.logical_or, [self.cond(x) for x in c.args])
        elif c.op == "not":
            out = ~self.cond(c.args[0])
        else:
            raise ValueError(f"unknown condition {c.op!r}")
        self.memo[key] = (c, out)
        return out


def decide(conds: list, limit: int = 2**22) -> list[Decision] | None:
    """Decide every condition of ``conds`` on every assignment of their variables, or ``None``.

    ``None`` when the joint domain has more than ``limit`` assignments or a
    value could leave ``int64`` (the caller then asks a solver).  Conditions
    are evaluated together, sharing sub-expressions.
    """
    variables = sorted(set().union(*(c.vars() for c in conds)) if conds else set(), key=lambda v: v.name)
    total = domain_size(variables)
    if total > limit or len(variables) > 32:
        return None
    shape = tuple(len(v.domain) for v in variables)
    ev = _Evaluator(variables)
    out = []
    try:
        for c in conds:
            ok = np.broadcast_to(ev.cond(c), shape)
            if ok.all():
                out.append(Decision(True, total))
                continue
            where = np.unravel_index(int(np.argmin(ok)), shape) if shape else ()
            model = {v.name: int(v.domain[i]) for v, i in zip(variables, where)}
            out.append(Decision(False, total, model))
    except _Overflow:
        return None
    return out


def always_in(exprs: list, allowed: set, limit: int = 2**22) -> bool | None:
    """Whether the vector ``exprs`` equals a member of ``allowed`` (tuples of rationals) on every assignment.

    ``None`` where :func:`decide` would decline (more than ``limit``
    assignments, a value that could leave ``int64``) and where a digit of a
    non-integer value occurs (evaluation is eager: also in a branch no
    assignment takes): the caller cannot tell, and may ask a solver.
    """
    variables = sorted(set().union(*(e.vars() for e in exprs)), key=lambda v: v.name)
    total = domain_size(variables)
    if total > limit or len(variables) > 32:
        return None
    shape = tuple(len(v.domain) for v in variables)
    ev = _Evaluator(variables)
    try:
        values = [ev.expr(e) for e in exprs]
    except (_Overflow, ValueError):
        return None
    den = math.lcm(*(d for _, d in values)) if values else 1
    if any(_bound(e) * den >= _LIMIT for e in exprs):
        return None
    grid = np.stack([np.broadcast_to(num.astype(np.int64) * (den // d), shape).reshape(-1)
                     for num, d in values]) if values else np.zeros((0, 1), dtype=np.int64)
    points = set(map(tuple, grid.T.tolist()))  # the distinct values, as numerators over ``den``
    if den != 1:
        points = {tuple(Fraction(x, den) for x in p) for p in points}
    return points <= allowed  # an int equals (and hashes as) the Fraction of the same value
