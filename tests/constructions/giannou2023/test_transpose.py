"""The transpose block: network against its closed form and the exact error formula (mpmath)."""
from fractions import Fraction

import mpmath
import numpy as np
import sympy as sp

from constructions.giannou2023 import transpose
from constructions.giannou2023.function_block import standalone_input
from verify.forward import Evaluator
from verify.semantics import Mp

F = Fraction


def test_two_layers_one_head():
    net = transpose.transpose_network(3)
    assert [len(l.heads) for l in net.layers] == [0, 1]


def test_network_transposes_up_to_the_exact_factor():
    k, G = 3, F(12)
    net = transpose.transpose_network(k).bind(G=G, K=64, lam=1)
    A = [[F(i * k + j + 1, 7) * (-1) ** j for j in range(k)] for i in range(k)]
    ev = Evaluator(net, Mp(1, digits=50))
    with mpmath.workdps(50):
        Y = ev.loop(ev.input(np.array(standalone_input(net.layout, A, None), dtype=object)))
        n = net.layout.n
        factor = k * mpmath.exp(12) / (k * mpmath.exp(12) + n - k)
        O = list(net.layout.cols("O"))
        for i in range(k):
            for l in range(k):
                got = Y[net.layout.row("tr.out", l), O[i]]
                want = factor * mpmath.mpf(A[i][l].numerator) / A[i][l].denominator
                assert abs(got - want) < mpmath.mpf(10) ** -40
                e = transpose.output_expression([[sp.Rational(v.numerator, v.denominator) for v in r] for r in A],
                                                i, l, G, n)
                assert abs(mpmath.mpf(str(sp.N(e, 50))) - want) < mpmath.mpf(10) ** -40
        # everything private is cleared
        for block in ("tr.sp", "tr.buf"):
            assert all(abs(Y[r, j]) < mpmath.mpf(10) ** -40 for r in net.layout.rows(block) for j in range(n))
        err = transpose.transpose_error(k, n, 1, G)
        assert abs(mpmath.mpf(str(sp.N(err, 50))) - (1 - factor)) < mpmath.mpf(10) ** -45
