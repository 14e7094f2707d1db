"""The mutation self-test on the toy machine, with a sound, an unsound and an over-strict prover."""
from __future__ import annotations

import pytest

from tests.verify.toys import Complement
from verify.claims import Status
from verify.forward import Evaluator
from verify.mutation import (apply_mutant, candidate_mutants, classify, confusion_table, run_selftest,
                             sample_mutants)
from verify.semantics import Exact

L = 2


def sound_prover(network, shape):
    """Exhaustive: every state, one loop, against the reference (the toy is small enough)."""
    from verify.mutation import ground_truth

    ok, witness, count = ground_truth(Complement(), shape, network)
    return (Status.PROVED, f"{count} states") if ok else (Status.REFUTED, f"state {witness['state']}")


def bit_local_prover(network, shape):
    """UNSOUND on purpose: checks each bit with the other bits held at +1 (assumes bits are independent)."""
    toy = Complement()
    ev = Evaluator(network, Exact())
    for k in range(shape):
        for b in (-1, 1):
            state = tuple(b if j == k else 1 for j in range(shape))
            Y = ev.loop(ev.input(toy.encode(shape, state)))
            if Y.item(k, 0) != -b:
                return Status.REFUTED, f"bit {k} from {b}"
    return Status.PROVED, "each bit flips"


def strict_prover(network, shape):
    """Over-strict: also demands that the scratch row holds ReLU(w[0]) — more than the machine needs."""
    status, summary = sound_prover(network, shape)
    if status != Status.PROVED:
        return status, summary
    toy = Complement()
    ev = Evaluator(network, Exact())
    for state in toy.states(shape):
        Y = ev.loop(ev.input(toy.encode(shape, state)))
        if Y.item(shape, 0) != max(state[0], 0):
            return Status.REFUTED, "scratch row"
    return Status.PROVED, summary


def test_candidates_cover_every_matrix_and_operation():
    cands = candidate_mutants(Complement().network(L))
    matrices = {c.matrix for c in cands}
    assert {"W1", "W2"} <= matrices <= {"W1", "b1", "W2", "b2"}  # the toy's biases are all zero: no support
    assert {c.op for c in cands} >= {"negate", "plus1", "minus1", "double", "zero", "set+1", "set-1"}
    # every listed mutant really changes one entry
    net = Complement().network(L)
    for mu in cands[:20]:
        m_old = net.layer(mu.layer).matrices()[mu.matrix]
        m_new = apply_mutant(net, mu).layer(mu.layer).matrices()[mu.matrix]
        diff = [(i, j) for i in range(m_old.rows) for j in range(m_old.cols) if m_old[i, j] != m_new[i, j]]
        assert diff == [(mu.row, mu.col)]


def test_sampling_is_seeded_and_stratified():
    cands = candidate_mutants(Complement().network(L))
    a, b = sample_mutants(cands, 6, seed=1), sample_mutants(cands, 6, seed=1)
    assert a == b and len(a) == 6 and len(set(a)) == 6
    assert {m.matrix for m in a} == {m.matrix for m in cands}  # round robin reaches every stratum
    assert sample_mutants(cands, None, seed=1) == cands


@pytest.mark.parametrize("equivalent, verdict, klass", [
    (False, "REFUTED", "caught"), (False, "PROVED", "missed_proved"), (False, "LOOSE", "missed_proved"),
    (False, "UNKNOWN", "missed_undecided"), (True, "REFUTED", "over_strict"), (True, "PROVED", "equivalent"),
    (True, "TIMEOUT", "equivalent_undecided"), (None, "REJECTED", "rejected"),
])
def test_classification(equivalent, verdict, klass):
    assert classify(equivalent, verdict) == klass


def _table(prover):
    toy = Complement()
    results = run_selftest(toy, L, prover, candidate_mutants(toy.network(L)))
    return results, confusion_table(results)["total"]


def test_a_sound_prover_catches_every_changed_mutant():
    results, t = _table(sound_prover)
    assert t["changed"] > 0 and t["missed_proved"] == 0 and t["missed_undecided"] == 0
    assert t["kill_rate"] == "1"
    assert t["equivalent"] > 0  # the scratch side channel gives genuinely equivalent mutants
    assert t["over_strict"] == 0


