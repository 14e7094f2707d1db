"""Why the float64 drift route stops at one loop: error correction's output row, evaluated in every summation
tree, is exact on exact inputs but off by a few u near +1 (a replayable witness), and PC rows started within
that noise push even the real-arithmetic drift bound of factorial's machine past ε."""
import ast
from fractions import Fraction

from constructions.giannou2023 import SubleqShape
from proofs.giannou2023 import float_execution as fe
from proofs.giannou2023 import float_snap_noise as sn
from proofs.giannou2023 import premises
from verify.claims import Status

SMALL = SubleqShape(1, 2, 4, 2)


def _replay(units, b2, x: float, tree) -> float:
    """The row's output at ``x`` with its product summed in the given tree (term indices, nested pairs)."""
    terms = [t for t in (float(w2) * max(float(w1) * x + float(b1), 0.0) for w1, b1, w2 in units) if t != 0]

    def total(node):
        return terms[node] if isinstance(node, int) else total(node[0]) + total(node[1])

    return x + (total(tree) + float(b2))


def test_error_correction_is_exact_on_exact_values_in_every_tree():
    units, b2 = sn.snap_row(SMALL)
    for v in (-1.0, 0.0, 1.0):
        assert set(sn.snap_outputs(units, b2, v)) == {v}


def test_the_noise_witness_replays_and_is_not_exact():
    units, b2 = sn.snap_row(SMALL)
    w = sn.noise_witness(SMALL, samples=60)
    x = float.fromhex(w["x"])
    assert abs(x - 1) <= 0.25
    value = _replay(units, b2, x, ast.literal_eval(w["tree"]))
    assert value == float.fromhex(w["value"]) != 1.0
    assert Fraction(w["noise_u"]) == abs(Fraction(value) - 1) / sn.U64 > 0


def test_pc_noise_raises_the_real_drift_bound_from_the_certificate_value():
    shape = SubleqShape(1, 3, 8, 4)
    exact = sn.pc_noise_entering(shape, 17, Fraction(0))
    noisy = sn.pc_noise_entering(shape, 17, 6 * sn.U64)
    assert 0 < exact < noisy


def test_factorials_machine_is_certified_for_one_loop_and_the_gap_is_reported():
    shape = premises.program_shape("factorial")
    out = fe.certified_float(list(shape), "17", "float64", "factorial")
    assert out.status == Status.UNKNOWN
    assert out.data["first_loop_entering"] <= 0.25 < out.data["entering"]
    assert out.data["pc_noise_entering"] > 0.25 and "cannot close" in out.summary
    assert Fraction(out.data["snap_noise"]["noise_u"]) > 0
    assert out.data["noisy_run_entering"] <= 0.25  # the illustration: numpy's run is not hurt by that noise


def test_the_noisy_run_sees_a_damaging_noise():
    """The illustration can fail: PC bits at 0.6 instead of 1 move the loop by more than ε."""
    assert sn.noisy_pc_run("multiply", 17, 1.0) < 1e-6
    assert sn.noisy_pc_run("multiply", 17, 0.6) > 0.25
