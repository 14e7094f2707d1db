"""The Machine protocol: what a looped network is meant to compute, and the generic checks against it.

A construction that claims "one loop of this network executes one step of
that machine" gives the engine five things, all paper-specific, through
:class:`Machine`:

* ``network(shape)`` — the bound :class:`~verify.layer.LoopedNetwork`;
* ``states(shape)`` — every valid state of a small machine (the enumerator
  that exhaustive checks and mutation tests use as ground truth);
* ``encode(shape, state)`` — the exact input matrix (integers or
  :class:`~verify.rational.RatArray`) of a state;
* ``decode(shape, X, tol)`` — the state a matrix encodes, raising
  :class:`DecodeError` for a matrix that is off the grid of valid encodings
  (never rounding it onto the grid silently);
* ``step(state)`` — the reference transition, written independently of the
  network;

and ``state_to_json`` / ``state_from_json`` so that counterexamples are
stored and replayed as plain JSON.

Everything else is written once, here: :func:`check_loop` runs one loop
under any semantics and compares it with ``step``;
:func:`first_layer_difference` replays a failing loop layer by layer next to
the exact (tie-averaging hardmax) evaluation of the same network — or, under
exact semantics, next to the machine's per-layer expectations
(``expected_layers(shape, state)``, optional) or the encoding of the
reference's next state — and names the first layer, row block and cell that
leave it; :func:`replay` re-runs a
stored counterexample.  A decode failure is reported as such — it is an
encoding problem or an off-grid state, evidence of nothing on its own — and
never folded into a disagreement with the reference.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any, Hashable, Iterable, Protocol, runtime_checkable

import numpy as np

from .forward import Evaluator, LayerTrace
from .layer import LoopedNetwork
from .rational import RatArray
from .semantics import Exact, Semantics

__all__ = ["Machine", "DecodeError", "LoopCheck", "check_loop", "check_states", "prepare_states",
           "first_layer_difference", "replay"]


class DecodeError(ValueError):
    """A matrix that does not encode a valid machine state; names the cell where it can."""

    def __init__(self, message: str, row: int | None = None, col: int | None = None):
        super().__init__(message)
        self.row, self.col = row, col


@runtime_checkable
class Machine(Protocol):
    """A machine a looped network is claimed to implement (see the module docstring)."""

    name: str

    def network(self, shape: Hashable) -> LoopedNetwork: ...

    def states(self, shape: Hashable) -> Iterable[Any]: ...

    def encode(self, shape: Hashable, state: Any): ...

    def decode(self, shape: Hashable, X, tol: float = 0) -> Any: ...

    def step(self, state: Any) -> Any: ...

    def state_to_json(self, state: Any) -> dict: ...

    def state_from_json(self, data: dict) -> Any: ...


@dataclass(frozen=True)
class LoopCheck:
    """One loop of the network from ``state`` against one reference step.

    ``verdict`` is ``"agrees"``, ``"differs"`` (the network decoded to another
    state than ``step`` gives) or ``"undecodable"`` (the output is off the grid;
    ``error`` says where).  ``layer``/``cell``/``expected_value``/``actual_value``
    locate the first layer that left the exact trace, when asked for.
    """

    verdict: str
    state: dict
    expected: dict
    actual: dict | None = None
    error: str = ""
    layer: str | None = None
    cell: str | None = None
    expected_value: str | None = None
    actual_value: str | None = None

    @property
    def agrees(self) -> bool:
        return self.verdict == "agrees"

    def to_json(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v not in (None, "")}


def first_layer_difference(network: LoopedNetwork, semantics: Semantics, X, X_exact, tol: float,
                           expected_layers=None) -> tuple[tuple[str, str, str, str] | None, tuple]:
    """Replay one loop from ``X`` under ``semantics`` and find the first layer off the expected trace.

    The expected trace is the exact evaluation of the same network from
    ``X_exact`` unless ``expected_layers`` (one exact matrix per layer, e.g.
    from block contracts, ``None`` for a layer with no expectation) is given.  Returns ``((layer, cell, expected,
    actual), deviations)`` — ``None`` in place of the tuple when every layer
    stays within ``tol`` — where ``deviations`` lists each layer's largest
    ``|actual − expected|``.
    """
    traces: list[LayerTrace] = []
    Evaluator(network, semantics).loop(X, traces)
    if expected_layers is None:
        exact_traces: list[LayerTrace] = []
        Evaluator(network, Exact()).loop(X_exact, exact_traces)
        expected_layers = [t.output for t in exact_traces]
    layout = network.layout
    found, deviations = None, []
    for t, expected in zip(traces, expected_layers):
        if expected is None:  # no expectation for this layer (only the loop's output is specified)
            continue
        actual = semantics.to_float(t.output)
        want = expected.to_float() if isinstance(expected, RatArray) else np.asarray(expected, dtype=float)
        diff = np.abs(actual - want)
        diff[np.isnan(diff)] = np.inf
        worst = np.unravel_index(int(np.argmax(diff)), diff.shape)
        deviations.append((t.layer, float(diff[worst])))
        if found is None and diff[worst] > tol:
            r, c = (int(v) for v in worst)
            cell = f"row {layout.describe_row(r)}, {layout.describe_col(c)}"
            found = (t.layer, cell, f"{want[r, c]:.6g}", f"{actual[r, c]:.6g}")
    return found, tuple(deviations)


def check_loop(machine: Machine, shape: Hashable, state, semantics: Semantics | None = None,
               network: LoopedNetwork | None = None, tol: float = 0, locate: bool = True) -> LoopCheck:
    """One loop of ``machine``'s network from ``state`` under ``semantics`` (default: exact) against ``step``."""
    semantics = semantics or Exact()
    network = network or machine.network(shape)
    X0 = machine.encode(shape, state)
    ev = Evaluator(network, semantics)
    X1 = ev.loop(ev.input(X0))
    expected = machine.step(state)
    as_json = machine.state_to_json
    try:
        actual = machine.decode(shape, X1, tol)
    except DecodeError as err:
        verdict, actual, error = "undecodable", None, str(err)
    else:
        verdict, error = ("agrees" if actual == expected else "differs"), ""
    check = LoopCheck(verdict, as_json(state), as_json(expected), None if actual is None else as_json(actual), error)
    if check.agrees or not locate:
        return check
    exact_in = X0 if isinstance(X0, RatArray) else RatArray(np.asarray(X0, dtype=object), 1)
    expected_layers = None
    if hasattr(machine, "expected_layers"):  # per-layer expectations, e.g. from block contracts
        expected_layers = machine.expected_layers(shape, state)
    elif isinstance(semantics, Exact):  # the exact trace is the network's own: compare the loop's output only
        expected_layers = [None] * (len(network.layers) - 1) + [machine.encode(shape, expected)]
    found, _ = first_layer_difference(network, semantics, ev.input(X0), exact_in, max(tol, 1e-12), expected_layers)
    if found is None:
        return check
    layer, cell, want, got = found
    return LoopCheck(check.verdict, check.state, check.expected, check.actual, check.error, layer, cell, want, got)


