"""The mutation self-test of the Xu & Sato looped block (a claim kind of the engine, :mod:`verify.mutation`).

Single-weight mutants of the block (every head's Q, K, V and the
feed-forward part's W1, b1, W2, b2) at a small shape are judged twice, on
the finite domain the construction's proof enumerates — every grid-boundary
input (:func:`constructions.xusato2025.reference.grid_inputs`, ``(2D)^{dN}``
of them):

* **ground truth** — what the looped block *outputs*: the value rows ``y``
  after our ``r = (D − 1) + N + (K + 1)`` loops and after the paper's budget,
  exactly, against the original block's on every input, under more lookup
  tables than the proof uses (:func:`truth_tables`: the proof's, a two-hot
  table per pair of contextual IDs and eight more random ones; the weights do
  not depend on the table, it enters through the embedding).  Nothing about
  intermediate IDs: a mutant that changes how the token or sequence ID is
  represented but not the values is *equivalent*;
* **verdict** — the construction's own proof, :func:`proofs.xusato2025.grid.check_grid`
  run on the mutant with the construction claims' tables
  (:func:`proofs.xusato2025.construction.grid_tables`; it checks the token
  IDs after stage 1, the sequence IDs after stage 2 and the values after
  stage 3 and at the budget), so a mutant refuted only through an
  intermediate ID is *over-strict* — listed, not a failure.

With only the tables random:1 and alternating the grid proof PROVED 8 of the
1,538 single-weight mutants at (1, 2, 2, 3) that change the values under a
table giving two contextual IDs different values, and with the per-bit tables
added still one that only a one-hot table exposes (found by this self-test's
full profile): the grid claims now prove both families.  The truth is itself a
finite set of tables, not every table: *equivalent* here means equal under
those 49.

The real-input extension of the grid proof (the z3 quantiser claim) is not
part of this verdict.
"""
from __future__ import annotations

from functools import lru_cache

from constructions.xusato2025 import XSShape, block_network, embed, layout
from constructions.xusato2025.reference import grid_inputs
from constructions.xusato2025.tables import make_table
from verify.claims import Claim, Outcome, Status
from verify.evidence import produces
from verify.forward import Evaluator
from verify.mutation import (apply_mutant, candidate_mutants, run_mutants, sample_mutants, selftest_conclude,
                             selftest_outcome)
from verify.rational import RatArray
from verify.semantics import Exact

from .common import obligation, ref
from .construction import grid_tables
from .grid import check_grid, paper_budget

__all__ = ["CLAIMS", "truth_tables", "truth", "block_selftest", "SELFTEST_SHAPE"]

def truth_tables(shape: XSShape) -> dict[str, list[list[int]]]:
    """The ground truth's tables: the grid proof's (:func:`.construction.grid_tables`), one two-hot table per
    pair of contextual IDs (Q at both) and eight more seeded random ones — more than the verdict sees."""
    specs = [*grid_tables(shape), *(f"random:{k}" for k in range(2, 10))]
    out = {spec: make_table(shape, spec) for spec in specs}
    for j in range(shape.K):
        for k in range(j):
            out[f"twohot:{k},{j}"] = [[shape.Q if i in (j, k) else 0] * shape.d for i in range(shape.K)]
    return out


@lru_cache(maxsize=None)
def _batch(shape: XSShape) -> RatArray:
    """Every table's embedding of every grid input, as one exact batch (the same for every mutant)."""
    tables = list(truth_tables(shape).values())
    return RatArray.from_values([embed(shape, x, t) for t in tables for x in grid_inputs(shape)])


