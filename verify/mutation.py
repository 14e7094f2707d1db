"""Mutation self-test: does the tool catch every single-weight change that breaks a construction?

A verifier's PROVED is only worth something if a broken network cannot earn
it.  This module measures that on any construction that implements the
:class:`~verify.machine.Machine` protocol:

1. :func:`candidate_mutants` lists single-weight mutants of every layer and
   every weight matrix: each non-zero entry negated, ±1, doubled or zeroed,
   and each zero entry inside the matrix's support (the rows and columns it
   already uses) set to ±1.  :func:`sample_mutants` draws a seeded,
   stratified sample (round robin over (layer, matrix) strata), or returns
   them all.
2. The ground truth of a mutant comes from exhaustive exact enumeration of
   every valid state of a small machine (:func:`ground_truth`): the mutant is
   *equivalent* when one loop still equals one reference step on every state,
   and *changed* otherwise (with a witness state).  A mutant whose weights
   write or read rows its layer does not declare is *rejected* when the
   network is built — the layer model's own guard caught it.
3. The verdict is the tool's own proof of the mutant at that shape (a
   ``prover(network, shape) -> (Status, summary)`` supplied by the plug-in).
4. :func:`classify` folds truth and verdict into a confusion table:

   ==================  ===========================  ==================================
   truth               verdict                      class
   ==================  ===========================  ==================================
   changed             REFUTED                      ``caught``
   (not buildable)     —                            ``rejected`` (caught by the model)
   changed             PROVED / LOOSE               ``missed_proved`` — **unsound**
   changed             anything else                ``missed_undecided``
   equivalent          REFUTED                      ``over_strict`` (contract stricter
                                                    than the loop needs)
   equivalent          PROVED / LOOSE               ``equivalent``
   equivalent          anything else                ``equivalent_undecided``
   ==================  ===========================  ==================================
"""
from __future__ import annotations

import random
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Callable, Hashable, Iterable, Sequence

import sympy as sp

from .layer import Layer, LoopedNetwork
from .machine import Machine, check_states
from .semantics import Exact

__all__ = ["CLASSES", "Mutant", "candidate_mutants", "sample_mutants", "apply_mutant", "ground_truth", "MutantResult",
           "classify", "confusion_table", "run_selftest"]

#: The operations on a non-zero entry, and on a zero entry inside the support.
NONZERO_OPS = ("negate", "plus1", "minus1", "double", "zero")
ZERO_OPS = ("set+1", "set-1")


@dataclass(frozen=True)
class Mutant:
    """One changed weight: ``layer``'s matrix ``matrix`` at ``(row, col)``, ``old`` → ``new`` by ``op``."""

    layer: str
    matrix: str
    row: int
    col: int
    op: str
    old: str
    new: str

    @property
    def id(self) -> str:
        return f"{self.layer}.{self.matrix}[{self.row},{self.col}] {self.op} ({self.old} → {self.new})"

    def to_json(self) -> dict:
        return dict(self.__dict__)


def _new_value(op: str, v: sp.Expr) -> sp.Expr:
    return {"negate": -v, "plus1": v + 1, "minus1": v - 1, "double": 2 * v, "zero": sp.Integer(0),
            "set+1": sp.Integer(1), "set-1": sp.Integer(-1)}[op]


def candidate_mutants(network: LoopedNetwork) -> list[Mutant]:
    """Every single-weight mutant of every layer and matrix (see the module docstring)."""
    out = []
    for layer in network.layers:
        for name, m in layer.matrices().items():
            entries = m.todok()
            rows = sorted({i for i, _ in entries})
            cols = sorted({j for _, j in entries})
            for (i, j), v in sorted(entries.items()):
                for op in NONZERO_OPS:
                    new = _new_value(op, v)
                    if new != v:
                        out.append(Mutant(layer.name, name, i, j, op, str(v), str(new)))
            for i in rows:
                for j in cols:
                    if (i, j) not in entries:
                        for op in ZERO_OPS:
                            out.append(Mutant(layer.name, name, i, j, op, "0", str(_new_value(op, sp.Integer(0)))))
    return out


def sample_mutants(candidates: Sequence[Mutant], size: int | None, seed: int) -> list[Mutant]:
    """All candidates (``size`` None), or a seeded sample drawn round robin over (layer, matrix) strata."""
    if size is None or size >= len(candidates):
        return list(candidates)
    rng = random.Random(seed)
    strata: dict[tuple[str, str], list[Mutant]] = {}
    for mu in candidates:
        strata.setdefault((mu.layer, mu.matrix), []).append(mu)
    for pool in strata.values():
        rng.shuffle(pool)
    keys = sorted(strata)
    out: list[Mutant] = []
    while len(out) < size:
        for key in keys:
            if strata[key] and len(out) < size:
                out.append(strata[key].pop())
    return out


