"""The 10-layer SUBLEQ network against the reference interpreter and its block contracts."""
import random

import numpy as np
import pytest

from constructions.giannou2023 import LAYER_NAMES, Instruction, State, SubleqShape, decode, encode, step
from constructions.giannou2023.contracts import expected_layer_outputs
from constructions.giannou2023.execute import run_program
from constructions.giannou2023.program import random_program, resolve_program, shipped_programs
from constructions.giannou2023.subleq import subleq_network
from constructions.giannou2023.variants import variant_network
from tests.conftest import bound_network
from verify.forward import Evaluator
from verify.semantics import Exact, Float, Mp


def random_state(shape: SubleqShape, rng: random.Random):
    k = shape.commands
    prog = tuple(Instruction(rng.randrange(shape.m), rng.randrange(shape.m), rng.randrange(k)) for _ in range(k))
    half = 1 << (shape.N - 1)
    mem = tuple(rng.randrange(-half, half) for _ in range(shape.m))
    cur = rng.choice([None, Instruction(rng.randrange(shape.m), rng.randrange(shape.m), rng.randrange(k))])
    return State(prog, mem, rng.randrange(k), shape.N), cur


def test_ten_layers_with_the_official_heads_and_widths():
    """Heads (1,2,0,0,0,1,0,0,0,0); widths 12L, 8N, N, 6N, 14N, 4N, 2N+2, 8L, 6L+2, 6(N+4L),
    plus one ReLU(ind0) unit in layers 3, 4, 5 and 8 (uniform biases, see subleq.py)."""
    L, N = 5, 8
    net = subleq_network(SubleqShape(8, 8, 32, 8))
    assert tuple(l.name for l in net.layers) == LAYER_NAMES
    assert [len(l.heads) for l in net.layers] == [1, 2, 0, 0, 0, 1, 0, 0, 0, 0]
    official = [12 * L, 8 * N, N, 6 * N, 14 * N, 4 * N, 2 * N + 2, 8 * L, 6 * L + 2, 6 * (N + 4 * L)]
    extra = [0, 0, 1, 1, 1, 0, 0, 1, 0, 0]
    assert [l.width for l in net.layers] == [o + e for o, e in zip(official, extra)]
    assert {str(s) for s in net.free_symbols()} == {"C", "epsilon"}


def test_every_bias_is_uniform_by_construction():
    """b1 and b2 are column vectors: eq. (1b)'s b·1ᵀ — no per-column biases anywhere."""
    for layer in subleq_network(SubleqShape(2, 3, 8, 3)).layers:
        if layer.ffn:
            assert layer.ffn.b1.cols == 1 and layer.ffn.b2.cols == 1


@pytest.mark.parametrize("shape", [(1, 2, 4, 2), (2, 3, 8, 3), (2, 4, 16, 5), (8, 8, 32, 8)])
def test_each_layer_meets_its_contract_on_random_states(shape):
    shp = SubleqShape(*shape)
    net = bound_network(*shape)
    ev = Evaluator(net, Exact())
    rng = random.Random(sum(shape))
    for _ in range(25):
        st, cur = random_state(shp, rng)
        X0 = encode(shp, st, cur)
        traces = []
        ev.loop(ev.input(X0), traces)
        for t, expected in zip(traces, expected_layer_outputs(net.layout, X0)):
            assert np.array_equal(t.output.to_float(), expected), f"layer {t.layer} breaks its contract"
        assert decode(shp, traces[-1].output).state == step(st)


def test_random_states_at_medium_size_exact_batch():
    shp = SubleqShape(4, 6, 16, 6)
    ev = Evaluator(bound_network(4, 6, 16, 6), Exact())
    rng = random.Random(7)
    states = [random_state(shp, rng) for _ in range(200)]
    Y = ev.loop(ev.input(np.stack([encode(shp, s, c) for s, c in states])))
    for i, (s, _) in enumerate(states):
        assert decode(shp, Y[i]).state == step(s)


