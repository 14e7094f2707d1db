from fractions import Fraction

import pytest
import sympy as sp

from verify.ffn_builder import FFNBuilder
from verify.layer import AttentionHead, Layer, LoopedNetwork, exact_value, sparse
from verify.layout import Layout

a = sp.Symbol("a")


def tiny(reads=("x",), writes=("y",), weight=a):
    lay = Layout.build([("x", 1), ("y", 1)], [("c", 4)], pos_bits=2)
    ffn = FFNBuilder(lay.d)
    u = ffn.unit("u", {lay.row("x"): weight}, bias=-1)
    ffn.out(lay.row("y"), u, 2)
    layer = Layer("L", (), ffn.build(), reads=reads, writes=writes)
    return LoopedNetwork("tiny", lay, (layer,), symbols=(("a", a),))


def test_bind_substitutes_exact_values_in_one_place():
    net = tiny()
    assert net.free_symbols() == {a}
    bound = net.bind(a="3/2")
    assert bound.is_bound and dict(bound.values)["a"] == sp.Rational(3, 2)
    assert bound.layers[0].ffn.W1[0, 0] == sp.Rational(3, 2)


def test_bind_refuses_floats_and_unknown_parameters():
    with pytest.raises(TypeError, match="float"):
        tiny().bind(a=0.5)
    with pytest.raises(KeyError, match="no parameter"):
        tiny().bind(b=1)
    assert exact_value(Fraction(1, 3)) == sp.Rational(1, 3)


def test_undeclared_rows_are_rejected():
    with pytest.raises(ValueError, match="writes rows it does not declare"):
        tiny(writes=("x",))
    with pytest.raises(ValueError, match="reads rows it does not declare"):
        tiny(reads=("y",))


def test_content_hash_sees_every_weight():
    assert tiny(weight=1).content_hash() != tiny(weight=2).content_hash()
    assert tiny(weight=1).content_hash() == tiny(weight=1).content_hash()


def test_head_shapes_are_checked():
    lay = Layout.build([("x", 2)], [("c", 4)], pos_bits=2)
    bad = AttentionHead("h", sparse(1, 3, {}), sparse(1, 2, {}), sparse(2, 2, {}))
    with pytest.raises(ValueError, match="columns"):
        LoopedNetwork("n", lay, (Layer("L", (bad,), None, (), ()),))