def _values(shape: XSShape, S) -> list:
    """The value rows of a batch ``S`` (every table × every grid input), per table and input."""
    lay, count = layout(shape), len(list(grid_inputs(shape)))
    rows = [lay.row("y", i) for i in range(shape.d)]
    flat = [[S.item(b, r, n) for r in rows for n in range(shape.N)] for b in range(S.shape[0])]
    return [flat[k * count:(k + 1) * count] for k in range(len(flat) // count)]


def _stages(shape: XSShape, network):
    """The value rows after our loops, then (lazily: a mutant that already differs is not run further)
    after the paper's budget; exact, every table and input in one batch."""
    ev = Evaluator(network, Exact())
    done = ev.run(ev.input(_batch(shape)), shape.loops)
    yield "after our loops", _values(shape, done)
    yield "after the paper's budget", _values(shape, ev.run(done, paper_budget(shape) - shape.loops))


@lru_cache(maxsize=None)
def _original(shape: XSShape) -> dict:
    return dict(_stages(shape, block_network(shape)))


def truth(shape: XSShape, network) -> tuple[bool, dict | None]:
    """``(equivalent, witness)``: the mutant's outputs against the original block's, every input and table
    (the first stage that differs is the witness's)."""
    want_all, inputs = _original(shape), list(grid_inputs(shape))
    for when, got in _stages(shape, network):
        for spec, w_t, g_t in zip(truth_tables(shape), want_all[when], got):
            for b, (w_s, g_s) in enumerate(zip(w_t, g_t)):
                if w_s != g_s:
                    k = next(i for i in range(len(w_s)) if w_s[i] != g_s[i])
                    return False, {"verdict": "differs", "table": spec, "when": when,
                                   "input": [[str(v) for v in row] for row in inputs[b]], "entry": k,
                                   "original": str(w_s[k]), "mutant": str(g_s[k])}
    return True, None


@produces("enumeration")
def block_selftest(shape: list[int], sample: int | None = None, seed: int = 0, part: int = 0, parts: int = 1) -> Outcome:
    """Part ``part`` of ``parts`` of a seeded sample of single-weight mutants of the block at ``shape``."""
    shp = XSShape(*shape)
    net = block_network(shp)
    candidates = candidate_mutants(net)
    mutants = sample_mutants(candidates, sample, seed)[part::parts]

    def prover(mutated, _mu):
        o = check_grid(list(shape), "correct", grid_tables(shape), network=mutated)
        return o.status, o.summary

    results = run_mutants(mutants, lambda mu: apply_mutant(net, mu), lambda m: truth(shp, m), prover)
    scope = (f"{len(mutants)} of {len(candidates)} single-weight mutants (seed {seed}, part {part + 1}/{parts}) at "
             f"{shp.label()}, ground truth: the value rows on all {len(list(grid_inputs(shp)))} grid inputs × "
             f"{len(truth_tables(shp))} tables against the original block's")
    return selftest_outcome(results, scope)


SELFTEST_SHAPE = (1, 2, 2, 3)  # (d, N, D, Q): 16 grid inputs, 34 loops to the paper's budget, K = 8 IDs
#: profile -> (mutants sampled, obligations); None = every candidate (1,538, about 0.3 s each)
SELFTEST_SAMPLE = {"ci": (40, 2), "full": (None, 8)}


def _obligations(claim: Claim, profile: str) -> list:
    sample, parts = SELFTEST_SAMPLE[profile]
    fp = block_network(XSShape(*SELFTEST_SHAPE)).content_hash()
    return [obligation(claim.id, f"part{k + 1}of{parts}", "proofs.xusato2025.mutation:block_selftest",
                       fp, shape=list(SELFTEST_SHAPE), sample=sample, seed=2025, part=k, parts=parts)
            for k in range(parts)]


CLAIMS = [Claim(
    "xusato2025.selftest.mutants",
    "Mutation self-test: every single-weight change that changes the block's values on the grid is caught",
    ref("§3, proof of Theorem 3.6 (stages)", "[I]", "no single-weight mutant that changes the output is PROVED"),
    "xusato2025.block at (d, N, D, Q) = (1, 2, 2, 3)",
    "seeded stratified single-weight mutants of every head and the FFN (negate, ±1, ×2, zero, set a zero entry in "
    "the support to ±1); ground truth: the value rows on every grid input against the original block's, "
    "under the proof's tables, two-hot and random ones (exact); verdict: the grid proof check_grid on the "
    "mutant with the claims' tables (verify.mutation)",
    (Status.PROVED,), _obligations,
    parameters=lambda profile: {"shape (d,N,D,Q)": list(SELFTEST_SHAPE), "mutants": SELFTEST_SAMPLE[profile][0] or "all",
                                "seed": 2025},
    conclude=selftest_conclude)]
