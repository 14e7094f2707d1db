"""The absorbing-sum lemma: checked against float32 sums in many orders, and refused where it does not apply."""
from fractions import Fraction

import numpy as np
import pytest

from verify import symbolic as sym
from verify.absorption import Absorption, NotAbsorbed, denominator, never_zero, round_up, value_set
from verify.rounding import model

F32 = model("float32")


def _float32_sum(values, order, pairwise, wide=False):
    """The float32 sum in ``order``, left to right or as a balanced tree; ``wide``: accumulated in float64
    and rounded to float32 once (a wider accumulator, as BLAS may use)."""
    if wide:
        acc = np.float64(0)
        for i in order:
            acc = acc + np.float64(np.float32(values[i]))
        return Fraction(float(np.float32(acc)))
    vals = [np.float32(values[i]) for i in order]
    while len(vals) > 1:
        if pairwise:  # a balanced tree
            vals = [vals[i] + vals[i + 1] if i + 1 < len(vals) else vals[i] for i in range(0, len(vals), 2)]
        else:  # left to right
            vals = [vals[0] + vals[1]] + vals[2:]
    return Fraction(float(vals[0]))


@pytest.mark.parametrize("seed", range(40))
def test_sums_in_any_order_are_exact_or_within_the_bound(seed):
    rng = np.random.default_rng(seed)
    k = int(rng.integers(2, 9))
    exact = [Fraction(int(v), 4) if rng.random() < 0.5 else Fraction(0) for v in rng.integers(-400, 401, size=k)]
    if seed % 3 == 0:  # an exact sum of 0: the errors survive
        exact[-1] = -sum(exact[:-1], Fraction(0))
        if abs(exact[-1]) > 100:
            exact[-1] = Fraction(0)
            exact = [Fraction(0)] * k
    tiny = [Fraction(float(np.float32(e))) for e in rng.uniform(-1e-12, 1e-12, size=k)]
    # the computed terms: exact + tiny, each a float32 (a tiny term on a zero exact value stays tiny)
    computed = [Fraction(float(np.float32(float(a + t)))) for a, t in zip(exact, tiny)]
    rho = [abs(c - a) for c, a in zip(computed, exact)]
    y = sum(exact, Fraction(0))
    result = sym.const(y)
    bound = Absorption(F32).absorb([(4, abs(a), r) for a, r in zip(exact, rho)], result)
    for trial in range(9):
        order = rng.permutation(k)
        got = _float32_sum([float(c) for c in computed], order, pairwise=trial % 3 == 1, wide=trial % 3 == 2)
        if y != 0:
            assert got == y, "a non-zero exact sum must come out exactly"
            assert bound == 0
        else:
            assert abs(got) <= bound


def test_copies_of_one_error_count_once_per_sign():
    ab = Absorption(F32)
    T = Fraction(1, 10**12)
    x = (1, Fraction(1), T, ("x", 1, 0))  # the residual x̃
    relu_pos = (1, Fraction(1), T, ("x", -1, 1))  # −ReLU(x̃): present when x̃ > 0
    relu_neg = (1, Fraction(1), T, ("x", -1, -1))  # +ReLU(−x̃) = −x̃ when x̃ < 0
    both = ab.absorb([x, relu_pos, relu_neg], sym.const(0))
    assert T <= both < 2 * T  # max(P, N)·T plus relative roundings, not 3T
    plain = ab.absorb([(1, Fraction(1), T)] * 3, sym.const(0))
    assert plain >= 3 * T


def test_the_lemma_is_refused_where_its_hypothesis_fails():
    ab = Absorption(F32)
    with pytest.raises(NotAbsorbed, match="dyadic"):
        ab.absorb([(3, Fraction(1), Fraction(1, 10**12))], sym.const(1))
    with pytest.raises(NotAbsorbed, match="bits"):
        ab.absorb([(1, Fraction(2**25), Fraction(0))], sym.const(2**25))
    with pytest.raises(NotAbsorbed, match="half a unit"):
        ab.absorb([(1, Fraction(1), Fraction(1, 10**6))], sym.const(1))
    with pytest.raises(NotAbsorbed, match="not held exactly"):
        ab.stored(Fraction(1, 3))


def test_exact_inputs_give_an_exact_sum_and_a_never_zero_result_absorbs():
    ab = Absorption(F32)
    assert ab.absorb([(1, Fraction(3), Fraction(0)), (2, Fraction(1, 2), Fraction(0))], None) == 0
    with sym.scope():
        b = sym.var("b", (-1, 1))
        assert ab.absorb([(1, Fraction(1), Fraction(1, 10**12))], b) == 0  # ±1 is never 0
        z = sym.var("z", (-1, 0, 1))
        assert ab.absorb([(1, Fraction(1), Fraction(1, 10**12))], z) > 0


def test_value_sets_denominators_and_never_zero():
    with sym.scope():
        bits = [sym.var(f"b{j}", (-1, 1)) for j in range(8)]
        t = sum((bits[j] * Fraction(1, 2**j) for j in range(1, 8)), bits[0])
        assert never_zero(t)  # the least significant bit makes the sum odd in units of 2^-7
        assert denominator(t) == 2**7
        assert not never_zero(bits[0] - bits[1])
        assert value_set(bits[0] - bits[1]) == {Fraction(-2), Fraction(0), Fraction(2)}
        assert never_zero(sym.relu(bits[0]) + 1)
        assert value_set(t, cap=16) is None  # 256 values: over the cap, so "unknown" (never "never zero")


def test_round_up_is_an_upper_bound_with_short_fractions():
    for x in (Fraction(1, 3), Fraction(10**20 + 7, 10**40), Fraction(5)):
        r = round_up(x)
        assert x <= r <= x * (1 + Fraction(1, 2**15)) and r.denominator & (r.denominator - 1) == 0
    assert round_up(Fraction(0)) == 0
