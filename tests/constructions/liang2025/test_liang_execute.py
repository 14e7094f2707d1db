"""Shipped programs on the ReLU machine, side by side with the reference."""
import pytest

from constructions.giannou2023.program import resolve_program
from constructions.liang2025.execute import run_program
from constructions.liang2025.network import relu_network


@pytest.mark.parametrize("name", ["multiply", "reverse_list", "linear_search"])
@pytest.mark.parametrize("semantics", ["exact", "float64"])
def test_shipped_programs_agree_with_the_reference(name, semantics):
    program = resolve_program(name)
    result = run_program(program, semantics, 2000)
    assert result.agrees and result.halted
    for cell, value in program.expect:
        assert program.value(result.final, cell) == value


@pytest.mark.parametrize("encoding", ["pm1-affine", "pm1-split"])
def test_other_encodings_run_a_program(encoding):
    program = resolve_program("multiply")
    result = run_program(program, "bfloat16", 2000, encoding=encoding, budget="paper")
    assert result.agrees and result.halted


def test_a_broken_network_diverges_and_is_located():
    program = resolve_program("multiply")
    s = program.shape
    net = relu_network((s.s, s.m, s.n, s.N), "01", "minimal")
    lo = next(lo for name, lo, hi in net.blocks if name == "branch")
    bad = net.replace_layer(lo, net.layers[lo].with_bias(0, net.layers[lo].bias[0] + 1))  # zero flag always set
    result = run_program(program, "exact", 2000, network=bad)
    assert not result.agrees
    assert result.divergence.loop >= 1 and "branch.cond" in result.divergence.layer


def test_unknown_semantics():
    with pytest.raises(ValueError):
        run_program(resolve_program("multiply"), "float8")
