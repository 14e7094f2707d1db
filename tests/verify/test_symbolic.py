"""Every rewrite of the symbolic algebra is an identity: checked on every assignment of small domains.

The proofs settle many cells "by identity" after these rewrites, so each rule
is checked here against plain evaluation, exhaustively over the variables.
"""
import itertools
import random
from fractions import Fraction

import pytest

from verify import symbolic as sym


@pytest.fixture(autouse=True)
def scope():
    with sym.scope():
        yield


def assignments(vs):
    vs = sorted(vs, key=lambda v: v.name)
    for values in itertools.product(*(v.domain for v in vs)):
        yield dict(zip(vs, values))


def bits(k):
    return [sym.var(f"b{i}", (-1, 1)) for i in range(k)]


def _atom(leaf):
    (v,) = leaf.terms
    return v


def random_expr_and_reference(rng, leaves, depth):
    """A random expression built through the smart constructors, and a plain-Python function computing the
    same value from an assignment (no rewriting, no :mod:`verify.symbolic` evaluation)."""
    if depth == 0 or rng.random() < 0.3:
        leaf = rng.choice(leaves)
        scale, shift = Fraction(rng.randint(-4, 4), rng.choice([1, 2, 4])), rng.randint(-3, 3)
        v = _atom(leaf)
        return leaf * scale + shift, lambda env: env[v] * scale + shift
    op = rng.choice(["add", "relu", "case", "ite", "digit"])
    a, fa = random_expr_and_reference(rng, leaves, depth - 1)
    if op == "add":
        b, fb = random_expr_and_reference(rng, leaves, depth - 1)
        return a + b, lambda env: fa(env) + fb(env)
    if op == "relu":
        return sym.relu(a), lambda env: max(fa(env), 0)
    if op == "case":
        sel = sym.Var("sel", (0, 1, 2))
        branches = {v: random_expr_and_reference(rng, leaves, depth - 1) for v in sel.domain}
        return (sym.case(sel, [(v, e) for v, (e, _) in branches.items()]),
                lambda env: branches[env[sel]][1](env))
    if op == "ite":
        c, fc = random_expr_and_reference(rng, leaves, 0)
        b, fb = random_expr_and_reference(rng, leaves, depth - 1)
        return sym.ite(sym.le(a, c), b, a), lambda env: fb(env) if fa(env) <= fc(env) else fa(env)
    # digit of an integer-valued expression: sums of ±1 bits with integer weights
    word = sum((b * 2**i for i, b in enumerate(leaves)), sym.const(0))
    mult, shift, k = rng.choice([1, 3, -1]), rng.randint(-9, 9), rng.randint(0, 3)
    atoms = [_atom(b) for b in leaves]

    def reference(env):  # bit k of the two's-complement integer
        value = sum(env[b] * 2**i for i, b in enumerate(atoms)) * mult + shift
        return (value >> k) & 1

    return sym.digit(word * mult + shift, k), reference


def random_expr(rng, leaves, depth):
    return random_expr_and_reference(rng, leaves, depth)[0]


@pytest.mark.parametrize("push", [False, True])
@pytest.mark.parametrize("seed", range(60))
def test_smart_constructors_agree_with_evaluation(seed, push, monkeypatch):
    """Build the same value twice — once through the smart constructors, once as a plain
    Python computation on the assignment — and compare on every assignment (ReLUs over
    cases pushed into the branches or not)."""
    monkeypatch.setattr(sym, "RELU_INTO_CASES", push)
    rng = random.Random(seed)
    leaves = bits(3)
    e, reference = random_expr_and_reference(rng, leaves, 3)
    r = sym.relu(e - 1)
    sel = sym.Var("sel", (0, 1, 2))
    for env in assignments({_atom(b) for b in leaves} | {sel}):
        v = reference(env)
        assert e.evaluate(env) == v, (e, env)
        assert r.evaluate(env) == max(v - 1, 0), (r, env)
        lo, hi = e.range()
        assert lo <= v <= hi, "range analysis must enclose every value"


