"""verify.lipschitz_chain: the recurrence against hand-computed examples, a run that stays inside its bound,
and a too-small Lipschitz constant or per-step bound caught by a witnessed run."""
from fractions import Fraction as F

import pytest
from flint import arb

from verify.lipschitz_chain import CellChain, chain, closed_form, first_excess, sup_abs_on


def test_chain_by_hand():
    # E1 = 2·1 + 1 = 3, E2 = 3·3 + 1/2 = 19/2; closed form 2·3·1 + 3·1 + 1/2 = 19/2
    steps = [(2, 1), (3, F(1, 2))]
    assert chain(steps, start=1) == [3, F(19, 2)]
    assert closed_form(steps, start=1) == F(19, 2)


def test_chain_equals_closed_form_on_a_longer_sequence():
    steps = [(F(1, 2), F(1, 10)), (F(3, 2), F(1, 100)), (1, 0), (F(2, 3), F(1, 7))]
    assert chain(steps)[-1] == closed_form(steps)


def test_negative_constants_are_rejected():
    with pytest.raises(ValueError):
        chain([(-1, 0)])


def _witnessed_run(L_true, eps, steps):
    """x ← L·x + 1 exactly, and an approximate run erring by +eps every step (errors add up in the worst way)."""
    x, y, dev = F(0), F(0), []
    for _ in range(steps):
        x, y = L_true * x + 1, L_true * y + 1 + eps
        dev.append(abs(y - x))
    return dev


def test_the_bound_holds_and_is_tight_for_an_affine_map():
    dev = _witnessed_run(F(3, 2), F(1, 1000), 6)
    bounds = chain([(F(3, 2), F(1, 1000))] * 6)
    assert first_excess(bounds, dev) is None
    assert bounds == dev  # errors of one sign through an expanding affine map: the bound is attained


def test_too_small_lipschitz_or_step_bound_is_caught_by_the_witnessed_run():
    dev = _witnessed_run(F(3, 2), F(1, 1000), 6)
    assert first_excess(chain([(F(1, 1), F(1, 1000))] * 6), dev) == 1  # Lipschitz 1 < 3/2
    assert first_excess(chain([(F(3, 2), F(1, 2000))] * 6), dev) == 0  # per-step bound halved


def test_cell_chain_by_hand():
    c = CellChain(["a", "b", "t"], {"a": F(1, 10)})
    c.write("t", {"a": 2, "b": 3}, F(1, 100), idle=F(1, 1000))  # t = 2·1/10 + 3·0 + 1/100
    assert c.bound == {"a": F(101, 1000), "b": F(1, 1000), "t": F(21, 100)}
    c.write("a", {"a": 1, "t": 1}, 0)  # read before the write: 101/1000 + 21/100
    assert c.bound["a"] == F(311, 1000) and c.worst(["a", "t"]) == F(311, 1000)
    h = c.hull(F(1), "t")
    assert h.contains(arb(1) + arb("0.21")) and not h.contains(arb("1.22"))


def test_sup_abs_on_encloses_the_derivative_of_1_over_x():
    s = sup_abs_on(lambda x: -1 / (x * x), F(1, 2), 2, pieces=64)  # sup |−1/x²| on [1/2, 2] = 4
    assert 4 <= s < F(21, 5)
    with pytest.raises(ArithmeticError):  # one ball [1/2, 2]: mid-radius x·x contains 0 (wrapping), no bound
        sup_abs_on(lambda x: -1 / (x * x), F(1, 2), 2)
    with pytest.raises(ArithmeticError):
        sup_abs_on(lambda x: 1 / x, -1, 1)
