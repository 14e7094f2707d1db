"""Counterexample lift: from a refuted cell of a layer proof to a replayable machine state.

A layer proof (:func:`verify.smt.check_layer`) works on a *template*: the
set of matrices a layer can see, written with free variables.  When z3
refutes a cell, its model assigns the variables of *that layer's* input
template — which may be a matrix the earlier layers never produce.  This
module turns such a model into evidence a reader can replay:

1. for a layer after the first, a second query asks for a *loop-start*
   assignment whose contract prefix (the earlier layers, by their contracts)
   leads the layer to fail at the same cell; without one, the failure is
   unreachable and no state is shown (:func:`lift` says so);
2. the assignment is instantiated and read back as a machine state, and
   one real loop of the network from it is run under each replay semantics
   and compared with the machine's ``step`` (:func:`replay_state`);
3. optionally, a loop-level search looks for a state whose *whole loop* goes
   wrong — first among the model's ``neighbours`` of the state (one batch,
   exact), then by a symbolic query over the later layers — since a layer
   that breaks its contract may still be repaired by the layers after it.

A machine plugs in through a :class:`ContractModel`: its per-layer contract
functions, its stage templates, the step as a contract, and how to read a
loop-start matrix and describe a state.  The engine knows no paper.
"""
from __future__ import annotations

from fractions import Fraction
from typing import Any, Callable, Hashable, Iterable, Protocol, Sequence

import numpy as np

from . import symbolic as sym
from .forward import Evaluator
from .layer import LoopedNetwork
from .machine import DecodeError, Machine
from .semantics import Exact, Semantics, Symbolic
from .smt import check_cells
from .spec_ops import ConcreteOps, SymbolicOps

__all__ = ["ContractModel", "lift", "replay_state", "json_diff"]


class ContractModel(Protocol):
    """How a machine's loop is proved layer by layer, for the lift.

    ``specs[i](X, layout, ops)`` is layer ``i``'s contract; ``template(layout, i)``
    the set before layer ``i`` (``0``: every valid loop-start matrix);
    ``step_spec(X0, layout, ops)`` one machine step written on the matrix.
    """

    machine: Machine
    specs: Sequence[Callable]

    def template(self, layout, stage: int): ...

    def step_spec(self, X0, layout, ops): ...

    def contract_text(self, where: str) -> str: ...

    def input_state(self, shape: Hashable, X) -> Any:
        """The machine state (working memory included) a loop-start matrix encodes."""

    def describe(self, state: Any) -> dict:
        """The parts of ``state`` a reader needs to see the failure (e.g. the current instruction)."""

    def loop_output(self, shape: Hashable, state: Any):
        """The exact matrix one correct loop produces from ``state`` (working memory included)."""

    def neighbours(self, state: Any) -> Iterable[Any]:
        """States near ``state`` worth trying in the loop-level search (may be empty)."""

    def replay_semantics(self, one_hot: bool) -> list[tuple[str, Semantics, Fraction]]:
        """``(name, semantics, decode tolerance)`` to replay a state under; the first must be exact."""


def _fmt(v) -> str:
    v = Fraction(v)
    return str(v.numerator) if v.denominator == 1 else str(v)


def json_diff(expected, actual, path: str = "") -> list[str]:
    """``"memory[1] 3 -> 0"``-style differences between two JSON values (recursively, lists by index)."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [d for k in expected for d in json_diff(expected[k], actual.get(k), f"{path}.{k}" if path else k)]
    if isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        return [d for i, (e, a) in enumerate(zip(expected, actual)) for d in json_diff(e, a, f"{path}[{i}]")]
    return [] if expected == actual else [f"{path} {expected} -> {actual}"]


def replay_state(model: ContractModel, network: LoopedNetwork, shape, state, one_hot: bool) -> dict:
    """One real loop from ``state`` under each replay semantics, against the machine's step: name → verdict."""
    machine = model.machine
    expected = machine.state_to_json(machine.step(state))
    out = {}
    for name, semantics, tol in model.replay_semantics(one_hot):
        ev = Evaluator(network, semantics)
        Y = ev.loop(ev.input(machine.encode(shape, state)))
        try:
            got = machine.state_to_json(machine.decode(shape, Y, tol))
        except DecodeError as err:
            out[name] = f"diverges: {err}"
            continue
        diff = json_diff(expected, got)
        out[name] = ("agrees with the reference step" if not diff
                     else "diverges: reference vs network " + ", ".join(diff))
    return out


def _prefix(model: ContractModel, layout, layer: int):
    """The loop-start template pushed through the contracts of layers ``0 … layer − 1``."""
    X = model.template(layout, 0).X
    for spec in model.specs[:layer]:
        X = spec(X, layout, SymbolicOps())
    return X


def _describe(model, network, shape, state, one_hot, cell, where, expected, actual) -> dict:
    layout = network.layout
    r, c = cell
    return {
        "reachable": True,
        "layer": where,
        "cell": f"row {layout.describe_row(r)}, {layout.describe_col(c)}",
        "contract": model.contract_text(where),
        "expected": _fmt(expected),
        "actual": _fmt(actual),
        "input": model.describe(state),
        "state": model.machine.state_to_json(state),
        "shape": list(shape) if isinstance(shape, (tuple, list)) else shape,
        "replay": replay_state(model, network, shape, state, one_hot),
    }


