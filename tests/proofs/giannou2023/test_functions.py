"""Function-block and FLEQ claims: every check passes on the construction and fails on a broken one."""
import importlib
import json
from fractions import Fraction

import mpmath
import numpy as np
import pytest

from constructions.giannou2023 import barron, matmul, sigmoid
from constructions.giannou2023.fleq_programs import PROGRAMS
from constructions.giannou2023.function_block import standalone_input
from proofs.giannou2023 import fleq_tasks as fleq
from proofs.giannou2023 import linear_tasks as lin
from proofs.giannou2023 import matmul_tasks as mm
from proofs.giannou2023 import sigmoid_tasks as sig
from proofs.giannou2023.functions import CLAIMS
from verify.baseline import baseline_from_report, compare
from verify.claims import PROFILES, Status
from verify.forward import Evaluator
from verify.report_json import build_report
from verify.runner import run_claims, select_claims
from verify.semantics import Mp

D = matmul.DEFAULTS


# -- block (a): the padded head ------------------------------------------------------------------------------

def test_head_is_exact_with_the_correct_padding_and_refuted_with_the_reported_sign():
    good = sig.sigmoid_head_exact(k=1, padding_side="data", sign=1)
    assert good.status == Status.PROVED
    other = sig.sigmoid_head_exact(k=1, padding_side="others", sign=1)
    assert other.status == Status.PROVED
    bad = sig.sigmoid_head_exact(k=1, padding_side="data", sign=-1)
    assert bad.status == Status.REFUTED
    assert bad.data["counterexample"]["difference"] == pytest.approx(0.1 - 0.5)


def test_head_bound_is_certified_and_tight():
    o = sig.sigmoid_head_bound("3/2", "-1/2", "2", "-4", "4")
    assert o.status == Status.PROVED
    b = o.data["bound"]
    assert b["witnessed"] <= o.data["a_priori"] * 1.0001 and b["certified"] <= 1.1 * b["witnessed"]


# -- block (b): sums ---------------------------------------------------------------------------------------------

def test_sum_bound_is_rigorous_against_the_network_sampled_densely():
    o = sig.sigmoid_sum_bound("square", "least_squares", 4)
    assert o.status == Status.PROVED
    cert = o.data["bound"]["certified"]
    fit = barron.fitted("square", 4)
    net = sigmoid.sigmoid_network("f_square", 1, [((a,), b, c) for a, b, c in fit.terms], fit.c0).bind(
        rho=sigmoid.padding(4), lam=1, K=64)
    ev = Evaluator(net, Mp(1, digits=30))
    xs = [Fraction(i, 40) for i in range(-40, 41)]
    X = np.stack([np.array(standalone_input(net.layout, [[x]], None), dtype=object) for x in xs])
    with mpmath.workdps(30):
        Y = ev.loop(ev.input(X))
        out = net.layout.row("f_square.out", 0), net.layout.cols("O")[0]
        worst = max(abs(Y[i][out] - mpmath.mpf(x.numerator) ** 2 / x.denominator ** 2) for i, x in enumerate(xs))
    assert float(worst) <= cert
    assert o.data["network_error_at_witness"] <= cert


def test_sum_checks_fail_on_a_perturbed_coefficient_and_on_a_false_bound():
    broken = sig.sigmoid_sum_bound("square", "least_squares", 4, perturb="1:1/1000")
    assert broken.status == Status.REFUTED and "mismatches" in broken.data
    o = sig.sigmoid_sum_bound("square", "least_squares", 4, stated_bound="1/1000000")
    assert o.status == Status.REFUTED  # the witnessed error already exceeds it
    assert sig.sigmoid_sum_bound("square", "least_squares", 4, stated_bound="1/1000").status == Status.PROVED


# -- block (c): product -----------------------------------------------------------------------------------------

def test_product_contract_holds_and_fails_with_a_wrong_multiplier():
    assert mm.matmul_exact_form(2, D["c"], D["C"]).status == Status.PROVED
    bad = mm.matmul_exact_form(2, D["c"], D["C"], perturb_mu="1/1000")
    assert bad.status == Status.REFUTED


