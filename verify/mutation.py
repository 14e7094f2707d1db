"""Mutation self-test: does the tool catch every single-weight change that breaks a construction?

A verifier's PROVED is only worth something if a broken network cannot earn
it.  This module measures that on any construction whose weights can be
listed as matrices: directly on a :class:`~verify.layer.LoopedNetwork` that
implements the :class:`~verify.machine.Machine` protocol
(:func:`candidate_mutants`, :func:`run_selftest`), and on any other network
through :func:`candidates_from` (the weights as ``(layer, matrix, entries)``
strata) and :func:`run_mutants` (the plug-in supplies how to apply a mutant,
the ground truth and the verdict):

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

5. :func:`selftest_outcome` turns one obligation's results into an
   :class:`~verify.claims.Outcome` (REFUTED with a counterexample on any
   missed-and-PROVED mutant, UNKNOWN on a changed mutant left undecided,
   PROVED otherwise) and :func:`selftest_conclude` folds a claim's
   obligations into one confusion table per layer, the list of over-strict
   mutants and two regression metrics (``kill_rate``, ``over_strict``) that
   :mod:`verify.baseline` compares between runs.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Callable, Hashable, Iterable, Sequence

import sympy as sp

from .claims import Outcome, Status, fold_statuses
from .layer import Layer, LoopedNetwork
from .machine import Machine, check_states, prepare_states
from .matrix import Matrix
from .semantics import Exact

__all__ = ["CLASSES", "Mutant", "mutate_value", "candidates_from", "candidate_mutants", "sample_mutants",
           "apply_mutant", "ground_truth", "MutantResult", "classify", "confusion_table", "run_mutants",
           "run_selftest", "selftest_outcome", "selftest_conclude"]

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


def mutate_value(op: str, v):
    """``v`` changed by ``op``, in ``v``'s own number type (sympy, Fraction or int; ``v`` is 0 for set±1)."""
    return {"negate": -v, "plus1": v + 1, "minus1": v - 1, "double": 2 * v, "zero": v - v,
            "set+1": (v - v) + 1, "set-1": (v - v) - 1}[op]


_new_value = mutate_value


def candidates_from(strata: Iterable[tuple]) -> list[Mutant]:
    """Every single-weight mutant of weights listed as ``(layer, matrix, {(row, col): value}, zero)`` strata.

    ``entries`` holds the non-zero weights; ``zero`` is the zero of their number type (the set±1 mutants
    of a zero entry inside the support start from it).  The support is the rows and columns the matrix
    already uses, or a fifth element ``(rows, cols)`` (e.g. every unit's bias, zero or not).
    """
    out = []
    for layer, name, entries, zero, *support in strata:
        rows = sorted(support[0][0]) if support else sorted({i for i, _ in entries})
        cols = sorted(support[0][1]) if support else sorted({j for _, j in entries})
        for (i, j), v in sorted(entries.items()):
            for op in NONZERO_OPS:
                new = mutate_value(op, v)
                if new != v:
                    out.append(Mutant(layer, name, i, j, op, str(v), str(new)))
        for i in rows:
            for j in cols:
                if (i, j) not in entries:
                    for op in ZERO_OPS:
                        out.append(Mutant(layer, name, i, j, op, "0", str(mutate_value(op, zero))))
    return out


def candidate_mutants(network: LoopedNetwork) -> list[Mutant]:
    """Every single-weight mutant of every layer and matrix of a layer-model network (module docstring)."""
    return candidates_from((layer.name, name, dict(m.todok()), sp.Integer(0))
                           for layer in network.layers for name, m in layer.matrices().items())


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


def _with_matrix(layer: Layer, name: str, new: Matrix) -> Layer:
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
    new = Matrix(m.rows, m.cols, {k: v for k, v in entries.items() if v != 0})
    layers[index] = _with_matrix(layers[index], mu.matrix, new)
    return replace(network, layers=tuple(layers))  # __post_init__ re-checks declared reads/writes


def ground_truth(machine: Machine, shape: Hashable, network: LoopedNetwork, states: Iterable | None = None,
                 prepared: list | None = None) -> tuple[bool, dict | None, int]:
    """``(equivalent, witness, states checked)``: one loop against ``step`` on every valid state, exactly
    (``prepared``: the states already encoded, :func:`~verify.machine.prepare_states`)."""
    count, failures = check_states(machine, shape, states, Exact(), network, stop_at_first=True, prepared=prepared)
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


def run_mutants(mutants: Sequence[Mutant], apply: Callable[[Mutant], object],
                truth: Callable[[object], tuple[bool, dict | None]], prover: Callable[[object, Mutant], tuple],
                progress: Callable[[int], None] | None = None) -> list[MutantResult]:
    """Truth and verdict for each mutant, for any kind of network.

    ``apply(mutant)`` builds the mutated network (raising ``ValueError`` when
    the network's own model refuses it: *rejected*); ``truth(network)``
    returns ``(equivalent, witness)`` and must not consult the verdict;
    ``prover(network, mutant)`` returns ``(status, summary)`` — the tool's own
    proof of the mutated network.
    """
    out = []
    for k, mu in enumerate(mutants):
        try:
            mutated = apply(mu)
        except ValueError as err:
            out.append(MutantResult(mu, "rejected", "REJECTED", str(err)))
            continue
        equivalent, witness = truth(mutated)
        status, summary = prover(mutated, mu)
        verdict = getattr(status, "value", str(status))
        out.append(MutantResult(mu, classify(equivalent, verdict), verdict, summary, witness))
        if progress:
            progress(k + 1)
    return out


