"""The mutation self-test of the SUBLEQ construction (a claim kind of the engine, :mod:`verify.mutation`).

Single-weight mutants of the bound 10-layer network at a tiny machine are
judged twice: the ground truth by exhaustive exact enumeration of every valid
state (:class:`constructions.giannou2023.machine_model.SubleqMachine`), the
verdict by the tool's own proof at that machine — every layer checked
against its contract by z3 (:func:`verify.smt.check_layer`), a failure
lifted to a valid machine state (:func:`.proving.counterexample`).  The
verdict is PROVED when every layer meets its contract (the contract chain is
a property of the contracts, not of the weights, and is proved separately),
REFUTED when a failure lifts to a reachable state, UNKNOWN otherwise.
"""
from __future__ import annotations

from constructions.giannou2023 import SubleqShape
from constructions.giannou2023.contracts import SPECS
from constructions.giannou2023.invariants import stage_template
from constructions.giannou2023.machine_model import SubleqMachine, state_count
from verify import symbolic as sym
from verify.claims import Outcome, Status
from verify.evidence import produces
from verify.mutation import candidate_mutants, run_selftest, sample_mutants, selftest_conclude, selftest_outcome
from verify.smt import check_layer

from .proving import counterexample

__all__ = ["layer_proof_verdict", "subleq_selftest"]


def layer_proof_verdict(network, shape, specs=None, out_sets=None) -> tuple[Status, str]:
    """The tool's verdict on ``network`` at ``shape``: every layer against its contract, failures lifted.

    ``specs`` replaces the block contracts and ``out_sets(layout, layer)`` the set each contract's output
    must land in (the sibling tests weaken one contract to show that the self-test notices).
    """
    specs = SPECS if specs is None else specs
    out_sets = out_sets or (lambda layout, layer: stage_template(layout, min(layer + 1, 10)))
    shp = SubleqShape(*shape)
    with sym.scope():
        layout = network.layout
        for layer in range(len(network.layers)):
            proof = check_layer(network, layer, stage_template(layout, layer), specs[layer],
                                out_sets(layout, layer), keep_smt2=False,
                                stop_on_failure=True)
            if proof.status == "proved":
                continue
            failure = proof.failures[0]
            name = network.layers[layer].name
            if failure.status == "unknown" or failure.label.startswith("contract output"):
                return Status.UNKNOWN, f"{name}: undecided ({failure.label})"
            cex = counterexample(network, shp, layer, failure.cell, False, failure.model or {}, loop_level=False)
            if cex["reachable"]:
                return Status.REFUTED, f"{name}: {cex['cell']} should be {cex['expected']}, gives {cex['actual']}"
            return Status.UNKNOWN, f"{name}: fails its contract only on states no valid state reaches"
    return Status.PROVED, "every layer meets its contract"


@produces("enumeration")
def subleq_selftest(shape: list[int], sample: int | None = None, seed: int = 0, part: int = 0,
                    parts: int = 1) -> Outcome:
    """Part ``part`` of ``parts`` of a seeded sample of single-weight mutants of the SUBLEQ network at ``shape``."""
    machine = SubleqMachine()
    network = machine.network(shape)
    candidates = candidate_mutants(network)
    mutants = sample_mutants(candidates, sample, seed)[part::parts]
    results = run_selftest(machine, tuple(shape), layer_proof_verdict, mutants, network)
    scope = (f"{len(mutants)} of {len(candidates)} single-weight mutants (seed {seed}, part {part + 1}/{parts}) at "
             f"{SubleqShape(*shape)}, ground truth on all {state_count(shape)} valid states")
    return selftest_outcome(results, scope)


# ---------------------------------------------------------------------------
# the claim
# ---------------------------------------------------------------------------

SELFTEST_SHAPE = (1, 2, 4, 2)  # the smallest machine on which every block has work: m = 2 makes mem[b] − mem[a] vary
#: profile -> (mutants sampled, obligations they are split into); the full profile's 1,000 of the 8,311
#: candidates take about 25 min on 2 cores — every candidate would take over 3 h
SELFTEST_SAMPLE = {"ci": (100, 4), "full": (1000, 8)}


def _claims():
    from verify.claims import Claim, Obligation

    from .common import ref

    def obligations(claim, profile):
        sample, parts = SELFTEST_SAMPLE[profile]
        return [Obligation(claim.id, f"part{k + 1}of{parts}",
                           "proofs.giannou2023.mutation:subleq_selftest",
                           tuple(sorted({"shape": list(SELFTEST_SHAPE), "sample": sample, "seed": 2023,
                                         "part": k, "parts": parts}.items())))
                for k in range(parts)]

    return [Claim(
        "giannou2023.selftest.mutants",
        "Mutation self-test: every single-weight change that breaks the SUBLEQ loop is caught by the proofs",
        ref("§5 (the construction as a whole)", "[I]", "no single-weight mutant that changes the loop is PROVED"),
        "giannou2023.subleq at (1, 2, 4, 2)",
        "seeded stratified single-weight mutants (negate, ±1, ×2, zero, set a zero entry in the support to ±1); "
        "ground truth by exact enumeration of every valid state; verdict by the per-layer z3 proofs with lifted "
        "counterexamples (verify.mutation)",
        (Status.PROVED,), obligations,
        parameters=lambda profile: {"shape (s,m,n,N)": list(SELFTEST_SHAPE), "mutants": SELFTEST_SAMPLE[profile][0],
                                    "seed": 2023},
        conclude=selftest_conclude)]


CLAIMS = _claims()
