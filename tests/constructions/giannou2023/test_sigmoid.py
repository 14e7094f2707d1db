"""The padded-softmax sigmoid head and its sums: network against the closed forms in mpmath."""
from fractions import Fraction

import mpmath
import numpy as np
import pytest
import sympy as sp

from constructions.giannou2023 import barron, sigmoid
from constructions.giannou2023.function_block import standalone_input
from verify.forward import Evaluator
from verify.semantics import Mp

F = Fraction


def run(net, x, digits=50):
    ev = Evaluator(net, Mp(1, digits=digits))
    with mpmath.workdps(digits):
        Y = ev.loop(ev.input(np.array(standalone_input(net.layout, [[x]], None), dtype=object)))
    return Y[net.layout.row(f"{net.layers[1].heads[0].name.split('.')[0]}.out", 0), net.layout.cols("O")[0]]


def test_structure_two_layers_m_heads_and_declared_rows():
    net = sigmoid.sigmoid_network("f", 1, [((1,), 0, 1)] * 5, 0)
    assert [len(l.heads) for l in net.layers] == [0, 5]
    assert {str(s) for s in net.free_symbols()} == {"rho", "lam", "K"}
    assert net.layout.n == 4


@pytest.mark.parametrize("x", [F(-3), F(-1, 3), F(0), F(5, 4)])
def test_bound_head_matches_closed_form_and_the_sigmoid(x):
    a, b, c = F(3, 2), F(-1, 2), F(2)
    rho = sigmoid.padding(4)
    net = sigmoid.sigmoid_network("s", 1, [((a,), b, c)]).bind(rho=rho, lam=1, K=64)
    got = run(net, x)
    with mpmath.workdps(50):
        z = mpmath.mpf(a.numerator) / a.denominator * (mpmath.mpf(x.numerator) / x.denominator) + mpmath.mpf(b.numerator) / b.denominator
        r = mpmath.mpf(rho.numerator) / rho.denominator
        closed = 2 * mpmath.exp(z + r) / (mpmath.exp(z + r) + 3)
        assert abs(got - closed) < mpmath.mpf(10) ** -40
        assert abs(got - 2 / (1 + mpmath.exp(-z))) < mpmath.mpf(10) ** -28  # |rho − ln 3| ≤ 2^-96
    # the sympy closed form agrees with the same high-precision value
    xs = sp.Symbol("x")
    e = sigmoid.output_expression([((a,), b, c)], 0, rho, 4, [xs]).subs(xs, sp.Rational(x.numerator, x.denominator))
    with mpmath.workdps(50):
        assert abs(mpmath.mpf(str(sp.N(e, 50))) - closed) < mpmath.mpf(10) ** -40


def test_the_reported_padding_sign_gives_the_wrong_function():
    """rho ≈ −ln 3 on the data column: σ(z − 2 ln 3) instead of σ(z); at z = 0 that is 1/10, not 1/2."""
    net = sigmoid.sigmoid_network("s", 1, [((1,), 0, 1)]).bind(rho=-sigmoid.padding(4), lam=1, K=64)
    got = run(net, F(0))
    assert abs(float(got) - 0.1) < 1e-20
    good = sigmoid.sigmoid_network("s", 1, [((1,), 0, 1)]).bind(rho=sigmoid.padding(4), lam=1, K=64)
    assert abs(float(run(good, F(0))) - 0.5) < 1e-20


def test_padding_is_within_its_bits():
    rho = sigmoid.padding(8, bits=64)
    with mpmath.workprec(200):
        assert 0 <= mpmath.log(7) - mpmath.mpf(rho.numerator) / rho.denominator < mpmath.mpf(2) ** -64
    assert sigmoid.padding_error_bound(8, rho) <= Fraction(1, 2**64)


def test_sum_network_matches_its_fit_in_mpmath():
    T = barron.TARGETS["sqrt"]
    fit = barron.least_squares(T, 6)
    terms = [((a,), b, c) for a, b, c in fit.terms]
    net = sigmoid.sigmoid_network("f", 1, terms, fit.c0).bind(rho=sigmoid.padding(4), lam=1, K=64)
    for x in (F(1, 4), F(1), F(37, 10)):
        got = run(net, x)
        with mpmath.workdps(50):
            X = mpmath.mpf(x.numerator) / x.denominator
            want = mpmath.mpf(fit.c0.numerator) / fit.c0.denominator + sum(
                mpmath.mpf(c.numerator) / c.denominator / (1 + mpmath.exp(-(mpmath.mpf(a.numerator) / a.denominator * X
                                                                           + mpmath.mpf(b.numerator) / b.denominator)))
                for a, b, c in fit.terms)
            assert abs(got - want) < mpmath.mpf(10) ** -25


def test_other_a_columns_do_not_leak_into_the_sigmoid():
    """k = 2: whatever the second A column holds, only A[:, 0] enters the key (the first layer isolates it)."""
    net = sigmoid.sigmoid_network("f", 2, [((1, 0), 0, 1)]).bind(rho=sigmoid.padding(8), lam=1, K=64)
    ev = Evaluator(net, Mp(1, digits=40))
    outs = []
    for other in (F(0), F(3), F(-5)):
        X = standalone_input(net.layout, [[F(1, 2), other], [F(0), other]], [[other, other], [other, other]])
        Y = ev.loop(ev.input(np.array(X, dtype=object)))
        outs.append(Y[net.layout.row("f.out", 0), net.layout.cols("O")[0]])
    assert max(outs) - min(outs) < mpmath.mpf(10) ** -30
    assert abs(float(outs[0]) - 1 / (1 + np.exp(-0.5))) < 1e-12


def test_fits_are_exact_rationals_and_improve_with_m():
    T = barron.TARGETS["reciprocal"]
    errs = []
    for m in (4, 8, 16):
        fit = barron.least_squares(T, m)
        assert all(isinstance(v, Fraction) for t in fit.terms for v in t) and isinstance(fit.c0, Fraction)
        xs = np.linspace(0.5, 2, 2001)
        v = float(fit.c0) + sum(float(c) / (1 + np.exp(-(float(a) * xs + float(b)))) for a, b, c in fit.terms)
        errs.append(np.abs(v - 1 / xs).max())
    assert errs[0] > errs[1] > errs[2]


def test_staircase_heights_and_sharpness():
    T = barron.TARGETS["square"]
    fit = barron.staircase(T, 4)
    assert fit.tau == barron.sharpness(4) >= Fraction(2 * 1.386)
    assert fit.c0 == 1 and sum(c for _, _, c in fit.terms) == 0  # f(−1) = f(1) = 1


def test_shipped_fits_are_what_the_fitter_produces_here_or_as_good():
    """The shipped coefficients (barron_fits.json) against a fresh fit: equal on this platform, and in any
    case no worse than 2× in sampled error (a refit elsewhere may round differently)."""
    for target, m in (("reciprocal", 8), ("sqrt", 16)):
        T = barron.TARGETS[target]
        shipped, fresh = barron.fitted(target, m), barron.least_squares(T, m)
        xs = np.linspace(float(T.lo), float(T.hi), 4001)

        def err(fit):
            v = float(fit.c0) + sum(float(c) / (1 + np.exp(-(float(a) * xs + float(b)))) for a, b, c in fit.terms)
            return np.abs(v - T.numpy()(xs)).max()

        assert err(shipped) <= 2 * err(fresh) and err(fresh) <= 2 * err(shipped)
        assert shipped.m == m and len(shipped.terms) == m
