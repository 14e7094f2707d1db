"""The z3 translation: encoders agree with evaluation, proofs and refutations come out right."""
import itertools
import random
from fractions import Fraction

import pytest
import z3

from verify import symbolic as sym
from verify.smt import Z3BVEncoder, Z3Encoder, check_cells, ffn_row_function
from tests.verify.test_symbolic import bits, random_expr


@pytest.fixture(autouse=True)
def scope():
    with sym.scope():
        yield


@pytest.mark.parametrize("encoder", ["int", "bv"])
@pytest.mark.parametrize("seed", range(15))
def test_encoders_compute_what_evaluation_computes(encoder, seed):
    """The encoding of a random expression equals its value on every assignment (one solver query),
    also when the expression folds to a constant; and the encoded condition ``e = value`` holds.
    ``relu(e + b0 + b1 - b2 + k)`` makes sure every seed also encodes a ReLU of several variables."""
    rng = random.Random(seed)
    leaves = bits(3)
    e = random_expr(rng, leaves, 3)
    _check_encoding(encoder, e, leaves, rng)
    _check_encoding(encoder, sym.relu(e + leaves[0] + leaves[1] - leaves[2] + rng.randint(-2, 2)), leaves, rng)


def _check_encoding(encoder, e, leaves, rng):
    vs = sorted({next(iter(b.terms)) for b in leaves} | {sym.Var("sel", (0, 1, 2))}, key=lambda v: v.name)
    envs = [dict(zip(vs, values)) for values in itertools.product(*(v.domain for v in vs))]
    if encoder == "bv":
        total, inner = Z3BVEncoder.magnitude(e)
        enc = Z3BVEncoder(width=int(max(total, inner, 1)).bit_length() + 2)
        num = lambda k: z3.BitVecVal(k, enc.width)  # noqa: E731
    else:
        enc, num = Z3Encoder(), z3.IntVal
    t, den = enc.expr(e)
    wrong = []  # "the assignment is env and the encoding differs from D·value there"
    for env in envs:
        value = e.evaluate(env) * den
        assert value.denominator == 1
        wrong.append(z3.And(*(enc.var(v) == num(env[v]) for v in vs), t != num(int(value))))
    s = z3.Solver()
    s.add(z3.Or(*wrong))
    assert s.check() == z3.unsat, s.model() if s.check() == z3.sat else None

    env = envs[rng.randrange(len(envs))]
    cond = sym.eq(e, e.evaluate(env))
    assert cond.evaluate(env)
    if cond is not sym.TRUE:  # a condition that folded to TRUE has nothing left to encode
        enc = Z3BVEncoder.for_condition(cond) if encoder == "bv" else Z3Encoder()
        s = z3.Solver()
        for v in vs:
            s.add(enc.var(v) == (z3.BitVecVal(env[v], enc.width) if encoder == "bv" else env[v]))
        s.add(z3.Not(enc.cond(cond)))
        assert s.check() == z3.unsat


@pytest.mark.parametrize("theory", ["int", "bv"])
def test_true_facts_are_proved_and_false_ones_refuted_with_a_real_model(theory):
    b = bits(3)
    true = sym.eq(sym.relu(b[0] + b[1]) - sym.relu(-(b[0] + b[1])), b[0] + b[1])
    word = sum(((x + 1) * 2**i / 2 for i, x in enumerate(b)), sym.const(0))
    carry = sym.le(word, 6)   # false when every bit is 1 (word = 7)
    results, identity = check_cells([("t", (0,), true), ("f", (1,), carry)], theory=theory)
    assert identity == 1  # the first folds to TRUE by the ReLU rules
    (r,) = results
    assert r.status == "refuted"
    env = {v: r.model[v.name] for v in carry.vars()}
    assert not carry.evaluate(env)


def test_splitting_on_selectors_is_still_a_proof():
    sel = sym.Var("p", (0, 1, 2, 3))
    b = bits(2)
    pick = sym.case(sel, [(0, b[0]), (1, b[1]), (2, -b[0]), (3, sym.const(1))])
    good = sym.le(sym.relu(pick) - 1, 0)
    bad = sym.le(pick + b[0], 1)  # false at p = 0, b0 = 1
    results, _ = check_cells([("g", (0,), good), ("b", (1,), bad)], split=64)
    assert [r.status for r in results][-1] == "refuted"
    assert results[-1].model["p"] in (0, 1) and results[-1].model
    assert all(r.status == "proved" for r in results[:-1])


def test_ffn_row_function_matches_the_weights():
    from tests.conftest import bound_network

    net = bound_network(1, 2, 4, 2)
    layer = net.layer("error_correction")
    row = net.layout.row("M", 0)
    x, y = ffn_row_function(layer, row)
    s = z3.Solver()
    for v, want in ((Fraction(-9, 10), -1), (Fraction(1, 5), 0), (Fraction(3, 4), 1), (Fraction(1, 2), Fraction(1, 2))):
        s.push()
        s.add(x == z3.RealVal(str(v)), y != z3.RealVal(str(want)))
        assert s.check() == z3.unsat, v
        s.pop()
    with pytest.raises(ValueError, match="also reads"):
        ffn_row_function(net.layer("add"), net.layout.row("S_b", 0))


