"""Smart constructors of :mod:`verify.symbolic`: ReLU, case and if-then-else, with their rewrites.

Each returns an :class:`~verify.symbolic.expr.Expr` equal to the operation on
every assignment of the variables' domains (the rules are listed in the
package docstring): range analysis and single-variable tables for ReLU,
``ReLU(−x) = ReLU(x) − x`` first so that both share one atom, the canonical
form of a case (modal part outside, primitive branches, first nonzero branch
positive), and single-selector conditions turned into cases.
"""
from __future__ import annotations

import math
from fractions import Fraction

from .. import symbolic as _pkg  # the switches, looked up when used
from ..object_memo import KeptMemo
from .atoms import _ONE, _ZERO, Atom, Case, Ite, Relu, Var
from .conditions import FALSE, TRUE, Cond
from .expr import ZERO, Expr, _as_expr, const

__all__ = ["relu", "case", "ite"]


def relu(e) -> Expr:
    """``max(0, e)`` with every simplification in the module docstring."""
    e = _as_expr(e)
    lo, hi = e.range()
    if hi <= 0:
        return ZERO
    if lo >= 0:
        return e
    s, inner = e.scale_to_integral()
    if inner.leading_sign() < 0:
        # ReLU(-x) = ReLU(x) - x with x = -inner: ReLU(x) and ReLU(-x) share every rewrite below
        x = -inner
        return (relu(x) - x) * s
    if s != 1:
        return relu(inner) * s
    vs = e.vars()
    if len(vs) == 1:
        (v,) = vs
        if len(v.domain) == 2:  # the affine function through both points
            a, b = v.domain
            ya, yb = max(e.subs({v: a}).const, _ZERO), max(e.subs({v: b}).const, _ZERO)
            return const(ya) + (Expr(_ZERO, {v: _ONE}) - a) * ((yb - ya) / (b - a))
        if len(v.domain) <= _pkg.TABLE_LIMIT:
            return case(v, [(val, const(max(e.subs({v: val}).const, _ZERO))) for val in v.domain])
    # push into the cases of one selector, when e branches on one
    case_atoms = [a for a in e.terms if isinstance(a, Case)]
    if case_atoms and _pkg.RELU_INTO_CASES:
        v = min(case_atoms, key=lambda a: a.order).var
        if len(v.domain) <= _pkg.TABLE_LIMIT:
            return case(v, [(val, relu(e.subs({v: val}))) for val in v.domain])
    return Expr(_ZERO, {Relu(e): _ONE})


def case(v: Var, branches: list[tuple[int, Expr]]) -> Expr:
    """The branch selected by ``v``'s value; collapses when all branches agree.

    A *tuple* of constant branches seen before for the same domain (a code field's table, shared by the
    cases of every pointer) takes its canonical form from :data:`_BY_TUPLE` instead of rebuilding it.
    """
    if type(branches) is tuple:
        found = _BY_TUPLE.get(branches, v.domain)
        if found is not None:
            base, scale, table = found
            return Expr(base, {Case(v, table): scale})
    given = branches
    branches = sorted(((val, _as_expr(e)) for val, e in branches), key=lambda b: b[0])
    if {val for val, _ in branches} != set(v.domain):
        raise ValueError(f"case on {v.name} must give a branch for every value of {v.domain}")
    first = branches[0][1]
    rest = [e for _, e in branches[1:]]
    if all(e == first for e in rest):
        return first
    if not first.terms and all(not e.terms for e in rest):
        return _constant_case(v, branches, given if type(given) is tuple else None)
    # the most frequent coefficient of every atom (and the most frequent constant) stands outside the case
    common = _modal_part([e for _, e in branches])
    if common.terms or common.const:
        branches = _each(branches, lambda e: e - common)
    # and so does a common factor: the branches are integral and primitive, the first nonzero one positive
    scale = _content({id(e): e for _, e in branches}.values())
    for _, e in sorted(branches, key=lambda b: b[0]):
        if e.terms or e.const:
            if (e.leading_sign() if e.terms else (1 if e.const > 0 else -1)) < 0:
                scale = -scale
            break
    if scale != 1:
        branches = _each(branches, lambda e: e / scale)
    return common + Expr(_ZERO, {Case(v, tuple(sorted(branches, key=lambda b: b[0]))): scale})