@pytest.mark.parametrize("seed", range(3))
def test_random_programs_float64_many_loops(seed):
    shp = SubleqShape(2, 5, 16, 6)
    ev = Evaluator(bound_network(2, 5, 16, 6), Float(10))
    prog = random_program(shp, random.Random(seed))
    st, X = prog.initial, ev.input(encode(shp, prog.initial))
    for _ in range(30):
        X, st = ev.loop(X), step(st)
        assert decode(shp, X, tol=0.25).state == st


def test_one_hot_argmax_breaks_read_and_write():
    """Ties must average: with a lowest-index argmax column 0 picks itself and nothing is read."""
    shp = SubleqShape(1, 2, 4, 3)
    st = State((Instruction(0, 1, 0),), (3, 1), 0, 3)
    ev = Evaluator(bound_network(1, 2, 4, 3), Exact(one_hot=True))
    traces = []
    ev.loop(ev.input(encode(shp, st)), traces)
    layout = bound_network(1, 2, 4, 3).layout
    slot = traces[0].output.to_float()[list(layout.rows("S_cmd")), 0]
    assert not np.any(slot), "one-hot argmax should have read nothing into the instruction slot"
    correct = Evaluator(bound_network(1, 2, 4, 3), Exact())
    assert decode(shp, correct.loop(correct.input(encode(shp, st)))).state == step(st)


@pytest.mark.parametrize("name", sorted(shipped_programs()))
def test_shipped_programs_exact(name):
    r = run_program(resolve_program(name), Exact(), max_steps=1000)
    assert r.agrees and r.halted
    p = resolve_program(name)
    for cell, value in p.expect:
        assert r.final.memory[p.cell(cell)] == value


@pytest.mark.parametrize("name", sorted(n for n in shipped_programs() if resolve_program(n).shape.N <= 8))
def test_shipped_eight_bit_programs_float64_at_official_lambda(name):
    r = run_program(resolve_program(name), Float(10), max_steps=1000)
    assert r.agrees and r.halted and r.max_deviation < 1e-12


def test_factorial_float64_at_lambda_10_diverges_in_the_adder():
    """14-bit words: the adders amplify the softmax error ~2^N per layer, so λ = 10 is too cold."""
    r = run_program(resolve_program("factorial"), Float(10), max_steps=1000)
    assert not r.agrees
    d = r.divergence
    assert d.loop == 11 and d.layer == "add" and d.field == "memory CNT"
    devs = dict(d.deviations)
    assert devs["read_memory"] < 1e-6 < devs["add_one"] < 0.25 < devs["add"]


def test_factorial_float64_reaches_5040_when_lambda_is_large_enough():
    r = run_program(resolve_program("factorial"), Float(16), max_steps=1000)
    assert r.agrees and r.halted
    assert r.final.memory[resolve_program("factorial").cell("F")] == 5040


def test_mp_semantics_runs_a_program():
    r = run_program(resolve_program("multiply"), Mp(10, digits=30), max_steps=1000)
    assert r.agrees and r.halted and r.max_deviation < 1e-25


@pytest.mark.parametrize("variant", ["flag_plus_n", "adder_sign", "pc_no_wrap"])
def test_contract_localisation_blames_the_broken_layer(variant):
    """With a broken layer the exact machine diverges and the contracts name that layer."""
    blamed = {"flag_plus_n": "flag", "adder_sign": "add", "pc_no_wrap": "pc_increment"}[variant]
    prog = resolve_program("multiply")
    if variant == "pc_no_wrap":
        # the wrap only happens when the last column falls through: replace EOF by an instruction
        # whose result is positive (X - ZERO = 1) and start there
        from dataclasses import replace

        from constructions.giannou2023.program import parse_program

        prog = parse_program(".columns 8\n.data\nX: 1\n.code\n subleq ZERO, X\n subleq ZERO, X\n halt")
        program = prog.initial.program[:2] + (Instruction(0, prog.cell("X"), 0),)
        prog = replace(prog, initial=State(program, prog.initial.memory, 2, prog.shape.N))
    r = run_program(prog, Exact(), max_steps=200, variant=variant)
    assert not r.agrees
    assert r.divergence.layer == blamed
