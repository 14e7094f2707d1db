"""The counterexample lift (verify.lift) on the toy complement machine (no paper).

The toy's one layer flips every bit of an L-bit ±1 word and adds ReLU(w[0])
to a scratch cell the machine's state ignores.  Its contract says exactly
that.  A broken bit weight must lift to a state whose replay diverges; a
broken scratch weight breaks the contract but not the machine, and the lift
must say the loop still agrees while showing the whole-loop cell that differs.
"""
from __future__ import annotations

from fractions import Fraction

import numpy as np
from tests.verify.toys import Complement
from verify import symbolic as sym
from verify.lift import json_diff, lift, replay_state
from verify import FFNBuilder
from verify.layer import Layer, LoopedNetwork
from verify.machine import replay
from verify.semantics import Exact, Float
from verify.smt import Template, check_layer

L = 3


def _flip(X, layout, ops):
    Y = X.copy()
    rows = layout.rows("w")
    for r in rows:
        Y[r, 0] = -X[r, 0]
    Y[layout.row("scratch"), 0] = X[layout.row("scratch"), 0] + (X[rows[0], 0] + 1) * Fraction(1, 2)
    return Y


class ToyContracts:
    """:class:`verify.lift.ContractModel` of the one-layer complement machine."""

    specs = (_flip,)

    def __init__(self, machine: Complement):
        self.machine = machine

    def template(self, layout, stage):
        X = np.empty((layout.d, 2), dtype=object)
        for idx in np.ndindex(X.shape):
            X[idx] = sym.const(0)
        for k, r in enumerate(layout.rows("w")):
            X[r, 0] = sym.var(f"w{k}", (-1, 1))
        return Template("loop start", X, [("bits", layout.rows("w"), 0, "w")])

    def step_spec(self, X0, layout, ops):
        return _flip(X0, layout, ops)

    def contract_text(self, where):
        return "w ← −w; scratch ← scratch + ReLU(w[0])"

    def input_state(self, shape, X):
        return self.machine.decode(shape, X)

    def loop_output(self, shape, state):
        X = self.machine.encode(shape, self.machine.step(state))
        X[shape, 0] = Fraction(state[0] + 1, 2)
        return X

    def describe(self, state):
        return {"word": list(state)}

    def neighbours(self, state):
        return []

    def replay_semantics(self, one_hot):
        return [("exact", Exact(), Fraction(0)), ("float64", Float(10), Fraction(1, 4))]


def _refuted_cell(machine):
    network = machine.network(L)
    model = ToyContracts(machine)
    with sym.scope():
        proof = check_layer(network, 0, model.template(network.layout, 0), _flip, keep_smt2=False)
    assert proof.status != "proved", "the broken toy must fail its contract"
    return network, model, proof.failures[0]


def test_the_correct_toy_meets_its_contract():
    network = Complement().network(L)
    with sym.scope():
        proof = check_layer(network, 0, ToyContracts(Complement()).template(network.layout, 0), _flip,
                            keep_smt2=False)
    assert proof.status == "proved"


def test_a_broken_bit_weight_lifts_to_a_state_that_replays_wrong():
    broken = Complement(coef=(-2, 0))  # bit 0: −1 stays −1
    network, model, failure = _refuted_cell(broken)
    cex = lift(model, network, L, 0, failure.cell, False, failure.model or {})
    assert cex["reachable"] and cex["cell"].startswith("row w[0]")
    assert cex["state"]["word"][0] == -1 and (cex["expected"], cex["actual"]) == ("1", "-1")
    assert cex["replay"]["exact"].startswith("diverges") and cex["replay"]["float64"].startswith("diverges")
    assert "loop_level" not in cex  # the contract failure is already a loop failure
    again = replay(broken, L, cex["state"])
    assert again.verdict == "differs" and replay(Complement(), L, cex["state"]).agrees


def test_a_broken_side_channel_breaks_the_contract_but_not_the_machine():
    class SideChannel(Complement):
        """The toy with the scratch cell fed 2·ReLU(w[0]) instead of ReLU(w[0])."""

        def network(self, L):
            lay = self.layout(L)
            ffn = FFNBuilder(lay.d)
            for k, r in enumerate(lay.rows("w")):
                ffn.out(r, ffn.unit(f"w{k}+", {r: 1}), -2)
                ffn.out(r, ffn.unit(f"w{k}-", {r: -1}), 2)
            ffn.out(lay.row("scratch"), ffn.unit("scratch", {lay.rows("w")[0]: 1}), 2)
            return LoopedNetwork("complement", lay, (Layer("flip", (), ffn.build(), ("w",), ("w", "scratch")),))

    network, model, failure = _refuted_cell(SideChannel())
    cex = lift(model, network, L, 0, failure.cell, False, failure.model or {})
    assert cex["reachable"] and cex["replay"]["exact"] == "agrees with the reference step"
    assert isinstance(cex["loop_level"], dict) and cex["loop_level"]["layer"] == "whole loop"


def test_replay_state_reports_each_semantics():
    model = ToyContracts(Complement())
    network = Complement().network(L)
    assert replay_state(model, network, L, (1, -1, 1), False) == {
        "exact": "agrees with the reference step", "float64": "agrees with the reference step"}
    broken = Complement(coef=(-2, 0))
    out = replay_state(ToyContracts(broken), broken.network(L), L, (-1, 1, 1), False)
    assert out["exact"] == "diverges: reference vs network word[0] 1 -> -1"


def test_json_diff_names_each_differing_leaf():
    assert json_diff({"a": [1, 2], "b": 3}, {"a": [1, 5], "b": 3}) == ["a[1] 2 -> 5"]
    assert json_diff({"a": 1}, {"a": 1}) == []