@pytest.mark.parametrize("push", [False, True])
def test_relu_rules_on_every_assignment(push, monkeypatch):
    monkeypatch.setattr(sym, "RELU_INTO_CASES", push)
    b0, b1, b2 = bits(3)
    sel = sym.Var("s", (0, 1, 2, 3))
    s = sym.Expr(Fraction(0), {sel: Fraction(1)})
    table = sym.case(sel, [(v, sym.const(v)) for v in sel.domain])
    cases = [b0, -b0, b0 + b1, -(b0 + b1), 2 * b0 - b1 + b2 - 1, table - 2, s - 1, 3 * table + b0 - 4,
             sym.case(sel, [(0, b0), (1, b1 + 1), (2, -b2), (3, sym.const(5))]) - b0]
    for e in cases:
        r = sym.relu(e)
        for env in assignments(e.vars()):
            assert r.evaluate(env) == max(e.evaluate(env), 0), (e, env)


def test_relu_of_negation_shares_the_atom():
    b0, b1 = bits(2)
    x = b0 + b1
    pos, neg = sym.relu(x), sym.relu(-x)
    assert set(pos.terms) & set(neg.terms), "ReLU(x) and ReLU(-x) should share one atom"
    assert (pos - neg) == x


def test_closed_and_open_gates_fold():
    b0 = bits(1)[0]
    assert sym.relu(b0 - 3) == 0
    assert sym.relu(b0 + 3) == b0 + 3


@pytest.mark.parametrize("k", range(4))
def test_digit_modular_reduction_on_every_assignment(k):
    bs = bits(4)
    word = sum((b * 2**i for i, b in enumerate(bs)), sym.const(0)) / 2 + Fraction(15, 2)  # unsigned 0..15
    other = sum((b * 2**i for i, b in enumerate(bs[::-1])), sym.const(0))
    for e in (word, word + 16 * bs[0], word * 3 + other - 7, 2**(k + 1) * word + bs[1] - bs[2], -word):
        d = sym.digit(e, k)
        for env in assignments(e.vars()):
            v = e.evaluate(env)
            assert v.denominator == 1
            assert d.evaluate(env) == (v.numerator >> k) & 1, (e, k, env)


def test_complete_digit_runs_become_their_value():
    """Σ 2^j digit(v, j) over a word is v mod 2^N: inside another digit it may be replaced by v."""
    bs = bits(3)
    # an unsigned word Σ 2^i (b_i + 1)/2, plus a constant: every digit really depends on the bits
    v = sum(((b + 1) * 2**i / 2 for i, b in enumerate(bs)), sym.const(0)) + 3
    word = sum((sym.digit(v, j) * 2**j for j in range(4)), sym.const(0))
    assert sym.digit(word + bs[0], 2) == sym.digit(v + bs[0], 2)
    for env in assignments(v.vars()):
        total = (word + bs[0]).evaluate(env)
        assert sym.digit(word + bs[0], 2).evaluate(env) == (total.numerator >> 2) & 1


def test_conditions_and_ite_on_every_assignment():
    b0, b1, b2 = bits(3)
    sel = sym.Var("t", (0, 1, 2))
    for cond in (sym.eq(b0 + b1, 0), sym.le(b0 - b1 + b2, -1), sym.and_(sym.eq(b0, 1), sym.le(b1, b2)),
                 sym.or_(sym.eq(b0, -1), sym.not_(sym.eq(b2, 1))), sym.eq(sym.case(sel, [(0, b0), (1, b1),
                                                                                        (2, sym.const(3))]), 1)):
        e = sym.ite(cond, b0 + 2, b1 - b2)
        flag = sym.ite(cond, 1, 0)
        for env in assignments(e.vars() | cond.vars()):
            truth = cond.evaluate(env)
            assert e.evaluate(env) == ((b0 + 2) if truth else (b1 - b2)).evaluate(env)
            assert sym.eq(flag, 1).evaluate(env) == truth
            assert sym.le(flag, 0).evaluate(env) == (not truth)


def test_substitution_agrees_with_evaluation():
    """``e.subs({b0: x})`` evaluates like ``e`` with ``b0 = x``, for both values of b0, on every assignment."""
    rng = random.Random(5)
    leaves = bits(3)
    b0, sel = _atom(leaves[0]), sym.Var("sel", (0, 1, 2))
    checked = 0
    for _ in range(30):
        e = random_expr(rng, leaves, 3)
        for x in b0.domain:
            sub = e.subs({b0: x})
            assert b0 not in sub.vars()
            for env in assignments({_atom(b) for b in leaves[1:]} | {sel}):
                assert sub.evaluate(env) == e.evaluate({**env, b0: x}), (e, x, env)
                checked += 1
    assert checked == 30 * 2 * 12


