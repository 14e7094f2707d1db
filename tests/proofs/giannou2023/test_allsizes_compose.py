"""The every-size composition proof: proved on the real contracts, refuted (and replayed) on broken ones."""
from __future__ import annotations

import numpy as np
import pytest

from constructions.giannou2023 import SubleqShape, contracts, subleq_layout
from constructions.giannou2023.encoding import encode
from constructions.giannou2023.isa import Instruction, State
from constructions.giannou2023.machine_model import state_from_json
from proofs.giannou2023 import allsizes_compose as compose
from proofs.giannou2023 import word_exec
from proofs.giannou2023.allsizes import prove_chain_all_sizes
from proofs.giannou2023.allsizes_claims import ID, _conclude
from proofs.giannou2023.contract_variants import CONTRACT_VARIANTS, variant_specs
from verify.claims import Obligation, Outcome, Status
from verify.spec_ops import ConcreteOps

from constructions.giannou2023 import LAYER_NAMES


def test_the_ten_contracts_compose_to_one_step_for_every_size():
    results = compose.prove_composition()
    assert [q for q, _, _ in results] == ["requirements", *(f"atom {a}" for a in word_exec.ATOMS)]
    assert all(status == "proved" for _, status, _ in results)
    outcome = prove_chain_all_sizes([[1, 2, 4, 2], [2, 3, 8, 3]])
    assert outcome.status == Status.PROVED
    assert outcome.data["conformance"]["mismatches"] == []


def _concrete_difference(specs, state_json, shape):
    state, current = state_from_json(state_json)
    X0 = np.array(encode(SubleqShape(*shape), state, current).tolist(), dtype=object)
    layout, ops = subleq_layout(SubleqShape(*shape)), ConcreteOps()
    chained = X0.copy()
    for spec in specs:
        chained = spec(chained, layout, ops)
    return bool(np.any(chained != contracts.subleq_step(X0.copy(), layout, ops)))


@pytest.mark.parametrize("variant", sorted(CONTRACT_VARIANTS))
def test_a_broken_contract_is_refuted_and_the_counterexample_replays(variant):
    outcome = prove_chain_all_sizes(variant=variant)
    assert outcome.status == Status.REFUTED
    cex = outcome.data["counterexample"]
    assert cex["machine state"] is not None
    assert _concrete_difference(variant_specs(variant), cex["machine state"], cex["shape"])
    assert not _concrete_difference(contracts.SPECS, cex["machine state"], cex["shape"])


def test_the_classic_strict_flag_slip_is_found_on_a_zero_result():
    cex = prove_chain_all_sizes(variant="flag_strict").data["counterexample"]
    state, _ = state_from_json(cex["machine state"])
    ins = state.program[state.pc]
    assert state.memory[ins.b] - state.memory[ins.a] == 0  # exactly the case < 0 and ≤ 0 disagree on


def test_the_precondition_is_what_makes_the_composition_hold(monkeypatch):
    real = compose.valid_state
    assert compose.PRECONDITION[3].startswith("per column class, every atom holds what the layer proofs' stage-0")
    monkeypatch.setattr(compose, "valid_state", lambda ctx, terms: real(ctx, terms, omit={3}))
    refuted = [q for q, status, _ in compose.prove_composition() if status == "refuted"]
    assert {"atom S_a.rest", "atom S_b", "atom B.B1", "atom B.B2"} <= set(refuted)  # the chain clears them


def test_the_word_model_is_checked_against_the_concrete_contracts(monkeypatch):
    assert compose.conformance([[2, 3, 8, 3]], samples=2) == []

    def neg_off_by_one(self):  # 2^ℓ − v instead of 2^ℓ − 1 − v
        import z3
        return self.map(lambda length, v: z3.If(v == -1, -1, self.ctx.pow2(length) - v))

    monkeypatch.setattr(word_exec.Word, "neg", neg_off_by_one)
    assert compose.conformance([[2, 3, 8, 3]], samples=2)


def test_code_outside_the_word_model_is_undecided_not_proved(monkeypatch):
    def reads_bit_one(X, layout, ops):  # word[1]: only the leading entry is modelled
        word = [X[r, 0] for r in contracts._rows(layout, "S_b")]
        ops.eq(word[1], 1)
        return X.copy()

    monkeypatch.setitem(CONTRACT_VARIANTS, "reads_bit_one", (6, reads_bit_one))
    outcome = prove_chain_all_sizes(variant="reads_bit_one")
    assert outcome.status == Status.UNKNOWN
    assert "cannot run the contracts" in outcome.summary


def test_the_claim_reports_the_chain_proved_for_all_sizes():
    outcomes = [(Obligation(ID, f"layer/{n}", "t"), Outcome(Status.PROVED, "ok", {"queries": 1}))
                for n in LAYER_NAMES]
    outcomes += [(Obligation(ID, k, "t"), Outcome(Status.PROVED, k, {})) for k in ("chain", "stages", "lemmas", "conformance")]
    status, summary, details = _conclude(None, outcomes)
    rows = {r[0]: r[1] for r in details["table"]["rows"]}
    assert status == Status.PROVED and rows["chain"] == "PROVED for all sizes"
    assert "compose to subleq_step for all sizes" in summary


def test_machine_states_read_from_atoms_round_trip():
    shape = SubleqShape(2, 3, 8, 3)
    state = State((Instruction(0, 2, 1), Instruction(1, 1, 0), Instruction(2, 0, 2)), (3, -4, 0), 2, 3)
    X0 = np.array(encode(shape, state, Instruction(1, 0, 2)).tolist(), dtype=object)
    values = compose._atom_values(shape, X0)
    assert compose._machine_state(shape, values) == (state, Instruction(1, 0, 2))
    assert np.array_equal(compose._matrix(shape, values), X0)


def test_a_value_carried_from_one_column_iteration_to_the_next_is_refused():
    from proofs.giannou2023.word_exec import Unsupported

    def last_memory_word(X, layout, ops):  # S_b ← the last memory word: the loop body runs once, not m times
        Y, last = X.copy(), None
        for j in layout.cols("memory"):
            last = [X[r, j] for r in contracts._rows(layout, "M")]
        contracts._put(Y, contracts._rows(layout, "S_b"), 0, last)
        return Y

    with pytest.raises(Unsupported, match="outside that column's own iteration"):
        compose.compose(contracts.SPECS[:4] + (last_memory_word,) + contracts.SPECS[5:])
