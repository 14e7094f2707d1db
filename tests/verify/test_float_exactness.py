"""Exact float execution of a toy looped network (a pointer read and clearing rows): the certificate covers
what numpy float32 computes from every valid state, and refuses a non-dyadic weight, a small λ and float64."""
from fractions import Fraction

import numpy as np
import pytest

from tests.verify.shuffled_float import ShuffledFloat
from tests.verify.toys import PointerRead
from verify import symbolic as sym
from verify.float_exactness import certify_growth, certify_loops, loop_errors
from verify.forward import Evaluator
from verify.rounding import model
from verify.semantics import Exact, Float

LAM = Fraction(17)


def _certify(toy, loops, fmt="float32", lam=LAM):
    with sym.scope():
        return certify_loops(toy.network(), [toy.template()], model(fmt), lam, loops)


@pytest.mark.parametrize("semantics", [lambda: Float(LAM, np.float32), lambda: ShuffledFloat(LAM, np.float32, 1)],
                         ids=["numpy", "shuffled orders"])
def test_the_certified_bounds_cover_the_float32_runs_from_every_valid_state(semantics):
    toy = PointerRead()
    cert = _certify(toy, 4)
    assert cert.loops == 4 and cert.failure is None
    assert 0 < cert.bounds[0] < Fraction(1, 10**13)
    net = toy.network()
    X = np.stack(list(toy.states()))
    exact, flt = Evaluator(net, Exact()), Evaluator(net, semantics())
    E, F = exact.input(X), flt.input(X)
    for k in range(4):
        E, F = exact.loop(E), flt.loop(F)
        e = E.to_float()
        worst = float(np.abs(np.asarray(F, dtype=np.float64) - e).max())
        assert worst <= cert.bounds[k]
        nonzero = e != 0
        assert np.array_equal(np.asarray(F, dtype=np.float64)[nonzero], e[nonzero])  # exact where non-zero


def test_a_clearing_row_comes_out_exactly_zero_whatever_error_it_carried():
    toy = PointerRead()
    with sym.scope():
        net = toy.network()
        r = net.layout.row("r")
        start = [[Fraction(0)] * toy.n for _ in range(net.layout.d)]
        start[r] = [Fraction(1, 10**9)] * toy.n
        out = loop_errors(net, [toy.template()], model("float32"), LAM, start)
    assert out[-1].errors[r] == [0] * toy.n


def test_a_weight_float32_cannot_hold_is_refused():
    cert = _certify(PointerRead(copy=Fraction(1, 3)), 2)
    assert cert.loops == 0 and "not held exactly" in cert.failure


@pytest.mark.parametrize("fmt, lam, why", [("float32", Fraction(2), "do not vanish"),
                                           ("float64", LAM, "do not vanish")])
def test_softmax_weights_that_do_not_vanish_against_a_unit_are_refused(fmt, lam, why):
    cert = _certify(PointerRead(), 2, fmt, lam)
    assert cert.loops == 0 and why in cert.failure


def test_linear_growth_invariant_covers_a_long_float32_run_and_fails_when_the_growth_is_underestimated():
    toy = PointerRead()
    with sym.scope():
        cert = certify_growth(toy.network(), [toy.template()], model("float32"), LAM, warmup=3)
        short = certify_growth(toy.network(), [toy.template()], model("float32"), LAM, warmup=3,
                               slack=Fraction(1, 2), attempts=1)
    assert cert.horizon >= 1000 and cert.failure is None
    assert short.horizon == 0 and "outgrew" in short.failure  # C below the real increment: no invariant
    net = toy.network()
    X = np.stack(list(toy.states()))
    exact, flt = Evaluator(net, Exact()), Evaluator(net, Float(LAM, np.float32))
    E, F = exact.input(X), flt.input(X)
    for k in range(1, 61):
        E, F = exact.loop(E), flt.loop(F)
        worst = float(np.abs(np.asarray(F, dtype=np.float64) - E.to_float()).max())
        limit = cert.warm_bounds[min(k, 3) - 1] + max(0, k - 3) * cert.per_loop
        assert worst <= limit
