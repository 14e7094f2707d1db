"""Certified float32 execution by absorption: PROVED on a small machine, and covering what float32 really does;
refused for float64 and at a too-small λ; the claim's conclusion flags a witnessed error above its bound."""
from fractions import Fraction

import pytest

from constructions.giannou2023 import SubleqShape
from proofs.giannou2023 import float_absorption as fa
from proofs.giannou2023.float_runs import _state_deviations
from verify.claims import Obligation, Outcome, Status

SMALL_T = (1, 2, 4, 2)


def test_small_machine_is_certified_in_float32_and_covers_the_witnessed_errors():
    out = fa.absorbed_float(list(SMALL_T), "17", "float32", 6)
    assert out.status == Status.PROVED, out.summary
    assert out.data["loops"] > 1000 and 0 < out.data["first_loop_bound"] < 1e-13
    bounds = out.data["warm_up_bounds"]
    assert bounds == sorted(bounds)  # the tiny errors accumulate; they never shrink below the first loop's
    too_many = fa.absorbed_float(list(SMALL_T), "17", "float32", 10**9)
    assert too_many.status == Status.UNKNOWN and "loops certified" in too_many.summary
    seen = _state_deviations(SubleqShape(*SMALL_T), "float32", Fraction(17))
    assert seen["states_loop_max"] <= out.data["first_loop_bound"]


def test_float64_is_certified_at_the_larger_lambda_and_covers_what_it_computes():
    out = fa.absorbed_float(list(SMALL_T), str(fa.FLOAT64_LAMBDA), "float64", 6)
    assert out.status == Status.PROVED, out.summary
    assert out.data["first_loop_bound"] < 1e-18
    seen = _state_deviations(SubleqShape(*SMALL_T), "float64", Fraction(fa.FLOAT64_LAMBDA))
    assert seen["states_loop_max"] <= out.data["first_loop_bound"]


@pytest.mark.parametrize("fmt, lam", [("float64", "17"), ("float32", "3")])
def test_float64_at_the_design_lambda_and_a_small_lambda_are_not_certified(fmt, lam):
    out = fa.absorbed_float(list(SMALL_T), lam, fmt, 2)
    assert out.status == Status.UNKNOWN and out.data["loops"] == 0
    assert "do not vanish" in out.summary


def _outcomes(witnessed_one_loop: float, witnessed_run: float):
    cert = Outcome(Status.PROVED, "ok", {"shape": list(SMALL_T), "format": "float32", "lambda": "17", "asked": 5,
                                         "loops": 5, "first_loop_bound": 1e-14, "last_bound": 5e-14})
    seen = Outcome(Status.SAMPLED_OK, "ran", {"program": "p", "format": "float32", "loops": 5,
                                              "states_loop_max": witnessed_one_loop, "run_loop_max": witnessed_run})
    return [(Obligation("c", "float32@p", f"{fa._F}:absorbed_float", ()), cert),
            (Obligation("c", "witness:float32@p", f"{fa._R}:witnessed_float", ()), seen)]


def test_conclusion_is_proved_with_the_table_and_flags_a_witness_above_its_bound():
    status, summary, details = fa._conclude(None, _outcomes(5e-15, 4e-14))
    assert status == Status.PROVED and details["table"]["rows"][0][5] == "5 (the run: 5)"
    metrics = details["metrics"]  # regression metrics of the baseline
    assert metrics["float32_loops_certified_p"] == {"value": 5, "better": "higher", "tolerance": 0}
    assert metrics["float32_one_loop_bound_p"]["value"] == 1e-14
    for one, run in ((2e-14, 4e-14), (5e-15, 6e-14)):
        status, summary, _ = fa._conclude(None, _outcomes(one, run))
        assert status == Status.ERROR and "UNSOUND" in summary


@pytest.mark.parametrize("fmt, lam", [("float32", 17), ("float64", fa.FLOAT64_LAMBDA)])
def test_the_bounds_hold_in_shuffled_summation_orders(fmt, lam):
    """The certificate claims any summation order: three loops of every adversarial state, every dot product
    summed in a random order, stay within the certified bound of each loop."""
    import numpy as np

    from constructions.giannou2023.subleq import DEFAULTS
    from constructions.giannou2023.temperature import _Probe, adversarial_states
    from tests.verify.shuffled_float import ShuffledFloat
    from verify.forward import Evaluator
    from verify.semantics import Exact

    shape = SubleqShape(*SMALL_T)
    cert = fa.absorbed_float(list(SMALL_T), str(lam), fmt, 3)
    assert cert.status == Status.PROVED
    probe = _Probe(shape, adversarial_states(shape), DEFAULTS["C"], DEFAULTS["eps"])
    exact = Evaluator(probe.network, Exact())
    for seed in range(2):
        flt = Evaluator(probe.network, ShuffledFloat(Fraction(lam), np.dtype(fmt), seed))
        E, F = exact.input(probe.X), flt.input(probe.X)
        for k in range(3):
            E, F = exact.loop(E), flt.loop(F)
            worst = float(np.abs(np.asarray(F, dtype=np.float64) - E.to_float()).max())
            assert worst <= cert.data["warm_up_bounds"][k]
