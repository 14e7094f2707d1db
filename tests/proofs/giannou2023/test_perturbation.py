"""The sampled perturbation premise: it holds on its samples, a tighter (false) bound is refuted, and the
certificate's obligations declare it, so they cannot be more than PROVED_CONDITIONALLY."""
from __future__ import annotations

from proofs.giannou2023.perturbation import perturbation_samples
from proofs.giannou2023.premises import PERTURBATION
from verify.claims import Status


def test_the_bound_holds_on_its_samples_and_is_only_sampled():
    out = perturbation_samples(count=300)
    assert out.status == Status.SAMPLED_OK and perturbation_samples.evidence == "sampled"
    assert 0 < out.data["worst_ratio"] <= 1


def test_a_tighter_bound_is_refuted_with_the_column():
    out = perturbation_samples(count=300, scale="1/4")
    assert out.status == Status.REFUTED
    cex = out.data["counterexample"]
    assert float(cex["l1"]) > float(cex["bound"])


def test_every_certificate_obligation_rests_on_it():
    from proofs import all_claims

    claims = {c.id: c for c in all_claims("giannou2023")}
    for cid in ("giannou2023.temperature.certificate", "giannou2023.temperature.design",
                "giannou2023.temperature.paper_gap"):
        obs = [ob for ob in claims[cid].obligations("ci") if ob.premises]
        assert obs and all(PERTURBATION in ob.premises for ob in obs), cid
