"""z3 proofs of block contracts: from symbolic values to solver queries.

The network's layer is evaluated by the ordinary forward pass under
:class:`~verify.semantics.Symbolic` semantics on a symbolic input (a
:class:`Template`), and the block contract by the same contract code that
checks concrete runs, under :class:`~verify.spec_ops.SymbolicOps`.  Each
output cell gives one obligation ``network == contract``; cells whose two
sides are the same expression are settled by that identity, the rest go to
z3 one at a time (push / assert the negation / check / pop).  UNSAT means
the cell is proved for every input the template describes; a model is a
counterexample, decoded back into the template's variables.

Every query is kept as SMT-LIB2 text so that another solver (cvc5 reads the
same format) can re-check it.

Linear and masked attention heads and per-column biases need nothing here:
the symbolic semantics evaluates them (:meth:`verify.semantics.Symbolic.head_with`)
into the same affine forms, which this module encodes as before.
"""
from __future__ import annotations

import dataclasses
import itertools
import math
import time
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Callable, Iterable

import numpy as np
import z3

from . import symbolic as sym
from .enumerate import decide, domain_size
from .forward import Evaluator
from .layer import LoopedNetwork
from .semantics import Symbolic
from .solver import check as z3check
from .spec_ops import SymbolicOps

__all__ = ["Template", "Z3Encoder", "Z3BVEncoder", "ffn_row_function", "CellResult", "LayerProof", "check_layer", "check_cells", "solver_version"]


def solver_version() -> str:
    return f"z3 {z3.get_version_string()}"


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
                if _all_in([Y[r, col] for r in rows], {tuple(Fraction(c) for c in code) for code in f[3]}):
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


#: A template field whose entries depend on at most this many assignments is checked by evaluation.
ENUMERATE_LIMIT = 256


#: At most this many evaluations per field, over all the cases of :func:`_all_in`'s splits.
ENUMERATE_BUDGET = 100_000


