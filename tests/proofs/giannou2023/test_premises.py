"""Premises of the derived SUBLEQ claims: declared, resolvable, proved where used; coverage stated exactly."""
import dataclasses
import re
from pathlib import Path

import pytest

from constructions.giannou2023 import LAYER_NAMES
from proofs import all_claims
from proofs.giannou2023 import premises
from proofs.giannou2023.blocks import coverage, proof_shapes

README = Path(__file__).resolve().parents[3] / "README.md"


@pytest.mark.parametrize("profile", ["ci", "full"])
def test_every_declared_premise_is_an_obligation_of_some_claim(profile):
    claims = all_claims()
    declared = [p for c in claims for ob in c.expand(profile) for p in ob.premises]
    assert declared, "the temperature claims declare premises"
    assert premises.unresolved(claims, profile) == []


def test_a_typo_in_a_premise_is_caught():
    claims = all_claims()
    claim = next(c for c in claims if c.id == "giannou2023.temperature.design")
    good = claim.expand("ci")
    bad_ob = dataclasses.replace(good[0], premises=good[0].premises[:-1] + ("giannou2023.loop.chained/chian@s1",))
    broken = dataclasses.replace(claim, obligations=lambda claim, profile: [bad_ob, *good[1:]])
    found = premises.unresolved([broken if c.id == claim.id else c for c in claims], "ci")
    assert found == [(bad_ob.id, "giannou2023.loop.chained/chian@s1")]


def _shape_of(ob):
    args = ob.kwargs()
    if "shape" in args:
        return tuple(args["shape"])
    return None


@pytest.mark.parametrize("profile", ["ci", "full"])
def test_every_certificate_obligation_rests_on_every_contract_at_its_own_machine(profile):
    checked = 0
    for claim in all_claims():
        for ob in claim.expand(profile):
            task = ob.task.rpartition(":")[2]
            if task not in ("temperature_analysis", "drift_curve", "paper_gap", "certified_design"):
                continue
            shape = _shape_of(ob)
            tag = premises.tag(shape)
            want = {f"giannou2023.loop.chained/{name}@{tag}" for name in LAYER_NAMES}
            want |= {f"giannou2023.loop.chained/chain@{tag}", f"giannou2023.error_correction.ball/eps=1/4@{tag}",
                     "giannou2023.temperature.concentration/every column", premises.PERTURBATION}
            assert set(ob.premises) == want, ob.id
            checked += 1
    # the certificate and the paper's two bounds share the analyses; the drift curve; the paper gap; design λ
    assert checked == (3 * len(premises.temperature_shapes(profile)) + 1 + len(premises.paper_gap_shapes(profile))
                       + len(premises.certified_programs(profile)))


@pytest.mark.parametrize("profile", ["ci", "full"])
def test_premise_machines_are_proof_machines(profile):
    assert set(premises.premise_shapes(profile)) <= set(proof_shapes(profile))
    assert set(premises.temperature_shapes(profile)) <= set(premises.premise_shapes(profile))


def test_the_full_profile_reports_lambda_at_every_machine_and_ci_at_the_small_ones():
    assert premises.temperature_shapes("full") == premises.TEMPERATURE_SHAPES
    assert set(premises.certified_programs("full")) == set(premises.shipped_programs())
    assert all(s[2] <= premises.CI_MAX_COLUMNS for s in premises.premise_shapes("ci"))
    assert premises.certified_programs("ci")  # at least one shipped program's machine in CI


def test_ci_covers_two_s_m_per_small_log_n_and_the_authors_size_and_full_every_log_n():
    def by_n(profile):
        out = {}
        for s, m, n, N in proof_shapes(profile):
            out.setdefault(n, set()).add((s, m))
        return out

    ci, full = by_n("ci"), by_n("full")
    assert all(len(ci[n]) >= 2 for n in (4, 8, 16)), ci
    assert (8, 8, 32, 8) in proof_shapes("ci")
    assert set(full) == {4, 8, 16, 32, 64} and all(len(v) >= 2 for v in full.values()), full


def _parse(text):
    shapes = set()
    for s, m, n, words in re.findall(r"\(s, m, n\) = \((\d+), (\d+), (\d+)\) with N = ([\d., ]+?)(?:;|$)", text):
        if ".." in words:
            lo, hi = map(int, words.split(".."))
            Ns = range(lo, hi + 1)
        else:
            Ns = [int(w) for w in words.split(",")]
        shapes |= {(int(s), int(m), int(n), N) for N in Ns}
    return shapes


@pytest.mark.parametrize("profile", ["ci", "full"])
def test_coverage_statement_lists_exactly_the_proved_machines(profile):
    assert _parse(coverage(profile)) == set(proof_shapes(profile))


def test_readme_states_the_computed_coverage():
    text = " ".join(README.read_text().split())
    assert coverage("ci") in text
    assert "2 ≤ log n ≤ 4, 2 ≤ N ≤ 6 in CI" not in text  # the old, overstated sentence