def test_product_bound_certifies_the_formula_and_too_small_a_padding_fails():
    o = mm.matmul_bound(2, D["c"], D["C"], target="1/256")
    assert o.status == Status.PROVED and o.data["formula_bounds_certified"]
    assert o.data["network_witness_error"] <= o.data["certified"] <= 1.1 * o.data["network_witness_error"]
    small = mm.matmul_bound(2, D["c"], "4", target="1/256")
    assert small.status == Status.REFUTED  # the network itself exceeds the target at C = 4


# -- block (d) and the elementwise block ---------------------------------------------------------------------

def test_transpose_and_linear_blocks_and_their_broken_variants():
    assert lin.transpose_bound(2).status == Status.PROVED
    assert lin.transpose_bound(2, perturb_gain="1").status == Status.REFUTED
    assert lin.linear_bound(2, "1", "-1").status == Status.PROVED
    assert lin.linear_bound(2, "1", "-1", perturb_beta="1/1000").status == Status.REFUTED


# -- the FLEQ machine --------------------------------------------------------------------------------------------

def test_calculator_runs_within_its_bounds_and_a_broken_machine_is_caught():
    ok = fleq.fleq_program_run("calculator")
    assert ok.status == Status.SAMPLED_OK
    rows = ok.data["trajectory"]["rows"]
    assert all(r[3] <= r[4] for r in rows)  # every local error within its certified step bound
    assert ok.data["final_error_vs_direct"] <= rows[-1][7]  # and the result within the stated bound
    bad = fleq.fleq_program_run("calculator", perturb="mu:1000000")
    assert bad.status == Status.REFUTED and "counterexample" in bad.data


def test_a_program_outside_the_value_box_is_an_error_not_a_refutation():
    """More iterations than the counter cell's box is bad input: reported as ERROR before running."""
    o = fleq.fleq_program_run("newton", size=5)
    assert o.status == Status.ERROR and "initial cnt = 5 leaves the value box" in o.summary


@pytest.mark.parametrize("profile", PROFILES)
def test_every_profiles_program_runs_fit_the_value_box(profile):
    runs = [o.kwargs() for c in CLAIMS for o in c.expand(profile) if o.task.endswith(":fleq_program_run")]
    assert {r["program"] for r in runs} == set(PROGRAMS)
    for r in runs:
        P = PROGRAMS[r["program"]]() if r.get("size") is None else PROGRAMS[r["program"]](r["size"])
        P.check_value_box()


def test_fleq_counts():
    o = fleq.fleq_size("newton", serial=True)
    assert o.data["layers"] == 13 and o.data["max_heads_per_layer"] == 1
    assert fleq.fleq_size("newton").data["layers"] == 8


# -- the claims themselves ----------------------------------------------------------------------------------------

def test_claims_are_well_formed_in_both_profiles():
    ids = [c.id for c in CLAIMS]
    assert len(ids) == len(set(ids)) and all(i.startswith("giannou2023.functions.") for i in ids)
    for c in CLAIMS:
        for profile in PROFILES:
            obs = c.expand(profile)
            assert obs, c.id
            for ob in obs:
                json.dumps(ob.args)
                module, _, name = ob.task.partition(":")
                assert module.startswith("proofs.giannou2023.") and module.endswith("_tasks")
                assert callable(getattr(importlib.import_module(module), name)), ob.task
            json.dumps(c.parameters(profile), default=str)


def test_certified_claims_carry_metrics_and_plots():
    claims = select_claims(CLAIMS, ["giannou2023.functions.matmul.bound", "giannou2023.functions.barron.sharpness"])
    summary = run_claims(claims, profile="ci", jobs=1, progress=False)
    by_id = {r.claim.id: r for r in summary.results}
    mm = by_id["giannou2023.functions.matmul.bound"]
    assert mm.status == Status.PROVED
    m = mm.details["metrics"]["certified_error_matmul_k2"]
    assert m["better"] == "lower" and m["tolerance"] == 1e-6 and m["value"] > 0
    sh = by_id["giannou2023.functions.barron.sharpness"]
    plot = sh.details["plots"][0]
    assert plot["kind"] == "line" and plot["logy"] and set(plot) >= {"title", "x", "series", "xlabel", "ylabel"}
    assert all(len(v) == len(plot["x"]) for v in plot["series"].values())


