"""The SUBLEQ construction as a :class:`verify.machine.Machine`: the engine's generic checks on it."""
from __future__ import annotations

import pytest

from constructions.giannou2023.machine_model import SubleqMachine, state_count
from verify.machine import Machine, check_states, replay
from verify.semantics import Exact


def test_it_is_a_machine():
    assert isinstance(SubleqMachine(), Machine)


@pytest.mark.parametrize("shape", [(1, 1, 4, 2), (1, 2, 4, 2)])
def test_every_valid_state_of_a_tiny_machine_agrees(shape):
    count, failures = check_states(SubleqMachine(), shape)
    assert failures == [] and count == state_count(shape)


@pytest.mark.parametrize("broken, semantics", [
    (SubleqMachine(variant="adder_sign"), Exact()),
    (SubleqMachine(variant="flag_plus_n"), Exact()),
    (SubleqMachine(C=1), Exact()),                       # gates too small
    (SubleqMachine(), Exact(one_hot=True)),               # lowest-index argmax instead of tie-averaging
], ids=["adder_sign", "flag_plus_n", "C=1", "one-hot"])
def test_known_bad_variants_fail_with_a_located_replayable_state(broken, semantics):
    shape = (1, 2, 4, 2)  # with one memory cell mem[b] − mem[a] is always 0: the flag variant would pass
    count, failures = check_states(broken, shape, semantics=semantics)
    assert failures, "a known-bad variant must disagree with the reference on some state"
    bad = failures[0]
    assert bad.verdict in ("differs", "undecodable") and bad.layer is not None
    again = replay(broken, shape, bad.state, semantics)
    assert (again.verdict, again.actual) == (bad.verdict, bad.actual)
    assert replay(SubleqMachine(), shape, bad.state).agrees
