"""Drift propagation: exact slopes from the weights, and soundness against measured drift."""
from fractions import Fraction

import numpy as np
import pytest

from constructions.giannou2023 import SubleqShape, encode, subleq_network
from constructions.giannou2023.temperature import _constants, attention_facts, adversarial_states
from tests.conftest import bound_network
from verify.arb import precision, upper
from verify.drift import ffn_groups, propagate
from verify.forward import Evaluator
from verify.semantics import Exact, Float


def test_clears_have_slope_zero_and_the_adder_slope_two():
    net = bound_network(2, 3, 8, 4)
    layout = net.layout
    groups = ffn_groups(net.layer("add"), _constants(layout))
    top = layout.row("S_b", 0)  # most significant bit of the sum, written by the adder and cleared
    g = groups[top]
    assert g.self_slope == 0  # S_b's own value is cleared exactly (x − ReLU(x) + ReLU(−x))
    (slope, direction), = g.groups  # the six threshold units read one sum: one group
    weights = dict(direction)
    N = layout.param("N")
    # the output bit moves at most 2 per unit of u = Σ 2^{j-2}(B2_j + S_b_j); the most significant
    # inputs weigh 2^{N-2} in u, so their error is passed on with factor 2·2^{N-2}
    assert slope * weights[top] == 2 * 2 ** (N - 2)
    assert slope * weights[layout.row("S_b", N - 1)] == 2 * Fraction(1, 2)  # the LSB weighs 1/2 in u
    clears = ffn_groups(net.layer("flag"), _constants(layout))
    assert all(clears[r].self_slope == 0 and not clears[r].groups for r in layout.rows("S_b"))


def test_constant_rows_must_not_be_written():
    net = bound_network(1, 2, 4, 2)
    with pytest.raises(ValueError, match="written"):
        propagate(net, 10, {}, constants={net.layout.row("M", 0): (-1, 1)})


@pytest.mark.parametrize("lam", [4, 7, 10])
def test_certified_drift_bounds_the_measured_drift(lam):
    shape = SubleqShape(1, 3, 8, 4)
    net = bound_network(1, 3, 8, 4)
    _, profiles, amplitudes = attention_facts(shape)
    with precision(128):
        bounds = propagate(net, lam, dict(profiles), amplitudes=lambda i: amplitudes[i], layers=range(9),
                           constants=_constants(net.layout))
    states = adversarial_states(shape)
    X = np.stack([encode(shape, s, c) for s, c in states])
    te, tf = [], []
    ex = Evaluator(net, Exact())
    ex.loop(ex.input(X), te)
    Evaluator(net, Float(lam)).loop(X.astype(float), tf)
    for i in range(9):
        measured = np.abs(tf[i].output - te[i].output.to_float()).max(axis=(0, 2))
        certified = np.array([float(upper(e)) for e in bounds[i].errors])
        assert np.all(measured <= certified * (1 + 1e-9) + 1e-12), f"layer {i + 1} drift exceeds its bound"