def test_variable_names_are_unique_within_a_scope():
    sym.Var("x", (0, 1))
    with pytest.raises(ValueError, match="already exists"):
        sym.Var("x", (-1, 1))
    with sym.scope():
        sym.Var("x", (-1, 1))  # a fresh scope may reuse the name


def test_products_of_symbolic_values_are_refused():
    b0, b1 = bits(2)
    with pytest.raises(TypeError, match="not affine"):
        b0 * b1


def _case_pool():
    """Case atoms over one selector whose branches share parts in every way the canonical form handles."""
    b0, b1, b2 = bits(3)
    sel = sym.Var("sel", (0, 1, 2, 3))
    pool = [
        [b0 + b1, 2 * b1, 2 * b1, 2 * b1],  # an atom's most frequent coefficient (here 2·b1) stands outside
        [b0 / 2 + b2 / 2, b1 / 2 + b2 / 2, b2 / 2 - 1, b2 / 2 + 3],  # shared ½·b2, common factor ½
        [-b0, -b1, sym.const(-2), -b2],  # negative first branch: sign moves outside
        [sym.const(v) for v in (-1, -1, 1, 1)],  # constants only
        [sym.const(v) for v in (3, -1, 3, Fraction(1, 2))],
        [b0 - 4, b0 - 4, b0 + b1 - 4, b0 - 4],
    ]
    return sel, pool


def test_case_canonical_form_on_every_assignment():
    """Moving the modal part, the common factor and the sign out of a case keeps its value."""
    sel, pool = _case_pool()
    for branches in pool:
        e = sym.case(sel, list(enumerate(branches)))
        for env in assignments(e.vars() | {sel}):
            assert e.evaluate(env) == branches[env[sel]].evaluate(env), (branches, env)


def test_case_branches_differing_by_an_affine_form_give_one_atom():
    """``A + case(v: b_k)`` and ``A' + case(v: b_k + A - A')`` are the same expression after rewriting —
    the rule that makes a gated overwrite equal to its contract by identity."""
    b0, b1, b2 = bits(3)
    sel, pool = _case_pool()
    for branches in pool:
        for shift in (b0, -2 * b1 + 3, b0 / 2 - b2, sym.const(Fraction(7, 3))):
            left = sym.case(sel, list(enumerate(branches)))
            right = shift + sym.case(sel, [(k, e - shift) for k, e in enumerate(branches)])
            assert left == right, (branches, shift)
            assert sym.eq(2 * left, 2 * right) is sym.TRUE
        for factor in (-1, 2, Fraction(-1, 3)):  # the same for branches scaled by any nonzero factor
            scaled = sym.case(sel, [(k, e * factor) for k, e in enumerate(branches)]) / factor
            assert scaled == sym.case(sel, list(enumerate(branches))), (branches, factor)
    # the read lemma's shape: −T + 2·case(pc: ½T + ½x_pc) is case(pc: x_pc)
    t = sym.case(sym.Var("slot", (0, 1)), [(0, b2), (1, -b2)])
    xs = [b0, b1, -b0, sym.const(1)]
    assert -t + 2 * sym.case(sel, [(k, t / 2 + x / 2) for k, x in enumerate(xs)]) == sym.case(sel, list(enumerate(xs)))


def test_relu_of_negation_shares_the_atom_inside_cases():
    """ReLU(x) − ReLU(−x) = x also when x branches on a selector, pushed into the cases or not."""
    b0, b1, b2 = bits(3)
    sel = sym.Var("p", (0, 1, 2))
    x = sym.case(sel, [(0, b0 + b1), (1, b1 - b2 + 1), (2, sym.const(-1))]) - b2
    saved = sym.RELU_INTO_CASES
    try:
        for push in (False, True):
            sym.RELU_INTO_CASES = push
            pos, neg = sym.relu(x), sym.relu(-x)
            assert pos - neg == x, push
            for env in assignments(x.vars()):
                v = x.evaluate(env)
                assert pos.evaluate(env) == max(v, 0) and neg.evaluate(env) == max(-v, 0), (push, env)
    finally:
        sym.RELU_INTO_CASES = saved


