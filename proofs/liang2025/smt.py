"""z3 encodings of the looped ReLU-MLP: layer contracts, the whole loop, the grid invariant.

The network is piecewise linear with exact rational weights and the state is
bits, so everything is decided exactly: ReLU is ``If(z > 0, z, 0)``, each
row is scaled to integers (linear integer arithmetic), the state is one z3
Boolean per bit, and the reference semantics are the bit-vector terms of
:func:`constructions.liang2025.signals.z3_signals` — independent of the weights.

* :func:`layer_query` — layer ``ℓ`` maps units equal to their specs to units
  equal to their specs, on every valid state (the block contracts are the
  conjunction over a block's layers; the input layer's specs are the state
  encoding and the last layer's the next state's, so the chain of all layer
  contracts *is* the loop theorem);
* :func:`loop_query` — the whole loop evaluated symbolically, against the
  encoding of the reference next state (no specs involved: a cross-check);
* :func:`grid_query` — every output coordinate lies exactly on the grid and
  decodes to a valid state (or the fell-off state): no drift, no clamp.

Each returns ``(solver, description of the failure condition)``; the solver
holds the validity premise and the negated goal, so ``unsat`` proves it.
"""
from __future__ import annotations

from fractions import Fraction
from functools import lru_cache
from math import lcm

import z3

from constructions.giannou2023.isa import State
from constructions.giannou2023.punchcard import SubleqShape
from constructions.liang2025.encoding import coordinates, decode, state_keys
from constructions.liang2025.signals import spec_z3, z3_signals, z3_state, z3_validity
from verify.solver import check as z3check

__all__ = ["Setting", "setting", "layer_query", "check_units", "UNIT_GROUP", "loop_query", "grid_query",
           "state_from_model", "expected_outputs"]


class Setting:
    """State variables, reference signals and the validity premise for one machine shape."""

    def __init__(self, shape: SubleqShape):
        self.shape = shape
        self.vars = z3_state(shape)
        self.sig = z3_signals(shape, self.vars)
        self.valid = z3_validity(shape, self.sig)
        self._specs: dict = {}

    def spec(self, spec):
        """``spec_z3(spec, self.sig)``, built once per spec (a layer's output specs are the next one's inputs)."""
        term = self._specs.get(spec)
        if term is None:
            term = self._specs[spec] = spec_z3(spec, self.sig)
        return term


@lru_cache(maxsize=8)
def setting(shape: tuple) -> Setting:
    """The :class:`Setting` of ``shape`` (built once per process: a machine's block proofs share it)."""
    return Setting(SubleqShape(*shape))


def _row_den(row, bias) -> int:
    den = Fraction(bias).denominator
    for j, w in row:
        den = lcm(den, w.denominator)
    return den


def _scaled_pre(row, bias, values, den):
    """``den · (Σ w·x + b)`` as an integer term (a ±1 coefficient is applied without a multiplication)."""
    terms = [z3.IntVal(int(bias * den))] if bias else []
    for j, w in row:
        c, v = int(w * den) if den != 1 else int(w), values[j]
        terms.append(v if c == 1 else -v if c == -1 else c * v)
    if len(terms) < 2:  # a one-child sum is not valid SMT-LIB for cvc5
        return terms[0] if terms else z3.IntVal(0)
    return z3.Sum(terms)


def layer_query(net, index: int, st: Setting, timeout_ms: int = 120_000):
    """Solver for: a valid state on which layer ``index`` maps spec'd inputs to a unit off its spec.

    Returns the solver (validity premise and the disjunction of the failures:
    the obligation as one SMT-LIB2 script) and the per-unit failure terms,
    which :func:`check_units` decides a few units at a time — the same question, faster.
    """
    layer = net.layers[index]
    inputs = [st.spec(s) for s in net.specs_before(index)]
    bad = []
    for u, (row, bias, spec) in enumerate(zip(layer.rows, layer.bias, layer.specs)):
        den = _row_den(row, bias)
        pre = _scaled_pre(row, bias, inputs, den)
        out = z3.If(pre > 0, pre, 0) if layer.relu else pre
        bad.append(out != den * st.spec(spec))
    solver = z3.Solver()
    solver.set("timeout", timeout_ms)
    solver.add(st.valid, z3.Or(bad))
    return solver, bad


#: Units per solver query in :func:`check_units`: one query asks whether any of them fails.
UNIT_GROUP = 8


