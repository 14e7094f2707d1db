from fractions import Fraction

import numpy as np
import pytest
import sympy as sp

from verify.rational import RatArray


def test_from_values_is_exact_and_reduced():
    a = RatArray.from_values([[sp.Rational(1, 2), 3], [Fraction(-1, 4), 0]])
    assert a.den == 4
    assert a.tolist() == [[Fraction(1, 2), 3], [Fraction(-1, 4), 0]]


def test_arithmetic_matches_fractions():
    rng = np.random.default_rng(0)
    A = [[Fraction(int(rng.integers(-9, 9)), int(rng.integers(1, 7))) for _ in range(4)] for _ in range(3)]
    B = [[Fraction(int(rng.integers(-9, 9)), int(rng.integers(1, 7))) for _ in range(2)] for _ in range(4)]
    ra, rb = RatArray.from_values(A), RatArray.from_values(B)
    expected = [[sum(A[i][k] * B[k][j] for k in range(4)) for j in range(2)] for i in range(3)]
    assert (ra @ rb).tolist() == expected
    s = ra[:, :2] + ra[:, 2:]
    assert s.tolist() == [[A[i][0] + A[i][2], A[i][1] + A[i][3]] for i in range(3)]
    assert (ra - ra).tolist() == [[0] * 4] * 3
    assert ra.relu().tolist() == [[max(v, 0) for v in row] for row in A]


def test_no_overflow_switches_to_python_integers():
    big = RatArray(np.array([[2**40, 2**40]], dtype=np.int64))
    prod = big @ RatArray(np.array([[2**40], [2**40]], dtype=np.int64))
    assert prod.num.dtype == object
    assert prod.item(0, 0) == 2 * 2**80


def test_hardmax_averages_ties_and_one_hot_does_not():
    scores = RatArray(np.array([[3, 1], [3, 2], [1, 0]]))
    avg = scores.hardmax_columns()
    assert avg.tolist() == [[Fraction(1, 2), 0], [Fraction(1, 2), 1], [0, 0]]
    onehot = scores.hardmax_columns(one_hot=True)
    assert onehot.tolist() == [[1, 0], [0, 1], [0, 0]]


def test_add_rows_updates_only_those_rows():
    x = RatArray(np.zeros((3, 2), dtype=np.int64))
    y = x.add_rows([0, 2], RatArray.from_values([[Fraction(1, 3), 1], [2, 0]]))
    assert y.tolist() == [[Fraction(1, 3), 1], [0, 0], [2, 0]]


def test_rejects_floats():
    with pytest.raises(TypeError):
        RatArray(np.array([0.5]))