def run_selftest(machine: Machine, shape: Hashable, prover: Callable[[LoopedNetwork, Hashable], tuple],
                 mutants: Sequence[Mutant], network: LoopedNetwork | None = None,
                 states: Sequence | None = None, progress: Callable[[int], None] | None = None
                 ) -> list[MutantResult]:
    """Truth and verdict for each mutant of ``network`` (default: the machine's network at ``shape``).

    ``states`` (default: every valid state) are encoded and stepped once and
    shared by all mutants.  ``prover(network, shape)`` returns ``(status, summary)``.
    """
    network = network or machine.network(shape)
    prepared = prepare_states(machine, shape, states)
    return run_mutants(mutants, lambda mu: apply_mutant(network, mu),
                       lambda net: ground_truth(machine, shape, net, prepared=prepared)[:2],
                       lambda net, _mu: prover(net, shape), progress)


# ---------------------------------------------------------------------------
# outcome of one obligation, conclusion of a claim
# ---------------------------------------------------------------------------

def selftest_outcome(results: Sequence[MutantResult], scope: str) -> Outcome:
    """One obligation's outcome from its mutants: REFUTED on any changed mutant the proofs PROVED."""
    table = confusion_table(results)
    t = table["total"]
    data = {"table": table, "scope": scope,
            "over_strict": [r.to_json() for r in results if r.klass == "over_strict"],
            "missed": [r.to_json() for r in results if r.klass.startswith("missed")], "mutants": len(results)}
    tally = ", ".join(f"{t[k]} {k}" for k in CLASSES if t[k])
    unsound = [m for m in data["missed"] if m["class"] == "missed_proved"]
    if unsound:
        data["counterexample"] = {"mutant": unsound[0]["mutant"], "state": unsound[0]["witness"]}
        return Outcome(Status.REFUTED, f"UNSOUND: the mutant {unsound[0]['id']} changes the loop (witness state) "
                       f"but its proof says PROVED; {scope}: {tally}", data)
    if t["missed_undecided"]:
        return Outcome(Status.UNKNOWN, f"{t['missed_undecided']} changed mutants left undecided; {scope}: {tally}",
                       data)
    return Outcome(Status.PROVED, f"every mutant that changes the loop is caught, none PROVED; {scope}: {tally}",
                   data)


def _merge(outcomes) -> dict:
    totals: dict = {}
    for _, o in outcomes:
        for scope_name, table in [("total", o.data["table"]["total"]), *o.data["table"]["per_layer"].items()]:
            row = totals.setdefault(scope_name, {k: 0 for k in (*CLASSES, "changed")})
            for k in row:
                row[k] += table[k]
    return totals


def _rate(row: dict) -> str:
    """The kill rate as a percentage, never rounded up to 100% (and the fraction when it is not 100%)."""
    killed, changed = row["caught"] + row["rejected"], row["changed"]
    if not changed:
        return "—"
    if killed == changed:
        return "100%"
    return f"{100 * killed // changed}% ({killed}/{changed})"  # floored: below 100 whenever one is missed


def selftest_conclude(claim, outcomes):
    """A self-test claim's status, headline and details from its obligations (``Claim.conclude``).

    The details hold the confusion table per layer (first row: the total), the
    over-strict mutants by name, and the metrics ``kill_rate`` (caught or
    rejected over changed; 1 when nothing changed) and ``over_strict``.
    """
    status = fold_statuses(o.status for _, o in outcomes)
    if any("table" not in o.data for _, o in outcomes):  # an obligation that errored before testing
        worst = next(o.summary for _, o in outcomes if "table" not in o.data)
        return status, worst, {}
    totals = _merge(outcomes)
    t = totals["total"]
    kill = (t["caught"] + t["rejected"]) / t["changed"] if t["changed"] else 1.0
    columns = ["layer", *CLASSES, "kill rate"]
    rows = [[name, *(row[k] for k in CLASSES), _rate(row)] for name, row in totals.items()]
    over = [m["id"] for _, o in outcomes for m in o.data["over_strict"]]
    details = {"table": {"columns": columns, "rows": rows}, "over-strict mutants": over or "none",
               "metrics": {"kill_rate": {"value": kill, "better": "higher"},
                           "over_strict": {"value": float(t["over_strict"]), "better": "lower"}}}
    worst = next((o.summary for _, o in outcomes if o.status == status), "")
    head = (f"{sum(o.data['mutants'] for _, o in outcomes)} mutants: {t['caught']} caught, {t['rejected']} rejected "
            f"by the layer model, {t['missed_proved']} missed-and-PROVED, {t['missed_undecided']} missed-undecided, "
            f"{t['over_strict']} over-strict, {t['equivalent'] + t['equivalent_undecided']} equivalent; kill rate "
            f"{_rate(t)}")
    return status, head if status == Status.PROVED else f"{head}; {worst}", details