def prepare_states(machine: Machine, shape: Hashable, states: Iterable | None = None,
                   batch: int = 2048) -> list[tuple[list, np.ndarray, list]]:
    """States in chunks of ``batch``, each with its stacked exact encoding and the reference steps:
    ``[(states, X, expected)]``, for :func:`check_states` to run many networks on (encoded once)."""
    return list(_chunks(machine, shape, states, batch))


def _chunks(machine: Machine, shape: Hashable, states: Iterable | None, batch: int):
    stream = iter(machine.states(shape) if states is None else states)
    while chunk := list(itertools.islice(stream, batch)):
        X = np.stack([np.asarray(machine.encode(shape, s), dtype=object) for s in chunk])
        yield chunk, X, [machine.step(s) for s in chunk]


def check_states(machine: Machine, shape: Hashable, states: Iterable | None = None,
                 semantics: Semantics | None = None, network: LoopedNetwork | None = None,
                 stop_at_first: bool = True, batch: int = 2048,
                 prepared: list | None = None) -> tuple[int, list[LoopCheck]]:
    """Check one loop from every state (default: all of ``machine.states(shape)``).

    States are evaluated ``batch`` at a time as one stacked array (every
    semantics evaluates a leading batch axis); a failing state is then checked
    again on its own, with the failing layer located.  ``prepared`` (from
    :func:`prepare_states`, for the same machine and shape) replaces ``states``.
    Returns the number of states checked and the failing checks (the first
    only, when ``stop_at_first``).
    """
    semantics = semantics or Exact()
    network = network or machine.network(shape)
    ev = Evaluator(network, semantics)
    chunks = prepared if prepared is not None else _chunks(machine, shape, states, batch)
    count, failures = 0, []
    for chunk, X, expected in chunks:
        Y = ev.loop(ev.input(X))
        for i, state in enumerate(chunk):
            try:
                ok = machine.decode(shape, Y[i]) == expected[i]
            except DecodeError:
                ok = False
            if not ok:
                failures.append(check_loop(machine, shape, state, semantics, network))
                if stop_at_first:
                    return count + i + 1, failures
        count += len(chunk)
    return count, failures


def replay(machine: Machine, shape: Hashable, state_json: dict, semantics: Semantics | None = None,
           network: LoopedNetwork | None = None) -> LoopCheck:
    """Re-run a stored counterexample: the state is read back from JSON and checked afresh."""
    return check_loop(machine, shape, machine.state_from_json(state_json), semantics, network)
