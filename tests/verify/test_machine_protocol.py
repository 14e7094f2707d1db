"""The Machine protocol and its generic checks, on a toy machine (no paper).

The toy machine (:mod:`tests.verify.toys`) complements an L-bit ±1 word.
Broken copies change one output weight, so that a loop either decodes to the
wrong word or leaves the ±1 grid.
"""
from __future__ import annotations

import pytest

from tests.verify.toys import Complement
from verify.machine import Machine, check_loop, check_states, replay
from verify.semantics import Exact, Float


def test_the_toy_satisfies_the_protocol():
    assert isinstance(Complement(), Machine)


@pytest.mark.parametrize("semantics", [Exact(), Float(lam=10)], ids=["exact", "float64"])
def test_every_state_agrees_for_the_correct_network(semantics):
    count, failures = check_states(Complement(), 3, semantics=semantics)
    assert count == 8 and failures == []


def test_a_wrong_weight_is_a_located_disagreement_that_replays():
    broken = Complement(coef=(-2, 0))  # bit 0: x = −1 stays −1
    count, failures = check_states(broken, 2)
    assert failures, "the broken network must be caught"
    bad = failures[0]
    assert bad.verdict == "differs" and bad.state["word"][0] == -1
    assert bad.layer == "flip" and "w[0]" in bad.cell
    assert (bad.expected_value, bad.actual_value) == ("1", "-1")
    again = replay(broken, 2, bad.state)
    assert again.verdict == "differs" and again.actual == bad.actual
    assert replay(Complement(), 2, bad.state).agrees


def test_an_off_grid_output_is_undecodable_not_a_disagreement():
    broken = Complement(coef=(-1, 2))  # bit 0: x = 1 becomes 0
    c = check_loop(broken, 2, (1, 1))
    assert c.verdict == "undecodable" and c.actual is None
    assert "not ±1" in c.error and c.layer == "flip"


def test_check_states_can_collect_every_failure():
    broken = Complement(coef=(-2, 0))
    count, failures = check_states(broken, 2, stop_at_first=False)
    assert count == 4 and sorted(f.state["word"] for f in failures) == [[-1, -1], [-1, 1]]


def test_prepared_states_are_checked_like_fresh_ones_for_any_network():
    from verify.machine import prepare_states

    prepared = prepare_states(Complement(), 3, batch=3)  # three chunks: 3 + 3 + 2 states
    assert [len(chunk) for chunk, _, _ in prepared] == [3, 3, 2]
    assert check_states(Complement(), 3, prepared=prepared) == (8, [])
    broken = Complement(coef=(-2, 0))  # the prepared expectations are the machine's steps, not the network's
    count, failures = check_states(broken, 3, prepared=prepared, stop_at_first=False)
    fresh_count, fresh = check_states(broken, 3, stop_at_first=False)
    assert failures and count == fresh_count == 8
    assert sorted(f.state["word"] for f in failures) == sorted(f.state["word"] for f in fresh)
