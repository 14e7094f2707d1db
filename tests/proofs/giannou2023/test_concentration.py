"""The concentration lemma is proved for every column, and fails on a wrong bound."""
import pytest

from proofs.giannou2023.concentration import PAPER_BOUND, concentration_lemma
from verify.claims import Status


def test_the_bound_is_proved_and_attained_for_every_column():
    o = concentration_lemma()
    assert o.status == Status.PROVED, o.summary
    assert [verdict for _, verdict in o.data["steps"]] == ["unsat"] * 5
    assert all(row[-1] for row in o.data["implementation_check"]["rows"])


@pytest.mark.parametrize("bound", ["2*(n - t)/(n + t*exp(lam*g))", "(n - t)/(n + t*exp(lam*g) - t)",
                                   "2*(n - t)*exp(-2*lam*g)"])
def test_a_too_small_bound_is_refuted_with_a_replayed_column(bound):
    o = concentration_lemma(bound)
    assert o.status == Status.REFUTED, o.summary
    cex = o.data["counterexample"]
    assert cex["exceeds"] and float(cex["direct_l1"]) > float(cex["bound"])


def test_a_larger_bound_holds_but_is_not_attained():
    loose = "4*(n - t)/(n + t*exp(lam*g) - t)"
    assert concentration_lemma(loose, attained=False).status == Status.PROVED
    o = concentration_lemma(loose)
    assert o.status == Status.REFUTED and not o.data["counterexample"]["exceeds"]


def test_a_bound_in_lambda_alone_is_an_error_not_a_proof():
    assert concentration_lemma("2*(n - t)/(n + t*exp(lam) - t)").status == Status.ERROR


def test_paper_bound_is_the_claimed_one():
    assert PAPER_BOUND == "2*(n - t)/(n + t*exp(lam*g) - t)"
