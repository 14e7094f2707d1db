"""The stage sets of the all-sizes layer proofs are reached by the chained contracts; a wrong set is refuted."""
from __future__ import annotations

import pytest

from proofs.giannou2023 import allsizes_ffn, allsizes_kinds, allsizes_stages
from proofs.giannou2023.allsizes import prove_stage_sets_all_sizes
from proofs.giannou2023.generic_exec import generic_layers
from proofs.giannou2023.word_exec import Unsupported
from verify.claims import Status


def test_every_stage_set_and_pointer_target_is_reached_for_every_size():
    outcome = prove_stage_sets_all_sizes()
    assert outcome.status == Status.PROVED
    names = [name for name, _ in outcome.data["results"]]
    assert len([n for n in names if n.startswith("stage ") and ":" not in n]) == 11 * 4
    assert "stage 1: S_cmd.b addresses a memory column" in names and "stage 0: PC addresses a command column" in names


def test_atoms_are_read_from_the_layer_proofs_own_stage_sets():
    k = allsizes_kinds.atom_kinds(7, "column 0")
    assert (k["S_a.flag"], k["S_a.rest"], k["S_b"]) == ("flag", "zero", "zero")
    k = allsizes_kinds.atom_kinds(3, "column 0")
    assert (k["B.B1"], k["B.B2"]) == ("bits", "zero")
    assert allsizes_kinds.atom_kinds(0, "memory column")["M"] == "bits"


def test_a_stage_set_the_contracts_do_not_reach_is_refuted(monkeypatch):
    real = allsizes_ffn.stage_kinds

    def b2_before_add_one(state, stage, column):  # claims B2 already holds bits before add_one writes it
        kinds = real(state, stage, column)
        if stage == 3 and column == "column 0":
            kinds["B"] = state.bits("B", (-1, 1))
        return kinds

    monkeypatch.setattr(allsizes_kinds, "stage_kinds", b2_before_add_one)
    results = dict(allsizes_stages.prove_stage_sets(generic_layers()))
    assert results["stage 3, column 0"] == "refuted"
    assert results["stage 4, column 0"] == "proved"


def test_a_region_that_splits_an_atom_is_refused(monkeypatch):
    real = allsizes_ffn.stage_kinds

    def half_of_b1(state, stage, column):
        kinds = real(state, stage, column)
        if stage == 2 and column == "column 0":
            kinds["B"] = state.bits("B", (-1, 1), lambda off: state.q.conv(off) < state.q.conv(1))
        return kinds

    monkeypatch.setattr(allsizes_kinds, "stage_kinds", half_of_b1)
    with pytest.raises(Unsupported):
        allsizes_kinds.atom_kinds(2, "column 0")
