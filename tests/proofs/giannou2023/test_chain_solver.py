"""The chain of contracts: a solver behind it (SMT-LIB re-checked by cvc5), and a failure on broken contracts."""
import pytest

from constructions.giannou2023.contracts import SPECS
from proofs.giannou2023 import proving
from proofs.giannou2023.proving import prove_chain
from verify.claims import Status
from verify.recheck import cvc5_results, split_scripts


def test_chain_recheck_without_modular_rewrites_leaves_smt_for_cvc5():
    o = prove_chain([1, 2, 4, 3], solver_recheck=True)
    assert o.status == Status.PROVED, o.summary
    assert o.data["without_modular_rewrites"]["solver_queries"] > 0
    scripts = split_scripts(o.artefacts["chain.smt2"])
    assert len(scripts) == o.data["solver_queries"] + o.data["without_modular_rewrites"]["solver_queries"]
    pytest.importorskip("cvc5")
    for script in scripts:
        assert cvc5_results(script) == ["unsat"]


def _broken_flag(X, layout, ops):
    """The flag contract with its result negated: the chain must no longer be the SUBLEQ step."""
    Y = SPECS[6](X, layout, ops)
    r = layout.row("S_a.flag", 0)
    Y = Y.copy()
    for c in range(Y.shape[1]):
        Y[r, c] = 1 - Y[r, c]
    return Y


def test_chain_fails_on_a_broken_contract(monkeypatch):
    specs = list(SPECS)
    specs[6] = _broken_flag
    monkeypatch.setattr(proving, "SPECS", specs)
    o = prove_chain([1, 2, 4, 2], solver_recheck=True)
    assert o.status == Status.REFUTED, o.summary
    assert o.data["failed_cell"]["label"]


def test_the_recheck_without_modular_rewrites_fails_on_a_broken_contract(monkeypatch):
    from constructions.giannou2023 import SubleqShape
    from constructions.giannou2023.variants import variant_network

    specs = list(SPECS)
    specs[6] = _broken_flag
    monkeypatch.setattr(proving, "SPECS", specs)
    layout = variant_network(SubleqShape(1, 2, 4, 2), "correct").layout
    results, _ = proving._chain_without_modular_rewrites(layout, 60_000)
    assert any(r.status == "refuted" for r in results)