def _lifted(model, network, shape, layer, cell, one_hot, env, at_loop: bool = False) -> dict:
    """Describe the machine state given by a loop-start template assignment."""
    layout, machine = network.layout, model.machine
    X0 = model.template(layout, 0)
    names = {v.name: v for v in X0.variables()}
    X = X0.instantiate({names[k]: v for k, v in env.items() if k in names})
    state = model.input_state(shape, np.asarray(X.tolist(), dtype=np.int64))
    X_in = machine.encode(shape, state)
    r, c = cell if cell else (0, 0)
    traces = []
    Evaluator(network, Exact(one_hot=one_hot)).loop(Evaluator(network, Exact()).input(X_in), traces)
    if at_loop:
        want = model.loop_output(shape, state)[r, c]
        return _describe(model, network, shape, state, one_hot, (r, c), "whole loop", want,
                         traces[-1].output.item(r, c))
    X_obj = np.array(X_in.tolist(), dtype=object)
    for spec in model.specs[:layer + 1]:  # the contracts' own trace up to this layer
        X_obj = spec(X_obj, layout, ConcreteOps())
    return _describe(model, network, shape, state, one_hot, (r, c), network.layers[layer].name, X_obj[r, c],
                     traces[layer].output.item(r, c))


def _nearby(model, network, shape, state, one_hot: bool) -> dict | None:
    """The first of ``model.neighbours(state)`` whose whole loop (exact, one batch) differs from the step."""
    machine = model.machine
    candidates = list(model.neighbours(state))
    if not candidates:
        return None
    ev = Evaluator(network, Exact(one_hot=one_hot))
    Y = ev.loop(ev.input(np.stack([np.asarray(machine.encode(shape, s), dtype=object) for s in candidates])))
    for i, s in enumerate(candidates):
        expected = model.loop_output(shape, s)
        got = Y[i]
        if not got.equals(type(got)(expected)):
            r, c = (int(v) for v in np.argwhere(got.to_float() != np.asarray(expected, dtype=float))[0])
            return _describe(model, network, shape, s, one_hot, (r, c), "whole loop", expected[r, c],
                             got.item(r, c))
    return None


def _loop_level(model, network, layer: int, one_hot: bool):
    """A loop-start assignment on which the loop (earlier layers by contract, the rest by the network) errs."""
    layout = network.layout
    ev = Evaluator(network, Symbolic(one_hot=one_hot))
    Y = _prefix(model, layout, layer)
    for i in range(layer, len(network.layers)):
        Y = ev.layer(i, Y)
    D = model.step_spec(model.template(layout, 0).X, layout, SymbolicOps())
    pairs = [(layout.describe_row(r), (r, c), sym.eq(Y[r, c], D[r, c])) for r, c in np.ndindex(Y.shape)]
    results, _ = check_cells(pairs, split=4096, stop_on_failure=True, keep_smt2=False)
    bad = [r for r in results if r.status == "refuted"]
    return (bad[0].model, bad[0].cell) if bad else (None, None)


def lift(model: ContractModel, network: LoopedNetwork, shape, layer: int, cell: tuple | None, one_hot: bool,
         model_env: dict, loop_level: bool = True) -> dict:
    """A replayable machine state on which ``layer`` breaks its contract at ``cell`` (or why there is none).

    ``model_env`` is z3's model of the refuted cell (variable name → value) over
    the layer's input template.  Returns ``{"reachable": False, "note": …}``
    when no valid loop-start state reaches the failure; otherwise the state,
    the cell, expected against actual, and each replay's verdict, with a
    ``loop_level`` entry when asked: a whole-loop counterexample, or a
    sentence saying the later layers repair the failure on every valid state.
    """
    layout = network.layout
    env = None
    if layer == 0:
        env = model_env
    else:
        prefix = _prefix(model, layout, layer)
        Y = Evaluator(network, Symbolic(one_hot=one_hot)).layer(layer, prefix)
        E = model.specs[layer](prefix, layout, SymbolicOps())
        if cell:
            results, _ = check_cells([("lift", cell, sym.eq(Y[cell], E[cell]))], split=4096)
            if results and results[0].status == "refuted":
                env = results[0].model
    if env is None:
        return {"reachable": False,
                "note": "no valid loop-start state reaches this failure: the layer breaks its contract "
                        "only on states the earlier layers never produce"}
    out = _lifted(model, network, shape, layer, cell, one_hot, env)
    if loop_level and not next(iter(out["replay"].values())).startswith("diverges"):
        state = model.machine.state_from_json(out["state"])
        found = _nearby(model, network, shape, state, one_hot)
        if found is not None:
            out["loop_level"] = found
            return out
        loop_env, loop_cell = _loop_level(model, network, layer, one_hot)
        if loop_env is None:
            out["loop_level"] = ("the layer breaks its contract, but on every valid state the later layers "
                                 "repair it: the loop still computes the machine's step")
        else:
            out["loop_level"] = _lifted(model, network, shape, layer, loop_cell, one_hot, loop_env, at_loop=True)
    return out
