"""Every machine-level check passes on the construction and fails on a broken one."""
import pytest

from proofs.giannou2023 import simulation
from proofs.giannou2023.machine import CLAIMS
from verify.claims import Status


def test_claim_ids_are_unique_and_reference_the_paper():
    ids = [c.id for c in CLAIMS]
    assert len(ids) == len(set(ids))
    for c in CLAIMS:
        assert c.ref.tag in {"[P]", "[C]", "[S]", "[R]", "[I]"} and c.expected


@pytest.mark.parametrize("variant", ["correct", "flag_plus_n", "adder_sign"])
def test_program_simulation(variant):
    o = simulation.simulate_program("multiply", "exact", variant=variant)
    if variant == "correct":
        assert o.status == Status.SAMPLED_OK and "P = 42" in o.summary
    else:
        assert o.status == Status.REFUTED and o.data["counterexample"]["loop"] >= 1


@pytest.mark.parametrize("variant", ["correct", "flag_plus_n", "adder_sign", "pc_no_wrap"])
def test_exhaustive_enumeration(variant):
    o = simulation.enumerate_states([1, 2, 4, 2], variant=variant)
    assert o.status == (Status.PROVED if variant == "correct" else Status.REFUTED)
    if variant != "correct":
        assert set(o.data["counterexample"]) >= {"program", "memory", "pc"}


def test_partial_enumeration_is_only_sampled():
    o = simulation.enumerate_states([1, 2, 4, 2], full=False)
    assert o.status == Status.SAMPLED_OK


def test_one_hot_semantics_is_refuted():
    assert simulation.enumerate_states([1, 2, 4, 2], semantics="exact-onehot").status == Status.REFUTED


@pytest.mark.parametrize("variant", ["correct", "adder_sign"])
def test_random_programs(variant):
    o = simulation.random_programs([2, 5, 16, 6], count=4, seed=3, steps=10, variant=variant)
    assert o.status == (Status.SAMPLED_OK if variant == "correct" else Status.REFUTED)


def test_small_gate_constant_breaks_the_machine():
    """C must exceed 2·max|B − T| = 4 for the read/write gates to stay closed off their column."""
    o = simulation.enumerate_states([1, 2, 4, 2], C="1")
    assert o.status == Status.REFUTED
