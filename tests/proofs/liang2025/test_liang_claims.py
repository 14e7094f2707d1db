"""The Liang et al. 2025 claims: references, obligations, and the conclusions they draw."""
import importlib

from proofs.liang2025 import CLAIMS
from proofs.liang2025.accounting import _conclude_block, _conclude_total
from proofs.liang2025.counting import fit_exponent, sizes
from verify.claims import Outcome, Status
from verify.runner import run_claims


def test_claims_cite_arxiv_v2_and_have_importable_tasks():
    ids = [c.id for c in CLAIMS]
    assert len(ids) == len(set(ids))
    for claim in CLAIMS:
        assert claim.ref.paper == "Liang et al. 2025, arXiv 2410.09375 v2"
        assert claim.ref.tag in ("[P]", "[S]", "[I]")
        assert "reconstructed" in claim.construction
        for ob in claim.expand("ci"):
            module, _, name = ob.task.partition(":")
            assert callable(getattr(importlib.import_module(module), name))


def test_cheap_claims_through_the_runner():
    chosen = [c for c in CLAIMS if c.id in ("liang2025.mutants", "liang2025.depth.next-pc")]
    summary = run_claims(chosen, "ci", jobs=1, progress=False)
    got = {r.claim.id: r for r in summary.results}
    assert got["liang2025.mutants"].status == Status.REFUTED and got["liang2025.mutants"].met
    for _, o in got["liang2025.mutants"].outcomes:
        assert "counterexample" in o.data
    assert got["liang2025.depth.next-pc"].status == Status.LOOSE


class _Ob:
    def __init__(self, task, name="x"):
        self.task, self.name = task, name


def _depths(paper=23, minimal=11):
    rows = [{"budget": "paper", "encoding": "01", "depth": paper, "blocks": {}},
            {"budget": "minimal", "encoding": "01", "depth": minimal,
             "blocks": {"subtract": 2}}]
    return (_Ob("proofs.liang2025.counting:depths"), Outcome(Status.PROVED, "", {"networks": rows}))


def test_depth_conclusions_need_every_proof():
    proved = (_Ob("proofs.liang2025.tasks:prove_block"), Outcome(Status.PROVED, ""))
    failed = (_Ob("proofs.liang2025.tasks:prove_block"), Outcome(Status.REFUTED, "", {"counterexample": {}}))
    assert _conclude_total(None, [_depths(), proved])[0] == Status.LOOSE
    assert _conclude_total(None, [_depths(), proved, failed])[0] == Status.REFUTED
    assert _conclude_total(None, [_depths(paper=22), proved])[0] == Status.ERROR
    block = _conclude_block("subtract")
    assert block(None, [_depths(), proved])[0] == Status.LOOSE
    assert block(None, [_depths(), failed])[0] == Status.REFUTED


def test_sizes_and_exponents():
    o = sizes([1, 2, 4, 2], lowrank=True)
    assert o.status == Status.PROVED
    assert o.data["state_width"] == 2 * 2 + 3 * 1 * 2 + 2  # mN + 3kL + L
    assert len(o.data["ranks"]) == o.data["depth"]
    assert abs(fit_exponent([2, 4, 8], [3 * 2 ** 1.5, 3 * 4 ** 1.5, 3 * 8 ** 1.5]) - 1.5) < 1e-12
