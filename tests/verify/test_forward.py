"""The shared forward pass against a literal dense transcription of eq. (1a)/(1b)."""
import numpy as np
import pytest

from verify.forward import Evaluator
from verify.layer import AttentionHead, FeedForward, Layer, LoopedNetwork, sparse
from verify.layout import Layout
from verify.rational import RatArray
from verify.semantics import Exact, Float, Mp


def random_network(seed=0, d=6, n=4, heads=2, width=5):
    rng = np.random.default_rng(seed)
    lay = Layout.build([("x", d)], [("c", n)], pos_bits=n.bit_length() - 1)

    def mat(r, c, density=0.6):
        return sparse(r, c, {(i, j): int(rng.integers(-3, 4)) for i in range(r) for j in range(c)
                             if rng.random() < density})

    hs = tuple(AttentionHead(f"h{k}", mat(2, d), mat(2, d), mat(d, d)) for k in range(heads))
    ffn = FeedForward(mat(width, d), mat(width, 1), mat(d, width), mat(d, 1), tuple(f"u{i}" for i in range(width)))
    layer = Layer("L", hs, ffn, reads=("x",), writes=("x",))
    return LoopedNetwork("random", lay, (layer, layer))


def dense_reference(net, X, lam):
    """Eq. (1a)/(1b) transcribed literally, dense, in float64."""
    def f(m):
        return np.array(m.tolist(), dtype=float)

    for layer in net.layers:
        A = X.copy()
        for h in layer.heads:
            S = (f(h.K) @ X).T @ (f(h.Q) @ X)
            Z = np.exp(lam * (S - S.max(axis=0)))
            A = A + f(h.V) @ X @ (Z / Z.sum(axis=0))
        F = layer.ffn
        X = A + f(F.W2) @ np.maximum(f(F.W1) @ A + f(F.b1), 0) + f(F.b2)
    return X


@pytest.mark.parametrize("seed", range(5))
def test_float_matches_dense_transcription(seed):
    net = random_network(seed)
    X = np.random.default_rng(seed + 10).integers(-1, 2, size=(6, 4)).astype(float)
    ev = Evaluator(net, Float(0.7))
    assert np.allclose(ev.loop(X), dense_reference(net, X, 0.7), rtol=1e-12, atol=1e-12)


def test_mp_agrees_with_float_to_float_precision():
    net = random_network(3)
    X = np.random.default_rng(4).integers(-1, 2, size=(6, 4))
    f = Evaluator(net, Float(0.7)).loop(X.astype(float))
    m = Evaluator(net, Mp("0.7", digits=40))
    out = m.loop(m.input(X))
    assert np.allclose(np.asarray(out, dtype=float), f, rtol=1e-12, atol=1e-12)


def test_batches_equal_single_evaluations():
    net = random_network(1)
    rng = np.random.default_rng(2)
    Xs = rng.integers(-1, 2, size=(3, 6, 4))
    ev = Evaluator(net, Exact())
    batch = ev.loop(ev.input(Xs))
    for i in range(3):
        assert batch[i].equals(ev.loop(ev.input(Xs[i])))


def test_exact_is_the_large_lambda_limit():
    """Integer weights on a {-1, 0, 1} input give integer scores, so the gap below a column's maximum is at
    least 1 and softmax at λ = 60 is within e^-60 of the hardmax — tie-averaging where the maximum is
    shared.  Checked for both layers of ten random networks, some of which have ties."""
    columns = {"tied": 0, "one-hot": 0}
    for seed in range(10):
        net = random_network(seed, heads=1)
        X = np.random.default_rng(seed + 1).integers(-1, 2, size=(6, 4))
        ev, big = Evaluator(net, Exact()), Evaluator(net, Float(60))
        traces = []
        exact = ev.loop(ev.input(X), traces).to_float()
        assert np.allclose(exact, big.loop(X.astype(float)), rtol=0, atol=1e-9), seed
        for trace in traces:
            w = trace.attention["h0"]
            shared = (w.num == w.den).sum(axis=0) != 1  # no single entry carries the whole column
            columns["tied"] += int(shared.sum())
            columns["one-hot"] += int((~shared).sum())
    assert columns["tied"] >= 4 and columns["one-hot"] >= 20, columns  # both cases were compared


def test_unbound_networks_are_refused():
    from constructions.giannou2023 import SubleqShape, subleq_network

    with pytest.raises(ValueError, match="bind the parameters"):
        Evaluator(subleq_network(SubleqShape(1, 2, 4, 2)), Exact())


def test_large_lambda_softmax_does_not_overflow():
    sem = Float(1000)
    S = np.array([[5.0, 0.0], [4.0, 0.0]])
    w = sem.attend(S)
    assert np.all(np.isfinite(w)) and np.allclose(w.sum(axis=0), 1)


def test_compiled_layers_are_reused_for_the_same_layer_object_only():
    """A layer's compiled weights are shared by evaluators of the same layer object and semantics key; a
    changed weight (a new layer object) compiles afresh and computes with the new weight."""
    from dataclasses import replace

    net = random_network(4)
    X = np.random.default_rng(5).integers(-1, 2, size=(6, 4))
    first, second = Evaluator(net, Exact()), Evaluator(net, Exact())
    assert first._layers[0] is second._layers[0]
    layer = net.layers[0]
    W2 = layer.ffn.W2.as_mutable()
    W2[0, 0] += 5
    changed = replace(layer, ffn=replace(layer.ffn, W2=sparse(W2.rows, W2.cols, dict(W2.todok()))))
    mutant = replace(net, layers=(changed, changed))
    ev = Evaluator(mutant, Exact())
    assert ev._layers[0] is not first._layers[0]
    got = ev.loop(ev.input(X)).to_float()
    assert np.allclose(got, dense_reference(mutant, X.astype(float), 200), atol=1e-9)
    assert not np.allclose(got, first.loop(first.input(X)).to_float())


def test_compiled_layers_are_not_shared_across_semantics_keys_or_undeclared_subclasses():
    from verify.semantics import Rounded

    net = random_network(6)
    assert Evaluator(net, Rounded(1, 8))._layers[0] is not Evaluator(net, Rounded(1, 24))._layers[0]
    assert Evaluator(net, Float(1, np.float32))._layers[0] is not Evaluator(net, Float(1))._layers[0]

    class Scaled(Float):  # converts weights using state its parent's key does not name
        def __init__(self, lam, factor):
            super().__init__(lam)
            self.factor = factor

        def weights(self, m):
            return self.factor * super().weights(m)

    X = np.random.default_rng(7).integers(-1, 2, size=(6, 4)).astype(float)
    one, three = Evaluator(net, Scaled(1, 1)).loop(X), Evaluator(net, Scaled(1, 3)).loop(X)
    assert not np.allclose(one, three)
    assert np.allclose(one, Evaluator(net, Float(1)).loop(X), rtol=1e-12, atol=1e-12)
