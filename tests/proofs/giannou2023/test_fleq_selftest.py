"""The FLEQ mutation self-test: the real certificate catches two breaking mutants; a certificate that ignores
the mutation PROVES them and the self-test obligation comes out REFUTED; one that accepts any error is not
reported sound.

Two mutants of the calculator's network are judged (ground truth ≈ 5 s each in mpmath, computed once; a
verdict < 1 s), plus the unmutated network once: about 20 s in all.
"""
from __future__ import annotations

from fractions import Fraction

import pytest

from proofs.giannou2023.fleq_mutation import SELFTEST_SAMPLE, CLAIMS, certificate, layer_first_sample, setup, truth
from verify.claims import Status
from verify.mutation import apply_mutant, run_mutants, selftest_outcome

#: Changes the calculator's results (s = x1 + x2 becomes 0.0547, the final error 1.7) but not its program
#: counter: only the result cells show it.
RESULTS_ONLY = "gather_select_branch.K1[0,110] zero (1 → 0)"
#: Breaks the instruction read: the program counter is no command after loop 1.
PC_BREAKS = "read_instruction.K1[4,74] zero (1 → 0)"


@pytest.fixture(scope="module")
def calc():
    P, params, net, candidates = setup()
    by_id = {mu.id: mu for mu in candidates}
    return P, params, net, candidates, by_id


@pytest.fixture(scope="module")
def judged(calc):
    """The two mutants' networks and their ground truths, computed once (the truth is the slow part)."""
    P, params, net, _, by_id = calc
    mutants = [by_id[RESULTS_ONLY], by_id[PC_BREAKS]]
    nets = {mu.id: apply_mutant(net, mu) for mu in mutants}
    truths = {id(nets[mu.id]): truth(P, params, nets[mu.id]) for mu in mutants}

    def run(prover):
        return run_mutants(mutants, lambda mu: nets[mu.id], lambda m: truths[id(m)], prover)

    return run


def test_the_unmutated_network_is_equivalent_and_certified(calc):
    """The truth is not "changed" for everything, and the certificate proves the real network."""
    P, params, net, candidates, _ = calc
    assert truth(P, params, net) == (True, None)
    status, summary = certificate(P, params)(net, candidates[0])  # the mutant only names the replay
    assert status == Status.PROVED, summary


def test_the_real_certificate_catches_changed_mutants(calc, judged):
    P, params, *_ = calc
    real = judged(certificate(P, params))
    assert [r.klass for r in real] == ["caught", "caught"]
    results_only, pc_breaks = (r.witness for r in real)
    assert results_only["verdict"].startswith("the results differ") and Fraction(results_only["final_error"]) > 1
    assert pc_breaks["verdict"] == "the program counter differs"
    o = selftest_outcome(real, "test")
    assert o.status == Status.PROVED and o.data["table"]["total"]["caught"] == 2


def test_a_certificate_of_the_unmutated_weights_is_refuted_as_unsound(calc, judged):
    """A verdict that ignores the mutation (it certifies the original network) PROVES both changed mutants."""
    P, params, net, *_ = calc
    real = certificate(P, params)
    results = judged(lambda _mutated, mu: real(net, mu))
    assert [r.klass for r in results] == ["missed_proved", "missed_proved"]
    o = selftest_outcome(results, "test")
    assert o.status == Status.REFUTED and "UNSOUND" in o.summary
    assert o.data["counterexample"]["mutant"]["layer"] == "gather_select_branch"
    assert o.data["counterexample"]["state"]["verdict"].startswith("the results differ")


def test_a_certificate_that_accepts_any_error_is_not_reported_sound(calc, judged):
    """Every contract bound and the tolerance × 10^40: the program counter check still refutes the mutant that
    breaks it; the one that only changes results is no longer refuted (its Lipschitz chain then has no finite
    constant for √ on the widened hull: ERROR), so the obligation is not PROVED."""
    P, params, *_ = calc
    results = judged(certificate(P, params, scale=Fraction(10) ** 40))
    assert [r.klass for r in results] == ["missed_undecided", "caught"]
    assert selftest_outcome(results, "test").status == Status.UNKNOWN


def test_the_sample_is_drawn_layer_first_and_split_into_parts(calc):
    _, _, net, candidates, _ = calc
    names = [layer.name for layer in net.layers]
    sample = layer_first_sample(net, candidates, len(names), 2023)
    assert [mu.layer for mu in sample] == names  # one per layer, in network order
    assert sample == layer_first_sample(net, candidates, len(names), 2023)  # seeded
    assert sample != layer_first_sample(net, candidates, len(names), 7)
    claim, = CLAIMS
    for profile, (size, parts) in SELFTEST_SAMPLE.items():
        obs = claim.expand(profile)
        assert len(obs) == parts and {o.kwargs()["sample"] for o in obs} == {size}
        assert sorted(o.kwargs()["part"] for o in obs) == list(range(parts))


def test_an_all_caught_sample_is_sampled_ok_and_an_unsound_one_stays_refuted(calc, judged):
    """The ground truth is one input in floating point: all caught is SAMPLED_OK (never PROVED), and the task
    declares sampled evidence; a missed-and-PROVED mutant is still REFUTED."""
    from proofs.giannou2023.fleq_mutation import _sampled, fleq_selftest
    from verify.evidence import _task_kind

    P, params, net, *_ = calc
    assert _sampled(selftest_outcome(judged(certificate(P, params)), "test")).status == Status.SAMPLED_OK
    real = certificate(P, params)
    unsound = selftest_outcome(judged(lambda _mutated, mu: real(net, mu)), "test")
    assert _sampled(unsound).status == Status.REFUTED
    assert _task_kind(f"{fleq_selftest.__module__}:fleq_selftest") == "sampled"
