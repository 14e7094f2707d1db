"""The perturbation lemma the λ certificate rests on: proved by z3, a wrong (tighter) bound refuted with a
replayable two-key column, the sampled cross-check agreeing, and every certificate obligation declaring it."""
from __future__ import annotations

from proofs.giannou2023.perturbation import perturbation_lemma, perturbation_samples
from proofs.giannou2023.premises import PERTURBATION
from verify.claims import Status


def test_the_lemma_is_proved_with_its_solver_queries_kept():
    out = perturbation_lemma()
    assert out.status == Status.PROVED and perturbation_lemma.evidence == "smt"
    assert [s["z3"] for s in out.data["steps"]] == ["unsat"] * 3
    assert "(assert" in out.artefacts["perturbation.smt2"]


def test_a_tighter_bound_is_refuted_by_a_column_that_replays():
    out = perturbation_lemma("(w - 1)/(w + 1)")
    assert out.status == Status.REFUTED
    cex = out.data["counterexample"]
    assert cex["n"] == 2 and cex["exceeds"] and float(cex["l1"]) > float(cex["bound"])


def test_the_sampled_cross_check_agrees_and_catches_a_false_bound():
    ok = perturbation_samples(count=300)
    assert ok.status == Status.SAMPLED_OK and 0 < ok.data["worst_ratio"] <= 1
    bad = perturbation_samples(count=300, scale="1/4")
    assert bad.status == Status.REFUTED and float(bad.data["counterexample"]["l1"]) > float(
        bad.data["counterexample"]["bound"])


def test_every_certificate_obligation_rests_on_it():
    from proofs import all_claims

    claims = {c.id: c for c in all_claims("giannou2023")}
    for cid in ("giannou2023.temperature.certificate", "giannou2023.temperature.design",
                "giannou2023.temperature.paper_gap"):
        obs = [ob for ob in claims[cid].expand("ci") if ob.premises]
        assert obs and all(PERTURBATION in ob.premises for ob in obs), cid
