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
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Callable, Iterable

import numpy as np
import z3

from . import symbolic as sym
from .forward import Evaluator
from .layer import LoopedNetwork
from .semantics import Symbolic
from .spec_ops import SymbolicOps

__all__ = ["Template", "Z3Encoder", "CellResult", "LayerProof", "check_layer", "check_cells", "solver_version"]


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
        full = {v: env.get(v, v.domain[0]) for v in self.variables()}
        out = np.empty(self.X.shape, dtype=object)
        for idx, e in np.ndenumerate(self.X):
            out[idx] = e.evaluate(full)
        return out

    def membership(self, Y: np.ndarray) -> list[tuple[str, object, sym.Cond]]:
        """Conditions under which ``Y`` lies in this template's set, one per field or cell."""
        out, covered = [], set()
        for f in self.fields:
            kind, rows, col = f[0], f[1], f[2]
            covered.update((r, col) for r in rows)
            label = f"{f[3] if kind != 'code' else f[4]} in column {col}"
            if kind == "bits":
                for r in rows:
                    out.append((label, (r, col), sym.or_(sym.eq(Y[r, col], 1), sym.eq(Y[r, col], -1))))
            elif kind == "flag":
                for r in rows:
                    out.append((label, (r, col), sym.or_(sym.eq(Y[r, col], 0), sym.eq(Y[r, col], 1))))
            elif kind == "code":
                options = [sym.and_(*(sym.eq(Y[r, col], c) for r, c in zip(rows, code))) for code in f[3]]
                out.append((label, (rows[0], col), sym.or_(*options)))
        for idx, e in np.ndenumerate(self.X):
            if idx not in covered:
                cond = sym.eq(Y[idx], e)
                if cond is not sym.TRUE:
                    out.append(("constant cell", idx, cond))
        return out


class Z3Encoder:
    """Translates :mod:`verify.symbolic` values to z3 integer arithmetic.

    Every value ``e`` is encoded as a pair ``(t, D)`` of an integer term and
    a positive integer with ``e = t / D``: the comparisons handed to the
    solver are integral (conditions are scaled to primitive integer forms),
    so the queries stay in linear integer arithmetic with no real variables.
    """

    def __init__(self):
        self.memo: dict = {}
        self.vars: dict[sym.Var, z3.ArithRef] = {}

    def var(self, v: sym.Var) -> z3.ArithRef:
        if v not in self.vars:
            self.vars[v] = z3.Int(v.name)
        return self.vars[v]

    def domain(self, v: sym.Var) -> z3.BoolRef:
        x = self.var(v)
        dom = v.domain
        if dom == tuple(range(dom[0], dom[-1] + 1)):
            return z3.And(x >= dom[0], x <= dom[-1])
        return z3.Or(*(x == d for d in dom))

    def expr(self, e: sym.Expr) -> tuple[z3.ArithRef, int]:
        """``(t, D)`` with ``e = t / D``."""
        parts = [(c, self.atom(a)) for a, c in sorted(e.terms.items(), key=lambda t: t[0].order)]
        den = e.const.denominator
        for c, (_, d) in parts:
            den = math.lcm(den, (c / d).denominator)
        terms = []
        if e.const or not parts:
            terms.append(z3.IntVal(int(e.const * den)))
        for c, (t, d) in parts:
            k = int(c * den / d)
            terms.append(t if k == 1 else z3.IntVal(k) * t)
        return (terms[0] if len(terms) == 1 else z3.Sum(*terms)), den

    def _scaled(self, e: sym.Expr, den: int) -> z3.ArithRef:
        t, d = self.expr(e)
        return t if d == den else z3.IntVal(den // d) * t

    def atom(self, a) -> tuple[z3.ArithRef, int]:
        found = self.memo.get(a)
        if found is not None:
            return found
        if isinstance(a, sym.Var):
            out = (self.var(a), 1)
        elif isinstance(a, sym.Relu):
            x, d = self.expr(a.inner)
            out = (z3.If(x > 0, x, z3.IntVal(0)), d)
        elif isinstance(a, sym.Case):
            den = 1
            for _, b in a.branches:
                den = math.lcm(den, self.expr(b)[1])
            x = self.var(a.var)
            t = self._scaled(a.branches[-1][1], den)
            for val, branch in reversed(a.branches[:-1]):
                t = z3.If(x == val, self._scaled(branch, den), t)
            out = (t, den)
        elif isinstance(a, sym.Ite):
            den = math.lcm(self.expr(a.then)[1], self.expr(a.other)[1])
            out = (z3.If(self.cond(a.cond), self._scaled(a.then, den), self._scaled(a.other, den)), den)
        elif isinstance(a, sym.Digit):
            x, d = self.expr(a.inner)
            if d != 1:
                x = x / d  # exact: the inner value is an integer
            out = ((x / (2**a.k)) % 2, 1)
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
            t = self.expr(c.args[0])[0] == 0
        elif c.op == "le0":
            t = self.expr(c.args[0])[0] <= 0
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


@dataclass
class CellResult:
    """One solver query: a cell (or membership condition) and its verdict."""

    label: str
    cell: tuple
    status: str  # "proved" | "refuted" | "unknown"
    seconds: float
    model: dict | None = None  # variable name -> value
    smt2: str = ""


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


def check_cells(pairs: Iterable[tuple[str, tuple, object]], timeout_ms: int = 60_000, keep_smt2: bool = True,
                stop_on_failure: bool = False, encoder: Z3Encoder | None = None) -> tuple[list[CellResult], int]:
    """Prove each ``(label, cell, cond)`` (a :class:`~verify.symbolic.Cond` that must always hold).

    Conditions that simplified to TRUE count as proved by identity; each other
    one is a z3 query ``domains ∧ ¬cond``.  Returns the solver results and the
    number settled by identity.
    """
    enc = encoder or Z3Encoder()
    solver = z3.Solver()
    solver.set("timeout", int(timeout_ms))
    results, identity = [], 0
    for label, cell, cond in pairs:
        if cond is sym.TRUE:
            identity += 1
            continue
        start = time.perf_counter()
        if cond is sym.FALSE:
            results.append(CellResult(label, cell, "refuted", 0.0, {}, ""))
            if stop_on_failure:
                break
            continue
        solver.push()
        for v in sorted(cond.vars(), key=lambda x: x.name):
            solver.add(enc.domain(v))
        solver.add(z3.Not(enc.cond(cond)))
        verdict = solver.check()
        text = solver.to_smt2() if keep_smt2 else ""
        model = None
        if verdict == z3.sat:
            m = solver.model()
            model = {v.name: m.eval(enc.var(v), model_completion=True).as_long() for v in cond.vars()}
        solver.pop()
        status = "proved" if verdict == z3.unsat else "refuted" if verdict == z3.sat else "unknown"
        results.append(CellResult(label, cell, status, time.perf_counter() - start, model, text))
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
    ev = Evaluator(network, sem)
    X = template_in.X
    Y = ev.layer(index, X)
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
