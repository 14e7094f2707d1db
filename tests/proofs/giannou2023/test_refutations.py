"""REFUTED only with a replayable state: encoding bugs are ERROR, undecided searches and unreachable failures UNKNOWN."""
from dataclasses import replace
from fractions import Fraction

import mpmath
import pytest
import sympy as sp

from constructions.giannou2023 import SubleqShape, encode, matmul, step
from constructions.giannou2023 import execute
from constructions.giannou2023.encoding import DecodeError
from constructions.giannou2023.invariants import stage_template
from constructions.giannou2023.variants import variant_network
from proofs.giannou2023 import linear_tasks as lin
from proofs.giannou2023 import matmul_tasks, proving, simulation
from proofs.giannou2023 import sigmoid_tasks as sig
from proofs.giannou2023.block_algebra import run_network
from verify import symbolic as sym
from verify.claims import Status
from verify.forward import Evaluator
from verify.semantics import Exact
from verify.smt import check_cells

TINY = [1, 2, 4, 2]
D = matmul.DEFAULTS


def _broken_decode(*args, **kwargs):
    raise DecodeError("a decoder bug (test)")


# -- decode errors are ERROR, divergences are cells ---------------------------------------------------------------

def test_enumeration_with_a_broken_decoder_is_an_error(monkeypatch):
    monkeypatch.setattr(simulation, "decode", _broken_decode)
    o = simulation.enumerate_states(TINY)
    assert o.status == Status.ERROR and "encoding bug" in o.summary and "counterexample" not in o.data


def test_onehot_is_refuted_by_a_cell_not_by_the_decoder(monkeypatch):
    """Even with the decoder broken the one-hot machine is refuted: the evidence is a cell of the raw output."""
    monkeypatch.setattr(simulation, "decode", _broken_decode)
    o = simulation.enumerate_states(TINY, semantics="exact-onehot")
    assert o.status == Status.REFUTED


def test_onehot_counterexample_replays():
    o = simulation.enumerate_states(TINY, semantics="exact-onehot")
    assert o.status == Status.REFUTED
    cex = o.data["counterexample"]
    state, current = simulation.state_from_json(cex)
    shp = SubleqShape(*TINY)
    net = variant_network(shp, "correct").bind(C=100, eps=Fraction(1, 4))
    for one_hot, differs in ((True, True), (False, False)):
        ev = Evaluator(net, Exact(one_hot=one_hot))
        Y = ev.loop(ev.input(encode(shp, state, current)))
        want = encode(shp, step(state), state.program[state.pc])
        assert (Y.item(cex["row"], cex["col"]) != want[cex["row"], cex["col"]]) == differs
    assert str(Evaluator(net, Exact(one_hot=True)).loop(Evaluator(net, Exact()).input(
        encode(shp, state, current))).item(cex["row"], cex["col"])) == cex["actual"]


def test_a_program_run_with_a_broken_decoder_is_an_error(monkeypatch):
    monkeypatch.setattr(execute, "decode", _broken_decode)
    o = simulation.simulate_program("multiply", "exact")
    assert o.status == Status.ERROR and "encoding bug" in o.summary


def test_random_programs_with_a_broken_decoder_are_an_error(monkeypatch):
    monkeypatch.setattr(simulation, "decode", _broken_decode)
    o = simulation.random_programs([2, 5, 16, 6], count=1, seed=1, steps=2)
    assert o.status == Status.ERROR


def test_factorial_at_lambda_10_diverges_in_a_decoded_field():
    """The λ = 10 finding is a decoded memory value, not a decode failure."""
    o = simulation.simulate_program("factorial", "float64", lam="10")
    assert o.status == Status.REFUTED
    assert o.data["counterexample"]["field"].startswith("memory")


def test_cell_divergence_is_exact_for_exact_semantics():
    shp = SubleqShape(*TINY)
    net = variant_network(shp, "correct").bind(C=100, eps=Fraction(1, 4))
    ev = Evaluator(net, Exact())
    state = simulation.state_from_json({"program": [[0, 1, 0]], "memory": [1, -1], "pc": 0, "N": 2})[0]
    Y = ev.loop(ev.input(encode(shp, state)))
    want = encode(shp, step(state), state.program[state.pc])
    assert execute.cell_divergence(net.layout, ev.semantics, Y, want, 0) is None
    want = want.copy()
    want[0, 0] += 1
    assert execute.cell_divergence(net.layout, ev.semantics, Y, want, 0)[:2] == (0, 0)


# -- prove_layer: membership failures and unreachable failures are not refutations ---------------------------------

def _constant_cell(layout):
    return layout.row("P", 0), 1


def test_membership_conditions_fail_for_a_broken_matrix():
    with sym.scope():
        layout = variant_network(SubleqShape(2, 3, 8, 3), "correct").layout
        tmpl = stage_template(layout, 1)
        good, _ = check_cells(tmpl.membership(tmpl.X), keep_smt2=False)
        assert all(r.status == "proved" for r in good)
        for label, cell in ((f, None) for f in ("bits", "constant")):
            Y = tmpl.X.copy()
            if label == "bits":
                field = next(f for f in tmpl.fields if f[0] == "bits")
                Y[field[1][0], field[2]] = sym.const(0)
            else:
                r, c = _constant_cell(layout)
                Y[r, c] = Y[r, c] + 7
            bad, _ = check_cells(tmpl.membership(Y), keep_smt2=False)
            assert any(r.status == "refuted" for r in bad), label


