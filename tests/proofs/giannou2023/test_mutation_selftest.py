"""The SUBLEQ mutation self-test: honest proofs catch a breaking mutant; a weakened contract is exposed."""
from __future__ import annotations

import pytest

from constructions.giannou2023.contracts import SPECS
from constructions.giannou2023.machine_model import SubleqMachine
from proofs.giannou2023.mutation import SELFTEST_SHAPE, layer_proof_verdict
from verify.claims import Obligation, Status
from verify.forward import Evaluator
from verify.mutation import candidate_mutants, run_selftest, selftest_conclude, selftest_outcome
from verify.semantics import Symbolic

LAST = len(SPECS) - 1  # error correction


@pytest.fixture(scope="module")
def setting():
    machine = SubleqMachine()
    network = machine.network(SELFTEST_SHAPE)
    row = network.layout.rows("M")[0]
    mutant = next(m for m in candidate_mutants(network)
                  if m.layer == network.layers[LAST].name and m.matrix == "W2" and m.row == row and m.op == "negate")
    return machine, network, row, mutant


def _weakened(row):
    """A prover whose error-correction contract ignores one memory row: it accepts whatever the layer writes
    there, and its output set no longer constrains the loop's output."""
    def prover(network, shape):
        def spec(X, layout, ops):
            Y = SPECS[LAST](X, layout, ops)
            actual = Evaluator(network, Symbolic()).layer(LAST, X)
            Y[row, :] = actual[row, :]
            return Y

        from constructions.giannou2023.invariants import stage_template

        def out_sets(layout, layer):
            return None if layer == LAST else stage_template(layout, layer + 1)

        return layer_proof_verdict(network, shape, specs=[*SPECS[:LAST], spec], out_sets=out_sets)

    return prover


def test_the_honest_proofs_catch_the_mutant(setting):
    machine, network, _, mutant = setting
    (result,) = run_selftest(machine, SELFTEST_SHAPE, layer_proof_verdict, [mutant], network)
    assert result.klass == "caught" and result.witness is not None
    assert selftest_outcome([result], "one mutant").status == Status.PROVED


def test_a_contract_that_ignores_a_row_is_an_unsound_verdict_the_selftest_reports(setting):
    machine, network, row, mutant = setting
    (result,) = run_selftest(machine, SELFTEST_SHAPE, _weakened(row), [mutant], network)
    assert result.klass == "missed_proved"
    outcome = selftest_outcome([result], "one mutant")
    assert outcome.status == Status.REFUTED and "UNSOUND" in outcome.summary
    assert outcome.data["counterexample"]["state"]["verdict"] in ("differs", "undecodable")
    ob = Obligation("giannou2023.selftest.mutants", "part1of1", "x")
    status, summary, details = selftest_conclude(None, [(ob, outcome)])
    assert status == Status.REFUTED and details["metrics"]["kill_rate"]["value"] == 0.0
