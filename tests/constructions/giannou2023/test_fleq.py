"""The FLEQ machine: layout, encoding, schedule, and one executed instruction against the reference."""
from fractions import Fraction

import mpmath
import numpy as np
import pytest

from constructions.giannou2023.fleq import default_parameters, fleq_layout, fleq_network, function_blocks
from constructions.giannou2023.fleq_encoding import decode_memory, decode_pc, encode, instruction_code
from constructions.giannou2023.fleq_isa import reference_step
from verify.merge import merge_layers
from constructions.giannou2023.fleq_programs import PROGRAMS
from verify.forward import Evaluator
from verify.ffn_builder import FFNBuilder
from verify.layer import AttentionHead, Layer, LoopedNetwork, sparse
from verify.semantics import Exact, Mp

F = Fraction


def test_layout_and_instruction_encoding():
    P = PROGRAMS["newton"](2)
    sh = P.shape
    lay = fleq_layout(sh)
    assert sh.n == 32 and lay.n == 32
    assert list(lay.cols("memory")) == [sh.cell_column(c) for c in sh.cells]
    ins = P.program[1]
    code = instruction_code(sh, lay, ins, 1)
    L = sh.L
    assert tuple(code[:L]) == lay.code(sh.cell_column(ins.a))
    assert tuple(code[3 * L:4 * L]) == lay.code(sh.cell_column(ins.dst))
    assert code[5 * L:] == [0, 1, 0]  # mul is function 1 of (sub, mul, tr)
    X = np.array(encode(sh, P.program, P.memory, lay), dtype=object)
    assert decode_pc(sh, lay, X) == 0
    mem = decode_memory(sh, lay, X, to=lambda v: v)
    assert mem["At"] == P.memory["At"] and mem["cnt"][0][0] == 2


def test_six_plus_depth_layers_and_the_serial_schedule():
    for name in ("calculator", "newton", "power", "sgd"):
        sh = PROGRAMS[name]().shape
        blocks, _ = function_blocks(sh)
        par, ser = fleq_network(sh), fleq_network(sh, serial=True)
        assert len(par.layers) == 6 + max(b.depth for b in blocks)
        assert max(len(l.heads) for l in ser.layers) == 1
        # the same heads, only scheduled differently
        assert sorted(h.name for l in par.layers for h in l.heads) == sorted(h.name for l in ser.layers for h in l.heads)
    assert len(fleq_network(PROGRAMS["newton"]().shape, serial=True).layers) == 13


def _two_layers(lay, b_reads_what_a_writes=False):
    """Layer a: a head writing S_c[2] and a unit writing S_c[0]; layer b: a unit writing S_c[1], reading ind
    (independent of a) or S_c[0] (dependent on a)."""
    one, two = FFNBuilder(lay.d), FFNBuilder(lay.d)
    one.out(lay.row("S_c", 0), one.unit("u", {lay.row("ind0"): 3}), 2)
    source = lay.row("S_c", 0) if b_reads_what_a_writes else lay.row("ind")
    two.out(lay.row("S_c", 1), two.unit("v", {source: 1}, -1), 5)
    ind, target = lay.row("ind"), lay.row("S_c", 2)
    head = AttentionHead("h", sparse(1, lay.d, {(0, ind): 1}), sparse(1, lay.d, {(0, ind): 1}),
                         sparse(lay.d, lay.d, {(target, ind): 2}))
    a = Layer("a", (head,), one.build(), ("ind0", "ind", "S_c"), ("S_c",))
    b = Layer("b", (), two.build(), ("ind", "S_c"), ("S_c",))
    return a, b


def _run(lay, layers, seed):
    """One pass of ``layers`` (exact arithmetic) on a random integer input."""
    X = np.random.default_rng(seed).integers(-3, 4, size=(lay.d, lay.n))
    ev = Evaluator(LoopedNetwork("t", lay, tuple(layers)), Exact())
    return ev.loop(ev.input(X))


