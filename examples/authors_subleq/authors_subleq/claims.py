"""What the imported authors'-style weights compute, checked on every valid state against the SUBLEQ reference.

* ``authors_subleq.loop`` — one loop of the imported network (exact
  tie-averaging hardmax) is one step of :func:`constructions.giannou2023.isa.step`
  on every valid state of a small machine: an exhaustive exact enumeration
  (:func:`verify.machine.check_states`), expected PROVED at every size.
* ``authors_subleq.loop.mutated`` — the copy with one weight changed
  (:mod:`.make_weights`, ``mutate=True``) is REFUTED: the counterexample is
  the decoded state (JSON, replayable with :func:`verify.machine.replay`),
  what the reference and the network give, and the first layer where the
  mutated copy leaves the exact trace of the original weights.
* ``authors_subleq.import`` — every float64 weight was snapped to an exact
  rational within tolerance (nothing kept as a float).

Each outcome carries the importer's report in ``data["import"]``: largest
snap distance, exactness, where the per-column biases are.
"""
from __future__ import annotations

import hashlib
import time

from verify import Claim, Exact, Obligation, Outcome, PaperRef, Status, check_states
from verify.evidence import produces
from verify.forward import Evaluator
from verify.machine import first_layer_difference

from .machine import AuthorsSubleq, state_count, weights_files
from .make_weights import MUTATED, SIZES

__all__ = ["CLAIMS", "import_report", "loop_equals_step", "prove_loop", "import_is_exact"]

REF = "Giannou et al. 2023, Looped Transformers as Programmable Computers; official code jysohn1108/Looped-Transformer"


def import_report(result) -> dict:
    """The importer's record as JSON: snap distance, exactness, per-column bias sites by layer."""
    by_layer: dict[str, int] = {}
    for site in result.per_column_bias_sites:
        key = f"{site['layer']}.{site['matrix']}"
        by_layer[key] = by_layer.get(key, 0) + 1
    worst = result.worst
    return {
        "file": weights_files_name(result.source),
        "exact": result.exact,
        "entries": result.entries,
        "max_snap_distance": str(result.max_snap_distance),
        "max_snap_distance_float": float(result.max_snap_distance),
        "worst_entry": None if worst is None else {"array": worst[0], "index": [int(i) for i in worst[1]],
                                                   "float": repr(worst[2]), "rational": str(worst[3])},
        "unsnapped": len(result.unsnapped),
        "per_column_bias_entries": len(result.per_column_bias_sites),
        "per_column_bias_by_layer": by_layer,
        "per_column_bias_columns": sorted({s["column"] for s in result.per_column_bias_sites}),
        "content_hash": result.network.content_hash(),
    }


def weights_files_name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def _where(shape) -> str:
    return "(s, m, n, N) = ({}, {}, {}, {})".format(*shape)


def _first_departure(machine, shape, state_json: dict) -> dict | None:
    """Where the mutated copy first leaves the exact trace of the original weights, from the failing state."""
    original = AuthorsSubleq().network(shape)
    X0 = machine.encode(shape, machine.state_from_json(state_json))
    traces: list = []
    ev = Evaluator(original, Exact())
    ev.loop(ev.input(X0), traces)
    found, _ = first_layer_difference(machine.network(shape), Exact(), ev.input(X0), ev.input(X0),
                                      1e-12, [t.output for t in traces])
    if found is None:
        return None
    layer, cell, want, got = found
    return {"layer": layer, "cell": cell, "original": want, "mutated": got}


@produces("enumeration")
def loop_equals_step(s: int, m: int, n: int, N: int, weights: str = "authors") -> Outcome:
    """One loop of the imported ``weights`` ("authors" or "mutated") = one SUBLEQ step, on every valid state."""
    shape = (s, m, n, N)
    return prove_loop(AuthorsSubleq(mutated=weights == "mutated"), shape, weights == "mutated")


