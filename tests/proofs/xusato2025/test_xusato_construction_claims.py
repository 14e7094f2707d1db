"""The grid proof of the Xu & Sato block, its mutants, and the size accounting."""
from verify.claims import Status

from proofs.xusato2025.grid import check_grid, replay
from proofs.xusato2025.widths import affine_fit, block_sizes


def test_grid_proof_holds_on_a_small_shape():
    out = check_grid([1, 2, 2, 3], "correct", ["random:1", "alternating"])
    assert out.status == Status.PROVED
    assert out.data["inputs"] == 16 and out.data["loops"]["total"] == 12


def test_each_stage_mutant_is_refuted_with_a_replayable_counterexample():
    stages = {"quantise_threshold": "token ID", "context_horner": "sequence ID", "lookup_base": "value"}
    for variant, stage in stages.items():
        out = check_grid([1, 2, 3, 3], variant, ["random:1"])
        assert out.status == Status.REFUTED, variant
        cex = out.data["counterexample"]
        assert cex["stage"].startswith(stage)
        assert replay(cex)
        assert not replay({**cex, "variant": "correct"})


def test_a_mutant_that_is_harmless_at_a_shape_is_not_refuted_there():
    # with D = 2 the quantiser runs once (t = 0), so its t-weight cannot matter
    assert check_grid([1, 2, 2, 3], "quantise_threshold").status == Status.PROVED


def test_affine_fit():
    assert affine_fit({1: 13, 2: 17, 3: 21}) == (4, 9)
    assert affine_fit({1: 13, 2: 17, 3: 22}) is None


def test_size_comparisons():
    assert block_sizes("embedding", [17, 9], d_max=3).status == Status.LOOSE
    assert block_sizes("embedding", [4, 9], d_max=3).status == Status.PROVED
    assert block_sizes("embedding", [3, 9], d_max=3).status == Status.UNKNOWN
    assert block_sizes("ffn_width", [49, 25], Q=30, d_max=2).status == Status.UNKNOWN


def test_trifling_probe_and_its_failing_sibling():
    from proofs.xusato2025.grid import trifling_probe
    out = trifling_probe([1, 2, 3, 3])
    assert out.status == Status.PROVED and out.data["token_ids"] == ["1/2", "3/2"]
    assert trifling_probe([1, 2, 3, 3], "quantise_threshold").status == Status.REFUTED


def test_sizes_are_undecided_when_the_grid_proof_fails():
    from verify.claims import Obligation, Outcome
    from proofs.xusato2025.construction import CLAIMS
    claim = next(c for c in CLAIMS if c.id == "xusato2025.sizes.embedding")
    sizes = (Obligation(claim.id, "Q=3", "proofs.xusato2025.widths:block_sizes"), Outcome(Status.LOOSE, "ok"))
    grid = (Obligation(claim.id, "g", "proofs.xusato2025.grid:check_grid"), Outcome(Status.REFUTED, "bad"))
    assert claim.result([sizes, grid]).status == Status.UNKNOWN  # a refuted grid leaves the sizes undecided
    grid_ok = (grid[0], Outcome(Status.PROVED, "ok"))
    assert claim.result([sizes, grid_ok]).status == Status.LOOSE


def test_quantiser_z3_and_its_mutant():
    from proofs.xusato2025.quantiser import quantiser_z3
    out = quantiser_z3([2, 1, 2, 3])
    assert out.status == Status.PROVED and out.data["intervals"] == 8
    bad = quantiser_z3([1, 2, 3, 3], "quantise_threshold")
    assert bad.status == Status.REFUTED and bad.data["counterexample"]["cell"] == 2


def test_outputs_that_move_after_our_last_loop_are_caught():
    from fractions import Fraction
    from constructions.xusato2025 import XSShape, layout
    from constructions.xusato2025.reference import grid_inputs
    from constructions.xusato2025.tables import make_table
    from proofs.xusato2025.grid import _unstable, paper_budget, stage_values
    from verify.rational import RatArray
    shape = XSShape(1, 2, 2, 3)
    inputs = list(grid_inputs(shape))[:2]
    *_, final, later = stage_values(shape, "correct", make_table(shape, "random:1"), inputs, until=paper_budget(shape))
    assert _unstable(shape, inputs, final, later, 34) is None
    moved = final.tolist()
    moved[1][layout(shape).row("y", 0)][1] += Fraction(1)
    bad = _unstable(shape, inputs, final, RatArray.from_values(moved), 34)
    assert bad is not None and bad["token"] == 1 and bad["loops"] == 34
