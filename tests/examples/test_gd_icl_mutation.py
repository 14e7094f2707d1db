"""The gradient-descent layer's mutation self-test: the identity proof catches a breaking mutant, and a proof
that ignores one output row is exposed as unsound."""
from __future__ import annotations

from tests.examples.conftest import require
from verify import Status
from verify.claims import Obligation
from verify.mutation import apply_mutant, candidate_mutants, selftest_conclude

mutation = require("gd_icl.mutation")
network = require("gd_icl.network")

DX, DY, N = mutation.SELFTEST_SIZE
ROW = DX + DY - 1  # the last y coordinate


def _mutant():
    net = network.lsa_network(DX, DY, N)
    # the −1 that copies y_j's last coordinate into the update: negating it changes that row of every token
    return net, next(m for m in candidate_mutants(net) if m.matrix == "V1" and m.row == ROW and m.col == ROW
                     and m.op == "negate")


def test_ground_truth_is_the_symbolic_difference_from_the_original_layer():
    net, mu = _mutant()
    X = mutation._input(DX, DY, N)
    assert mutation.layer_difference(net, net, X) == (True, None)
    equivalent, witness = mutation.layer_difference(net, apply_mutant(net, mu), X)
    assert not equivalent and witness["cell"][0] == ROW and witness["difference"] != "0"


def test_the_honest_proof_catches_every_sampled_mutant():
    out = mutation.lsa_selftest(DX, DY, N, sample=8, seed=1)
    assert out.status == Status.PROVED and out.data["table"]["total"]["caught"] == 8


def test_a_proof_that_ignores_one_output_row_makes_the_selftest_fail():
    net, mu = _mutant()
    pool = candidate_mutants(net)
    # every V mutant in the ignored row: the weakened proof says PROVED on changed layers
    out = mutation.lsa_selftest(DX, DY, N, sample=None, seed=0, ignore_rows=[ROW])
    assert out.status == Status.REFUTED and "UNSOUND" in out.summary
    assert out.data["table"]["total"]["missed_proved"] >= 1
    assert any(m["id"] == mu.id for m in out.data["missed"]) and len(pool) == out.data["mutants"]
    status, _, details = selftest_conclude(None, [(Obligation("x", "y", "z"), out)])
    assert status == Status.REFUTED and details["metrics"]["kill_rate"]["value"] < 1
