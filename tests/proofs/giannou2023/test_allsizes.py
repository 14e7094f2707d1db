"""The all-sizes SUBLEQ proofs: they pass on the construction, and the same argument fails on a construction
broken at one bit position, one row index or one column only."""
from dataclasses import replace

import pytest
import sympy as sp

from constructions.giannou2023 import LAYER_NAMES, SubleqShape, subleq_network
from constructions.giannou2023 import subleq
from constructions.giannou2023.gadgets import bits
from constructions.giannou2023.variants import change_weight, with_layer
from proofs.giannou2023 import allsizes_lemmas as lemmas
from proofs.giannou2023.allsizes import (prove_chain_all_sizes, prove_layer_all_sizes, prove_lemmas_all_sizes,
                                         weights_conformance)
from proofs.giannou2023.allsizes_attention import prove_attention_layer
from proofs.giannou2023.allsizes_claims import ID, _conclude
from proofs.giannou2023.allsizes_variants import _merge
from proofs.giannou2023.allsizes_ffn import FFN_LAYERS, prove_ffn_layer
from proofs.giannou2023.generic_exec import RANGES, conformance, generic_layers
from verify.claims import Obligation, Outcome, Status
from verify.ffn_builder import FFNBuilder
from verify.layer import sparse


def _prove(layer, generic):
    return (prove_ffn_layer if layer in FFN_LAYERS else prove_attention_layer)(layer, generic)


@pytest.mark.parametrize("layer", LAYER_NAMES)
def test_every_layer_is_proved_for_all_sizes(layer):
    o = prove_layer_all_sizes(layer)
    assert o.status == Status.PROVED, o.summary
    assert "PROVED for all sizes" in o.summary


def _break_one_index(generic, layer, k):
    """The generic weights of ``layer`` with the first looped output's coefficient changed at index k only."""
    ffn = generic[layer].ffn
    for n, (row, u, coef, fam) in enumerate(ffn.outs):
        if fam and ffn.units[u].family:
            g = fam[0]
            assert RANGES[g][0] == 0
            ffn.outs[n] = (row, u, coef * (1 + sp.KroneckerDelta(g, k)), fam)
            return row
    raise AssertionError(f"{layer} has no looped output")


@pytest.mark.parametrize("layer", LAYER_NAMES)
def test_a_weight_changed_at_one_index_only_is_refuted_by_the_same_queries(layer):
    generic = generic_layers()
    row = _break_one_index(generic, layer, 1)
    bad = [(name, model) for name, status, model in _prove(layer, generic) if status == "refuted"]
    assert bad, f"{layer}: breaking the output to {row} at index 1 went unnoticed"
    # the refuted row is the broken index: the model's offset solves the broken row's formula at index 1
    name, model = bad[0]
    o, N, L = (int(model[k]) for k in ("o", "N", "L"))
    (g,) = [s for s in sp.sympify(row.off).free_symbols if s in RANGES]
    assert sp.sympify(row.off).subs({g: 1, sp.Symbol("N", integer=True, positive=True): N,
                                     sp.Symbol("L", integer=True, positive=True): L}) == o, (name, model)


def test_untouched_indices_are_still_proved_when_one_index_is_broken():
    generic = generic_layers()
    _break_one_index(generic, "flip", 1)
    results = dict((name, status) for name, status, _ in _prove("flip", generic))
    assert results["column 0: B[o], 0 ≤ o < N"] == "refuted"
    assert all(s == "proved" for n, s in results.items() if not n.startswith("column 0"))


@pytest.mark.parametrize("variant,layer", [("add_one_bit3", "add_one"), ("branch_row1", "branch"),
                                           ("flag_bit0", "flag"), ("write_bit0", "write")])
def test_broken_builders_are_refuted_with_a_replayable_state(variant, layer):
    o = prove_layer_all_sizes(layer, variant)
    assert o.status == Status.REFUTED, o.summary
    cex = o.data["counterexample"]
    assert cex["reachable"] and cex["state"] and cex["expected"] != cex["actual"]


def test_the_adder_broken_at_bit_3_is_refuted_at_bit_3():
    o = prove_layer_all_sizes("add_one", "add_one_bit3")
    m = o.data["symbolic_model"]
    assert 2 * int(m["N"]) - int(m["o"]) == 3  # B2 offset o holds bit 2N − o
    assert o.data["counterexample"]["cell"].startswith("row B.B2")


