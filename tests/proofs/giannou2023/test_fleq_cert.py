"""The FLEQ programs' certified final errors (proofs.giannou2023.fleq_cert_tasks): proved at the calculator's input,
and not proved when a Lipschitz constant, a per-step bound, a machine constant or the tolerance is wrong."""
from fractions import Fraction as F

import pytest
from flint import arb

from constructions.giannou2023.fleq_isa import FleqFunction
from proofs.giannou2023.fleq_cert_tasks import fleq_program_box, fleq_program_certified, step_lipschitz
from verify.claims import Status
from verify.lipschitz_chain import first_excess


@pytest.fixture(scope="module")
def calculator():
    return fleq_program_certified("calculator")


def test_calculator_final_error_is_proved(calculator):
    o = calculator
    assert o.status == Status.PROVED, o.summary
    assert F(o.data["certified_final_error_exact"]) <= F(1, 1000)
    # the composition dominates the direct enclosure of the same deviation, and the contract held at every loop
    assert o.data["composed_bound"] >= o.data["enclosed_error"] > 0
    assert 0 < o.data["worst_local_over_contract"] <= 1


def test_too_small_lipschitz_constants_are_refuted_by_the_enclosed_run():
    o = fleq_program_certified("calculator", lip_scale="1/100")
    assert o.status == Status.REFUTED and "composed bound" in o.summary
    assert o.data["counterexample"]["lip_scale"] == "1/100"


def test_too_small_per_step_bounds_are_refuted_by_the_enclosed_run():
    o = fleq_program_certified("calculator", contract_scale="1/1000")
    assert o.status == Status.REFUTED and "per-loop contract" in o.summary


def test_a_perturbed_machine_constant_is_not_proved():
    o = fleq_program_certified("calculator", perturb="rho:1/4")  # the sigmoid padding off by 1/4
    assert o.status == Status.REFUTED and "recip" in o.summary


def test_a_tolerance_below_the_certified_error_is_refuted():
    o = fleq_program_certified("calculator", tol="1/1000000")
    assert o.status == Status.REFUTED and o.data["counterexample"]["tol"] == "1/1000000"


def test_box_bound_at_radius_zero_dominates_the_enclosed_error_and_a_shrunk_one_does_not(calculator):
    enclosed = calculator.data["enclosed_error"]
    good = fleq_program_box("calculator", radius="0")
    assert good.status == Status.PROVED and good.data["certified_final_error"] >= enclosed
    # every per-step bound (sigmoid sums: certified on the operand's hull only) dominates the enclosed local error
    local = [r[3] for r in calculator.data["trajectory"]["rows"]]
    assert first_excess([r[3] for r in good.data["trajectory"]["rows"]], local) is None
    bad = fleq_program_box("calculator", radius="0", step_scale="1/1000")
    assert bad.data["certified_final_error"] < enclosed  # the witnessed (enclosed) run exceeds the shrunk bound
    assert first_excess([r[3] for r in bad.data["trajectory"]["rows"]], local) is not None


def test_power_iteration_box_against_a_tighter_tolerance_reports_its_ratio():
    ok = fleq_program_box("power", size=2)
    assert ok.status == Status.PROVED and ok.data["ratio_to_tolerance"] < 1
    o = fleq_program_box("power", size=2, tol="1/10000")
    assert o.status == Status.UNKNOWN and "misses the tolerance" in o.summary
    assert o.data["ratio_to_tolerance"] == pytest.approx(ok.data["certified_final_error"] * 10000)


def test_a_box_too_wide_for_the_blocks_is_not_proved():
    o = fleq_program_box("calculator", radius="1/2")  # x1 + x2 − x3 ± 3/2: 1/x's operand leaves [1/2, 2]
    assert o.status == Status.UNKNOWN and "certified box" in o.summary


def test_a_counter_at_the_edge_of_the_value_box_needs_the_margin():
    o = fleq_program_box("sgd", size=4, margin="0")  # cnt = 4 = VALUE_BOX: any error leaves the stated box
    assert o.status == Status.UNKNOWN and "value box" in o.summary
    assert fleq_program_box("sgd", size=4).status == Status.PROVED


def test_a_program_outside_the_value_box_is_bad_input():
    assert fleq_program_certified("newton", size=5).status == Status.ERROR
    assert fleq_program_box("newton", size=5).status == Status.ERROR


def test_step_lipschitz_by_hand():
    mm = FleqFunction("mul", "matmul")
    A = [[arb(1), arb(-2)], [arb(0), arb("0.5")]]
    B = [[arb(3), arb(0)], [arb(-1), arb(1)]]
    assert step_lipschitz(mm, A, B) == (4, F(5, 2))  # column sums: max(3 + 1, 0 + 1), max(1 + 0, 2 + 1/2)
    assert step_lipschitz(FleqFunction("axpy", "linear", (1, F(-1, 2))), A, B) == (1, F(1, 2))
    rs = FleqFunction("r", "sigmoid", ("rsqrt", 16))
    La, Lb = step_lipschitz(rs, [[arb(1).union(arb(F(9, 8).numerator) / 8)]], [[arb(0)]])
    assert F(1, 2) <= La < F(51, 100) and Lb == 0  # sup |x^{-3/2}/2| on [1, 9/8] = 1/2
