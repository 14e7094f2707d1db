"""Weight tying vs the timestep fix: exact Chebyshev bounds, the symbolic fit, and their failing siblings."""
from fractions import Fraction

import pytest
import sympy as sp

from verify.claims import Status

from constructions.xusato2025.sweep import sweep_fit, sweep_sizes
from verify.timestep import timestep_step
from constructions.xusato2025.sweep import sweep_ffn
from proofs.xusato2025.tying import chebyshev_linear, finite_labels, sweep_dims, tied_sweep, timestep_fit


def test_chebyshev_linear_is_exact():
    assert chebyshev_linear([0, 1, 0, 1]) == (Fraction(1, 2), Fraction(1, 2), 0)
    assert chebyshev_linear([3, 5, 7])[0] == 0
    err, a, c = chebyshev_linear([0, 1, 2, 1, 0])
    assert err == 1 and c == 0


def test_tied_sweep_lower_bound_and_its_failure_on_an_arithmetic_sequence():
    assert tied_sweep("alternating8").status == Status.PROVED
    out = tied_sweep("arithmetic5")
    assert out.status == Status.REFUTED and out.data["least_error"] == "0"


def test_jump_bound_refuted_by_the_tent():
    out = tied_sweep("tent7", "jump_bound")
    assert out.status == Status.REFUTED
    assert Fraction(out.data["least_error"]) > Fraction(out.data["largest_jump"])
    assert tied_sweep("step6", "jump_bound").status == Status.PROVED


def test_timestep_fix_and_a_one_weight_mutant():
    assert timestep_fit(4, 2).status == Status.PROVED
    bad = timestep_fit(4, 1, gate_shift=1)
    assert bad.status == Status.REFUTED and "counterexample" in bad.data


def test_tied_sweep_is_arithmetic():
    assert sweep_fit([[0], [5], [1]], timestep=False, c=[2]) == [[0], [2], [4]]


def test_symbolic_relu_arguments_are_refused():
    ffn = sweep_ffn(1)
    with pytest.raises(ValueError):
        timestep_step(ffn, [1, 0, sp.Symbol("k"), 0], [1, 1, 1, 1])


def test_finite_labels_and_a_broken_block():
    assert finite_labels([1, 1, 2, 1]).status == Status.REFUTED
    assert finite_labels([1, 1, 2, 1], "lookup_base").status == Status.UNKNOWN


def test_sweep_dims():
    assert sweep_sizes(2) == {"embedding": 5, "ffn_width": 2, "eta_dim": 5}
    assert sweep_dims([4, 0], [6, 0]).status == Status.LOOSE
    assert sweep_dims([1, 0], [6, 0]).status == Status.UNKNOWN


def test_tied_value_stage_sizes_are_3d_rows_and_2q_plus_5_units_per_coordinate():
    from constructions.xusato2025 import XSShape
    from proofs.xusato2025.tying import tied_value_stage_sizes
    assert tied_value_stage_sizes(XSShape(2, 2, 2, 3)) == {"rows": 6, "units": 22}
    assert tied_value_stage_sizes(XSShape(1, 2, 2, 1)) == {"rows": 3, "units": 7}