def test_a_contract_leaving_the_next_set_is_unknown_not_refuted(monkeypatch):
    real = proving.stage_template

    def stricter(layout, stage, *a, **k):
        t = real(layout, stage, *a, **k)
        if stage != 1:
            return t
        X = t.X.copy()
        r, c = _constant_cell(layout)
        X[r, c] = X[r, c] + 7  # a next-stage set no contract output lies in
        return replace(t, X=X)

    monkeypatch.setattr(proving, "stage_template", stricter)
    o = proving.prove_layer([2, 3, 8, 3], 0, keep_smt2=False)
    assert o.status == Status.UNKNOWN and "leaves the next stage's set" in o.summary
    assert "counterexample" not in o.data


def test_an_unreachable_failure_is_unknown_not_refuted(monkeypatch):
    monkeypatch.setattr(proving, "counterexample", lambda *a, **k: {"reachable": False, "note": "no state (test)"})
    o = proving.prove_layer([2, 3, 8, 3], 4, variant="adder_sign", stop_on_failure=True, keep_smt2=False)
    assert o.status == Status.UNKNOWN and "stricter than needed" in o.summary
    assert "counterexample" not in o.data and not o.data["unreachable_failure"]["reachable"]


# -- matmul: a search that fails to certify is UNKNOWN; REFUTED replays --------------------------------------------

def test_matmul_search_out_of_budget_is_unknown():
    o = matmul_tasks.matmul_bound(1, D["c"], D["C"], max_seconds=0.001)
    assert o.status == Status.UNKNOWN and "counterexample" not in o.data


def test_matmul_target_without_a_network_witness_is_unknown():
    o = matmul_tasks.matmul_bound(2, D["c"], D["C"], target="1/100000", n=32)
    assert o.status == Status.UNKNOWN


@pytest.mark.parametrize("how", ["target", "formula"])
def test_matmul_refutation_replays_on_the_network(monkeypatch, how):
    if how == "formula":
        monkeypatch.setattr(matmul, "epsilon", lambda *a, **k: sp.Rational(1, 10**6))
    o = matmul_tasks.matmul_bound(2, D["c"], D["C"], target="1/100000" if how == "target" else None)
    assert o.status == Status.REFUTED
    cex = o.data["counterexample"]
    A = [[Fraction(v) for v in row] for row in cex["A"]]
    B = [[Fraction(v) for v in row] for row in cex["B"]]
    net = matmul.matmul_network(2).bind(**matmul_tasks._mm_params(2, D["c"], D["C"], D["G"], D["K"]))
    Y = run_network(net, A, B)
    i, j = cex["entry"]
    exact = sum(A[r][i] * B[r][j] for r in range(2))
    with mpmath.workdps(60):
        err = abs(Y[net.layout.row("mm.out", i), list(net.layout.cols("O"))[j]] - mpmath.mpf(exact.numerator) / exact.denominator)
        assert err > mpmath.mpf(1) / 10**5


def test_least_padding_needs_every_grid_point_below_to_fail(monkeypatch):
    good = matmul_tasks.matmul_smallest_padding(2, D["c"], "1/256")
    assert good.status == Status.PROVED and good.data["least_on_grid"] and "least" in good.summary
    assert all(err > 1 / 256 for _, err in good.data["network_error_below"])
    monkeypatch.setattr(matmul_tasks, "_mm_corner_witness", lambda *a, **k: (mpmath.mpf(0), {}))
    o = matmul_tasks.matmul_smallest_padding(2, D["c"], "1/256")
    assert not o.data["least_on_grid"] and "a certified C" in o.summary and "least C" not in o.summary


# -- sympy failing to reduce a difference is not a refutation -----------------------------------------------------

def test_an_unreduced_but_true_identity_is_unknown():
    from proofs.giannou2023.block_algebra import mismatch_outcome

    x = sp.Symbol("x")
    box = {x: (Fraction(1), Fraction(2))}
    same = sp.log(sp.exp(x)) - x  # zero for real x; sympy leaves it unreduced (x has no assumptions)
    o = mismatch_outcome("test", ["x: unreduced"], [("x", same)], box, {})
    assert o.status == Status.UNKNOWN and "counterexample" not in o.data
    o = mismatch_outcome("test", ["x: off"], [("x", same + x / 10**9)], box, {})
    assert o.status == Status.REFUTED and Fraction(1) <= Fraction(o.data["counterexample"]["point"]["x"]) <= 2


def test_perturbed_blocks_are_refuted_at_a_certified_point():
    o = lin.linear_bound(2, "1", "-1", perturb_beta="1/1000")
    assert o.status == Status.REFUTED and o.data["counterexample"]["difference"] != 0
    o = sig.sigmoid_sum_bound("square", "least_squares", 4, perturb="1:1/1000")
    assert o.status == Status.REFUTED and "point" in o.data["counterexample"]


def test_a_fleq_run_out_of_loops_is_unknown_not_refuted():
    from proofs.giannou2023.fleq_tasks import fleq_program_run

    o = fleq_program_run("calculator", max_loops=2)
    assert o.status == Status.UNKNOWN and "did not halt" in o.summary and "counterexample" not in o.data