def _with_matrix(layer: Layer, name: str, new: sp.ImmutableSparseMatrix) -> Layer:
    if layer.ffn is not None and name in layer.ffn.matrices():
        return replace(layer, ffn=replace(layer.ffn, **{name: new}))
    for h, head in enumerate(layer.heads):
        for key in head.matrices():
            if f"{key}{h + 1}" == name:
                heads = list(layer.heads)
                heads[h] = replace(head, **{key: new})
                return replace(layer, heads=tuple(heads))
    raise KeyError(f"layer {layer.name} has no matrix {name!r}")


def apply_mutant(network: LoopedNetwork, mu: Mutant) -> LoopedNetwork:
    """The network with one weight changed; raises ``ValueError`` when the layer model rejects it."""
    layers = list(network.layers)
    index = [layer.name for layer in layers].index(mu.layer)
    m = layers[index].matrices()[mu.matrix]
    entries = dict(m.todok())
    entries[(mu.row, mu.col)] = _new_value(mu.op, m[mu.row, mu.col])
    new = sp.ImmutableSparseMatrix(m.rows, m.cols, {k: v for k, v in entries.items() if v != 0})
    layers[index] = _with_matrix(layers[index], mu.matrix, new)
    return replace(network, layers=tuple(layers))  # __post_init__ re-checks declared reads/writes


def ground_truth(machine: Machine, shape: Hashable, network: LoopedNetwork,
                 states: Iterable | None = None) -> tuple[bool, dict | None, int]:
    """``(equivalent, witness, states checked)``: one loop against ``step`` on every valid state, exactly."""
    count, failures = check_states(machine, shape, states, Exact(), network, stop_at_first=True)
    if failures:
        return False, failures[0].to_json(), count
    return True, None, count


@dataclass(frozen=True)
class MutantResult:
    mutant: Mutant
    klass: str
    verdict: str
    summary: str
    witness: dict | None = None

    def to_json(self) -> dict:
        return {"mutant": self.mutant.to_json(), "id": self.mutant.id, "class": self.klass,
                "verdict": self.verdict, "summary": self.summary, "witness": self.witness}


def classify(equivalent: bool | None, verdict: str) -> str:
    """The confusion-table class of a mutant (``equivalent`` None: rejected at construction)."""
    if equivalent is None:
        return "rejected"
    proved = verdict in ("PROVED", "LOOSE")
    if not equivalent:
        return "caught" if verdict == "REFUTED" else ("missed_proved" if proved else "missed_undecided")
    if verdict == "REFUTED":
        return "over_strict"
    return "equivalent" if proved else "equivalent_undecided"


CLASSES = ("caught", "rejected", "missed_proved", "missed_undecided", "over_strict", "equivalent",
           "equivalent_undecided")


def confusion_table(results: Sequence[MutantResult]) -> dict:
    """Counts per class, overall and per layer, with the kill rate over the non-equivalent mutants."""
    def count(rs):
        c = {k: 0 for k in CLASSES}
        for r in rs:
            c[r.klass] += 1
        changed = c["caught"] + c["rejected"] + c["missed_proved"] + c["missed_undecided"]
        c["changed"] = changed
        c["kill_rate"] = str(Fraction(c["caught"] + c["rejected"], changed)) if changed else None
        return c

    layers = sorted({r.mutant.layer for r in results}, key=[r.mutant.layer for r in results].index)
    return {"total": count(results), "per_layer": {name: count([r for r in results if r.mutant.layer == name])
                                                  for name in layers}}


def run_selftest(machine: Machine, shape: Hashable, prover: Callable[[LoopedNetwork, Hashable], tuple],
                 mutants: Sequence[Mutant], network: LoopedNetwork | None = None,
                 states: Sequence | None = None, progress: Callable[[int], None] | None = None
                 ) -> list[MutantResult]:
    """Truth and verdict for each mutant of ``network`` (default: the machine's network at ``shape``).

    ``states`` (default: every valid state) is materialised once and shared by
    all mutants.  ``prover(network, shape)`` returns ``(status, summary)``.
    """
    network = network or machine.network(shape)
    states = list(machine.states(shape)) if states is None else list(states)
    out = []
    for k, mu in enumerate(mutants):
        try:
            mutated = apply_mutant(network, mu)
        except ValueError as err:
            out.append(MutantResult(mu, "rejected", "REJECTED", str(err)))
            continue
        equivalent, witness, _ = ground_truth(machine, shape, mutated, states)
        status, summary = prover(mutated, shape)
        verdict = getattr(status, "value", str(status))
        out.append(MutantResult(mu, classify(equivalent, verdict), verdict, summary, witness))
        if progress:
            progress(k + 1)
    return out
