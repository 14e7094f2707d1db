"""Exact rank factorisation of a ReLU layer's weights (verify.lowrank): W = U·Vᵀ over ℚ, rank and weight count."""
from fractions import Fraction

import flint

from verify.lowrank import factorise
from tests.verify.test_relu_net import _xor_net
from verify.relu_net import Layer




def _layer(W):
    rows = tuple(tuple((j, Fraction(w)) for j, w in enumerate(r) if w != 0) for r in W)
    return Layer(rows, tuple(Fraction(0) for _ in W), True, len(W[0]))


def test_rank_factorisation_is_exact():
    net = _xor_net()
    f = factorise(net.layers[0])
    assert f.equal and f.rank == 1  # rows (1, −1) and (−1, 1)
    assert f.params == 1 * (2 + 2)


def test_factors_multiply_back_to_the_weights_with_fractions():
    W = [[Fraction(1, 3), 2, 0], [Fraction(2, 3), 4, 0], [0, 0, Fraction(-5, 7)]]
    f = factorise(_layer(W))
    assert (f.rows, f.cols, f.rank) == (3, 3, 2) and f.equal
    product = f.U * f.Vt
    assert [[product[i, j] for j in range(3)] for i in range(3)] == [
        [flint.fmpq(w.numerator, w.denominator) for w in map(Fraction, r)] for r in W]


def test_a_one_weight_change_raises_the_rank():
    W = [[1, 2], [2, 4]]
    assert factorise(_layer(W)).rank == 1
    broken = _layer(W).with_weight(1, 1, 5)  # (2, 5) is no multiple of (1, 2)
    assert factorise(broken).rank == 2 and factorise(broken).params == 2 * (2 + 2)