def _each(branches: list, f) -> list:
    """``[(val, f(e))]``, computing ``f`` once per distinct branch object (a wide case repeats a few values)."""
    done: dict = {}
    out = []
    for val, e in branches:
        key = id(e)
        if key not in done:
            done[key] = f(e)
        out.append((val, done[key]))
    return out


def _constant_case(v: Var, branches: list[tuple[int, Expr]], given: tuple | None = None) -> Expr:
    """:func:`case` for constant branches (sorted by value): the same canonical form, without affine
    arithmetic; the decomposition of one list of constants is computed once per process (and remembered
    for the immutable tuple ``given`` the caller passed, if any: see :func:`case`)."""
    vals = tuple(val for val, _ in branches)
    consts = tuple(e.const for _, e in branches)
    key = (vals, tuple((c.numerator, c.denominator) for c in consts))
    found = _CONSTANT_TABLES.get(key)
    if found is None:
        found = _constant_table(vals, consts)
        if len(_CONSTANT_TABLES) < 65536:
            _CONSTANT_TABLES[key] = found
    if given is not None:
        _BY_TUPLE.put(given, found, v.domain)
    base, scale, table = found
    return Expr(base, {Case(v, table): scale})


_CONSTANT_TABLES: dict = {}
#: A tuple of branches and a domain -> its canonical form ``(base, scale, table)``: see :func:`case`.
_BY_TUPLE = KeptMemo()


