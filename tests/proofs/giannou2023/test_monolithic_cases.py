"""The monolithic loop proof by cases: proves the construction, refutes broken ones with a replayable state,
and its claim refuses a split that misses a program-counter value."""
from __future__ import annotations

from constructions.giannou2023.machine_model import SubleqMachine
from proofs.giannou2023.monolithic import prove_monolithic_cases
from proofs.giannou2023.monolithic_claims import CLAIMS
from verify.claims import Obligation, Outcome, Status
from verify.machine import replay


def test_the_construction_is_proved_case_by_case():
    o = prove_monolithic_cases([1, 2, 4, 2])
    assert o.status == Status.PROVED, o.summary
    assert o.data["cases"] == 4 and o.data["by_enumeration"] > 0 and o.data["pcs"] == [3]


def test_a_broken_flag_is_refuted_with_a_state_that_replays_wrong():
    o = prove_monolithic_cases([2, 3, 8, 3], variant="flag_plus_n")
    assert o.status == Status.REFUTED, o.summary
    cex = o.data["counterexample"]
    assert cex["replay"]["exact"].startswith("diverges")
    shape = tuple(cex["shape"])
    assert not replay(SubleqMachine(variant="flag_plus_n"), shape, cex["state"]).agrees
    assert replay(SubleqMachine(), shape, cex["state"]).agrees


def test_an_adder_broken_in_one_bit_is_refuted():
    o = prove_monolithic_cases([1, 2, 4, 2], variant="adder_sign")
    assert o.status == Status.REFUTED and o.data["counterexample"]["replay"]["exact"].startswith("diverges")


def test_program_counter_values_outside_the_commands_are_an_error():
    assert prove_monolithic_cases([1, 2, 4, 2], pcs=[0]).status == Status.ERROR


def test_the_claim_refuses_a_split_that_misses_a_program_counter_value():
    claim = CLAIMS[0]
    shape = [2, 3, 8, 3]  # commands at columns 5, 6, 7
    outcomes = [(Obligation(claim.id, f"pc={pc}", "t", (("pcs", [pc]), ("shape", shape))),
                 Outcome(Status.PROVED, "", {"pcs": [pc], "cases": 9, "seconds": 1.0, "by_enumeration": 1}))
                for pc in (5, 6)]
    status, summary, _ = claim.conclude(claim, outcomes)
    assert status == Status.ERROR and "[7]" in summary
    outcomes.append((Obligation(claim.id, "pc=7", "t", (("pcs", [7]), ("shape", shape))),
                     Outcome(Status.PROVED, "", {"pcs": [7], "cases": 9, "seconds": 1.0, "by_enumeration": 1})))
    assert claim.conclude(claim, outcomes)[0] == Status.PROVED