def test_readme_example_a_smaller_padding_trips_the_regression_gate(monkeypatch):
    """The worked example: change the product's padding C and the certified bound and the gate react."""
    claims = select_claims(CLAIMS, ["giannou2023.functions.matmul.bound"])
    before = build_report(run_claims(claims, profile="ci", jobs=1, progress=False), ["test"])
    baseline = baseline_from_report(before)
    monkeypatch.setitem(matmul.DEFAULTS, "C", "8")
    after = build_report(run_claims(claims, profile="ci", jobs=1, progress=False), ["test"])
    regressions, _ = compare(after, baseline, subset=True)
    assert any("certified_error_matmul_k2 got worse" in r for r in regressions), regressions
    old = before["claims"][0]["details"]["metrics"]["certified_error_matmul_k2"]["value"]
    new = after["claims"][0]["details"]["metrics"]["certified_error_matmul_k2"]["value"]
    assert new > old
    # and restoring C restores a clean gate
    monkeypatch.setitem(matmul.DEFAULTS, "C", "16")
    again = build_report(run_claims(claims, profile="ci", jobs=1, progress=False), ["test"])
    assert compare(again, baseline, subset=True)[0] == []


# -- the claims' verdicts fail when their evidence does --------------------------------------------------------

def _outcome(status, **data):
    from verify.claims import Outcome

    return Outcome(status, "s", data)


def _claim(cid):
    return next(c for c in CLAIMS if c.id == cid)


def test_sharpness_verdict_is_undecided_when_a_certified_bound_is_above_the_derived_one():
    from verify.claims import Obligation

    c = _claim("giannou2023.functions.barron.sharpness")
    ob = Obligation(c.id, "x", "t")
    fine = _outcome(Status.PROVED, target="sqrt", m=4, tau="2.7734375", bound={"certified": 0.1})
    too_big = _outcome(Status.PROVED, target="sqrt", m=4, tau="2.7734375", bound={"certified": 5.0})
    assert c.result([(ob, fine)]).status == Status.SAMPLED_OK
    # a certified *upper* bound above the derived bound is no counterexample: undecided, not REFUTED
    flagged = c.result([(ob, too_big)])
    assert flagged.status == Status.UNKNOWN and "not a witness" in flagged.summary


def test_size_verdicts_follow_the_counts():
    from verify.claims import Obligation

    c = _claim("giannou2023.functions.transpose.reported")
    size = Obligation(c.id, "size", "t")
    contract = Obligation(c.id, "contract", "t")
    ok = [(size, _outcome(Status.PROVED, layers=2, heads_per_layer=[0, 1], max_heads_per_layer=1)),
          (contract, _outcome(Status.PROVED))]
    assert c.result(ok).status == Status.LOOSE
    more = [(size, _outcome(Status.PROVED, layers=5, heads_per_layer=[0, 1, 1, 1, 1], max_heads_per_layer=1)),
            (contract, _outcome(Status.PROVED))]
    assert c.result(more).status == Status.UNKNOWN
    broken = [(size, ok[0][1]), (contract, _outcome(Status.REFUTED, counterexample={"input": [1]}))]
    assert c.result(broken).status == Status.REFUTED


def test_table1_verdicts():
    from verify.claims import Obligation

    c = _claim("giannou2023.functions.fleq.table1.matrix_inversion")
    size, run = Obligation(c.id, "size(serial)", "t"), Obligation(c.id, "run(serial)", "t")
    fits = _outcome(Status.PROVED, layers=13, heads_per_layer=[1] * 13, max_heads_per_layer=1, sum_h=4)
    assert c.result([(size, fits), (run, _outcome(Status.SAMPLED_OK))]).status == Status.SAMPLED_OK
    diverged = _outcome(Status.REFUTED, counterexample={"input": [1]})
    assert c.result([(size, fits), (run, diverged)]).status == Status.REFUTED
    too_long = _outcome(Status.PROVED, layers=30, heads_per_layer=[1] * 30, max_heads_per_layer=1, sum_h=20)
    assert c.result([(size, too_long), (run, _outcome(Status.SAMPLED_OK))]).status == Status.UNKNOWN
