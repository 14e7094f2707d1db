"""The rate measurement: integrals against numerics, the network's table against the rate's semantics, a failing bound."""
from fractions import Fraction

from verify.claims import Status

from constructions.xusato2025 import XSShape
from constructions.xusato2025.reference import cell_index, grid_inputs
from proofs.xusato2025 import rate
from proofs.xusato2025.grid import stage_values
from constructions.xusato2025 import layout


def _midpoint(target, D, Q, M, steps=200):
    value = rate.TARGETS[target][0]
    f = {"lipschitz x_n": lambda x, n: x[n], "holder sqrt(x_n)": lambda x, n: x[n] ** 0.5,
         "contextual (x_1+x_2)/2": lambda x, n: (x[0] + x[1]) / 2}[target]
    total = 0.0
    h = 1.0 / steps
    for i in range(steps):
        for j in range(steps):
            x = ((i + 0.5) * h, (j + 0.5) * h)
            cells = [min(int(v * D), D - 1) for v in x]
            for n in range(2):
                total += (f(x, n) - float(value(tuple(cells), n, D, Q))) ** 2 * h * h
    return total


def test_box_integrals_agree_with_a_midpoint_rule():
    for target in rate.TARGETS:
        exact = float(rate.box_error(target, 3, 64, 10**9).mid())
        assert abs(exact - _midpoint(target, 3, 64, 10**9)) < 2e-4, target


def test_round_sqrt_is_exact():
    assert rate._round_sqrt(Fraction(6)) == 2 and rate._round_sqrt(Fraction(25, 4)) == 3  # √6.25 = 2.5 rounds up
    assert rate._round_sqrt(Fraction(0)) == 0


def test_the_network_computes_the_rate_semantics():
    D, Q = 3, 8
    shape = XSShape(1, 2, D, Q)
    for target in rate.TARGETS:
        table = rate.network_table(target, D, Q)
        inputs = list(grid_inputs(shape))
        *_, final = stage_values(shape, "correct", table, inputs)
        lay = layout(shape)
        for b, X in enumerate(inputs):
            cells = tuple(cell_index(shape, X[0][n]) for n in range(2))
            for n in range(2):
                got = final.item(b, lay.row("y", 0), n) / Q
                assert got == rate.TARGETS[target][0](cells, n, D, Q), (target, X, n)


def test_a_bound_below_the_error_is_not_passed(monkeypatch):
    value, integral, *_ = rate.TARGETS["lipschitz x_n"]
    zero = lambda t: 0 * t
    monkeypatch.setitem(rate.TARGETS, "zero-modulus", (value, integral, zero, zero, zero))
    out = rate.rate_series("zero-modulus", [2, 3])
    assert out.status == Status.UNKNOWN


def test_series_has_a_plot():
    out = rate.rate_series("contextual (x_1+x_2)/2", [2, 4])
    assert out.status == Status.SAMPLED_OK
    plot = out.data["plots"][0]
    assert plot["x"] == [1.0792, 1.8451] and set(plot["series"]) == {"ours (Arb, certified)", "variant A, leading terms",
                                                             "variant B, leading terms"}