def test_generic_formulas_equal_the_built_weights():
    assert weights_conformance([[1, 2, 4, 2], [2, 3, 8, 5], [8, 8, 32, 8]]).status == Status.PROVED


def test_conformance_rejects_one_weight_changed_at_one_bit():
    shp = (2, 3, 8, 4)
    net = subleq_network(SubleqShape(*shp))
    layer = net.layer("add")
    lsb = bits(net.layout, "S_b")[0]
    unit = layer.ffn.units.index(f"{net.layout.describe_row(lsb)} adder 1")
    broken = change_weight(net, "add", "W1", unit, lsb, 1)
    assert conformance(shp, network=net) == []
    assert any(m.startswith("add:") for m in conformance(shp, network=broken))


def test_conformance_rejects_a_bias_on_one_column_only():
    shp = (2, 3, 8, 4)
    net = subleq_network(SubleqShape(*shp))
    flip = net.layer("flip")
    row = net.layout.rows("B.B1")[0]
    B2 = sparse(net.layout.d, net.layout.n, {(row, 3): 1})  # memory column 3 only
    broken = with_layer(net, replace(flip, ffn=replace(flip.ffn, B2=B2)))
    assert any("per-column" in m for m in conformance(shp, network=broken))


def test_a_builder_branching_on_one_bit_index_is_caught_by_conformance():
    def add_one(layout):  # bit 3's output constant changed: written as a Python branch on the index
        layer = subleq.add_one(layout)
        ffn = FFNBuilder(layout.d)
        one = ffn.unit("column-0 constant", {layout.row("ind0"): 1})
        for i, r in enumerate(bits(layout, "B.B2", layout.param("N")), start=1):
            if i == 3:
                ffn.out(r, one, 1)
        return _merge(layer, ffn)

    shp = (2, 3, 8, 4)
    net = with_layer(subleq_network(SubleqShape(*shp)), add_one(subleq_network(SubleqShape(*shp)).layout))
    assert any(m.startswith("add_one:") for m in conformance(shp, network=net))
    # generic execution alone does not see it (sympy's == is structural: the branch is never taken) — which is
    # why the conformance obligation is part of the claim
    builders = tuple(add_one if b.__name__ == "add_one" else b for b in subleq._BUILDERS)
    assert all(s == "proved" for _, s, _ in prove_ffn_layer("add_one", generic_layers(builders)))


def test_lemmas_and_chain_are_proved():
    assert prove_lemmas_all_sizes().status == Status.PROVED
    assert prove_chain_all_sizes().status == Status.PROVED


def _broken_lemmas():
    import z3

    P, r, q, q2, d, V_ = (z3.Int(n) for n in ("P", "r", "q", "q2", "d", "V_"))
    Sm, D, Lk, a, c = (z3.Int(n) for n in ("Sm", "D", "Lk", "a", "c"))
    V, W, x = z3.Int("V"), z3.Int("W"), z3.Int("x")
    pm1 = lambda v: z3.Or(v == 1, v == -1)  # noqa: E731
    return {
        # the next digit weighted 1 instead of 2^i
        "binary_digits": [("step", [r >= 0, P >= 1, r == q * P + V_, V_ >= 0, V_ < P, q == 2 * q2 + d,
                                    z3.Or(d == 0, d == 1)], r == q2 * (2 * P) + (V_ + d))],
        # p·q = L − D (one instead of two per differing position)
        "codes": [("step", [Lk >= 0, Sm == Lk - D, D >= 0, pm1(a), pm1(c)],
                   Sm + a * c == (Lk + 1) - (D + z3.If(a == c, 0, 1)))],
        # complement as 2^i − V (off by one)
        "complement": [("step", [P >= 1, W == P - V, pm1(x)], W + P * (-x + 1) / 2 == 2 * P - (V + P * (x + 1) / 2)
                        - 1)],
    }


@pytest.mark.parametrize("name", ["binary_digits", "codes", "complement"])
def test_a_false_lemma_is_refuted(monkeypatch, name):
    monkeypatch.setitem(lemmas.LEMMAS, name, lambda: _broken_lemmas()[name])
    assert [s for _, s in lemmas.prove_lemmas([name])] == ["refuted"]


