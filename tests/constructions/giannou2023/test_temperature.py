"""λ_cert, λ_emp and the design temperature: sound, tight enough, and failing when they must."""
from fractions import Fraction

import pytest

from constructions.giannou2023 import SubleqShape
from constructions.giannou2023 import temperature
from constructions.giannou2023.temperature import FAIL, certify, lambda_cert, lambda_emp, loop_deviation
from verify.semantics import Rounded, round_significand

SMALL = SubleqShape(1, 3, 8, 4)


def test_certificate_holds_at_lambda_cert_and_not_just_below():
    lam, cert = lambda_cert(SMALL, lo=Fraction(2), hi=Fraction(32))
    assert cert.holds and cert.drift <= Fraction(1, 4)
    assert not certify(SMALL, lam - Fraction(1, 64)).holds


def test_empirical_failure_lies_below_the_certificate_and_replays():
    lam_c, _ = lambda_cert(SMALL, lo=Fraction(2), hi=Fraction(32))
    emp = lambda_emp(SMALL, upper_lam=lam_c)
    assert emp["confirmed"] and emp["lambda"] < lam_c <= 2 * emp["lambda"]
    state = [(emp["state"], emp["current"])]
    _, dev = loop_deviation(SMALL, state, emp["lambda"], semantics="mp")
    assert dev[0] > FAIL
    _, fine = loop_deviation(SMALL, state, lam_c, semantics="mp")
    assert fine[0] < 1e-30  # at λ_cert the loop is exact up to 40-digit rounding


def test_certificate_fails_for_a_tighter_error_correction():
    """A sibling of the certificate: with ε = 1/16 the same λ is no longer enough."""
    lam, _ = lambda_cert(SMALL, lo=Fraction(2), hi=Fraction(32))
    assert not certify(SMALL, lam, eps=Fraction(1, 16)).holds


def test_design_lambda_covers_the_shipped_programs():
    from constructions.giannou2023.program import resolve_program

    assert temperature.default_lambda(resolve_program("factorial").shape) == temperature.DESIGN_LAMBDA


def test_lowering_the_design_lambda_makes_verify_all_fail(tmp_path, monkeypatch):
    """With λ below λ_emp the gate fails and the report carries a replayable failing state."""
    import json

    from verify.cli import main

    monkeypatch.setattr(temperature, "DESIGN_LAMBDA", 9)  # below λ_emp ≈ 13.1 of factorial's machine
    # one program's machine (the premises — its contracts, chain and ε-ball — run with it)
    only_factorial = lambda profile: ["factorial"]  # noqa: E731
    monkeypatch.setattr("proofs.giannou2023.temperature.certified_programs", only_factorial)
    monkeypatch.setattr("proofs.giannou2023.premises.certified_programs", only_factorial)
    code = main(["all", "--only", "giannou2023.temperature.design", "--report-dir", str(tmp_path), "--no-cache",
                 "--jobs", "1", "--quiet"])
    assert code == 1
    report = json.loads((tmp_path / "report.json").read_text())
    (claim,) = report["claims"]
    assert claim["status"] == "REFUTED" and not claim["met"]
    failing = [o for o in claim["obligations"] if o["status"] == "REFUTED"]
    assert failing and failing[0]["artefacts"]
    cex = json.loads((tmp_path / failing[0]["artefacts"][0]).read_text())
    from proofs.giannou2023.simulation import state_from_json

    state = state_from_json(cex["state"])
    _, dev = loop_deviation(SubleqShape(*cex["shape"]), [state], Fraction(cex["lambda"]), semantics="mp")
    assert dev[0] > FAIL


def test_rounding_to_a_significand_width():
    assert round_significand(1 + 2.0**-9, 8) == 1.0 and round_significand(1.75, 2) == 2.0
    assert round_significand(-0.1, 53) == -0.1
    with pytest.raises(ValueError):
        Rounded(10, 1)
