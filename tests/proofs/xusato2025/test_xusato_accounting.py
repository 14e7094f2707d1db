"""Loop budget, rounding, separation, stage loop counts and the code's parameter counts."""
import z3

from verify.claims import Status

from proofs.xusato2025 import CLAIMS
from proofs.xusato2025.budget import _prove, budget_integer, budget_rounding, need, rounded_D, separation
from proofs.xusato2025.params import count, param_count
from proofs.xusato2025.stages import stage_loops


def test_need_and_exact_rounding():
    assert need(2, 1, 1) == 1 + 1 + 7
    assert rounded_D(4, 1, 1, "floor") == 1 and rounded_D(4, 1, 1, "ceil") == 2     # ρ³ = 3/2
    assert rounded_D(18, 2, 1, "floor") == 1 and rounded_D(18, 2, 1, "ceil") == 2   # ρ⁴ = 8 < 2⁴
    assert rounded_D(34, 2, 1, "floor") == 2 == rounded_D(34, 2, 1, "ceil")         # ρ⁴ = 16 = 2⁴
    assert rounded_D(1 + 2 * 81, 1, 1, "floor") == 4                                # 4³ = 64 ≤ 81 < 125
    assert rounded_D(1 + 2 * 81, 1, 1, "nearest") == 4                              # 4.5³ = 91.1 > 81


def test_floor_rounding_is_exact_at_perfect_powers():
    # ρ^3 = 64 → ρ = 4 exactly
    assert rounded_D(1 + 2 * 64, 1, 1, "floor") == 4 == rounded_D(1 + 2 * 64, 1, 1, "ceil")
    assert rounded_D(1 + 2 * 64 - 2, 1, 1, "ceil") == 4 and rounded_D(1 + 2 * 64 - 2, 1, 1, "floor") == 3


def test_budget_statuses():
    assert budget_integer(d_max=1, N_max=2, D_max=3).status == Status.LOOSE
    assert budget_rounding("floor", r_max=60).status == Status.PROVED
    ceil = budget_rounding("ceil", r_max=60)
    assert ceil.status == Status.REFUTED and ceil.data["counterexample"]["r"] == 4
    cex = ceil.data["counterexample"]
    assert need(cex["D"], cex["N"], cex["d"]) > cex["r"]  # replay


def test_the_prover_rejects_a_false_budget():
    D, P = z3.Reals("D P")
    # a wrong need (stage 3 with 2D^{E+1} loops) does not fit in r = N + 2D^{E+1}
    assert _prove(z3.ForAll([D, P], z3.Implies(z3.And(D >= 2, P >= D), D - 2 + 2 * P * D <= 2 * P * D))) == "sat"


def test_separation():
    strict = separation(True)
    assert strict.status == Status.REFUTED and strict.data["counterexample"]["gap"] == 1
    weak = separation(False, D_max=2, d_max=2, N_max=2)
    assert weak.status == Status.PROVED and weak.data["smallest_gap"] == 1


def test_stage_loops_of_the_block():
    assert stage_loops([1, 2, 3, 3], "quantise").data["ours"] == 2
    assert stage_loops([1, 2, 2, 3], "context").status == Status.PROVED
    values = stage_loops([1, 2, 2, 3], "values")
    assert values.status == Status.LOOSE and values.data["ours"] == 9 and values.data["paper"] == 15


def test_parameter_counts():
    assert count("lt") == 46_498_560 and count("tmlt") == 49_648_896
    assert param_count("lt", "46.50", 2).status == Status.PROVED
    wrong = param_count("tmlt", "49.60", 2)
    assert wrong.status == Status.REFUTED and wrong.data["counterexample"]["total"] == 49_648_896


def test_claim_ids_are_unique_and_cite_the_version():
    ids = [c.id for c in CLAIMS]
    assert len(ids) == len(set(ids))
    for c in CLAIMS:
        assert c.ref.paper.startswith("Xu & Sato 2025, arXiv 2410.01405 v7")
        if c.ref.tag == "[S]":
            assert "secondary" in c.ref.statement or "[S]" in c.ref.statement