def test_an_unsound_prover_is_exposed_as_missed_and_proved():
    results, t = _table(bit_local_prover)
    assert t["missed_proved"] > 0
    missed = [r for r in results if r.klass == "missed_proved"]
    # each carries the state that shows the mutant is broken
    assert all(r.witness and r.witness["verdict"] in ("differs", "undecodable") for r in missed)


def test_an_over_strict_contract_is_listed():
    results, t = _table(strict_prover)
    assert t["over_strict"] > 0 and t["missed_proved"] == 0
    assert all(r.mutant.layer == "flip" for r in results if r.klass == "over_strict")


def test_a_mutant_the_layer_model_refuses_is_rejected():
    from verify.mutation import Mutant

    toy = Complement()
    mu = Mutant("flip", "W1", 0, L, "set+1", "0", "1")  # unit 0 would read the scratch row: undeclared
    (result,) = run_selftest(toy, L, sound_prover, [mu])
    assert result.klass == "rejected" and "does not declare" in result.summary
    t = confusion_table([result])["total"]
    assert t["changed"] == 1 and t["kill_rate"] == "1"


def test_a_mutant_that_empties_a_heads_values_evaluates_as_the_layer_without_that_head():
    """Zeroing a head's only V entry switches the head off: the evaluator must not trip over an empty V."""
    from dataclasses import replace

    from constructions.xusato2025 import XSShape, block_network, embed_batch
    from constructions.xusato2025.reference import grid_inputs
    from constructions.xusato2025.tables import make_table

    shape = XSShape(1, 2, 2, 3)
    net = block_network(shape)
    layer = net.layers[0]
    h = next(i for i, head in enumerate(layer.heads) if len(head.V.todok()) == 1)
    ((row, col),) = layer.heads[h].V.todok().keys()
    mu = next(m for m in candidate_mutants(net) if (m.matrix, m.row, m.col, m.op) == (f"V{h + 1}", row, col, "zero"))
    mutated = apply_mutant(net, mu)
    without = replace(net, layers=(replace(layer, heads=tuple(x for i, x in enumerate(layer.heads) if i != h)),))
    X = embed_batch(shape, list(grid_inputs(shape))[:3], make_table(shape, "random:1"))
    a, b = Evaluator(mutated, Exact()), Evaluator(without, Exact())
    assert a.loop(a.input(X)).equals(b.loop(b.input(X)))


def test_kill_rate_and_over_strict_are_baseline_regression_metrics():
    """A self-test claim's conclusion carries both metrics; the baseline flags a lower kill rate and a new
    over-strict mutant."""
    from verify.baseline import baseline_from_report, compare
    from verify.claims import Obligation
    from verify.mutation import selftest_conclude, selftest_outcome

    toy = Complement()
    results = run_selftest(toy, L, sound_prover, candidate_mutants(toy.network(L)))
    ob = Obligation("toy.selftest", "all", "x")

    def report(rs):
        status, _, details = selftest_conclude(None, [(ob, selftest_outcome(rs, "toy"))])
        return {"header": {"profile": "ci"}, "claims": [{"id": "toy.selftest", "status": status.value, "met": True,
                                                        "details": details, "parameters": {},
                                                        "obligations": [{"name": "all"}]}]}

    base = baseline_from_report(report(results))
    assert set(base["claims"]["toy.selftest"]["metrics"]) == {"kill_rate", "over_strict"}
    assert compare(report(results), base) == ([], [])
    weaker = run_selftest(toy, L, bit_local_prover, candidate_mutants(toy.network(L)))
    assert any("kill_rate got worse" in r for r in compare(report(weaker), base)[0])
    _, head, _ = selftest_conclude(None, [(ob, selftest_outcome(weaker, "toy"))])
    assert "kill rate 100%" not in head and "/" in head.split("kill rate")[1]  # never rounded up to 100%
    stricter = run_selftest(toy, L, strict_prover, candidate_mutants(toy.network(L)))
    assert any("over_strict got worse" in r for r in compare(report(stricter), base)[0])
