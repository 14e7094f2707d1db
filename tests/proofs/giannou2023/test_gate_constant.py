"""The gating constant C as a real parameter: C ≥ 2 proved, C < 2 leaks, and the claim's folding refuses gaps."""
from fractions import Fraction

import numpy as np
import pytest

from constructions.giannou2023 import LAYER_NAMES, SubleqShape, encode
from constructions.giannou2023.contracts import spec_loop
from constructions.giannou2023.variants import variant_network
from proofs.giannou2023 import blocks
from proofs.giannou2023.gate import c_dependence, gate_invariance, gate_leak
from proofs.giannou2023.simulation import state_from_json
from verify.claims import Obligation, Outcome, Status
from verify.forward import Evaluator
from verify.semantics import Exact

SHAPE = [2, 3, 8, 3]
GATED = (0, 1, 5)


@pytest.mark.parametrize("layer", GATED)
def test_every_C_at_least_2_gives_the_same_layer(layer):
    o = gate_invariance(SHAPE, layer)
    assert o.status == Status.PROVED, o.summary
    assert o.data["layers_with_C"] == list(GATED) and o.data["units_with_C"] > 0


@pytest.mark.parametrize("layer", GATED)
def test_the_invariance_fails_below_the_threshold(layer):
    """At C0 = 1 a closed gate's input a + C0·g is positive on some state: the check must not pass."""
    o = gate_invariance(SHAPE, layer, C0="1")
    assert o.status == Status.UNKNOWN and "failed" in o.data


def test_a_layer_without_C_is_an_error_not_a_proof():
    assert gate_invariance(SHAPE, 2).status == Status.ERROR


def test_c_dependence_rejects_C_outside_the_first_ffn_matrix():
    net = variant_network(SubleqShape(*SHAPE), "correct").bind(eps=Fraction(1, 4))
    C = net.symbol("C")
    layer = net.layers[0]
    f = layer.ffn
    broken = type(layer)(layer.name, layer.heads, type(f)(f.W1, f.b1, f.W2 * C, f.b2, f.units), layer.reads,
                         layer.writes)
    with pytest.raises(ValueError, match="W2"):
        c_dependence(broken, C)


@pytest.mark.parametrize("layer", GATED)
def test_every_C_below_2_leaks_on_a_replayable_state(layer):
    o = gate_leak(SHAPE, layer)
    assert o.status == Status.PROVED, o.summary
    cex = o.data["counterexample"]
    state, current = state_from_json(cex["state"])
    shp = SubleqShape(*SHAPE)
    X = encode(shp, state, current)
    contract = spec_loop(np.array(X.tolist(), dtype=object), variant_network(shp, "correct").layout)
    before = X if layer == 0 else np.array(contract[layer - 1].tolist(), dtype=object)
    for C in ("15/8", "199/100", "1/2"):
        net = variant_network(shp, "correct").bind(C=Fraction(C), eps=Fraction(1, 4))
        ev = Evaluator(net, Exact())
        Y = ev.layer(layer, ev.input(np.array(before, dtype=object)))
        wrong = [(r, c) for r, c in np.ndindex(*Y.shape) if Y.item(r, c) != Fraction(contract[layer][r, c])]
        assert wrong, f"C = {C}: the replayed state does not leak"
    net = variant_network(shp, "correct").bind(C=2, eps=Fraction(1, 4))
    ev = Evaluator(net, Exact())
    Y = ev.layer(layer, ev.input(np.array(before, dtype=object)))
    assert all(Y.item(r, c) == Fraction(contract[layer][r, c]) for r, c in np.ndindex(*Y.shape))


def test_no_leak_is_found_above_the_threshold():
    """At C0 = 3 no gate sits at its threshold: 'least' must not be claimed."""
    o = gate_leak(SHAPE, 0, C0="3")
    assert o.status == Status.UNKNOWN and "counterexample" not in o.data


# -- the claim's folding -------------------------------------------------------------------------------------------

def _ob(name):
    return Obligation("giannou2023.gate.constant", name, "x:y")


def _cex():
    return {"reachable": True, "layer": "l", "cell": "c", "expected": "0", "actual": "1/8",
            "input": {"pc": 0, "instruction at pc": "subleq 0, 0, 0", "mem[a]": 0, "mem[b]": 0},
            "replay": {"exact": "diverges"}}


def _outcomes(**override):
    out = []
    for i in GATED:
        where = f"{LAYER_NAMES[i]}@s2m3n8N3"
        kinds = {"C=2": Outcome(Status.PROVED, "ok"),
                 "invariance": Outcome(Status.PROVED, "ok", {"layers_with_C": list(GATED)}),
                 "leak": Outcome(Status.PROVED, "ok", {"counterexample": _cex()}),
                 "C=15/8": Outcome(Status.REFUTED, "leaks", {"counterexample": _cex()})}
        kinds.update(override)
        out += [(_ob(f"{k}/{where}"), o) for k, o in kinds.items() if o is not None]
    return out


def test_gate_complete_evidence_is_loose_and_says_least():
    status, summary, details = blocks._gate(None, _outcomes())
    assert status == Status.LOOSE and "the least" in summary and details["table"]["rows"]


def test_gate_without_the_leak_proof_does_not_say_least():
    status, summary, _ = blocks._gate(None, _outcomes(leak=Outcome(Status.UNKNOWN, "no threshold state")))
    # an undecided leak check: the claim is only as strong as its weakest obligation, and never says "least"
    assert status == Status.UNKNOWN and "and it is the least" not in summary


@pytest.mark.parametrize("override", [
    {"invariance": Outcome(Status.UNKNOWN, "not invariant", {"layers_with_C": list(GATED)})},
    {"C=2": Outcome(Status.REFUTED, "C = 2 fails")},
])
def test_gate_without_sufficiency_is_not_loose(override):
    status, _, _ = blocks._gate(None, _outcomes(**override))
    assert status in (Status.UNKNOWN, Status.REFUTED)


@pytest.mark.parametrize("outcomes", [[], _outcomes(leak=None), _outcomes(invariance=None), _outcomes()[:4]])
def test_gate_refuses_empty_or_incomplete_evidence(outcomes):
    assert blocks._gate(None, outcomes)[0] == Status.ERROR


def test_gate_refuses_when_the_checked_layers_are_not_those_with_C():
    bad = _outcomes(invariance=Outcome(Status.PROVED, "ok", {"layers_with_C": [0, 1, 5, 7]}))
    assert blocks._gate(None, bad)[0] == Status.ERROR


def test_gate_refuses_a_proved_leak_next_to_an_unrefuted_15_8():
    assert blocks._gate(None, _outcomes(**{"C=15/8": Outcome(Status.PROVED, "ok")}))[0] == Status.ERROR
