"""verify.enumerate decides conditions exactly as plain evaluation does, on every assignment (no paper)."""
from __future__ import annotations

import itertools
import random
from fractions import Fraction

import pytest

from tests.verify.test_symbolic import bits, random_expr
from verify import symbolic as sym
from verify.enumerate import decide


@pytest.fixture(autouse=True)
def scope():
    with sym.scope():
        yield


def _truth(cond) -> list[dict]:
    """Every assignment (variable name → value) on which ``cond`` fails, by Cond.evaluate."""
    vs = sorted(cond.vars(), key=lambda v: v.name)
    fails = []
    for values in itertools.product(*(v.domain for v in vs)):
        env = dict(zip(vs, values))
        if not cond.evaluate(env):
            fails.append({v.name: x for v, x in env.items()})
    return fails


@pytest.mark.parametrize("seed", range(40))
def test_decisions_agree_with_evaluation_on_random_conditions(seed):
    rng = random.Random(seed)
    leaves = bits(4)
    a, b = random_expr(rng, leaves, 3), random_expr(rng, leaves, 3)
    conds = [sym.le(a, b), sym.eq(a, b), sym.not_(sym.le(b, a)), sym.or_(sym.eq(a, 0), sym.le(b, 1))]
    decisions = decide(conds)
    assert decisions is not None
    for cond, d in zip(conds, decisions):
        fails = _truth(cond)
        assert d.holds == (not fails)
        if not d.holds:  # the model is a real failure
            env = {v: d.model[v.name] for v in cond.vars()}
            assert not cond.evaluate(env)


def test_a_true_identity_and_a_false_one():
    b0, b1, b2 = bits(3)
    word = b0 + 2 * b1 + 4 * b2
    # ReLU(x) − ReLU(−x) = x holds everywhere; ReLU(x) = x fails where x < 0
    (ok, bad) = decide([sym.eq(sym.relu(word) - sym.relu(-word), word), sym.eq(sym.relu(word), word)])
    assert ok.holds and ok.assignments == 8
    assert not bad.holds and Fraction(1) * (bad.model["b0"] + 2 * bad.model["b1"] + 4 * bad.model["b2"]) < 0


def test_rationals_cases_and_digits_are_exact():
    b0, b1 = bits(2)
    sel = sym.Var("sel", (0, 1, 2))
    half = sym.case(sel, [(0, b0 * Fraction(1, 2)), (1, b1 * Fraction(1, 3)), (2, sym.const(Fraction(5, 7)))])
    (d,) = decide([sym.le(half * 42, 30)])
    assert d.holds  # 21, 14 and 30 are the largest values
    (d,) = decide([sym.le(half * 42, 29)])
    assert not d.holds and d.model["sel"] == 2
    word = (b0 + 1) + 2 * (b1 + 1)  # 0, 2, 4, 6
    (d,) = decide([sym.eq(sym.digit(word, 0), 0)])
    assert d.holds


def test_it_declines_too_large_domains_and_possible_overflow():
    many = bits(12)
    assert decide([sym.le(sum(many, sym.const(0)), 11)], limit=2**11) is None
    b0, b1 = bits(2)
    assert decide([sym.le(b0 * 2**70 + b1, 0)]) is None


def test_a_one_valued_selector_and_a_branch_on_its_own_selector():
    b0, = bits(1)
    gate = sym.Var("gate", (0,))
    sel = sym.Var("sel", (0, 1, 2))
    s = sym.Expr(Fraction(0), {sel: Fraction(1)})
    inner = sym.case(sel, [(0, b0), (1, s + b0), (2, s * 3)])  # branches 1 and 2 read the selector itself
    e = sym.case(gate, [(0, inner)])
    fails, holds = decide([sym.le(e, 5), sym.le(e, 6)])  # values: b0, 1 + b0, and 2·3 = 6 at sel = 2
    assert holds.holds and not fails.holds and fails.model["sel"] == 2
    assert [bool(_truth(c)) for c in (sym.le(e, 5), sym.le(e, 6))] == [True, False]


@pytest.mark.parametrize("seed", range(20))
def test_always_in_agrees_with_evaluation_on_random_vectors(seed):
    """``always_in`` answers as evaluating the vector on every assignment does (random expressions with
    rational coefficients, case tables of rational constants): True for the set of all values taken, False
    once one of them is left out."""
    from verify.enumerate import always_in

    rng = random.Random(seed)
    leaves = bits(3)
    sel = sym.Var("sel", (0, 1, 2))
    table = sym.case(sel, [(v, sym.const(Fraction(rng.randint(-5, 5), rng.choice([1, 2, 3])))) for v in sel.domain])
    exprs = [random_expr(rng, leaves, 2) / rng.choice([1, 2, 3]), table, table + leaves[0] / 2]
    vs = sorted(set().union(*(e.vars() for e in exprs)), key=lambda v: v.name)
    taken = {tuple(e.evaluate(dict(zip(vs, p))) for e in exprs) for p in itertools.product(*(v.domain for v in vs))}
    assert always_in(exprs, taken) is True
    for point in taken:
        assert always_in(exprs, taken - {point}) is False


def test_always_in_declines_a_digit_of_a_non_integer_and_too_many_assignments():
    from verify.enumerate import always_in

    b = bits(2)
    half = sym.digit(b[0] / 2 + b[1], 0)  # b0/2 + b1 is ±1/2 or ±3/2: never an integer
    assert always_in([half], {(Fraction(0),), (Fraction(1),)}) is None
    assert always_in([b[0]], {(Fraction(1),), (Fraction(-1),)}, limit=1) is None
    assert always_in([b[0]], {(Fraction(1),), (Fraction(-1),)}) is True


def test_a_shared_table_of_constants_is_evaluated_per_selector_and_domain():
    """One tuple of constant branches shared by several cases (a code field's table): the memoised canonical
    form (symbolic.case), range (Case.range) and integer table (enumerate) agree with evaluation for each
    selector, whatever its domain's order of first use — and a list is never taken from the memo."""
    from verify.enumerate import always_in

    table = ((0, sym.const(3)), (1, sym.const(-1)), (2, sym.const(Fraction(1, 2))), (5, sym.const(3)))
    u, v = sym.Var("u", (0, 1, 2, 5)), sym.Var("v", (0, 1, 2, 5))
    first, second = sym.case(u, table), sym.case(v, table)  # the second from the memo
    again = sym.case(u, list(table))  # a list: the full construction
    assert first.key == again.key and second.key == sym.case(v, list(table)).key
    for e, var in ((first, u), (second, v)):
        assert [e.evaluate({var: x}) for x in var.domain] == [3, -1, Fraction(1, 2), 3]
        assert e.range() == (-1, 3)
    assert always_in([first, second], {(a, b) for a in (3, -1, Fraction(1, 2)) for b in (3, -1, Fraction(1, 2))})
    assert not always_in([first], {(3,), (-1,)})  # 1/2 is reached
    w = sym.Var("w", (0, 1, 2, 5, 7))  # another domain: the tuple lacks a branch for 7, refused as before
    with pytest.raises(ValueError):
        sym.case(w, table)