def check_units(st: Setting, bad: list, timeout_ms: int = 120_000, group: int = UNIT_GROUP):
    """``(answer, model, reason)``: ``unsat`` if no valid state makes any unit fail, else the first failing
    unit's model.

    The units are asked ``group`` at a time (the disjunction of their failure conditions, beside the validity
    premise): on the CI shapes eight per query take 2.4 s of z3 where one per query takes 3.3 s, and record an
    eighth of the SMT-LIB text.  A group that is not ``unsat`` is asked again unit by unit, so a model names
    the first failing unit and an undecided group may still be settled.
    """
    solver = z3.Solver()
    solver.set("timeout", timeout_ms)
    solver.add(st.valid)

    def ask(condition):
        solver.push()
        solver.add(condition)
        answer = z3check(solver)
        model = solver.model() if answer == z3.sat else None
        reason = solver.reason_unknown() if answer not in (z3.sat, z3.unsat) else ""
        solver.pop()
        return answer, model, reason

    for start in range(0, len(bad), group):
        part = bad[start:start + group]
        if len(part) > 1 and ask(z3.Or(part))[0] == z3.unsat:
            continue
        for condition in part:
            answer, model, reason = ask(condition)
            if answer != z3.unsat:
                return answer, model, reason
    return z3.unsat, None, ""


def _symbolic_loop(net, st: Setting):
    """The loop's outputs as z3 real terms of the state bits (ReLU as If)."""
    h = [z3.ToReal(st.spec(s)) for s in net.input_specs]
    for layer in net.layers:
        out = []
        for row, bias in zip(layer.rows, layer.bias):
            pre = z3.Sum([z3.RealVal(bias)] + [z3.RealVal(w) * h[j] for j, w in row]) if row else z3.RealVal(bias)
            out.append(z3.If(pre > 0, pre, 0) if layer.relu else pre)
        h = out
    return h


def expected_outputs(shape: SubleqShape, encoding: str, sig) -> list:
    """The encoding of the reference next state, coordinate by coordinate (z3 integer terms)."""
    source = {"M": "M'", "P": "P", "PC": "PC'"}
    out = []
    for key, sign in coordinates(shape, encoding):
        b = sig[(source[key[0]],) + key[1:]]
        if sign < 0:
            b = z3.Not(b)
        out.append(z3.If(b, 1, -1) if encoding == "pm1-affine" else z3.If(b, 1, 0))
    return out


def loop_query(net, encoding: str, st: Setting, timeout_ms: int = 120_000):
    """Solver for: a valid state whose loop output differs from the encoded reference step."""
    h = _symbolic_loop(net, st)
    want = expected_outputs(st.shape, encoding, st.sig)
    bad = [x != z3.ToReal(w) for x, w in zip(h, want)]
    solver = z3.Solver()
    solver.set("timeout", timeout_ms)
    solver.add(st.valid, z3.Or(bad))
    return solver, bad


def grid_query(net, encoding: str, st: Setting, timeout_ms: int = 120_000, compositional: bool = False):
    """Solver for: a valid state whose loop output is off the grid or decodes to no state.

    ``compositional``: the outputs are the last layer's *specs* (valid once every
    layer contract is proved) instead of the symbolically evaluated loop.
    """
    shape = st.shape
    if compositional:
        h = [st.spec(s) for s in net.layers[-1].specs]
    else:
        h = _symbolic_loop(net, st)
    lo, hi = (-1, 1) if encoding == "pm1-affine" else (0, 1)
    off = [z3.And(x != lo, x != hi) for x in h]
    coords = coordinates(shape, encoding)
    bit = {}
    for (key, sign), x in zip(coords, h):
        if sign > 0:
            bit[key] = x == hi
        else:
            off.append(bit[key] == (x == hi))  # the two halves must disagree
    L = shape.L

    def col(prefix):
        return z3.Sum([z3.If(bit[prefix + (t,)], 1 << t, 0) for t in range(L)])

    lo_mem, hi_mem = shape.s, shape.s + shape.m
    for j in range(shape.commands):
        for f in (0, 1):
            c = col(("P", j, f))
            off.append(z3.Or(c < lo_mem, c >= hi_mem))
        off.append(col(("P", j, 2)) < hi_mem)
    pc = col(("PC",))
    off.append(z3.And(pc != 0, pc < hi_mem))
    solver = z3.Solver()
    solver.set("timeout", timeout_ms)
    solver.add(st.valid, z3.Or(off))
    return solver, off


def state_from_model(st: Setting, model) -> State:  # noqa: D103
    """The SUBLEQ state a model of a query's state variables describes."""
    bits = [Fraction(int(z3.is_true(model.eval(st.vars[k], model_completion=True)))) for k in state_keys(st.shape)]
    return decode(st.shape, bits, "01")