def _constant_table(vals: tuple, consts: tuple) -> tuple:
    """``(base, scale, branches)`` with ``consts[k] = base + scale·branches[k]``, the branches primitive,
    the most frequent constant 0 and the first nonzero one positive."""
    if all(c.denominator == 1 for c in consts):  # the usual case, in integers
        ints = [c.numerator for c in consts]
        base = _mode(ints)
        rem = [c - base for c in ints]
        g = 0
        for c in rem:
            g = math.gcd(g, c)
        if next(r for r in rem if r) < 0:
            g = -g
        return Fraction(base), Fraction(g), tuple((val, _constant(Fraction(r // g))) for val, r in zip(vals, rem))
    base = _mode(list(consts))
    rem = [c - base for c in consts]
    den, num = 1, 0
    for c in rem:
        den = den * c.denominator // math.gcd(den, c.denominator)
        num = math.gcd(num, c.numerator)
    scale = Fraction(num, den)
    if next(r for r in rem if r) < 0:
        scale = -scale
    return base, scale, tuple((val, _constant(r / scale)) for val, r in zip(vals, rem))


_CONSTANTS: dict = {}


def _constant(value: Fraction) -> Expr:
    """The constant expression ``value`` (shared: a constant has no atoms, so it belongs to no scope)."""
    found = _CONSTANTS.get(value)
    if found is None:
        found = Expr(value)
        if len(_CONSTANTS) < 4096:
            _CONSTANTS[value] = found
    return found


def _mode(values: list) -> Fraction:
    """The most frequent value; among equally frequent ones the first (a choice every affine map keeps)."""
    counts: dict = {}
    first: dict = {}
    for i, v in enumerate(values):
        k = (v.numerator, v.denominator)  # cheaper to hash than a Fraction
        counts[k] = counts.get(k, 0) + 1
        first.setdefault(k, i)
    return values[first[min(counts, key=lambda k: (-counts[k], first[k]))]]


def _modal_part(exprs: list[Expr]) -> Expr:
    """``Σ mode_k(coeff of a in e_k)·a + mode_k(const of e_k)``: what a case's branches mostly share.

    Subtracting it from every branch is canonical: two lists of branches (in
    the order of the selector's values) that differ by one affine form, or
    by a nonzero factor, have remainders that differ only by that factor.
    The modes are those of :func:`_mode` over the full lists (zeros
    included; ties to the first occurrence), counted over the distinct branch
    objects with their multiplicities: a wide case repeats a few values.
    """
    n = len(exprs)
    distinct: dict = {}  # id -> [expr, count, first index]
    for i, e in enumerate(exprs):
        d = distinct.get(id(e))
        if d is None:
            distinct[id(e)] = [e, 1, i]
        else:
            d[1] += 1
    seen: dict = {}  # atom -> {coefficient key: [count, first index, coefficient]}
    for e, count, first in distinct.values():
        for a, c in e.terms.items():
            slot = seen.setdefault(a, {}).setdefault((c.numerator, c.denominator), [0, first, c])
            slot[0] += count
            slot[1] = min(slot[1], first)
    terms = {}
    for a, by_value in seen.items():
        nonzero = sum(count for count, _, _ in by_value.values())
        if nonzero * 2 < n:  # 0 is the most frequent coefficient
            continue
        if nonzero < n:  # the zero coefficient competes: its count and first occurrence
            zero_first = min(first for e, _, first in distinct.values() if a not in e.terms)
            by_value.setdefault((0, 1), [0, zero_first, _ZERO])
            by_value[(0, 1)][0] += n - nonzero
        terms[a] = min(by_value.values(), key=lambda slot: (-slot[0], slot[1]))[2]
    consts: dict = {}
    for e, count, first in distinct.values():
        slot = consts.setdefault((e.const.numerator, e.const.denominator), [0, first, e.const])
        slot[0] += count
        slot[1] = min(slot[1], first)
    return Expr(min(consts.values(), key=lambda slot: (-slot[0], slot[1]))[2], terms)


def _content(exprs) -> Fraction:
    """The positive rational ``s`` with every coefficient and constant of ``exprs`` in ``sℤ``, primitive."""
    den, num = 1, 0
    for e in exprs:
        for c in (e.const, *e.terms.values()):
            den = den * c.denominator // math.gcd(den, c.denominator)
            num = math.gcd(num, c.numerator)
    return Fraction(num or 1, den) if num else _ONE


def ite(cond: "Cond", then, other) -> Expr:
    """``then if cond else other``; a condition on one selector becomes a :class:`Case`."""
    then, other = _as_expr(then), _as_expr(other)
    if cond is TRUE:
        return then
    if cond is FALSE or then == other:
        return other if cond is FALSE else then
    vs = cond.vars()
    if len(vs) == 1:
        (v,) = vs
        if len(v.domain) <= _pkg.TABLE_LIMIT:
            truth = _truth_table(cond, v)
            fast = _ite_table(v, truth, then, other)
            if fast is not None:
                return fast
            return case(v, [(val, (then if t else other).subs({v: val})) for val, t in zip(v.domain, truth)])
    return Expr(_ZERO, {Ite(cond, then, other): _ONE})


def _ite_table(v: Var, truth: tuple[bool, ...], then: Expr, other: Expr) -> Expr | None:
    """``case(v: then where truth holds, other elsewhere)`` without substituting into ``other``.

    When neither side depends on ``v`` the branches are the two values; when
    ``other = rest + s·case(v: b)`` with ``rest`` and every ``b`` free of ``v``
    (a chain of lookups on one pointer), the case's branches are replaced
    where ``truth`` holds: ``rest + s·case(v: (then − rest)/s there, b elsewhere)``.
    None when neither shape applies.
    """
    if v in then.vars():
        return None
    if v not in other.vars():
        return case(v, [(val, then if t else other) for val, t in zip(v.domain, truth)])
    tables = [a for a in other.terms if isinstance(a, Case) and a.var is v]
    if len(tables) != 1:
        return None
    (table,) = tables
    s = other.terms[table]
    rest = Expr(other.const, {a: c for a, c in other.terms.items() if a is not table})
    if v in rest.vars() or any(v in b.vars() for _, b in table.branches):
        return None
    target = (then - rest) / s
    return rest + case(v, [(val, target if t else table.branch(val)) for val, t in zip(v.domain, truth)]) * s


def _truth_table(cond: "Cond", v: Var) -> tuple[bool, ...]:
    """Whether ``cond`` (a condition on ``v`` alone) holds, for each value of ``v`` (memoised in the scope)."""
    key = ("truth table", cond.key)
    found = Atom._table.get(key)
    if found is None:
        found = Atom._table[key] = tuple(cond.subs({v: val}) is TRUE for val in v.domain)
    return found
