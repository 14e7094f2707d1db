"""The exact ReLU-network engine (verify.relu_net): builder, exact and float evaluation."""
from fractions import Fraction

import numpy as np
import pytest

from verify.relu_net import Affine, Builder, round_to


def _xor_net():
    """XOR of two bits: ReLU(x − y) + ReLU(y − x), folded into a final ReLU copy."""
    b = Builder([None, None])
    x, y = b.input(0), b.input(1)
    u = b.unit(x - y)
    v = b.unit(y - x)
    b.close("xor")
    b.unit(b.var(u) + b.var(v))
    b.close("out")
    return b.network()


def test_builder_folds_linear_readouts_into_the_next_layer():
    net = _xor_net()
    assert net.depth == 2
    assert net.layers[1].rows == (((0, Fraction(1)), (1, Fraction(1))),)
    for x in (0, 1):
        for y in (0, 1):
            assert net.loop_exact([x, y]) == [Fraction(x ^ y)]
            assert net.loop_float([x, y], "bfloat16").tolist() == [float(x ^ y)]


def test_units_must_read_the_current_layer():
    b = Builder([None])
    x = b.input(0)
    b.unit(x)
    b.close()
    with pytest.raises(ValueError):
        b.unit(x)  # a form over layer 0 cannot feed layer 2
    with pytest.raises(ValueError):
        Affine(0, {0: 1}) + Affine(1, {0: 1})


def test_one_weight_mutant_changes_the_function():
    net = _xor_net()
    bad = net.replace_layer(0, net.layers[0].with_weight(0, 1, 0))  # ReLU(x) instead of ReLU(x − y)
    assert bad.loop_exact([1, 1]) != net.loop_exact([1, 1])
    assert bad.content_hash() != net.content_hash()


def test_exact_evaluation_falls_back_to_python_integers_on_huge_values():
    b = Builder([None])
    b.unit(b.input(0) * (1 << 60))
    b.close()
    net = b.network()
    assert net.loop_exact([3]) == [Fraction(3 << 60)]
    assert net.loop_exact([Fraction(1, 3)]) == [Fraction(1 << 60, 3)]


def test_round_to_formats():
    x = np.array([257.0, 259.0, 2049.0, 0.1])
    assert round_to("bfloat16", x)[:2].tolist() == [256.0, 260.0]  # 8 significand bits, ties to even
    assert round_to("float16", x)[2] == 2048.0
    assert round_to("float32", x)[3] == float(np.float32(0.1))
    assert round_to("float64", x)[3] == 0.1
    with pytest.raises(ValueError):
        round_to("float8", x)


def test_float_evaluation_rounds_every_partial_sum():
    b = Builder([None, None, None])
    b.unit(b.input(0) + b.input(1) - b.input(2))  # (256 + 1) − 256: bfloat16 rounds 257 to 256
    b.close(relu=False)
    net = b.network()
    assert net.loop_float([256, 1, 256], "float32").tolist() == [1.0]
    assert net.loop_float([256, 1, 256], "bfloat16").tolist() == [0.0]
    assert net.loop_exact([256, 1, 256]) == [1]
