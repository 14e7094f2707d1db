"""The timestep-modulated residual feed-forward step X ↦ X + η(t) ⊙ FF(X) (verify.timestep), exactly."""
import pytest
import sympy as sp

from verify.ffn_builder import FFNBuilder
from verify.timestep import timestep_run, timestep_step


def _ffn(shift: int = 0):
    """Rows (one, x, y): FF adds ReLU(x − 1 + shift) to y, and 1 to x (a counter)."""
    f = FFNBuilder(3)
    u = f.unit("x − 1", {1: 1, 0: -1 + shift})
    f.out(2, u, 1)
    f.out_bias(1, 1)
    return f.build()


def test_eta_scales_each_row_of_the_feed_forward_output():
    assert timestep_step(_ffn(), [1, 3, 10], [1, 1, 1]) == [1, 4, 12]
    assert timestep_step(_ffn(), [1, 3, 10], [1, 1, sp.Rational(1, 2)]) == [1, 4, 11]
    assert timestep_step(_ffn(), [1, 3, 10], [0, 0, 0]) == [1, 3, 10]  # η = 0: the identity


def test_a_loop_uses_eta_at_each_step_and_a_changed_weight_is_seen():
    eta = lambda t: [1, 1, t]  # noqa: E731 — η(0) silences y, then it is scaled by t
    assert timestep_run(_ffn(), [1, 2, 0], eta, 3) == [1, 5, 0 + 0 * 1 + 1 * 2 + 2 * 3]
    assert timestep_run(_ffn(shift=1), [1, 2, 0], eta, 3) != timestep_run(_ffn(), [1, 2, 0], eta, 3)


def test_residual_rows_may_be_symbolic_but_relu_arguments_may_not():
    y = sp.Symbol("y")
    assert timestep_step(_ffn(), [1, 3, y], [1, 1, 1]) == [1, 4, y + 2]
    with pytest.raises(ValueError, match="symbolic"):
        timestep_step(_ffn(), [1, sp.Symbol("x"), 0], [1, 1, 1])
