"""Conclude functions say only what their evidence supports: each one fails (or refuses) where it should."""
import pytest

from proofs.giannou2023 import blocks
from proofs.giannou2023.function_conclude import size_vs_reported
from proofs.giannou2023.lemmas import code_inner_products
from proofs.giannou2023.linear_tasks import block_size
from proofs.giannou2023.sigmoid_tasks import sigmoid_head_exact, sigmoid_sum_bound
from verify.claims import Obligation, Outcome, Status


def _ob(name, claim="c"):
    return Obligation(claim, name, "x:y")


# -- codes.paper_bound (_loose) ----------------------------------------------------------------------------------

def _codes(Ls=range(2, 6), sharper=True):
    out = [(_ob(f"L={L}"), code_inner_products(L, 1)) for L in Ls]
    if sharper:
        out += [(_ob(f"sharper L={L}"), code_inner_products(L, 2)) for L in Ls]
    return out


def test_code_bound_records_whether_the_bound_is_attained():
    assert code_inner_products(4, 2).data["attained"] and not code_inner_products(4, 1).data["attained"]
    tight = code_inner_products(4, 3)  # p_i·p_j ≤ L − 3 is false
    assert tight.status == Status.REFUTED and tight.data["counterexample"]["inner_product"] == 2


def test_loose_states_the_computed_maximum():
    status, summary, details = blocks._loose(None, _codes())
    assert status == Status.LOOSE and "log n − 2" in summary and "p_1·p_3" in summary
    assert [r[1] for r in details["table"]["rows"]] == [0, 1, 2, 3]


def test_loose_without_the_sharper_obligations_is_only_proved():
    assert blocks._loose(None, _codes(sharper=False))[0] == Status.PROVED


def test_loose_with_a_sharper_bound_missing_at_one_L_is_only_proved():
    assert blocks._loose(None, _codes()[:-1])[0] == Status.PROVED


def test_loose_with_an_unattained_sharper_bound_is_only_proved():
    """``≤ L − 1`` proved again under the name 'sharper' is not sharper: it is not attained."""
    fake = [(_ob(f"L={L}"), code_inner_products(L, 1)) for L in (2, 3)]
    fake += [(_ob(f"sharper L={L}"), code_inner_products(L, 1)) for L in (2, 3)]
    assert blocks._loose(None, fake)[0] == Status.PROVED


def test_loose_with_the_paper_bound_refuted_is_refuted():
    bad = [(_ob("L=3"), code_inner_products(3, 3))] + _codes(range(3, 4))[1:]
    assert blocks._loose(None, bad)[0] == Status.REFUTED


def test_loose_with_no_evidence_is_an_error():
    assert blocks._loose(None, [])[0] == Status.ERROR
    assert blocks._loose(None, _codes()[4:])[0] == Status.ERROR  # only the sharper half


# -- attention.ties (_ties) -----------------------------------------------------------------------------------------

def _tie(sizes=(1, 2), gap="2", status=Status.PROVED):
    data = {"argmax_set_sizes": list(sizes), "min_score_gap": gap} if sizes is not None else {}
    return _ob("read@x"), Outcome(status, "s", data)


def test_ties_proved_on_sizes_one_two_and_gap_two():
    assert blocks._ties(None, [_tie(), _tie((1,), "3")])[0] == Status.PROVED


@pytest.mark.parametrize("bad", [_tie((1, 2, 3)), _tie(gap="1")])
def test_ties_violated_is_not_proved_and_not_a_refutation_without_a_state(bad):
    status, summary, _ = blocks._ties(None, [_tie(), bad])
    assert status == Status.UNKNOWN and "no replayable state" in summary


def test_ties_without_statistics_or_evidence_is_an_error():
    assert blocks._ties(None, [])[0] == Status.ERROR
    assert blocks._ties(None, [_tie(sizes=None)])[0] == Status.ERROR


def test_ties_with_an_unproved_layer_keeps_its_status():
    assert blocks._ties(None, [_tie(), _tie(status=Status.UNKNOWN)])[0] == Status.UNKNOWN


# -- reported sizes: the counted network must be the proved one -----------------------------------------------------

def test_sigmoid_size_counts_the_network_it_proves():
    conclude = size_vs_reported(3, None, "sigmoid sum")
    size = block_size("sigmoid", m=4, target="square")
    proof = sigmoid_sum_bound("square", "least_squares", 4)
    status, summary, _ = conclude(None, [(_ob("size"), size), (_ob("contract"), proof)])
    assert status == Status.LOOSE and "certified" in summary
    assert size.data["heads_per_layer"] == proof.data["heads_per_layer"] == [0, 4]


@pytest.mark.parametrize("proof", [
    lambda: sigmoid_sum_bound("square", "least_squares", 3),  # another network (3 heads)
    lambda: sigmoid_head_exact(1, "data", 1),  # the one-head symbolic block: not the counted sum
])
def test_sigmoid_size_of_another_network_is_an_error(proof):
    conclude = size_vs_reported(3, None, "sigmoid sum")
    size = block_size("sigmoid", m=4, target="square")
    assert conclude(None, [(_ob("size"), size), (_ob("contract"), proof())])[0] == Status.ERROR


def test_size_without_a_certified_error_does_not_say_certified():
    size = block_size("sigmoid", m=4, target="square")
    proof = Outcome(Status.PROVED, "contract only", {"network_hash": size.data["network_hash"]})
    status, summary, _ = size_vs_reported(3, None, "sigmoid sum")(None, [(_ob("size"), size), (_ob("c"), proof)])
    assert status == Status.LOOSE and "certified" not in summary


def test_size_with_no_proof_is_an_error():
    size = block_size("sigmoid", m=4, target="square")
    assert size_vs_reported(3, None, "s")(None, [(_ob("size"), size)])[0] == Status.ERROR
    assert size_vs_reported(3, None, "s")(None, [])[0] == Status.ERROR
