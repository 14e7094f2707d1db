"""The z3 proofs of the SUBLEQ blocks: they pass on the construction, fail on broken ones,
and agree with independent checks (exhaustive enumeration, cvc5, z3 without rewriting)."""
import itertools
import json
from pathlib import Path

import numpy as np
import pytest

from constructions.giannou2023 import LAYER_NAMES, SubleqShape, decode, encode, step
from constructions.giannou2023.contracts import SPECS, spec_loop, subleq_step
from constructions.giannou2023.invariants import stage_template
from constructions.giannou2023.variants import variant_network
from proofs.giannou2023.proving import prove_chain, prove_layer, prove_monolithic
from proofs.giannou2023.simulation import state_from_json
from tests.conftest import bound_network
from verify import symbolic as sym
from verify.claims import Status
from verify.forward import Evaluator
from verify.rational import RatArray
from verify.recheck import cvc5_results, split_scripts
from verify.semantics import Exact
from verify.smt import check_cells
from verify.spec_ops import ConcreteOps, SymbolicOps

TINY = [1, 2, 4, 2]
COUNTEREXAMPLES = Path(__file__).parent / "counterexamples"


@pytest.mark.parametrize("layer", range(10))
def test_every_layer_is_proved_at_a_tiny_size(layer):
    o = prove_layer(TINY, layer)
    assert o.status == Status.PROVED, o.summary


@pytest.mark.parametrize("layer", [0, 1, 4, 5, 8])
def test_layers_at_a_small_size(layer):
    assert prove_layer([2, 3, 8, 4], layer, keep_smt2=False).status == Status.PROVED


@pytest.mark.parametrize("variant, layer, extra", [
    ("flag_plus_n", 6, {}), ("adder_sign", 4, {}), ("pc_no_wrap", 7, {}),
    ("correct", 0, {"C": "1"}), ("correct", 0, {"one_hot": True}),
])
def test_known_bad_variants_are_refuted_with_a_replayable_state(variant, layer, extra):
    o = prove_layer([2, 3, 8, 3], layer, variant=variant, stop_on_failure=True, keep_smt2=False, **extra)
    assert o.status == Status.REFUTED
    cex = o.data["counterexample"]
    assert cex["reachable"]
    loop = cex.get("loop_level") if isinstance(cex.get("loop_level"), dict) else cex
    assert loop["replay"]["exact"].startswith("diverges")


def test_chain_of_contracts_is_the_subleq_step():
    assert prove_chain([2, 3, 8, 3]).status == Status.PROVED


def test_chain_without_the_modular_rewrites_is_proved_by_z3_alone():
    """The chain is settled by identity after rewriting; here z3 re-proves it with the rewrites off."""
    shape = SubleqShape(1, 2, 4, 2)
    old = sym.MODULAR_REWRITES
    sym.MODULAR_REWRITES = False
    try:
        with sym.scope():
            layout = variant_network(shape, "correct").layout
            X0 = stage_template(layout, 0).X
            A = X0
            for spec in SPECS:
                A = spec(A, layout, SymbolicOps())
            B = subleq_step(X0, layout, SymbolicOps())
            pairs = [("", (r, c), sym.eq(A[r, c], B[r, c])) for r, c in np.ndindex(A.shape)]
            results, identity = check_cells(pairs, theory="bv", keep_smt2=False)
    finally:
        sym.MODULAR_REWRITES = old
    assert results, "without rewriting some cells must need the solver"
    assert all(r.status == "proved" for r in results)


def test_monolithic_proof_and_its_failure_on_a_variant():
    assert prove_monolithic(TINY).status == Status.PROVED
    bad = prove_monolithic(TINY, variant="adder_sign")
    assert bad.status == Status.REFUTED


def assignments(template):
    vs = template.variables()
    for values in itertools.product(*(v.domain for v in vs)):
        yield dict(zip(vs, values))


@pytest.mark.parametrize("layer", range(10))
def test_exhaustive_enumeration_agrees_with_the_proof(layer):
    """An independent second method: every state of the template, run through the exact network."""
    shape = SubleqShape(*TINY)
    net = bound_network(*TINY)
    ev = Evaluator(net, Exact())
    with sym.scope():
        template = stage_template(net.layout, layer)
        envs = list(assignments(template))
        assert len(envs) <= 70000
        Xs = [np.asarray(template.instantiate(env).tolist(), dtype=object) for env in envs]
    inputs = np.stack([X.astype(np.int64) for X in Xs])
    out = ev.layer(layer, ev.input(inputs))
    for i, X in enumerate(Xs):
        want = np.asarray(SPECS[layer](X, net.layout, ConcreteOps()).tolist(), dtype=np.int64)
        assert out[i].equals(RatArray(want)), f"state {i} breaks the contract of {LAYER_NAMES[layer]}"


def test_exported_obligations_recheck_with_cvc5():
    pytest.importorskip("cvc5")
    proved = prove_layer(TINY, 4)
    scripts = split_scripts(next(iter(proved.artefacts.values())))
    assert scripts
    for script in scripts[:8]:
        assert cvc5_results(script) == ["unsat"]
    refuted = prove_layer([2, 3, 8, 3], 4, variant="adder_sign", stop_on_failure=True)
    last = split_scripts(next(iter(refuted.artefacts.values())))[-1]
    assert cvc5_results(last) == ["sat"]


@pytest.mark.parametrize("path", sorted(COUNTEREXAMPLES.glob("*.json")), ids=lambda p: p.stem)
def test_saved_counterexamples_still_replay(path):
    """Regression cases: each saved counterexample breaks its variant and not the construction."""
    cex = json.loads(path.read_text())
    shape = SubleqShape(*cex["shape"])
    state, current = state_from_json(cex["state"])
    broken = variant_network(shape, cex["variant"]).bind(C=cex["C"], eps=cex["eps"])
    one_hot = cex.get("one_hot", False)
    X = encode(shape, state, current)
    ev = Evaluator(broken, Exact(one_hot=one_hot))
    out = ev.loop(ev.input(X))
    expected = encode(shape, step(state), state.program[state.pc])
    assert not out.equals(RatArray(expected)), "the counterexample no longer breaks the variant"
    good = Evaluator(bound_network(*cex["shape"]), Exact())
    assert good.loop(good.input(X)).equals(RatArray(expected))


def test_counterexample_files_exist():
    assert len(list(COUNTEREXAMPLES.glob("*.json"))) >= 5


def test_large_machines_decide_small_cells_by_enumeration_and_still_refute(monkeypatch):
    from proofs.giannou2023 import proving

    monkeypatch.setattr(proving, "ENUMERATE_FROM", 8)  # as if (2, 3, 8, 3) were a large machine
    o = prove_layer([2, 3, 8, 3], 7, keep_smt2=False)  # pc_increment: its PC cells are over the pc selector
    assert o.status == Status.PROVED
    bad = prove_layer([2, 3, 8, 3], 7, variant="pc_no_wrap", stop_on_failure=True, keep_smt2=False)
    assert bad.status == Status.REFUTED and bad.data["counterexample"]["reachable"]
    monkeypatch.setattr(proving, "ENUMERATE_FROM", 10**9)
    assert prove_layer([2, 3, 8, 3], 7, variant="pc_no_wrap", stop_on_failure=True,
                       keep_smt2=False).data["failed_cell"] == bad.data["failed_cell"]
