"""The ReLU-MLP mutation self-test: the z3 layer proofs catch a breaking mutant; a weakened contract is exposed."""
from __future__ import annotations

from fractions import Fraction

import pytest

from constructions.giannou2023.punchcard import SubleqShape
from constructions.liang2025.network import relu_network
from proofs.liang2025.mutation import (CLAIMS, SELFTEST_SHAPE, apply, contract_verdict, strata, truth,
                                       valid_states)
from verify.claims import Obligation, Status
from verify.mutation import candidates_from, run_mutants, selftest_conclude, selftest_outcome

SHAPE = SubleqShape(*SELFTEST_SHAPE)


@pytest.fixture(scope="module")
def setting():
    net = relu_network(SELFTEST_SHAPE, "01", "minimal")
    last = len(net.layers) - 1
    unit = 0
    mutant = next(m for m in candidates_from(strata(net))
                  if m.layer.startswith(f"{last:02d}:") and m.matrix == "W" and m.row == unit and m.op == "negate")
    return net, last, unit, mutant


def _run(net, mutant, ignore=frozenset()):
    states = valid_states(SHAPE)
    (result,) = run_mutants([mutant], lambda mu: apply(net, mu), lambda m: truth(m, SHAPE, "01", states),
                            lambda m, _mu: contract_verdict(m, SHAPE, "01", ignore))
    return result


def test_the_states_are_the_validity_premise_and_the_original_is_proved(setting):
    net, *_ = setting
    assert len(valid_states(SHAPE)) == 64  # 2² memory values per cell, two cells, 4 one-command programs
    assert truth(net, SHAPE, "01", valid_states(SHAPE)) == (True, None)
    assert contract_verdict(net, SHAPE, "01")[0] == Status.PROVED


def test_mutants_cover_weights_and_every_units_bias(setting):
    net, *_ = setting
    cands = candidates_from(strata(net))
    assert {m.matrix for m in cands} == {"W", "b"}
    assert len({m.layer for m in cands}) == len(net.layers)
    # a zero bias can be set to ±1 (the bias's support is every unit), and the change lands where it says
    zero_bias = next(m for m in cands if m.matrix == "b" and m.op == "set-1")
    k = int(zero_bias.layer.split(":")[0])
    assert apply(net, zero_bias).layers[k].bias[zero_bias.row] == Fraction(-1)
    w = next(m for m in cands if m.matrix == "W" and m.op == "double")
    k = int(w.layer.split(":")[0])
    assert dict(apply(net, w).layers[k].rows[w.row])[w.col] == 2 * dict(net.layers[k].rows[w.row])[w.col]


def test_the_honest_proofs_catch_the_mutant(setting):
    net, _, _, mutant = setting
    result = _run(net, mutant)
    assert result.klass == "caught" and result.witness is not None
    assert selftest_outcome([result], "one mutant").status == Status.PROVED


def test_a_contract_that_ignores_one_output_cell_makes_the_selftest_fail(setting):
    net, last, unit, mutant = setting
    result = _run(net, mutant, ignore=frozenset({(last, unit)}))
    assert result.klass == "missed_proved"
    outcome = selftest_outcome([result], "one mutant")
    assert outcome.status == Status.REFUTED and "UNSOUND" in outcome.summary
    assert outcome.data["counterexample"]["state"]["verdict"] in ("differs", "undecodable")
    ob = Obligation("liang2025.selftest.mutants", "part1of1", "x")
    status, _, details = selftest_conclude(None, [(ob, outcome)])
    assert status == Status.REFUTED and details["metrics"]["kill_rate"]["value"] == 0.0


def test_the_claim_is_registered_with_a_small_ci_sample():
    (claim,) = CLAIMS
    obs = claim.expand("ci")
    assert sum(1 for _ in obs) >= 1 and all(dict(o.args)["sample"] <= 100 for o in obs)
    assert all(dict(o.args)["sample"] is None for o in claim.expand("full"))
