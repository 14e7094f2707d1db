"""Certified float execution: the invariant holds on a small machine and covers what float64/float32 really do;
it fails (not PROVED) at a too-small λ or a too-small error-correction radius; the claim's conclusion flags a
witnessed error above its certified bound."""
from fractions import Fraction

import pytest

from constructions.giannou2023 import SubleqShape
from proofs.giannou2023 import float_execution as fe
from proofs.giannou2023.float_runs import _state_deviations
from verify.claims import Obligation, Outcome, Status

SMALL_T = (1, 2, 4, 2)
SMALL = SubleqShape(*SMALL_T)


def test_small_machine_is_certified_in_float64_and_the_witnessed_errors_respect_the_bounds():
    cert = fe.float_certificate(SMALL, 17, "float64")
    assert cert["holds"], cert.get("reason")
    assert cert["bound"] <= 0.25 and cert["entering"] <= 0.25
    for fmt in ("float64", "float32"):
        seen = _state_deviations(SMALL, fmt, Fraction(17))
        bound = fe.float_certificate(SMALL, 17, fmt)["first_loop_entering"]
        assert seen["states_entering_max"] <= bound


def test_integral_rows_cover_the_whole_state():
    rows = fe.integral_rows(SMALL)
    assert len(rows) == 10 and all(rows)


@pytest.mark.parametrize("lam", [2, 3])
def test_too_small_lambda_is_not_certified(lam):
    cert = fe.float_certificate(SMALL, lam, "float64")
    assert not cert["holds"] and "exceeds" in cert["reason"]
    out = fe.certified_float(list(SMALL_T), str(lam), "float64")
    assert out.status == Status.UNKNOWN


def test_too_small_error_correction_radius_is_not_certified():
    # eps is a weight of error correction (its ReLU breakpoints) and the radius the snap may use
    cert = fe.float_certificate(SMALL, 17, "float64", eps=Fraction(1, 10**9))
    assert not cert["holds"]


def test_float32_is_not_certified_on_factorial_sized_words_but_float64_small_is():
    assert not fe.float_certificate(SubleqShape(1, 3, 8, 4), 17, "float32")["holds"]
    assert fe.float_certificate(SubleqShape(1, 3, 8, 4), 17, "float64")["holds"]


def _pair(cert_status, bound, seen, first=0.5):
    cert = Outcome(cert_status, "x, float64, lambda = 17: not certified: gap", {
        "shape": list(SMALL_T), "holds": cert_status == Status.PROVED, "bound": bound, "entering": 0.1,
        "first_loop_entering": first, "real_drift": 0.01})
    wit = Outcome(Status.SAMPLED_OK, "ran", {
        "program": "p", "format": "float64", "lambda": "17", "loops": 3, "agrees": True, "halted": True,
        "run_loop_max": seen, "run_entering_max": 0.0, "states_entering_max": 0.0, "states_loop_max": 0.0,
        "states": 4})
    c = Obligation("c", "float64@p", f"{fe._F}:certified_float", ())
    w = Obligation("c", "witness:float64@p", f"{fe._R}:witnessed_float", ())
    return [(c, cert), (w, wit)]


def test_conclude_proves_when_bounds_hold_and_errors_when_a_witness_exceeds_a_bound():
    status, summary, details = fe._conclude(None, _pair(Status.PROVED, 1e-13, 1e-14))
    assert status == Status.PROVED and details["table"]["rows"]
    status, summary, _ = fe._conclude(None, _pair(Status.PROVED, 1e-13, 1e-12))
    assert status == Status.ERROR and "UNSOUND" in summary


def test_conclude_reports_an_uncertified_machine_as_unknown_with_its_gap():
    status, summary, _ = fe._conclude(None, _pair(Status.UNKNOWN, None, 1e-14))
    assert status == Status.UNKNOWN and "not certified" in summary and "gap" in summary
    # the first-loop bound is checked even when the invariant is not certified
    pairs = _pair(Status.UNKNOWN, None, 0.0, first=1e-20)
    pairs[1][1].data["states_entering_max"] = 1e-10
    assert fe._conclude(None, pairs)[0] == Status.ERROR


def test_an_erroring_witness_counts_against_the_claim():
    pairs = _pair(Status.PROVED, 1e-13, 1e-14)
    ob, wit = pairs[1]
    pairs[1] = (ob, Outcome(Status.ERROR, "crashed", wit.data))
    assert fe._conclude(None, pairs)[0] == Status.ERROR
