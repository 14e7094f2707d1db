"""The elementwise αA + βB block: network against its closed form and error formula (mpmath)."""
from fractions import Fraction

import mpmath
import numpy as np
import sympy as sp

from constructions.giannou2023 import elementwise
from constructions.giannou2023.function_block import standalone_input
from verify.forward import Evaluator
from verify.semantics import Mp

F = Fraction


def test_one_layer_one_head_for_several_outputs():
    net = elementwise.linear_network(2, [("add", 1, 1), ("sub", 1, -1), ("axpy", 1, F(-1, 2))])
    assert [len(l.heads) for l in net.layers] == [1]


def test_network_matches_closed_form_and_worst_case():
    k, G = 2, F(10)
    outs = [("add", 1, 1), ("axpy", 1, F(-1, 2))]
    net = elementwise.linear_network(k, outs).bind(G=G, K=64, lam=1)
    n = net.layout.n
    A = [[F(1), F(-1)], [F(1, 2), F(-1)]]
    B = [[F(-1), F(1)], [F(1), F(1, 3)]]
    ev = Evaluator(net, Mp(1, digits=50))
    O = list(net.layout.cols("O"))
    As = [[sp.Rational(v.numerator, v.denominator) for v in r] for r in A]
    Bs = [[sp.Rational(v.numerator, v.denominator) for v in r] for r in B]
    with mpmath.workdps(50):
        Y = ev.loop(ev.input(np.array(standalone_input(net.layout, A, B), dtype=object)))
        E = mpmath.exp(10)
        for name, al, be in outs:
            for r in range(k):
                for j in range(k):
                    a = E * mpmath.mpf(A[r][j].numerator) / A[r][j].denominator + sum(
                        mpmath.mpf(A[r][l].numerator) / A[r][l].denominator for l in range(k) if l != j)
                    b = E * mpmath.mpf(B[r][j].numerator) / B[r][j].denominator + sum(
                        mpmath.mpf(B[r][l].numerator) / B[r][l].denominator for l in range(k) if l != j)
                    al_, be_ = mpmath.mpf(F(al).numerator) / F(al).denominator, mpmath.mpf(F(be).numerator) / F(be).denominator
                    want = 2 * (al_ * a + be_ * b) / (2 * E + n - 2)
                    got = Y[net.layout.row(f"{name}.out", r), O[j]]
                    assert abs(got - want) < mpmath.mpf(10) ** -40
                    e = elementwise.output_expression(As, Bs, r, j, al, be, G, n)
                    assert abs(mpmath.mpf(str(sp.N(e, 50))) - want) < mpmath.mpf(10) ** -40
        # the worst case (own entries against the others) attains the exact error formula
        worst = float(sp.N(elementwise.linear_error(k, n, 1, 1, 1, 1, G), 30))
        A2 = [[F(1), F(-1)], [F(1), F(-1)]]
        Y = ev.loop(ev.input(np.array(standalone_input(net.layout, A2, A2), dtype=object)))
        got = abs(Y[net.layout.row("add.out", 0), O[0]] - 2)
        assert abs(float(got) - worst) < 1e-12 * worst + 1e-30
