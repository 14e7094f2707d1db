"""Templates: the symbolic inputs of a layer proof, and the conditions for lying in their sets.

A :class:`Template` is a matrix of :mod:`verify.symbolic` values over
finite-domain variables; it stands for every concrete input obtained by
assigning those variables (:meth:`Template.instantiate`).  A layer proof
(:func:`verify.smt.check_layer`) evaluates the layer on it, and
:meth:`Template.membership` turns "this output lies in the next template's
set" into one condition per field or constant cell for the solver.  A field
whose entries depend on few assignments is decided here instead, by exact
exhaustive evaluation (:func:`_all_in`: selector splits here, the evaluation
by :func:`verify.enumerate.always_in`).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from . import symbolic as sym
from .enumerate import always_in

__all__ = ["Template", "ENUMERATE_LIMIT", "ENUMERATE_BUDGET"]


@dataclass
class Template:
    """A set of inputs: a symbolic matrix over finite-domain variables.

    ``fields`` describe, for :meth:`membership`, which cells hold what:
    ``("bits", rows, col, name)`` ±1 entries, ``("flag", rows, col, name)``
    0/1 entries, ``("code", rows, col, codes, name)`` a vector equal to one of
    ``codes``; every other cell must equal its constant in ``X``.
    """

    name: str
    X: np.ndarray
    fields: list[tuple]

    def variables(self) -> list[sym.Var]:
        vs = set()
        for e in self.X.flat:
            vs |= e.vars()
        return sorted(vs, key=lambda v: v.name)

    def instantiate(self, env: dict) -> np.ndarray:
        """The concrete matrix for an assignment (unassigned variables take their first value)."""
        if not hasattr(self, "_constant"):
            self._constant = np.empty(self.X.shape, dtype=object)
            self._symbolic = []
            for idx, e in np.ndenumerate(self.X):
                self._constant[idx] = e.const if e.is_const() else None
                if not e.is_const():
                    self._symbolic.append((idx, e))
            self._vars = self.variables()
        full = {v: env.get(v, v.domain[0]) for v in self._vars}
        out = self._constant.copy()
        for idx, e in self._symbolic:
            out[idx] = e.evaluate(full)
        return out

    def membership(self, Y: np.ndarray) -> list[tuple[str, object, sym.Cond]]:
        """Conditions under which ``Y`` lies in this template's set, one per field or cell.

        A field whose entries in ``Y`` depend on few assignments of their
        variables, after splitting on selectors (:func:`_all_in`), is decided
        by evaluating it on every one of them (exact, exhaustive): TRUE if all
        lie in the set, otherwise the condition is left for the solver, which
        then finds the failure.
        """
        out, covered = [], set()
        code_sets: dict[int, set] = {}  # id(code list) -> its set: fields share their code lists (held by self)
        for f in self.fields:
            kind, rows, col = f[0], f[1], f[2]
            covered.update((r, col) for r in rows)
            label = f"{f[3] if kind != 'code' else f[4]} in column {col}"
            if kind in ("bits", "flag"):
                allowed = {(Fraction(1),), (Fraction(-1),)} if kind == "bits" else {(Fraction(0),), (Fraction(1),)}
                for r in rows:
                    if _all_in([Y[r, col]], allowed):
                        out.append((label, (r, col), sym.TRUE))
                    elif kind == "bits":
                        out.append((label, (r, col), sym.or_(sym.eq(Y[r, col], 1), sym.eq(Y[r, col], -1))))
                    else:
                        out.append((label, (r, col), sym.or_(sym.eq(Y[r, col], 0), sym.eq(Y[r, col], 1))))
            elif kind == "code":
                if id(f[3]) not in code_sets:
                    code_sets[id(f[3])] = {tuple(Fraction(c) for c in code) for code in f[3]}
                if _all_in([Y[r, col] for r in rows], code_sets[id(f[3])]):
                    out.append((label, (rows[0], col), sym.TRUE))
                    continue
                options = [sym.and_(*(sym.eq(Y[r, col], c) for r, c in zip(rows, code))) for code in f[3]]
                out.append((label, (rows[0], col), sym.or_(*options)))
        for idx, e in np.ndenumerate(self.X):
            if idx not in covered:
                cond = sym.eq(Y[idx], e)
                if cond is not sym.TRUE:
                    out.append(("constant cell", idx, cond))
        return out


#: A template field whose entries depend on at most this many assignments is checked by evaluation
#: (1024: a pointer of a machine with n = 1024 columns; at 256 the code fields of n = 512 went to z3,
#: which gave up on one after 155 s).
ENUMERATE_LIMIT = 1024


#: At most this many evaluations per field, over all the cases of :func:`_all_in`'s splits (a field split on
#: the program counter of n = 1024 into about 1000 pointers of 1024 values each fits).
ENUMERATE_BUDGET = 2_000_000


def _all_in(values: list, allowed: set, budget: list[int] | None = None) -> bool:
    """Whether the vector ``values`` lies in ``allowed`` on every assignment of its variables.

    Evaluated on every assignment when there are at most :data:`ENUMERATE_LIMIT`
    (exactly, vectorised: :func:`verify.enumerate.always_in`); otherwise split
    on the selector of an outermost case (every value in turn, an exhaustive
    split) and decided in each branch, within
    :data:`ENUMERATE_BUDGET` evaluations.  False means "not shown", not "refuted".
    """
    budget = [ENUMERATE_BUDGET] if budget is None else budget
    vs = sorted(frozenset().union(*(v.vars() for v in values)), key=lambda v: v.name)
    size = math.prod(len(v.domain) for v in vs)
    if size > ENUMERATE_LIMIT:
        top = [a.var for v in values for a in v.terms if isinstance(a, sym.Case)]
        if not top or not ENUMERATE_LIMIT:
            return False
        v = min(top, key=lambda x: x.order)
        return all(_all_in([e.subs({v: val}) for e in values], allowed, budget) for val in v.domain)
    budget[0] -= size
    if budget[0] < 0:
        return False
    return always_in(values, allowed, ENUMERATE_LIMIT) is True  # None (declined): not shown
