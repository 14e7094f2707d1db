"""Conditions of :mod:`verify.symbolic`: ``e = 0``, ``e ≤ 0`` and their boolean combinations.

A :class:`Cond` is an atom too (hash-consed); comparisons fold by range
analysis and are kept scaled to primitive integer forms so the solver sees
integral queries.  :func:`scope` opens a fresh hash-consing table.
"""
from __future__ import annotations

import contextlib

from .. import symbolic as _pkg  # the switches, looked up when used
from .atoms import _ONE, _ZERO, Atom, Ite
from .expr import Expr, _as_expr

__all__ = ["Cond", "TRUE", "FALSE", "scope", "eq", "le", "and_", "or_", "not_"]


class Cond(Atom):
    """A boolean condition (hash-consed)."""

    __slots__ = ("op", "args")

    @staticmethod
    def _key_parts(op, args):
        return (op, tuple(a.key for a in args))

    def _init(self, op, args):
        self.op, self.args = op, tuple(args)

    def _args(self):
        return (self.op, self.args)

    def _compute_vars(self):
        return frozenset().union(*(a.vars() for a in self.args)) if self.args else frozenset()

    def _compute_range(self):
        return _ZERO, _ONE

    def evaluate(self, env) -> bool:
        if self.op == "true":
            return True
        if self.op == "false":
            return False
        if self.op == "eq0":
            return self.args[0].evaluate(env) == 0
        if self.op == "le0":
            return self.args[0].evaluate(env) <= 0
        if self.op == "and":
            return all(a.evaluate(env) for a in self.args)
        if self.op == "or":
            return any(a.evaluate(env) for a in self.args)
        if self.op == "not":
            return not self.args[0].evaluate(env)
        raise ValueError(self.op)

    def _subs(self, env, memo) -> "Cond":
        if not (self.vars() & env.keys()):
            return self
        if self.op == "eq0":
            return _eq0(self.args[0].subs(env, memo))
        if self.op == "le0":
            return _le0(self.args[0].subs(env, memo))
        if self.op == "and":
            return and_(*(a.subs(env, memo) for a in self.args))
        if self.op == "or":
            return or_(*(a.subs(env, memo) for a in self.args))
        if self.op == "not":
            return not_(self.args[0].subs(env, memo))
        return self

    def __repr__(self):
        if self.op in ("eq0", "le0"):
            return f"({self.args[0]!r} {'==' if self.op == 'eq0' else '<='} 0)"
        return f"{self.op}({', '.join(map(repr, self.args))})"


TRUE = Cond("true", ())
FALSE = Cond("false", ())
_BASE_TABLE = {TRUE.key: TRUE, FALSE.key: FALSE}


@contextlib.contextmanager
def scope():
    """A fresh hash-consing table: variable names may be reused with other domains inside."""
    saved = Atom._table
    Atom._table = dict(_BASE_TABLE)
    try:
        yield
    finally:
        Atom._table = saved


def _resolve_ite(d: Expr, test) -> Cond | None:
    """``test(d)`` for ``d = k + c·ite(cond, x, y)`` with constant ``x``, ``y``: TRUE, FALSE, cond or ¬cond."""
    if len(d.terms) != 1 or not _pkg.MODULAR_REWRITES:
        return None
    (a, c), = d.terms.items()
    if not isinstance(a, Ite) or not (a.then.is_const() and a.other.is_const()):
        return None
    yes, no = test(d.const + c * a.then.const), test(d.const + c * a.other.const)
    if yes == no:
        return TRUE if yes else FALSE
    return a.cond if yes else not_(a.cond)


def _eq0(d: Expr) -> Cond:
    lo, hi = d.range()
    if d.is_const():
        return TRUE if d.const == 0 else FALSE
    if lo > 0 or hi < 0:
        return FALSE
    resolved = _resolve_ite(d, lambda v: v == 0)
    if resolved is not None:
        return resolved
    _, inner = d.scale_to_integral()
    if inner.leading_sign() < 0:
        inner = -inner
    return Cond("eq0", (inner,))


def _le0(d: Expr) -> Cond:
    lo, hi = d.range()
    if hi <= 0:
        return TRUE
    if lo > 0:
        return FALSE
    resolved = _resolve_ite(d, lambda v: v <= 0)
    if resolved is not None:
        return resolved
    _, inner = d.scale_to_integral()
    return Cond("le0", (inner,))


def eq(a, b) -> Cond:
    return _eq0(_as_expr(a) - _as_expr(b))


def le(a, b) -> Cond:
    return _le0(_as_expr(a) - _as_expr(b))


def _junction(op: str, conds, absorbing: Cond, neutral: Cond) -> Cond:
    flat = []
    for c in conds:
        if c is absorbing:
            return absorbing
        if c is neutral:
            continue
        flat.extend(c.args if c.op == op else (c,))
    flat = list(dict.fromkeys(flat))
    if not flat:
        return neutral
    return flat[0] if len(flat) == 1 else Cond(op, tuple(flat))


def and_(*conds: Cond) -> Cond:
    return _junction("and", conds, FALSE, TRUE)


def or_(*conds: Cond) -> Cond:
    return _junction("or", conds, TRUE, FALSE)


def not_(c: Cond) -> Cond:
    if c is TRUE:
        return FALSE
    if c is FALSE:
        return TRUE
    if c.op == "not":
        return c.args[0]
    return Cond("not", (c,))