def test_modal_part_is_the_most_frequent_coefficient():
    """The sparse computation of the modal part equals the definition (zeros counted; among equally
    frequent values the first in branch order) on random branches."""
    rng = random.Random(3)
    leaves = bits(4)
    for trial in range(400):
        exprs = [sum((leaf * rng.choice([0, 0, 1, -1, 2]) for leaf in leaves), sym.const(rng.choice([0, 1, -1])))
                 for _ in range(rng.randint(2, 6))]
        if trial % 2:  # the same branch objects repeated, as in a wide case (counted once, weighted)
            exprs = [rng.choice(exprs) for _ in range(rng.randint(2, 12))]
        got = sym._modal_part(exprs)
        for leaf in leaves:
            (a,) = leaf.terms
            coeffs = [e.terms.get(a, Fraction(0)) for e in exprs]
            best = max(coeffs.count(c) for c in coeffs)
            assert got.terms.get(a, Fraction(0)) == next(c for c in coeffs if coeffs.count(c) == best)
        consts = [e.const for e in exprs]
        assert got.const == next(c for c in consts if consts.count(c) == max(map(consts.count, consts)))


def test_constant_cases_take_the_general_canonical_form():
    """A case of constants (built on its own fast path, in integers when it can) is the atom the general
    path builds for the same constants plus a shared term, and evaluates to the right branch."""
    rng = random.Random(11)
    b0 = bits(1)[0]
    sel = sym.Var("sel", (0, 1, 2, 3, 4))
    for _ in range(100):
        consts = [Fraction(rng.randint(-4, 4), rng.choice([1, 1, 1, 2, 3])) for _ in sel.domain]
        fast = sym.case(sel, list(enumerate(consts)))
        general = sym.case(sel, [(k, b0 + c) for k, c in enumerate(consts)]) - b0
        assert fast == general, consts
        for k, c in enumerate(consts):
            assert fast.evaluate({sel: k}) == c


def test_lookup_chains_on_one_pointer_on_every_assignment():
    """A chain ``ite(p = k, x_k, ite(p = k+1, …))`` (a contract's pointer lookup) is the case the definition
    gives — substituting each value of ``p`` into both sides — and evaluates like it everywhere."""
    b = bits(3)
    p = sym.Var("p", (0, 1, 2, 3, 4))
    q = sym.Expr(Fraction(0), {p: Fraction(1)})
    xs = [b[0], -b[1] + 1, sym.const(2), b[2] / 2 - b[0], b[0] + b[1]]
    out = sym.const(-1) + b[2]
    for k in reversed(range(5)):
        cond = sym.eq(q, k) if k % 2 else sym.le(q, k)
        truth = [cond.subs({p: val}) is sym.TRUE for val in p.domain]
        want = sym.case(p, [(val, (xs[k] if t else out).subs({p: val})) for val, t in zip(p.domain, truth)])
        got = sym.ite(cond, xs[k], out)
        assert got == want, k
        for env in assignments(got.vars() | {p}):
            assert got.evaluate(env) == (xs[k] if cond.evaluate(env) else out).evaluate(env)
        out = got


def _doubling_dag(x, y, depth):
    e = x + y
    for k in range(depth):  # each level uses the one below twice: 2^depth paths
        e = sym.relu(e - k % 3) - sym.relu(-e + y) + y
    return e


def test_substitution_visits_each_shared_subterm_once(monkeypatch):
    """Substitution walks each node of a DAG once (memoised per substitution), not once per path, and agrees
    with evaluation (itself a tree walk, so checked at a depth it can afford)."""
    from verify.symbolic.atoms import Relu

    calls = []
    real = Relu._subs
    monkeypatch.setattr(Relu, "_subs", lambda self, env, memo: calls.append(self) or real(self, env, memo))
    x, y = sym.var("x", (-2, -1, 0, 1, 2)), sym.var("y", (0, 1))
    (vx,), (vy,) = x.vars(), y.vars()
    small = _doubling_dag(x, y, 10)
    for env in assignments([vx, vy]):
        got = small.subs(env)
        assert not got.terms and got.const == small.evaluate(env)
    part = small.subs({vx: 1})
    assert part.vars() <= {vy}
    assert all(part.subs({vy: b}).const == small.evaluate({vx: 1, vy: b}) for b in vy.domain)
    deep = _doubling_dag(x, y, 16)  # 2^16 paths: without the memo, visited many times over (and slowly)
    for env in assignments([vx, vy]):
        calls.clear()
        assert not deep.subs(env).terms
        assert len(calls) == len(set(calls)) <= 2 * 16
