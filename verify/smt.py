"""z3 proofs of block contracts: cells checked one query at a time, and whole layers proved.

The network's layer is evaluated by the ordinary forward pass under
:class:`~verify.semantics.Symbolic` semantics on a symbolic input (a
:class:`~verify.smt_template.Template`), and the block contract by the same
contract code that checks concrete runs, under
:class:`~verify.spec_ops.SymbolicOps` (:func:`check_layer`).  Each output cell
gives one obligation ``network == contract``; cells whose two sides are the
same expression are settled by that identity, the rest go to z3 one at a time,
each on a fresh solver (assert the domains and the negation, check) through
:func:`verify.solver.check` (:func:`check_cells`).  UNSAT means the cell is
proved for every input the template describes; a model is a counterexample,
decoded back into the template's variables.  Conditions may first be split on
their selectors (an exhaustive case split) and small cases decided by exact
exhaustive evaluation (:mod:`verify.enumerate`).

The translation into z3 terms is :mod:`verify.smt_encoding`; templates and
their membership conditions are :mod:`verify.smt_template` (both re-exported
here).  Every query is kept as SMT-LIB2 text so that another solver (cvc5
reads the same format) can re-check it.

Linear and masked attention heads and per-column biases need nothing here:
the symbolic semantics evaluates them (:meth:`verify.semantics.Symbolic.head_with`)
into the same affine forms, which the encoders translate as any other.
"""
from __future__ import annotations

import dataclasses
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
from .smt_encoding import Z3BVEncoder, Z3Encoder, cond_exprs
from .smt_template import Template
from .solver import check as z3check
from .spec_ops import SymbolicOps

__all__ = ["Template", "Z3Encoder", "Z3BVEncoder", "ffn_row_function", "CellResult", "LayerProof", "check_layer", "check_cells", "solver_version"]


def solver_version() -> str:
    return f"z3 {z3.get_version_string()}"


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
    level = list(cond_exprs(cond))
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
                    nxt.extend((a.then, a.other, *cond_exprs(a.cond)))
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
    enumerate_limit: int = 0,
) -> LayerProof:
    """Prove that layer ``index`` meets ``spec`` on ``template_in`` (and lands in ``template_out``).

    Obligations: every cell of the layer's output equals the contract's
    value, and (if ``template_out`` is given) the contract's output lies in
    the next template's set.  A cell over at most ``enumerate_limit``
    assignments is decided by exact exhaustive evaluation instead of z3
    (:func:`check_cells`).
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
    results, identity = check_cells(pairs, timeout_ms, keep_smt2, stop_on_failure, enumerate_limit=enumerate_limit)
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
