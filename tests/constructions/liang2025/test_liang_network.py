"""The reconstructed looped ReLU-MLP: every unit equals its spec, one loop is one SUBLEQ step."""
import itertools
import random

import pytest

from constructions.giannou2023.isa import Instruction, State, step
from constructions.giannou2023.program import random_program
from constructions.giannou2023.punchcard import SubleqShape
from constructions.liang2025.encoding import ENCODINGS, decode, encode
from constructions.liang2025.execute import first_bad_unit
from constructions.liang2025.network import BUDGETS, PAPER_BUDGET, build, relu_network
from constructions.liang2025.signals import signals, spec_value


def _random_states(shape, count, seed):
    rng = random.Random(seed)
    for _ in range(count):
        st = random_program(shape, rng).initial
        memory = tuple(rng.randrange(-(1 << (shape.N - 1)), 1 << (shape.N - 1)) for _ in st.memory)
        yield State(st.program, memory, rng.randrange(shape.commands), st.N)


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("budget", BUDGETS)
def test_every_unit_meets_its_spec_and_the_loop_steps(encoding, budget):
    shape = SubleqShape(2, 3, 8, 4)
    net = build(shape, encoding, budget)
    for st in _random_states(shape, 25, 1):
        trace = net.trace_exact(encode(shape, st, encoding))
        sig = signals(shape, st)
        for layer, values in zip(net.layers, trace[1:]):
            assert [spec_value(s, sig) for s in layer.specs] == values, layer.name
        assert decode(shape, trace[-1], encoding) == step(st)


def test_materialised_readout():
    shape = SubleqShape(2, 3, 8, 4)
    net = build(shape, "01", "minimal", "materialised")
    assert net.depth == 12 and {n: hi - lo for n, lo, hi in net.blocks}["read-instr"] == 3
    for st in _random_states(shape, 25, 3):
        trace = net.trace_exact(encode(shape, st, "01"))
        sig = signals(shape, st)
        for layer, values in zip(net.layers, trace[1:]):
            assert [spec_value(s, sig) for s in layer.specs] == values, layer.name
        assert decode(shape, trace[-1], "01") == step(st)
    big = (1, 16, 64, 8)  # read-data's match reads L units instead of k·L
    assert relu_network(big, "01", "minimal", "materialised").counts()["nnz"] < relu_network(big).counts()["nnz"]
    with pytest.raises(ValueError):
        build(shape, "01", "paper", "materialised")


def test_depth_and_block_budget():
    shape = (1, 2, 4, 2)
    minimal = relu_network(shape, "01", "minimal")
    paper = relu_network(shape, "01", "paper")
    assert minimal.depth == 11 and paper.depth == 23
    assert {name: hi - lo for name, lo, hi in paper.blocks} == PAPER_BUDGET
    assert {name: hi - lo for name, lo, hi in minimal.blocks} == {
        "read-instr": 2, "read-data": 2, "subtract": 2, "write": 1, "next-pc": 1, "branch": 3}
    assert all(l.relu for l in paper.layers)
    affine = relu_network(shape, "pm1-affine", "paper")
    assert [l.relu for l in affine.layers] == [True] * 22 + [False]


def test_every_state_of_the_tiniest_machine():
    """Exhaustive: every valid state of (s, m, n, N) = (1, 2, 4, 2), both ±1 readings."""
    shape = SubleqShape(1, 2, 4, 2)
    k = shape.commands
    instructions = [Instruction(a, b, c) for a in range(2) for b in range(2) for c in range(k)]
    nets = {e: relu_network((1, 2, 4, 2), e, "minimal") for e in ("01", "pm1-affine")}
    count = 0
    for program in itertools.product(instructions, repeat=k):
        for memory in itertools.product(range(-2, 2), repeat=2):
            for pc in range(k):
                st = State(program, memory, pc, 2)
                for e, net in nets.items():
                    assert decode(shape, net.loop_exact(encode(shape, st, e)), e) == step(st)
                count += 1
    assert count == 4 * 16  # k = 1 command: 4 instructions (a, b ∈ {0, 1}, c = 0) × 16 memories


def test_a_broken_weight_is_located():
    shape = SubleqShape(2, 3, 8, 4)
    net = relu_network((2, 3, 8, 4), "01", "minimal")
    lo = next(lo for name, lo, hi in net.blocks if name == "subtract")
    col = net.layers[lo].rows[0][0][0]
    bad = net.replace_layer(lo, net.layers[lo].with_weight(0, col, 2))
    found = [first_bad_unit(bad, shape, st, "01") for st in _random_states(shape, 30, 2)]
    assert any("subtract.generate" in f for f in found)
    assert all(first_bad_unit(net, shape, st, "01") == "" for st in _random_states(shape, 30, 2))


def test_unknown_parameters_are_rejected():
    with pytest.raises(ValueError):
        build(SubleqShape(1, 2, 4, 2), "pm2")
    with pytest.raises(ValueError):
        build(SubleqShape(1, 2, 4, 2), "01", "tiny")