def test_merged_independent_layers_equal_their_sequence():
    """Merging layers whose FFNs read nothing the other parts write computes exactly what running them one
    after the other computes; the merged layer has both heads' and both FFNs' parts."""
    lay = fleq_layout(PROGRAMS["newton"](2).shape)
    a, b = _two_layers(lay)
    m = merge_layers("ab", [a, b])
    for seed in range(3):
        sequence = _run(lay, (a, b), seed)
        assert _run(lay, (m,), seed).equals(sequence), seed
        assert not sequence.equals(_run(lay, (a,), seed)) and not sequence.equals(_run(lay, (b,), seed))
    assert m.width == 2 and len(m.heads) == 1
    assert m.reads == ("ind0", "ind", "S_c") and m.writes == ("S_c",)


def test_merging_dependent_layers_is_visible():
    """The sibling: when b's FFN reads what a writes, the merged layer differs from the sequence — the
    comparison above can tell the two apart."""
    lay = fleq_layout(PROGRAMS["newton"](2).shape)
    a, b = _two_layers(lay, b_reads_what_a_writes=True)
    assert not _run(lay, (merge_layers("ab", [a, b]),), 0).equals(_run(lay, (a, b), 0))


@pytest.fixture(scope="module")
def newton_machine():
    P = PROGRAMS["newton"](2)
    params = default_parameters(P.shape)
    return P, params, fleq_network(P.shape).bind(**params), fleq_network(P.shape, serial=True).bind(**params)


def _loops(P, net, params, loops, digits=30):
    ev = Evaluator(net, Mp(params["lam"], digits=digits))
    X = ev.input(np.array(encode(P.shape, P.program, P.memory, net.layout), dtype=object))
    for _ in range(loops):
        X = ev.loop(X)
    return X


def test_two_loops_execute_two_instructions(newton_machine):
    """Loop 1 (a pure test) leaves memory unchanged; loop 2 computes T = AX within the product's certified error."""
    P, params, par, _ = newton_machine
    X = _loops(P, par, params, 2)
    sh, lay = P.shape, par.layout
    with mpmath.workdps(30):
        mem = {c: [[mpmath.mpf(v.numerator) / v.denominator for v in row] for row in P.memory.get(c, [[0, 0]] * 2)]
               for c in sh.cells}
        pc = 0
        for _ in range(2):
            mem, pc, _ = reference_step(sh, P.program, mem, pc)
        got = decode_memory(sh, lay, X, to=lambda v: v)
        assert decode_pc(sh, lay, X) == pc == 2
        err = max(abs(got["T"][i][j] - mem["T"][i][j]) for i in range(2) for j in range(2))
        assert 0 < err < 4.2e-8  # the certified product bound at these parameters (claim fleq.newton)
        assert max(abs(got["X"][i][j] - mem["X"][i][j]) for i in range(2) for j in range(2)) < 1e-17


def test_serial_schedule_computes_the_same(newton_machine):
    P, params, par, ser = newton_machine
    Xp, Xs = _loops(P, par, params, 2), _loops(P, ser, params, 2)
    with mpmath.workdps(30):
        a = decode_memory(P.shape, par.layout, Xp, to=lambda v: v)
        b = decode_memory(P.shape, ser.layout, Xs, to=lambda v: v)
        assert max(abs(a[c][i][j] - b[c][i][j]) for c in P.shape.cells for i in range(2) for j in range(2)) < 1e-25


def test_a_broken_multiplier_breaks_the_product(newton_machine):
    P, params, _, _ = newton_machine
    broken = fleq_network(P.shape).bind(**{**params, "mu": params["mu"] * (1 + F(1, 10**6))})
    X = _loops(P, broken, params, 2)
    got = decode_memory(P.shape, broken.layout, X, to=float)
    with mpmath.workdps(30):
        mem = {c: [[mpmath.mpf(v.numerator) / v.denominator for v in row] for row in P.memory.get(c, [[0, 0]] * 2)]
               for c in P.shape.cells}
        mem, pc, _ = reference_step(P.shape, P.program, mem, 0)
        mem, pc, _ = reference_step(P.shape, P.program, mem, pc)
    assert max(abs(got["T"][i][j] - float(mem["T"][i][j])) for i in range(2) for j in range(2)) > 1e-3
