"""z3 queries over the generic weights of :mod:`.generic_exec`: one output row at a symbolic offset, sizes symbolic.

A feed-forward layer adds ``Σ_units coef·ReLU(w·x + b)`` to each row of each
column (eq. 1b), so its output at row ``(block, o)`` of one column depends only
on that column.  :func:`row_update` collects, from the recorded ``outs``,
every unit that writes to ``(block, o)`` for a *symbolic* ``o``: the unit's
family index is solved from its offset formula (linear), with the condition
that the solution lies in the index's range.  The units' inputs then refer to
rows at offsets given by formulas in ``o``, ``N`` and ``L``; :class:`State`
gives each such row a z3 value (a fresh variable per distinct formula, equal
whenever two formulas coincide — Ackermann's reduction).  Inputs that range
over a finished index (a sum ``Σ_g w(g)·x_g``) are handed to a *sum handler*
that replaces the sum by a variable constrained by a lemma proved by
induction (:mod:`.allsizes_lemmas`).

Powers ``2^e`` with ``e`` symbolic become z3 integers ``P_c = 2^{e0 + c}``
(every power of one query must be ``2^{e0 + c}`` for a constant ``c``), related
by ``P_c · 2^{c'−c} = P_{c'}``, with ``P_c ≥ 1`` (resp. ``≥ 2`` and even)
whenever its exponent is ``≥ 0`` (resp. ``≥ 1``).
"""
from __future__ import annotations

import sympy as sp
import z3

from verify.solver import check as z3check

from .generic_exec import L, N, RANGES, Row

__all__ = ["Query", "State", "row_update", "BIND"]

#: The parameter values every layer proof of this package binds (as :mod:`.proving` does).
BIND = {sp.Symbol("C"): sp.Integer(100), sp.Symbol("epsilon"): sp.Rational(1, 4)}


class Query:
    """One z3 query: symbolic sizes, a target offset ``o``, facts, and a converter from sympy."""

    def __init__(self, name: str):
        self.name = name
        self.o = sp.Symbol("o", integer=True)
        self.z = {N: z3.Int("N"), L: z3.Int("L"), self.o: z3.Int("o")}
        self.facts = [self.z[N] >= 2, self.z[L] >= 2]
        self.power = None  # (exponent e0, z3 P)
        self.meaning: dict = {}  # what sum handlers introduced, for the expected value
        self.side: list = []  # conditions the handlers rely on, proved with the claim
        self._n = 0

    def fresh(self, name: str, sort=z3.Int):
        self._n += 1
        return sort(f"{name}#{self._n}")

    def pow2(self, e):
        e = sp.expand(e)
        if self.power is None:
            self.power = (e, {})
        e0, table = self.power
        c = sp.simplify(e - e0)
        if not c.is_Integer:
            raise ValueError(f"{self.name}: the powers 2^({e}) and 2^({e0}) differ by a non-constant")
        c = int(c)
        if c not in table:
            P = z3.Int(f"P{c:+d}")
            ze = self.conv(e)
            self.facts += [z3.Implies(ze >= 0, P >= 1), z3.Implies(ze >= 1, P >= 2),
                           z3.Implies(ze >= 1, P % 2 == 0)]
            for c2, P2 in table.items():  # 2^(e0 + c) · 2^(c2 − c) = 2^(e0 + c2)
                self.facts.append(P * 2 ** (c2 - c) == P2 if c <= c2 else P2 * 2 ** (c - c2) == P)
            table[c] = P
        return table[c]

    def conv(self, e):
        """A sympy expression (sizes, ``o``, rationals, powers of two) as a z3 term."""
        e = sp.sympify(e).xreplace(BIND)
        if e.is_Integer:
            return z3.IntVal(int(e))
        if e.is_Rational:
            return z3.RealVal(f"{e.p}/{e.q}")
        if e.is_Symbol:
            if e not in self.z:
                raise ValueError(f"{self.name}: unbound symbol {e}")
            return self.z[e]
        if e.is_Add:
            out = self.conv(e.args[0])
            for a in e.args[1:]:
                out = out + self.conv(a)
            return out
        if e.is_Mul:
            out = self.conv(e.args[0])
            for a in e.args[1:]:
                out = out * self.conv(a)
            return out
        if e.is_Pow and e.base == 2:
            return self.pow2(e.exp)
        if isinstance(e, sp.KroneckerDelta):  # a weight that differs at one index (the broken variants' form)
            return z3.If(self.conv(e.args[0]) == self.conv(e.args[1]), 1, 0)
        raise ValueError(f"{self.name}: cannot translate {e}")

    def prove(self, claim, timeout_ms: int = 20_000) -> tuple[str, dict | None]:
        """``proved`` / ``refuted`` (with a model) / ``unknown``; ``vacuous`` if the hypotheses are unsatisfiable."""
        for seed in (0, 1, 2):  # an unknown (non-linear arithmetic) is retried with another seed
            s = z3.Solver()
            s.set(timeout=timeout_ms, random_seed=seed)
            s.add(*self.facts)
            first = z3check(s, label="hypotheses satisfiable")
            if first == z3.unsat:  # contradictory hypotheses would prove anything
                return "vacuous", None
            s.add(z3.Not(z3.And(claim, *self.side)))
            r = z3check(s, label="claim")
            if r == z3.unsat and first == z3.sat:
                return "proved", None
            if r == z3.sat:
                m = s.model()
                return "refuted", {str(d): str(m[d]) for d in m.decls()}
        return "unknown", None