def test_a_lemma_with_a_wrong_weight_is_refuted(monkeypatch):
    import z3

    def weighted_sum_off_by_two():  # 2^{i} instead of 2^{i−1} per bit
        S, V, P, x = z3.Real("S"), z3.Real("V"), z3.Int("P"), z3.Int("x")
        return [("step", [P >= 1, S + (P - 1) / z3.RealVal(2) == V, z3.Or(x == 1, x == -1)],
                 S + P * x + (2 * P - 1) / z3.RealVal(2) == V + P * (x + 1) / z3.RealVal(2))]

    monkeypatch.setitem(lemmas.LEMMAS, "weighted_sum", weighted_sum_off_by_two)
    assert lemmas.prove_lemmas(["weighted_sum"]) == [("weighted_sum/step", "refuted")]
    assert prove_chain_all_sizes().status == Status.UNKNOWN


def test_the_claim_says_enumerated_sizes_only_for_a_layer_not_proved_for_all_sizes():
    outcomes = [(Obligation(ID, f"layer/{n}", "t"), Outcome(Status.PROVED, "ok", {"queries": 1}))
                for n in LAYER_NAMES]
    outcomes[3] = (outcomes[3][0], Outcome(Status.UNKNOWN, "z3 gave up", {}))
    outcomes += [(Obligation(ID, k, "t"), Outcome(Status.PROVED, k, {})) for k in ("chain", "stages", "lemmas", "conformance")]
    status, summary, details = _conclude(None, outcomes)
    assert status == Status.UNKNOWN
    rows = {r[0]: r[1] for r in details["table"]["rows"]}
    assert rows["add_one"].startswith("not PROVED for all sizes: enumerated sizes only")
    assert rows["flip"] == "PROVED for all sizes"
    assert summary.startswith("9/10 layers PROVED for all sizes")


def test_row_kinds_cover_the_templates_and_a_wrong_kind_is_caught(monkeypatch):
    from proofs.giannou2023 import allsizes_templates

    assert allsizes_templates.kinds_cover_templates((2, 3, 8, 3)) == []
    real = allsizes_templates.stage_kinds

    def s_b_forgotten(state, stage, column):  # claims S_b is empty after layer 4, where it holds mem[b]
        kinds = real(state, stage, column)
        if stage == 4:
            kinds["S_b"] = 0
        return kinds

    monkeypatch.setattr(allsizes_templates, "stage_kinds", s_b_forgotten)
    bad = allsizes_templates.kinds_cover_templates((2, 3, 8, 3))
    assert bad and all(m.startswith("stage 4, scratch[0]") and "S_b" in m for m in bad)


def test_contradictory_hypotheses_are_reported_not_proved(monkeypatch):
    import z3

    from proofs.giannou2023.allsizes_z3 import Query

    q = Query("contradiction")
    q.facts.append(q.z[q.o] < q.z[q.o])
    assert q.prove(z3.BoolVal(False))[0] == "vacuous"
    monkeypatch.setitem(lemmas.LEMMAS, "codes", lambda: [("step", [z3.Int("a") > z3.Int("a")], z3.BoolVal(False))])
    assert lemmas.prove_lemmas(["codes"]) == [("codes/step", "vacuous")]


def test_a_pointer_said_to_address_the_wrong_region_is_caught(monkeypatch):
    from proofs.giannou2023 import allsizes_attention, allsizes_templates

    wrong = {**allsizes_attention._POINTS_TO, ("PC", 0): "memory column"}
    monkeypatch.setattr(allsizes_attention, "_POINTS_TO", wrong)
    assert allsizes_templates.kinds_cover_templates((2, 3, 8, 3)) == ["stage 0: PC is not one selector over "
                                                                      "range(2, 5)"]


def test_generic_layers_are_handed_out_as_independent_copies():
    a, b = generic_layers(), generic_layers()
    assert a["flip"] is not b["flip"] and a["flip"].ffn.outs == b["flip"].ffn.outs
    a["flip"].ffn.outs.clear()
    a["write"].heads[0].V.clear()
    fresh = generic_layers()
    assert fresh["flip"].ffn.outs == b["flip"].ffn.outs and fresh["write"].heads[0].V == b["write"].heads[0].V
