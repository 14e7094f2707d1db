"""The function blocks' mutation self-test: the contract proof catches a breaking mutant, and a contract that
ignores one output cell is exposed as unsound."""
from __future__ import annotations

import pytest

from proofs.giannou2023.block_mutation import block_selftest, block_setting, contract_verdict, truth
from verify.claims import Obligation, Status
from verify.mutation import apply_mutant, candidate_mutants, run_mutants, selftest_conclude, selftest_outcome


OUT = {"linear": "f.out", "transpose": "tr.out", "matmul": "mm.out", "sigmoid": "sigma.out"}


def _out_cell(block):
    net, X, box, contract, binding = block_setting(block, 1)
    last = contract[-1][-1] if isinstance(contract[-1], tuple) else contract[-1]
    cell = next(c for c in last if net.layout.describe_row(c[0]).startswith(OUT[block]))  # an output cell
    return net, X, box, contract, binding, cell


def _mutant(net, cell):
    """A mutant of the last layer's FFN write into the output cell's row: it changes that output."""
    last = net.layers[-1].name
    return next(m for m in candidate_mutants(net) if m.layer == last and m.matrix == "W2" and m.row == cell[0]
                and m.op == "negate")


@pytest.mark.parametrize("block", ["linear", "transpose", "matmul", "sigmoid"])
def test_the_contract_proof_catches_the_mutant_and_a_blind_one_misses_it(block):
    net, X, box, contract, bind, cell = _out_cell(block)
    original = bind(net)
    assert contract_verdict(original, X, box, contract)[0] == Status.PROVED
    assert truth(original, original, X, box) == (True, None)
    mu = _mutant(net, cell)

    def run(ignore):
        return run_mutants([mu], lambda m: bind(apply_mutant(net, m)), lambda m: truth(original, m, X, box),
                           lambda m, _m: contract_verdict(m, X, box, contract, ignore))

    (honest,) = run(frozenset())
    assert honest.klass == "caught" and honest.witness["verdict"] == "differs"
    (blind,) = run(frozenset({cell}))
    assert blind.klass == "missed_proved"
    outcome = selftest_outcome([blind], "one mutant")
    assert outcome.status == Status.REFUTED and "UNSOUND" in outcome.summary
    status, _, details = selftest_conclude(None, [(Obligation("x", "y", "z"), outcome)])
    assert status == Status.REFUTED and details["metrics"]["kill_rate"]["value"] == 0.0


def test_a_sample_through_the_obligation_task():
    out = block_selftest("transpose", 1, sample=6, seed=5)
    assert out.status == Status.PROVED and out.data["mutants"] == 6 and out.data["table"]["total"]["missed_proved"] == 0