@pytest.mark.parametrize("limit", [0, 4, 256])
def test_membership_by_evaluation_agrees_with_the_solver(limit, monkeypatch):
    """Fields decided by evaluation on every assignment (``limit`` 256), by evaluation after splits on
    the outermost selector (``limit`` 4) and by z3 (``limit`` 0) agree: members are proved; a code
    that is wrong for one pointer value, a bit that can be 0 and a flag that can be 2 are refuted
    with a model showing that value."""
    import numpy as np

    from verify import smt_template
    from verify.smt_template import Template

    monkeypatch.setattr(smt_template, "ENUMERATE_LIMIT", limit)
    codes = [(-1, -1), (-1, 1), (1, -1), (1, 1)]
    sel = sym.Var("ptr", (0, 1, 2, 3))
    b = bits(2)
    X = np.empty((4, 2), dtype=object)
    X[:, :] = sym.ZERO
    fields = [("code", [0, 1], 0, codes, "ptr"), ("bits", [2], 0, "b"), ("flag", [3], 0, "f")]
    template = Template("t", X, fields)

    def column(code_rows, bit, flag):
        Y = X.copy()
        Y[0, 0], Y[1, 0] = code_rows
        Y[2, 0], Y[3, 0] = bit, flag
        return Y

    inner = [sym.Var(f"c{k}", (0, 1, 2, 3)) for k in range(2)]  # ptr = case(s: inner pointers)
    outer = sym.Var("s", (0, 1))
    nested = [sym.case(outer, [(k, sym.case(inner[k], [(i, c[r]) for i, c in enumerate(codes)])) for k in range(2)])
              for r in range(2)]
    conds = template.membership(column(nested, b[0], sym.const(1)))
    assert all(c is sym.TRUE for _, _, c in conds) == bool(limit)
    results, _ = check_cells(conds)
    assert all(r.status == "proved" for r in results)
    wrong = [sym.case(outer, [(0, nested[r]), (1, sym.case(inner[1], [(i, c[r] if i != 3 else 0)
                                                                      for i, c in enumerate(codes)]))])
             for r in range(2)]
    results, _ = check_cells(template.membership(column(wrong, b[0], sym.const(1))))
    bad = [r for r in results if r.status != "proved"]
    assert [r.status for r in bad] == ["refuted"]
    assert bad[0].model["s"] == 1 and bad[0].model["c1"] == 3
    good = column([sym.case(sel, [(k, c[r]) for k, c in enumerate(codes)]) for r in range(2)],
                  sym.case(sel, [(0, b[0]), (1, -b[1]), (2, sym.const(1)), (3, b[0])]),
                  (b[0] + 1) / 2)
    conds = template.membership(good)
    if limit:
        assert all(c is sym.TRUE for _, _, c in conds)
    results, _ = check_cells(conds)
    assert all(r.status == "proved" for r in results)
    bad = column([sym.case(sel, [(k, c[r] if k != 2 else 0) for k, c in enumerate(codes)]) for r in range(2)],
                 sym.case(sel, [(0, b[0]), (1, sym.const(0)), (2, sym.const(1)), (3, b[0])]),
                 b[0] + 1)
    results, _ = check_cells(template.membership(bad))
    assert [r.status for r in results] == ["refuted"] * 3
    assert results[0].model["ptr"] == 2 and results[1].model["ptr"] == 1 and results[2].model["b0"] == 1


def test_check_cells_decides_small_cases_by_exhaustive_evaluation():
    from verify import symbolic as sym
    from verify.smt import check_cells

    with sym.scope():
        bits = [sym.var(f"b{i}", (-1, 1)) for i in range(4)]
        sel = sym.Var("p", (0, 1, 2))
        word = sum((b * 2**i for i, b in enumerate(bits)), sym.const(0))
        picked = sym.case(sel, [(0, word), (1, -word), (2, sym.relu(word) - sym.relu(-word))])
        true = sym.le(picked, 15)      # |word| ≤ 15 in every case
        false = sym.le(picked, 14)     # word = 15 (all bits 1) at p = 0 or p = 2
        for split in (0, 4096):
            results, _ = check_cells([("t", (0, 0), true), ("f", (0, 1), false)], keep_smt2=False, split=split,
                                     enumerate_limit=2**10)
            assert [r.status for r in results] == ["proved", "refuted"]
            assert all(r.smt2 == "" for r in results)  # no solver query was made
            model = results[1].model
            env = {v: model[v.name] for v in false.vars()}
            assert not false.evaluate(env)  # the model is a real failure
