"""The imported weights' mutation self-test: the loop claim's task refutes a breaking mutant, and a proof that
ignores one output row (one bit of every memory word) is exposed as unsound."""
from __future__ import annotations

from tests.examples.conftest import require
from verify import Status
from verify.claims import Obligation
from verify.mutation import apply_mutant, candidate_mutants, run_selftest, selftest_conclude, selftest_outcome

mutation = require("authors_subleq.mutation")
machine_mod = require("authors_subleq.machine")
claims = require("authors_subleq.claims")

SHAPE = mutation.SELFTEST_SHAPE


def _setting():
    machine = machine_mod.AuthorsSubleq()
    net = machine.network(SHAPE)
    # error correction's write of the top memory bit, from one of its hidden units
    mu = next(m for m in candidate_mutants(net) if (m.layer, m.matrix, m.row, m.col, m.op) ==
              ("error_correction", "W2", 6, 2, "negate"))
    return machine, net, mu


def _prover(machine):
    def prover(mutated, shape):
        o = claims.prove_loop(machine, shape, network=mutated)
        return o.status, o.summary
    return prover


def test_the_blind_proof_still_proves_the_original_weights():
    assert claims.prove_loop(mutation.BlindBit(0), SHAPE).status == Status.PROVED


def test_the_loop_task_refutes_the_mutant():
    machine, net, mu = _setting()
    (result,) = run_selftest(machine, SHAPE, _prover(machine), [mu], net)
    assert result.klass == "caught" and result.witness is not None
    assert claims.prove_loop(machine, SHAPE, network=apply_mutant(net, mu)).data["counterexample"]


def test_a_proof_that_ignores_one_output_row_makes_the_selftest_fail():
    machine, net, mu = _setting()
    (result,) = run_selftest(machine, SHAPE, _prover(mutation.BlindBit(0)), [mu], net)
    assert result.klass == "missed_proved"
    outcome = selftest_outcome([result], "one mutant")
    assert outcome.status == Status.REFUTED and "UNSOUND" in outcome.summary
    status, _, details = selftest_conclude(None, [(Obligation("x", "y", "z"), outcome)])
    assert status == Status.REFUTED and details["metrics"]["kill_rate"]["value"] == 0.0


def test_the_obligation_task_runs_a_sample():
    out = mutation.authors_selftest(list(SHAPE), sample=4, seed=3)
    assert out.status == Status.PROVED and out.data["mutants"] == 4
    assert out.data["table"]["total"]["missed_proved"] == 0