def _all_in(values: list, allowed: set, budget: list[int] | None = None) -> bool:
    """Whether the vector ``values`` lies in ``allowed`` on every assignment of its variables.

    Evaluated on every assignment when there are at most :data:`ENUMERATE_LIMIT`;
    otherwise split on the selector of an outermost case (every value in
    turn, an exhaustive split) and decided in each branch, within
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
    for point in itertools.product(*(v.domain for v in vs)):
        env = dict(zip(vs, point))
        try:
            if tuple(v.evaluate(env) for v in values) not in allowed:
                return False
        except ValueError:  # e.g. a digit of a non-integer: leave it to the solver
            return False
    return True


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
                    parts = [Z3BVEncoder.magnitude(b, memo) for b in (a.then, a.other, *_cond_exprs(a.cond))]
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
        for e in _cond_exprs(cond):
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


def _cond_exprs(c: sym.Cond):
    for x in c.args:
        if isinstance(x, sym.Expr):
            yield x
        else:
            yield from _cond_exprs(x)


@dataclass
class CellResult:
    """One solver query: a cell (or membership condition) and its verdict."""

    label: str
    cell: tuple
    status: str  # "proved" | "refuted" | "unknown"
    seconds: float
    model: dict | None = None  # variable name -> value
    smt2: str = ""
    #: how it was decided: "z3", or "enumeration" (every assignment evaluated exactly, no solver query)
    method: str = "z3"


@dataclass
class LayerProof:
    """All obligations of one layer: counts, failures, timing and the SMT-LIB2 of the solver queries."""

    layer: str
    template: str
    cells: int = 0
    by_identity: int = 0
    by_solver: int = 0
    results: list[CellResult] = field(default_factory=list)
    seconds: float = 0.0
    encode_seconds: float = 0.0
    attention_cases: int = 0
    ties: tuple = ()
    min_gap: Fraction | None = None

    @property
    def failures(self) -> list[CellResult]:
        return [r for r in self.results if r.status != "proved"]

    @property
    def status(self) -> str:
        if any(r.status == "refuted" for r in self.results):
            return "refuted"
        if any(r.status == "unknown" for r in self.results):
            return "unknown"
        return "proved"

    def smt2(self) -> str:
        parts = [f"; {self.layer}: {r.label} at {r.cell} ({r.status})\n{r.smt2}(reset)\n"
                 for r in self.results if r.smt2]
        return "".join(parts)


def _selector(cond: sym.Cond) -> sym.Var | None:
    """The outermost selector of ``cond``: among case atoms at the shallowest nesting depth
    that branch on a variable with more than two values, the most frequent variable."""
    seen: set = set()
    level = list(_cond_exprs(cond))
    while level:
        counts: dict = {}
        nxt = []
        for e in level:
            for a in e.terms:
                if a in seen:
                    continue
                seen.add(a)
                if isinstance(a, sym.Case):
                    if len(a.var.domain) > 2:
                        counts[a.var] = counts.get(a.var, 0) + 1
                    nxt.extend(b for _, b in a.branches)
                elif isinstance(a, (sym.Relu, sym.Digit)):
                    nxt.append(a.inner)
                elif isinstance(a, sym.Ite):
                    nxt.extend((a.then, a.other, *_cond_exprs(a.cond)))
        if counts:
            return max(counts, key=lambda v: (counts[v], -v.order))
        level = nxt
    return None


def _leaves(cond: sym.Cond, env: dict, budget: list[int], small: int = 0):
    """Split ``cond`` on selectors, outermost first, while the leaf budget lasts (and, with ``small``, only
    while the case has more than ``small`` assignments: such a case is left whole for exhaustive evaluation)."""
    stop = small and domain_size(cond.vars()) <= small
    v = _selector(cond) if budget[0] > 0 and not stop else None
    if v is None or cond in (sym.TRUE, sym.FALSE):
        yield env, cond
        return
    budget[0] -= len(v.domain) - 1
    for val in v.domain:
        yield from _leaves(cond.subs({v: val}), {**env, v.name: val}, budget, small)


#: z3's preprocessing before its SMT core.  Each query gets a fresh solver: one
#: solver reused with push/pop runs z3 in incremental mode, which skips these
#: simplifications and was 2-20x slower on the loop's branch cells (the
#: eliminated ``ite`` terms are the ReLUs).
_PREPROCESS = ("simplify", "propagate-values", "solve-eqs", "elim-term-ite", "smt")


def _fresh_solver(timeout_ms: int) -> z3.Solver:
    solver = z3.Then(*_PREPROCESS).solver()
    solver.set("timeout", int(timeout_ms))
    return solver


def check_cells(pairs: Iterable[tuple[str, tuple, object]], timeout_ms: int = 60_000, keep_smt2: bool = True,
                stop_on_failure: bool = False, theory: str = "int",
                split: int = 0, enumerate_limit: int = 0) -> tuple[list[CellResult], int]:
    """Prove each ``(label, cell, cond)`` (a :class:`~verify.symbolic.Cond` that must always hold).

    Conditions that simplified to TRUE count as proved by identity; each other
    one is a z3 query ``domains ∧ ¬cond`` in linear integer arithmetic
    (``theory="int"``) or bit-vectors (``theory="bv"``).  With ``split > 0``
    a condition is first split on its selectors (pointers, the program
    counter), outermost first, into at most about ``split`` cases, each
    proved separately (a case split is exhaustive, so this is still a proof).
    With ``enumerate_limit > 0`` a condition (or case) over at most that many
    assignments is decided by exact exhaustive evaluation
    (:func:`verify.enumerate.decide`) instead of z3 — as much a proof, and
    far faster on deep ReLU compositions over a few bits.
    Returns the solver results (one per condition) and the number settled by
    identity.
    """
    if split:
        return _check_split(pairs, timeout_ms, keep_smt2, stop_on_failure, theory, split, enumerate_limit)
    enc = Z3Encoder()
    results, identity = [], 0
    for label, cell, cond in pairs:
        if theory == "bv" and cond not in (sym.TRUE, sym.FALSE):
            enc = Z3BVEncoder.for_condition(cond)
        if cond is sym.TRUE:
            identity += 1
            continue
        start = time.perf_counter()
        if cond is sym.FALSE:
            results.append(CellResult(label, cell, "refuted", 0.0, {}, ""))
            if stop_on_failure:
                break
            continue
        if enumerate_limit and domain_size(cond.vars()) <= enumerate_limit:
            decided = decide([cond], enumerate_limit)
            if decided is not None:
                (d,) = decided
                status = "proved" if d.holds else "refuted"
                results.append(CellResult(label, cell, status, time.perf_counter() - start, d.model, "",
                                          "enumeration"))
                if stop_on_failure and status != "proved":
                    break
                continue
        solver = _fresh_solver(timeout_ms)
        for v in sorted(cond.vars(), key=lambda x: x.name):
            solver.add(enc.domain(v))
        solver.add(z3.Not(enc.cond(cond)))
        verdict = z3check(solver, label=f"{label} {cell}")
        text = solver.to_smt2() if keep_smt2 else ""
        model = None
        if verdict == z3.sat:
            m = solver.model()
            model = {}
            for v in cond.vars():
                value = m.eval(enc.var(v), model_completion=True)
                model[v.name] = value.as_signed_long() if z3.is_bv(value) else value.as_long()
        status = "proved" if verdict == z3.unsat else "refuted" if verdict == z3.sat else "unknown"
        results.append(CellResult(label, cell, status, time.perf_counter() - start, model, text))
        if stop_on_failure and status != "proved":
            break
    return results, identity


def _check_split(pairs, timeout_ms, keep_smt2, stop_on_failure, theory, split, enumerate_limit=0):
    results, identity = [], 0
    for label, cell, cond in pairs:
        if cond is sym.TRUE:
            identity += 1
            continue
        start, status, model, texts = time.perf_counter(), "proved", None, []
        leaves = [(env, c) for env, c in _leaves(cond, {}, [split], enumerate_limit) if c is not sym.TRUE]
        sub, _ = check_cells([(label, cell, c) for _, c in leaves], timeout_ms, keep_smt2, True, theory,
                             enumerate_limit=enumerate_limit)
        for (env, _), r in zip(leaves, sub):
            if r.smt2:
                texts.append(r.smt2)
            if r.status != "proved":
                status, model = r.status, {**env, **(r.model or {})}
                break
        method = "enumeration" if sub and all(r.method == "enumeration" for r in sub) else "z3"
        results.append(CellResult(label, cell, status, time.perf_counter() - start, model,
                                  "(reset)\n".join(texts), method))
        if stop_on_failure and status != "proved":
            break
    return results, identity


def check_layer(
    network: LoopedNetwork,
    index: int,
    template_in: Template,
    spec: Callable,
    template_out: Template | None = None,
    one_hot: bool = False,
    timeout_ms: int = 60_000,
    keep_smt2: bool = True,
    stop_on_failure: bool = False,
) -> LayerProof:
    """Prove that layer ``index`` meets ``spec`` on ``template_in`` (and lands in ``template_out``).

    Obligations: every cell of the layer's output equals the contract's
    value, and (if ``template_out`` is given) the contract's output lies in
    the next template's set.
    """
    start = time.perf_counter()
    sem = Symbolic(one_hot=one_hot)
    # compile only the layer under proof: the network cut down to it evaluates it the same way
    ev = Evaluator(dataclasses.replace(network, layers=(network.layers[index],)), sem)
    X = template_in.X
    Y = ev.layer(0, X)
    E = spec(X.copy(), network.layout, SymbolicOps())
    proof = LayerProof(network.layers[index].name, template_in.name)
    pairs = []
    for idx in np.ndindex(Y.shape):
        r, c = idx
        pairs.append((f"{network.layout.describe_row(r)}", (r, c), sym.eq(Y[idx], E[idx])))
    if template_out is not None:
        for label, cell, cond in template_out.membership(E):
            pairs.append((f"contract output: {label}", cell, cond))
    proof.encode_seconds = time.perf_counter() - start
    proof.cells = len(pairs)
    results, identity = check_cells(pairs, timeout_ms, keep_smt2, stop_on_failure)
    proof.results, proof.by_identity = results, identity
    proof.by_solver = len(results)
    proof.attention_cases = sem.cases
    proof.ties = tuple(sorted(sem.ties))
    proof.min_gap = sem.min_gap
    proof.seconds = time.perf_counter() - start
    return proof


def ffn_row_function(layer, row: int, col: int | None = None):
    """The layer's feed-forward update of one row as a z3 function of that row's real value.

    Returns ``(x, y)``: a z3 Real ``x`` and the term ``y = x + Σ_u W2[row,u]·ReLU(W1[u,row]·x + b1[u]) + b2[row]``
    over the units feeding ``row``; every such unit must read ``row`` alone
    (error correction and clears do), otherwise ValueError.  With per-column
    biases the function depends on the column: pass ``col`` to add
    ``B1[u, col]`` and ``B2[row, col]`` (ValueError if they are nonzero and
    ``col`` is None).
    """
    from .semantics import as_fraction

    f = layer.ffn
    B1 = f.B1.todok() if f.B1 is not None else {}
    B2 = f.B2.todok() if f.B2 is not None else {}

    def column_bias(table, r):
        if col is not None:
            return as_fraction(table.get((r, col), 0))
        if any(i == r for (i, _) in table):
            raise ValueError(f"row {row} has per-column biases: pass the column")
        return 0

    x = z3.Real(f"x_{row}")
    y = x + z3.RealVal(str(as_fraction(f.b2[row, 0]) + column_bias(B2, row)))
    w1 = f.W1.todok()
    for (r, u), w2 in f.W2.todok().items():
        if r != row:
            continue
        reads = {j for (i, j) in w1 if i == u}
        if reads - {row}:
            raise ValueError(f"unit {f.units[u]} also reads rows {sorted(reads - {row})}")
        bias = as_fraction(f.b1[u, 0]) + column_bias(B1, u)
        pre = z3.RealVal(str(as_fraction(w1.get((u, row), 0)))) * x + z3.RealVal(str(bias))
        y = y + z3.RealVal(str(as_fraction(w2))) * z3.If(pre > 0, pre, z3.RealVal(0))
    return x, y
