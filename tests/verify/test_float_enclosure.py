"""The per-state enclosure of the float machine on toy networks (no paper): every value numpy computes, in its
own order and in shuffled orders, in float64 and float32, lies in the balls, layer after layer and loop after
loop; exact integer arithmetic stays exact; and an enclosure built for the wrong format is caught."""
from fractions import Fraction

import numpy as np
import pytest

from tests.verify.shuffled_float import ShuffledFloat
from tests.verify.toys import Complement, PointerRead
from verify.balls import Balls
from verify.float_enclosure import FloatEnclosure
from verify.forward import Evaluator
from verify.semantics import Exact, Float

LOOPS = 3


def _states(count: int = 8):
    states = list(PointerRead().states())
    return [states[k] for k in np.random.default_rng(4).choice(len(states), size=count, replace=False)]


def _excess(values, X: Balls) -> Fraction:
    """The largest distance, exactly, by which a computed value lies outside its ball (≤ 0: inside)."""
    values = np.asarray(values, dtype=np.float64)
    return max(abs(Fraction(values[idx]) - Fraction(X.mid[idx])) - Fraction(X.rad[idx])
               for idx in np.ndindex(values.shape))


def _worst_escape(fmt: str, lam, u=None, seeds=range(3)) -> Fraction:
    net = PointerRead().network()
    enclosure = FloatEnclosure(net, lam, fmt, u)
    machines = [Evaluator(net, Float(lam, np.dtype(fmt)))] + [
        Evaluator(net, ShuffledFloat(lam, np.dtype(fmt), seed)) for seed in seeds]
    worst = Fraction(-1)
    for X0 in _states():
        X = Balls.exact(X0.astype(np.float64))
        runs = [m.input(X0) for m in machines]
        for _ in range(LOOPS):
            X = enclosure.layer(0, X)
            runs = [m.layer(0, F) for m, F in zip(machines, runs)]
            worst = max([worst] + [_excess(F, X) for F in runs])
    return worst


@pytest.mark.parametrize("fmt", ["float64", "float32"])
@pytest.mark.parametrize("lam", [2, 5])
def test_every_computed_value_lies_in_the_enclosure(fmt, lam):
    assert _worst_escape(fmt, lam) <= 0


def test_an_enclosure_for_the_wrong_format_is_caught():
    # float32's roundings do not fit balls built with float64's unit roundoff
    assert _worst_escape("float32", 5, u=Fraction(1, 2**53), seeds=range(1)) > 0


def test_integer_arithmetic_stays_exact():
    toy = Complement()
    net = toy.network(4)
    enclosure = FloatEnclosure(net, 1, "float64")
    exact = Evaluator(net, Exact())
    for state in toy.states(4):
        X0 = toy.encode(4, state).astype(np.int64)
        X = enclosure.layer(0, Balls.exact(X0.astype(np.float64)))
        Y = exact.layer(0, exact.input(X0))
        assert not X.rad.any() and np.array_equal(X.mid, Y.to_float())


def test_pointer_scores_are_exact_until_the_softmax():
    net = PointerRead().network()
    enclosure = FloatEnclosure(net, 5, "float64")
    c = enclosure.evaluator.compiled[0]
    h = c.heads[0]
    X = Balls.exact(_states(1)[0].astype(np.float64))
    xs = X.rows(h.qk_rows)
    zmid, independent, (_, _, r) = enclosure._scores(enclosure._linear(h.K, xs), enclosure._linear(h.Q, xs))
    assert not independent.any() and not r.any()
    assert np.array_equal(zmid, np.rint(zmid))  # λ·(integer scores), exactly


def test_heads_beyond_plain_softmax_are_refused():
    import dataclasses

    net = PointerRead().network()
    layer = net.layers[0]
    head = dataclasses.replace(layer.heads[0], kind="linear")
    bad = dataclasses.replace(net, layers=(dataclasses.replace(layer, heads=(head,)),))
    with pytest.raises(NotImplementedError, match="plain softmax"):
        FloatEnclosure(bad, 5, "float64")


def test_unknown_format_is_refused():
    with pytest.raises(KeyError):
        FloatEnclosure(PointerRead().network(), 5, "float16")
