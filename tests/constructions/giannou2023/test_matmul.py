"""The linearised-softmax product: network against the closed form, the derived ε against mpmath."""
import random
from fractions import Fraction

import mpmath
import numpy as np
import pytest
import sympy as sp

from constructions.giannou2023 import matmul
from constructions.giannou2023.function_block import sequence_length, standalone_input
from verify.forward import Evaluator
from verify.semantics import Mp

F = Fraction


def mp(v):
    v = F(v)
    return mpmath.mpf(v.numerator) / v.denominator


def network_product(k, A, B, c="1/1024", C="16", digits=60):
    p = matmul.parameters(k, F(c), F(C))
    net = matmul.matmul_network(k).bind(**p)
    ev = Evaluator(net, Mp(1, digits=digits))
    with mpmath.workdps(digits):
        Y = ev.loop(ev.input(np.array(standalone_input(net.layout, A, B), dtype=object)))
    O = list(net.layout.cols("O"))
    return [[Y[net.layout.row("mm.out", i), O[j]] for j in range(k)] for i in range(k)], p, net


def test_two_layers_one_head_each():
    net = matmul.matmul_network(2)
    assert [len(l.heads) for l in net.layers] == [1, 1]
    assert {str(s) for s in net.free_symbols()} == {"c_mm", "C_mm", "mu_mm", "G", "K", "lam"}


@pytest.mark.parametrize("k", [1, 2])
def test_network_equals_closed_form_in_mpmath(k):
    rng = random.Random(k)
    A = [[F(rng.randint(-8, 8), 8) for _ in range(k)] for _ in range(k)]
    B = [[F(rng.randint(-8, 8), 8) for _ in range(k)] for _ in range(k)]
    out, p, net = network_product(k, A, B)
    n = net.layout.n
    with mpmath.workdps(60):
        E = mpmath.exp(mp(p["G"]))
        for j in range(k):
            bt = [(E * mp(B[r][j]) + sum(mp(B[r][l]) for l in range(k) if l != j)) / (E + n - 1) for r in range(k)]
            s = [sum(mp(A[r][l]) * bt[r] for r in range(k)) for l in range(k)]
            Z = mpmath.exp(mp(p["C"])) + (n - k - 1) + sum(mpmath.exp(mp(p["c"]) * sl) for sl in s)
            for i in range(k):
                closed = mp(p["mu"]) * mpmath.exp(mp(p["c"]) * s[i]) / Z - 1 / mp(p["c"])
                assert abs(out[i][j] - closed) < mpmath.mpf(10) ** -40
                # and the sympy closed form evaluates to the same number
                Bs = [[sp.Rational(v.numerator, v.denominator) for v in row] for row in B]
                As = [[sp.Rational(v.numerator, v.denominator) for v in row] for row in A]
                e = matmul.product_expression(As, matmul.copy_expression(Bs, j, p["G"], n), i, p["c"], p["C"],
                                              p["mu"], n)
                assert abs(mpmath.mpf(str(sp.N(e, 60))) - closed) < mpmath.mpf(10) ** -40


def test_derived_epsilon_bounds_sampled_errors():
    k, c, C = 2, F(1, 1024), F(16)
    n = sequence_length(k)
    p = matmul.parameters(k, c, C)
    eps = float(sp.N(matmul.epsilon(c, C, k, n, 1, 1, p["G"], F(1, 2**64)), 30))
    rng = random.Random(7)
    worst = 0.0
    for _ in range(6):
        A = [[F(rng.choice([-1, 1]) * rng.randint(0, 4), 4) for _ in range(k)] for _ in range(k)]
        B = [[F(rng.choice([-1, 1]) * rng.randint(0, 4), 4) for _ in range(k)] for _ in range(k)]
        out, _, _ = network_product(k, A, B)
        for i in range(k):
            for j in range(k):
                exact = sum(A[r][i] * B[r][j] for r in range(k))
                worst = max(worst, float(abs(out[i][j] - mp(exact))))
    assert worst <= eps
    assert worst > 0


def test_multiplier_is_rounded_within_its_bits():
    p = matmul.parameters(2, F(1, 64), F(10), bits=48)
    with mpmath.workdps(80):
        ideal = (mpmath.exp(10) + 7) * 64
        assert 0 <= ideal - mp(p["mu"]) < mpmath.mpf(2) ** -48


def test_smallest_padding_inverts_the_formula():
    k, c, n = 2, F(1, 1024), 8
    target = F(1, 256)
    C = matmul.smallest_padding(target, c, k, n, 1, 1, 40)
    val = float(sp.N(matmul.epsilon(c, C, k, n, 1, 1, 40), 40))
    assert val == pytest.approx(float(target), rel=1e-12)
    assert matmul.smallest_padding(F(1, 10**6), c, k, n, 1, 1, 40) is None  # the linearisation term alone is larger
