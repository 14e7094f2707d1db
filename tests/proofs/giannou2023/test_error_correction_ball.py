"""The ε-ball lemma of error correction: every snapped row, not beyond, and failing when it must."""
from fractions import Fraction

import pytest

from constructions.giannou2023 import SubleqShape
from constructions.giannou2023.variants import change_weight, variant_network
from proofs.giannou2023 import lemmas
from proofs.giannou2023.lemmas import _replay_row, error_correction_ball
from verify.claims import Status


def test_ball_is_proved_on_every_snapped_row():
    o = error_correction_ball([2, 3, 8, 3])
    assert o.status == Status.PROVED, o.summary
    layout = variant_network(SubleqShape(2, 3, 8, 3), "correct").layout
    assert o.data["rows"] == sum(len(layout.rows(b)) for b in ("M", "PC", "S_cmd"))
    assert o.data["queries"] == 4 * o.data["rows"]
    x = Fraction(o.data["just_outside"]["x"])
    assert x > Fraction(1, 4) and Fraction(o.data["just_outside"]["output"]) not in (-1, 0, 1)


def test_a_too_large_radius_is_refuted_with_a_replayable_value():
    o = error_correction_ball([1, 2, 4, 2], radius="3/8")
    assert o.status == Status.REFUTED
    cex = o.data["counterexample"]
    x, out = Fraction(cex["x"]), Fraction(cex["output"])
    assert min(abs(x - v) for v in (-1, 0, 1)) <= Fraction(3, 8) and out not in (-1, 0, 1)


def test_a_too_small_radius_fails_not_beyond():
    """"And not beyond" is a statement: with r = 1/8 < ε a value between the r-balls is snapped anyway."""
    o = error_correction_ball([1, 2, 4, 2], radius="1/8")
    assert o.status == Status.REFUTED
    cex = o.data["counterexample"]
    assert cex["statement"] == "not beyond"
    assert Fraction(cex["output"]) in (-1, 0, 1)


def test_ball_fails_on_a_broken_error_correction(monkeypatch):
    """A sibling on the construction: shift one unit's bias of layer 10; some row of some ball breaks."""
    def broken(shape, name):
        net = variant_network(shape, "correct")
        return change_weight(net, "error_correction", "b1", 0, 0, Fraction(1, 16))

    monkeypatch.setattr(lemmas, "variant_network", broken)
    o = error_correction_ball([1, 2, 4, 2])
    assert o.status == Status.REFUTED, o.summary


@pytest.mark.parametrize("x, want", [(Fraction(1, 5), 0), (Fraction(-4, 5), -1), (Fraction(9, 10), 1)])
def test_replay_runs_the_real_layer(x, want):
    net = variant_network(SubleqShape(1, 2, 4, 2), "correct").bind(C=100, eps=Fraction(1, 4))
    assert _replay_row(net, net.layout.row("M", 1), x) == want