def prove_loop(machine, shape, departure: bool = False, network=None) -> Outcome:
    """:func:`loop_equals_step`'s proof for ``machine`` (or ``network`` in place of its weights; the mutation
    self-test proves mutants with it); ``departure`` locates where a failure leaves the original weights."""
    report = import_report(machine.imported(shape))
    start = time.perf_counter()
    count, failures = check_states(machine, shape, network=network)
    seconds = time.perf_counter() - start
    data = {"import": report, "states": count, "enumeration_seconds": round(seconds, 3)}
    if not failures:
        total = state_count(shape)
        if count != total:
            return Outcome(Status.ERROR, f"{_where(shape)}: enumerated {count} states, expected {total}", data)
        return Outcome(Status.PROVED, f"{_where(shape)}: one loop of {report['file']} is one SUBLEQ step on all "
                       f"{count} valid states (exact hardmax; largest snap distance "
                       f"{report['max_snap_distance_float']:.3g})", data)
    bad = failures[0]
    cex = {"shape": list(shape), "weights": report["file"], **bad.to_json()}
    if departure:
        cex["first_departure_from_original"] = _first_departure(machine, shape, bad.state)
    what = f"decodes to {_brief(bad.actual)}" if bad.verdict == "differs" else f"is no valid encoding ({bad.error})"
    where = cex.get("first_departure_from_original")
    departs = (f"; it first leaves the original weights' trace in layer {where['layer']} ({where['cell']}: "
               f"{where['mutated']}, not {where['original']})" if where else "")
    return Outcome(Status.REFUTED, f"{_where(shape)}: from {_brief(bad.state)} one SUBLEQ step gives "
                   f"{_brief(bad.expected)}, the network's output {what}{departs}", {**data, "counterexample": cex})


def _brief(state: dict) -> str:
    return f"memory {state['memory']}, pc {state['pc']} (program {state['program']})"


@produces("exact")
def import_is_exact(s: int, m: int, n: int, N: int) -> Outcome:
    """Every float64 weight of the shipped file lies within tolerance of a rational with denominator ≤ 2^20."""
    shape = (s, m, n, N)
    result = AuthorsSubleq().imported(shape)
    report = import_report(result)
    if result.exact:
        return Outcome(Status.PROVED, f"{_where(shape)}: all {result.entries} nonzero weights snapped to exact "
                       f"rationals; largest snap distance {result.max_snap_distance} "
                       f"(≈ {float(result.max_snap_distance):.3g}); per-column biases at "
                       f"{report['per_column_bias_entries']} entries, on {', '.join(report['per_column_bias_columns'])}",
                       {"import": report})
    array, index, value = result.unsnapped[0]
    return Outcome(Status.REFUTED, f"{_where(shape)}: {len(result.unsnapped)} weights are no rational with "
                   f"denominator ≤ 2^20 within tolerance, e.g. {array}{list(index)} = {value!r}",
                   {"import": report, "counterexample": {"array": array, "index": [int(i) for i in index],
                                                         "value": repr(value)}})


def _fingerprint(shape, mutated=False) -> str:
    h = hashlib.sha256()
    for path in weights_files(shape, mutated):
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _claim(cid, title, where, statement, tag, method, expected, task, sizes, evidence, **args):
    def obligations(claim, profile):
        return [Obligation(claim.id, "s{}m{}n{}N{}".format(*size), f"authors_subleq.claims:{task}",
                           tuple(sorted({"s": size[0], "m": size[1], "n": size[2], "N": size[3], **args}.items())),
                           fingerprint=_fingerprint(size, args.get("weights") == "mutated"), evidence=evidence)
                for size in sizes]

    return Claim(cid, title, PaperRef(REF, where, tag, statement), "authors_subleq.machine.AuthorsSubleq", method,
                 expected, obligations,
                 parameters=lambda profile: {"(s, m, n, N)": ", ".join(map(str, sizes)), **args})


CLAIMS = [
    _claim("authors_subleq.loop", "Weights written elsewhere: one loop of the authors'-style SUBLEQ weights, "
           "imported, is one SUBLEQ step", "§5.1; official code subleq.py (10 layers, column-0 biases)",
           "one loop maps the punchcard of every valid state to the punchcard of its SUBLEQ successor", "[C]",
           "import (floats snapped to exact rationals), then exact hardmax on every valid state against "
           "constructions.giannou2023.isa.step", (Status.PROVED,), "loop_equals_step", SIZES, "enumeration"),
    _claim("authors_subleq.loop.mutated", "The same weights with one bias changed (flag 1 − N → 1 + N) are caught",
           "§4.5 layer 7 (the flag); the 1 + N variant of a secondary summary",
           "flag = ReLU(b_N) + ReLU(−Σ b_i + N + 1)", "[S]",
           "exhaustive exact enumeration; the first failing state, decoded and replayable", (Status.REFUTED,),
           "loop_equals_step", MUTATED, "enumeration", weights="mutated"),
    _claim("authors_subleq.import", "The authors' float64 weights are exact rationals (ε = 0.1 snaps to 1/10)",
           "official code subleq.py (float64 numpy weights)", "every weight is a small rational",
           "[C]", "snap each float to the nearest rational with denominator ≤ 2^20 within 4 machine epsilons",
           (Status.PROVED,), "import_is_exact", SIZES, "exact"),
]
