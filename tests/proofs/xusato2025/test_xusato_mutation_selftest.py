"""The Xu & Sato block's mutation self-test: the grid proof catches a mutant that changes the values, and a proof
that ignores the value row is exposed as unsound."""
from __future__ import annotations

import pytest

from constructions.xusato2025 import XSShape, block_network, intended, layout
from proofs.xusato2025 import grid
from proofs.xusato2025.construction import grid_tables
from proofs.xusato2025.mutation import SELFTEST_SHAPE, block_selftest, truth, truth_tables
from verify.claims import Obligation, Status
from verify.mutation import apply_mutant, candidate_mutants, run_mutants, selftest_conclude, selftest_outcome

SHAPE = XSShape(*SELFTEST_SHAPE)


def _prover(mutated, _mu):
    o = grid.check_grid(list(SELFTEST_SHAPE), "correct", grid_tables(SHAPE), network=mutated)
    return o.status, o.summary


@pytest.fixture
def blind_values(monkeypatch):
    """Weaken the grid proof: it no longer looks at the value row y (stage 3 is taken on trust)."""
    original = grid._first_failure

    def first_failure(shape, inputs, table, states):
        a1, a2, a3 = states
        a3 = a3.copy()
        row = layout(shape).row("y", 0)
        for b, X in enumerate(inputs):
            values = intended(shape, X, table)["values"]
            for n in range(shape.N):
                a3.num[b, row, n] = int(values[n][0] * shape.Q * a3.den)
        return original(shape, inputs, table, (a1, a2, a3))

    monkeypatch.setattr(grid, "_first_failure", first_failure)


def _mutant():
    net = block_network(SHAPE)
    row = layout(SHAPE).row("y", 0)
    return net, next(m for m in candidate_mutants(net) if m.matrix == "W2" and m.row == row and m.op == "double")


def test_truth_tables_separate_every_pair_of_contextual_ids():
    tables = truth_tables(SHAPE)
    assert set(grid_tables(SHAPE)) < set(tables)  # the truth sees more tables than the proof
    for j in range(SHAPE.K):
        for k in range(j):
            assert any(t[j] != t[k] for t in tables.values())
    assert truth(SHAPE, block_network(SHAPE)) == (True, None)


def test_the_grid_proof_catches_a_value_mutant():
    net, mu = _mutant()
    (result,) = run_mutants([mu], lambda m: apply_mutant(net, m), lambda m: truth(SHAPE, m), _prover)
    assert result.klass == "caught" and result.witness["verdict"] == "differs"


def test_a_proof_blind_to_the_value_row_makes_the_selftest_fail(blind_values):
    net, mu = _mutant()
    assert _prover(net, None)[0] == Status.PROVED  # the weakened proof still proves the real block
    (result,) = run_mutants([mu], lambda m: apply_mutant(net, m), lambda m: truth(SHAPE, m), _prover)
    assert result.klass == "missed_proved"
    outcome = selftest_outcome([result], "one mutant")
    assert outcome.status == Status.REFUTED and "UNSOUND" in outcome.summary
    status, _, details = selftest_conclude(None, [(Obligation("x", "y", "z"), outcome)])
    assert status == Status.REFUTED and details["metrics"]["kill_rate"]["value"] == 0.0


def test_the_obligation_task_runs_a_sample():
    out = block_selftest(list(SELFTEST_SHAPE), sample=6, seed=4)
    assert out.status == Status.PROVED and out.data["mutants"] == 6


def test_two_tables_let_a_wrong_contextual_id_through_the_per_bit_tables_catch_it():
    """Found by the full self-test: with random:1 and alternating only, the grid proof PROVED this mutant,
    which changes the values under a table that tells contextual IDs apart; the claims' tables refute it."""
    net = block_network(SHAPE)
    mu = next(m for m in candidate_mutants(net) if (m.matrix, m.row, m.col, m.op) == ("W2", 11, 0, "set-1"))
    mutated = apply_mutant(net, mu)
    assert truth(SHAPE, mutated)[0] is False
    assert grid.check_grid(list(SELFTEST_SHAPE), "correct", ["random:1", "alternating"],
                           network=mutated).status == Status.PROVED
    assert grid.check_grid(list(SELFTEST_SHAPE), "correct", grid_tables(SHAPE), network=mutated).status == Status.REFUTED


def test_per_bit_tables_let_a_mutant_through_that_a_one_hot_table_catches():
    """Found by the full self-test once the per-bit tables were in: this mutant passes random:1, alternating and
    every bit:b table but is wrong under onehot:5; the claims' tables include the one-hot ones."""
    from constructions.xusato2025.tables import bit_tables

    net = block_network(SHAPE)
    mu = next(m for m in candidate_mutants(net) if (m.matrix, m.row, m.col, m.op) == ("W2", 11, 1, "set-1"))
    mutated = apply_mutant(net, mu)
    assert truth(SHAPE, mutated)[0] is False
    assert grid.check_grid(list(SELFTEST_SHAPE), "correct", ["random:1", "alternating", *bit_tables(SHAPE)],
                           network=mutated).status == Status.PROVED
    assert grid.check_grid(list(SELFTEST_SHAPE), "correct", grid_tables(SHAPE), network=mutated).status == Status.REFUTED