class State:
    """Values of the rows of one column: ``kinds[block](q, off_expr) → z3 term``; Ackermann for variables."""

    def __init__(self, q: Query, kinds: dict):
        self.q, self.kinds, self.vars, self.meta = q, kinds, {}, {}

    def bits(self, block: str, domain=(-1, 1), region=None):
        """A kind: a fresh variable per offset formula, with values in ``domain`` (0 outside ``region(off)``)."""
        def kind(q, off):
            key = (block, sp.simplify(off))
            if key not in self.vars:
                v = q.fresh(f"{block}[{key[1]}]")
                q.facts.append(z3.Or(*[v == d for d in domain]))
                for (b2, off2), v2 in self.vars.items():
                    if b2 == block:
                        q.facts.append(z3.Implies(q.conv(key[1]) == q.conv(off2), v == v2))
                self.vars[key] = v
            v = self.vars[key]
            return v if region is None else z3.If(region(key[1]), v, 0)
        self.meta[block] = (tuple(domain), region)
        return kind

    def word(self, block: str, offsets):
        """Whether ``block`` is zero in this column (False), or ±1 bits at every offset of ``offsets`` (True).

        ``offsets`` is ``(g, off_expr, lo, hi)``: the rows ``off_expr`` for ``g`` in ``[lo, hi)``; that they lie
        in the block's ±1 region is added to the query's side conditions.  Anything else raises.
        """
        kind = self.kinds.get(block)
        if kind == 0:
            return False
        if not callable(kind) or self.meta.get(block, (None,))[0] != (-1, 1):
            raise ValueError(f"a sum over {block}, which is not a ±1 word in this column")
        region = self.meta[block][1]
        if region is not None:
            g, off, lo, hi = offsets
            zg = self.q.z.setdefault(g, z3.Int(str(g)))
            self.q.side.append(z3.Implies(z3.And(zg >= self.q.conv(lo), zg < self.q.conv(hi)), region(off)))
        return True

    def value(self, row: Row):
        if row.block not in self.kinds:
            raise KeyError(f"no value for block {row.block} in this column")
        kind = self.kinds[row.block]
        return kind(self.q, sp.sympify(row.off)) if callable(kind) else z3.IntVal(kind)


def _solve(off, g, o):
    sol = sp.solve(sp.Eq(sp.sympify(off), o), g)
    if len(sol) != 1:
        raise ValueError(f"cannot solve offset {off} = {o} for {g}")
    return sol[0]


def _in_range(q: Query, g, value):
    lo, hi = RANGES[g]
    return z3.And(q.conv(value) >= q.conv(lo), q.conv(value) < q.conv(hi))


def pre_activation(q: Query, state: State, unit, sigma: dict, handlers: dict):
    """``w·x + b`` of ``unit`` with its family indices substituted by ``sigma``; sums go to ``handlers``."""
    total = q.conv(unit.bias.xreplace(sigma))
    groups: dict = {}
    for row, w in unit.inputs.items():
        row2 = Row(row.block, sp.sympify(row.off).xreplace(sigma))
        w2 = sp.sympify(w).xreplace(sigma)
        open_ = [s for s in sp.sympify(row2.off).free_symbols if s in RANGES]
        if open_:
            if len(open_) != 1:
                raise ValueError(f"a nested sum over {open_}")
            groups.setdefault(open_[0], []).append((row2, w2))
        else:
            total = total + q.conv(w2) * state.value(row2)
    for g, items in groups.items():
        lo, hi = (sp.sympify(e).xreplace(sigma) for e in RANGES[g])
        handler = handlers.get(items[0][0].block)
        if handler is None:
            raise ValueError(f"no lemma for a sum over {items[0][0].block}")
        total = total + handler(q, state, g, lo, hi, items)
    return total


def row_update(q: Query, state: State, ffn, block: str, o_expr, handlers: dict | None = None):
    """The FFN's update of row ``(block, o_expr)`` (``o_expr`` in ``o``, ``N``, ``L``) as a z3 term."""
    handlers = handlers or {}
    total = z3.RealVal(0)
    for row, u, coef, fam in ffn.outs:
        if row.block != block:
            continue
        unit = ffn.units[u]
        free = [s for s in sp.sympify(row.off).free_symbols if s in RANGES]
        if set(unit.family) - set(fam):
            raise ValueError("a unit written outside its own loop")
        sigma, cond = {}, z3.BoolVal(True)
        if len(free) > 1:
            raise ValueError(f"an output offset with two indices: {row}")
        if free:
            g = free[0]
            sol = _solve(row.off, g, o_expr)
            sigma[g] = sol
            cond = _in_range(q, g, sol)
        else:
            cond = q.conv(row.off) == q.conv(o_expr)
        if set(fam) - set(sigma):
            raise ValueError(f"an output of a loop over {set(fam) - set(sigma)} not indexed by its row")
        term = q.conv(coef.xreplace(sigma)) * _relu(pre_activation(q, state, unit, sigma, handlers))
        total = total + z3.If(cond, term, 0)
    for row, v, fam in ffn.biases:
        if row.block != block:
            continue
        free = [s for s in sp.sympify(row.off).free_symbols if s in RANGES]
        if free:
            sol = _solve(row.off, free[0], o_expr)
            cond = _in_range(q, free[0], sol)
            total = total + z3.If(cond, q.conv(v.xreplace({free[0]: sol})), 0)
        else:
            total = total + z3.If(q.conv(row.off) == q.conv(o_expr), q.conv(v), 0)
    return total


def _relu(x):
    return z3.If(x > 0, x, 0)


def out_blocks(ffn) -> set[str]:
    """The base blocks the FFN writes (every other row is unchanged: the layer is a residual update)."""
    return {row.block for row, *_ in ffn.outs} | {row.block for row, *_ in ffn.biases}
