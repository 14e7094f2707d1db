"""Float64 midpoint–radius balls: every operation contains the exact result on every member (checked with
Fractions), exactness is detected only where every summation order is exact, and removing the analysis-error
term is caught."""
import itertools
import random
from fractions import Fraction

import numpy as np
import pytest

import verify.balls as balls
from verify.balls import Balls, exact_dot, exact_sum, mantissas, up


def _members(X: Balls, rng: random.Random, count: int = 6):
    """Exact members: the ends of each ball and random points inside (Fractions)."""
    for k in range(count):
        out = np.empty(X.shape, dtype=object)
        for idx in np.ndindex(X.shape):
            m, r = Fraction(X.mid[idx]), Fraction(X.rad[idx])
            t = (-1, 1)[k] if k < 2 else Fraction(rng.randint(-1000, 1000), 1000)
            out[idx] = m + t * r
        yield out


def _excess(result: Balls, exact) -> Fraction:
    """The largest amount by which an exact value lies outside its ball (≤ 0: inside)."""
    return max(abs(exact[idx] - Fraction(result.mid[idx])) - Fraction(result.rad[idx])
               for idx in np.ndindex(exact.shape))


def _awkward(rng: random.Random, shape, scale: float = 1.0) -> np.ndarray:
    """Floats with full mantissas, mixed signs and magnitudes (cancellation-prone)."""
    return np.array([[scale * rng.choice((1, -1)) * rng.uniform(0.5, 2) * 2.0 ** rng.randint(-3, 3) / 3
                      for _ in range(shape[1])] for _ in range(shape[0])])


def _matmul(W, X):
    return np.array([[sum((Fraction(W[i, k]) * X[k, j] for k in range(W.shape[1])), Fraction(0))
                      for j in range(X.shape[1])] for i in range(W.shape[0])], dtype=object)


def _linear_excess(seed: int) -> Fraction:
    rng = random.Random(seed)
    W, b = _awkward(rng, (4, 5)), _awkward(rng, (4, 1))
    X = Balls(_awkward(rng, (5, 3), 100.0), np.abs(_awkward(rng, (5, 3), 1e-12)) * (seed % 2))
    out = X.linear(W, b)
    worst = Fraction(-1)
    for x in _members(X, rng):
        exact = _matmul(W, x) + np.array([[Fraction(v)] for v in b[:, 0]], dtype=object)
        worst = max(worst, _excess(out, exact))
    return worst


@pytest.mark.parametrize("seed", range(12))
def test_linear_contains_every_member_image(seed):
    assert _linear_excess(seed) <= 0


def test_linear_without_its_analysis_error_is_caught(monkeypatch):
    # the sibling: the same check, with the float64 rounding of the midpoint left out, finds an escape
    monkeypatch.setattr(balls, "gamma_bound", lambda magnitude, k: np.zeros_like(np.asarray(magnitude, float)))
    assert max(_linear_excess(seed) for seed in range(0, 12, 2)) > 0


@pytest.mark.parametrize("seed", range(8))
def test_bilinear_times_and_plus_contain_every_member_result(seed):
    rng = random.Random(100 + seed)
    P = Balls(_awkward(rng, (3, 4)), np.abs(_awkward(rng, (3, 4), 1e-9)))
    Q = Balls(_awkward(rng, (3, 2)), np.abs(_awkward(rng, (3, 2), 1e-9)))
    prod, scaled, total = P.bilinear(Q), P.times(17.0), P.plus(Balls(-P.mid * (1 + 2.0 ** -30), P.rad))
    for p, q in zip(_members(P, rng), _members(Q, rng)):
        assert _excess(prod, _matmul(p.T, q)) <= 0
        assert _excess(scaled, p * 17) <= 0
    for p, p2 in zip(_members(P, rng), _members(Balls(-P.mid * (1 + 2.0 ** -30), P.rad), rng)):
        assert _excess(total, p + p2) <= 0


def _orders(values):
    """Every left-to-right float64 summation order of ``values``."""
    for perm in itertools.permutations(values):
        acc = 0.0
        for v in perm:
            acc = acc + v
        yield acc


def test_exact_dot_only_where_every_order_is_exact():
    flags = [_exact_dot_case(seed) for seed in range(60)]
    assert 10 <= sum(flags) <= 50  # both answers occur: the check is not vacuous


def _exact_dot_case(seed: int) -> bool:
    rng = random.Random(seed)
    k = rng.randint(2, 5)
    # short dyadic weights and inputs (often exact) with, sometimes, one long mantissa or a huge term
    W = np.array([[rng.choice((1, -1)) * rng.randint(1, 15) * 2.0 ** rng.randint(-4, 4) for _ in range(k)]])
    X = np.array([[rng.choice((1, -1)) * rng.randint(1, 2**20) * 2.0 ** rng.randint(-20, 10)] for _ in range(k)])
    if seed % 3 == 0:
        X[0, 0] = 2.0 ** 52 + 1
    flag = bool(exact_dot(W, X)[0, 0])
    exact = sum(Fraction(W[0, j]) * Fraction(X[j, 0]) for j in range(k))
    products = [W[0, j] * X[j, 0] for j in range(k)]
    all_exact = all(Fraction(p) == Fraction(W[0, j]) * Fraction(X[j, 0]) for j, p in enumerate(products)) and all(
        Fraction(s) == exact for s in _orders(products))
    if flag:
        assert all_exact
    return flag


def test_exact_dot_refuses_an_inexact_sum_and_accepts_integers():
    assert not exact_dot(np.array([[1.0, 1.0]]), np.array([[2.0 ** 53], [1.0]]))[0, 0]  # 2^53 + 1 rounds
    assert exact_dot(np.array([[3.0, -2.0, 1.0]]), np.array([[5.0], [7.0], [-100.0]]))[0, 0]
    assert not exact_dot(np.array([[1.0]]), np.array([[1.0 / 3]]), None, precision=24)[0, 0]  # float32: rounds
    assert bool(exact_sum(np.array([0.5]), np.array([0.25]))[0])


def test_mantissas_and_up():
    bits, low = mantissas(np.array([3.0, 0.75, 0.0, -2.0 ** -40]))
    assert list(bits[:2]) == [2, 2] and list(low[:2]) == [0, -2] and bits[2] == 0 and list(low[3:]) == [-40]
    rng = random.Random(5)
    for _ in range(200):
        values = [rng.uniform(0, 1) * 2.0 ** rng.randint(-30, 30) for _ in range(20)]
        computed = float(np.sum(values))
        assert Fraction(float(up(computed, 20))) >= sum(map(Fraction, values))


def test_balls_check_refuses_non_finite_and_huge_values():
    with pytest.raises(ValueError, match="finite"):
        Balls(np.array([np.nan]), np.array([0.0])).finite()
    with pytest.raises(ValueError, match="magnitudes"):
        Balls(np.array([2.0 ** 61]), np.array([0.0])).finite()


def test_relu_contains_every_member_image_and_keeps_known_entries_exact():
    rng = random.Random(9)
    X = Balls(_awkward(rng, (4, 3), 1e-3), np.abs(_awkward(rng, (4, 3), 1e-3)))
    X = Balls(X.mid, np.where(np.arange(12).reshape(4, 3) % 3 == 0, 0.0, X.rad))
    out = X.relu()
    assert np.array_equal(out.known, X.known)
    for x in _members(X, rng):
        assert _excess(out, np.vectorize(lambda v: max(v, Fraction(0)), otypes=[object])(x)) <= 0
