"""Per-column biases, linear attention and attention masks under every semantics and in z3.

Each semantics is compared with a literal transcription of the extended
equations written here with Python Fractions (exact, tie-averaging or one-hot
hardmax) or numpy floats (softmax at λ), independently of verify.forward.
The z3 tests prove the symbolic layer equal to a hand-written statement and
refute a statement that ignores the feature, with a model that replays.
"""
import hashlib
import itertools
from fractions import Fraction

import mpmath
import numpy as np
import pytest
import sympy as sp

from verify import symbolic as sym
from verify.arb import Arb
from verify.attention_mask import AttentionMask
from verify.forward import Evaluator
from verify.layer import AttentionHead, FeedForward, Layer, LoopedNetwork, sparse
from verify.layout import Layout
from verify.rational import RatArray
from verify.semantics import Exact, Float, Mp, Rounded, Symbolic
from verify.smt import check_cells, ffn_row_function

D, N = 4, 4
LAYOUT = Layout.build([("x", 2), ("y", 2)], [("t", N)], pos_bits=2)
EXPLICIT = [[1, 0, 1, 1], [1, 1, 0, 0], [0, 1, 1, 0], [0, 0, 0, 1]]  # key i visible to query j


def toy_network(B2_value=3, scale="1/2", mask=None):
    """Layer 1: a causal linear head, an explicitly masked softmax head, a FFN with column-0 biases.
    Layer 2: a causally masked softmax head and a plain FFN."""
    mask = AttentionMask.causal() if mask is None else mask
    lin = AttentionHead("lin", sparse(1, D, {(0, 0): 1}), sparse(1, D, {(0, 0): 1, (0, 2): 1}),
                        sparse(D, D, {(3, 1): 1}), kind="linear", mask=mask, scale=sp.Rational(scale))
    soft = AttentionHead("soft", sparse(1, D, {(0, 1): 1}), sparse(1, D, {(0, 0): 2}),
                         sparse(D, D, {(2, 1): 1, (3, 0): -1}), mask=AttentionMask.explicit(EXPLICIT))
    ffn = FeedForward(sparse(2, D, {(0, 0): 1, (0, 2): -1, (1, 1): 1}), sparse(2, 1, {(0, 0): "1/3"}),
                      sparse(D, 2, {(2, 0): 1, (3, 1): -2}), sparse(D, 1, {(3, 0): 1}), ("u", "v"),
                      B1=sparse(2, N, {(1, 0): 1, (1, 2): "-1/2"}), B2=sparse(D, N, {(2, 0): B2_value}))
    causal = AttentionHead("causal", sparse(1, D, {(0, 3): 1}), sparse(1, D, {(0, 2): 1}),
                           sparse(D, D, {(0, 3): 1}), mask=AttentionMask.causal())
    ffn2 = FeedForward(sparse(1, D, {(0, 3): 1}), sparse(1, 1, {}), sparse(D, 1, {(1, 0): 1}), sparse(D, 1, {}),
                       ("w",))
    return LoopedNetwork("toy", LAYOUT, (Layer("one", (lin, soft), ffn, ("x", "y"), ("x", "y")),
                                        Layer("two", (causal,), ffn2, ("x", "y"), ("x", "y"))))


# -- an independent transcription ------------------------------------------------------------


def _mat(m):
    return [[Fraction(int(m[i, j].p), int(m[i, j].q)) for j in range(m.cols)] for i in range(m.rows)]


def _mul(A, B):
    return [[sum((A[i][k] * B[k][j] for k in range(len(B))), Fraction(0)) for j in range(len(B[0]))]
            for i in range(len(A))]


def _allowed(head, n):
    return head.mask.allowed(n) if head.mask is not None else np.ones((n, n), dtype=bool)


def reference_exact(net, X, one_hot=False):
    """Extended eq. (1a)/(1b) in Fractions, loops written out."""
    X = [[Fraction(v) for v in row] for row in X]
    n = len(X[0])
    for layer in net.layers:
        A = [row[:] for row in X]
        for h in layer.heads:
            S = _mul([list(r) for r in zip(*_mul(_mat(h.K), X))], _mul(_mat(h.Q), X))
            M = _allowed(h, n)
            Wt = [[Fraction(0)] * n for _ in range(n)]
            for j in range(n):
                vis = [i for i in range(n) if M[i, j]]
                if h.kind == "linear":
                    for i in vis:
                        Wt[i][j] = S[i][j] * Fraction(str(h.scale))
                    continue
                top = max(S[i][j] for i in vis)
                win = [i for i in vis if S[i][j] == top]
                for i in win[:1] if one_hot else win:
                    Wt[i][j] = Fraction(1, 1 if one_hot else len(win))
            U = _mul(_mul(_mat(h.V), X), Wt)
            A = [[A[r][c] + U[r][c] for c in range(n)] for r in range(len(A))]
        f = layer.ffn
        B1 = _mat(f.B1) if f.B1 is not None else [[Fraction(0)] * n for _ in range(f.width)]
        B2 = _mat(f.B2) if f.B2 is not None else [[Fraction(0)] * n for _ in range(len(X))]
        H = _mul(_mat(f.W1), A)
        H = [[max(H[u][c] + _mat(f.b1)[u][0] + B1[u][c], Fraction(0)) for c in range(n)] for u in range(f.width)]
        O = _mul(_mat(f.W2), H)
        X = [[A[r][c] + O[r][c] + _mat(f.b2)[r][0] + B2[r][c] for c in range(n)] for r in range(len(A))]
    return X


def reference_float(net, X, lam):
    def f(m):
        return np.array(m.tolist(), dtype=float)

    X = np.array(X, dtype=float)
    n = X.shape[1]
    for layer in net.layers:
        A = X.copy()
        for h in layer.heads:
            S = (f(h.K) @ X).T @ (f(h.Q) @ X)
            M = _allowed(h, n)
            if h.kind == "linear":
                Wt = np.where(M, S, 0.0) * float(h.scale)
            else:
                Z = np.where(M, np.exp(lam * (S - np.where(M, S, -np.inf).max(axis=0))), 0.0)
                Wt = Z / Z.sum(axis=0)
            A = A + f(h.V) @ X @ Wt
        F = layer.ffn
        B1 = f(F.B1) if F.B1 is not None else 0.0
        B2 = f(F.B2) if F.B2 is not None else 0.0
        X = A + f(F.W2) @ np.maximum(f(F.W1) @ A + f(F.b1) + B1, 0) + f(F.b2) + B2
    return X


def inputs(seed, count=4):
    rng = np.random.default_rng(seed)
    return [rng.integers(-2, 3, size=(D, N)) for _ in range(count)]


# -- the semantics -----------------------------------------------------------------------------


@pytest.mark.parametrize("one_hot", [False, True])
@pytest.mark.parametrize("seed", range(4))
def test_exact_and_one_hot_equal_the_transcription(seed, one_hot):
    net = toy_network()
    ev = Evaluator(net, Exact(one_hot=one_hot))
    for X in inputs(seed):
        assert ev.loop(ev.input(X)).equals(RatArray.from_values(reference_exact(net, X, one_hot)))


def test_one_hot_and_tie_averaging_differ_on_a_masked_tie():
    net = toy_network()
    X = np.zeros((D, N), dtype=int)
    X[1] = 1  # every score of the soft head ties; its visible keys differ per column
    X[0] = [1, -1, 2, 0]
    a, b = Evaluator(net, Exact()), Evaluator(net, Exact(one_hot=True))
    assert not a.loop(a.input(X)).equals(b.loop(b.input(X)))


def test_a_mask_changes_the_result():
    """Sibling: the transcription with the mask ignored disagrees, so the tests above can fail."""
    full = AttentionMask.explicit([[1] * N] * N)
    X = inputs(7, 1)[0]
    ev_masked, ev_full = Evaluator(toy_network(), Exact()), Evaluator(toy_network(mask=full), Exact())
    assert not ev_masked.loop(ev_masked.input(X)).equals(ev_full.loop(ev_full.input(X)))


@pytest.mark.parametrize("seed", range(4))
def test_float_rounded_and_mp_equal_the_float_transcription(seed):
    net = toy_network()
    for X in inputs(seed):
        want = reference_float(net, X, 0.9)
        assert np.allclose(Evaluator(net, Float(0.9)).loop(X.astype(float)), want, rtol=1e-12, atol=1e-12)
        assert np.allclose(Evaluator(net, Rounded(0.9, 53)).loop(X.astype(float)), want, rtol=1e-12, atol=1e-12)
        mp = Evaluator(net, Mp("0.9", digits=40))
        assert np.allclose(np.asarray(mp.loop(mp.input(X)), dtype=float), want, rtol=1e-12, atol=1e-12)


def test_float32_and_bfloat16_run_masked_and_linear_heads():
    net = toy_network()
    X = inputs(3, 1)[0]
    want = reference_float(net, X, 0.9)
    f32 = Evaluator(net, Float(0.9, np.float32)).loop(X.astype(np.float32))
    assert f32.dtype == np.float32 and np.allclose(f32, want, rtol=1e-4, atol=1e-4)
    assert np.allclose(Evaluator(net, Rounded(0.9, 8)).loop(X.astype(float)), want, rtol=0.1, atol=0.1)


@pytest.mark.parametrize("seed", range(2))
def test_arb_balls_contain_the_high_precision_value(seed):
    net = toy_network()
    arb_ev, mp_ev = Evaluator(net, Arb(Fraction(9, 10), prec=128)), Evaluator(net, Mp(Fraction(9, 10), digits=60))
    for X in inputs(seed, 2):
        balls, exact = arb_ev.loop(arb_ev.input(X)), mp_ev.loop(mp_ev.input(X))
        with mpmath.workdps(60):
            for b, v in zip(balls.flat, exact.flat):
                assert abs(mpmath.mpf(b.mid().str(50, radius=False)) - v) <= mpmath.mpf(b.rad().str(5, radius=False)) \
                    + mpmath.mpf(10) ** -45
                assert float(b.rad()) < 1e-25


def _symbolic_input(names):
    """X with the cells in ``names`` ({(r, c): name}) symbolic in {-1, 0, 1} and the rest fixed."""
    X = np.empty((D, N), dtype=object)
    base = inputs(11, 1)[0]
    for idx in np.ndindex(D, N):
        X[idx] = sym.var(names[idx], (-1, 0, 1)) if idx in names else sym.const(int(base[idx]))
    return X, base


@pytest.mark.parametrize("one_hot", [False, True])
def test_symbolic_equals_exact_on_every_assignment(one_hot):
    net = toy_network()
    names = {(0, 0): "a", (0, 2): "b", (1, 1): "c", (3, 3): "e"}
    with sym.scope():
        X, base = _symbolic_input(names)
        layer1 = Evaluator(net, Symbolic(one_hot=one_hot)).layer(0, X)
        ev = Evaluator(net, Exact(one_hot=one_hot))
        variables = {n: sym.Var(n, (-1, 0, 1)) for n in names.values()}
        for values in itertools.product((-1, 0, 1), repeat=len(names)):
            env = {variables[n]: v for n, v in zip(names.values(), values)}
            concrete = base.copy()
            for (idx, name), v in zip(names.items(), values):
                concrete[idx] = v
            want = ev.layer(0, ev.input(concrete))
            got = [[layer1[r, c].evaluate(env) for c in range(N)] for r in range(D)]
            assert RatArray.from_values(got).equals(want), values


# -- z3 ------------------------------------------------------------------------------------------


def _ffn_only_network(B2_value):
    """One FFN layer: y0 += ReLU(x0 + B1[u, col]) + B2[y0, col], with column 0 special."""
    ffn = FeedForward(sparse(1, D, {(0, 0): 1}), sparse(1, 1, {}), sparse(D, 1, {(2, 0): 1}), sparse(D, 1, {}),
                      ("u",), B1=sparse(1, N, {(0, 0): 1, (0, 1): -1, (0, 2): -1, (0, 3): -1}),
                      B2=sparse(D, N, {(2, 0): B2_value}))
    return LoopedNetwork("ffn", LAYOUT, (Layer("ffn", (), ffn, ("x",), ("y",)),))


def _linear_network(mask):
    head = AttentionHead("lin", sparse(1, D, {(0, 0): 1}), sparse(1, D, {(0, 0): 1}), sparse(D, D, {(3, 1): 1}),
                         kind="linear", mask=mask, scale=sp.Rational(1, 2))
    return LoopedNetwork("lin", LAYOUT, (Layer("lin", (head,), None, ("x",), ("y",)),))


def _bits_template():
    """x0 = fixed ±1 codes per column; x1, y0, y1 bits in {-1, 1}."""
    X = np.empty((D, N), dtype=object)
    codes = [1, -1, 1, 1]
    for c in range(N):
        X[0, c] = sym.const(codes[c])
        for r in (1, 2, 3):
            X[r, c] = sym.var(f"v{r}_{c}", (-1, 1))
    return X, codes


def _prove(net, X, spec):
    Y = Evaluator(net, Symbolic()).layer(0, X)
    pairs = [(LAYOUT.describe_row(r), (r, c), sym.eq(Y[r, c], spec[r][c])) for r in range(D) for c in range(N)]
    return check_cells(pairs)


def test_z3_proves_per_column_biases_and_refutes_the_uniform_reading():
    with sym.scope():
        X, _ = _bits_template()
        X[0, :] = [sym.var(f"x{c}", (-1, 1)) for c in range(N)]
        net = _ffn_only_network(3)
        spec = [[X[r, c] for c in range(N)] for r in range(D)]
        for c in range(N):
            spec[2][c] = X[2, c] + sym.relu(X[0, c] + (1 if c == 0 else -1)) + (3 if c == 0 else 0)
        results, identity = _prove(net, X, spec)
        assert identity + len(results) == D * N and all(r.status == "proved" for r in results)
        uniform = [row[:] for row in spec]
        uniform[2] = [X[2, c] + sym.relu(X[0, c] - 1) for c in range(N)]  # the biases of columns 1..3 everywhere
        results, _ = _prove(net, X, uniform)
        bad = [r for r in results if r.status == "refuted"]
        assert bad and all(r.cell[1] == 0 for r in bad)
        # the model replays on the exact evaluator
        model = bad[0].model
        concrete = np.array([[0] * N for _ in range(D)])
        for c in range(N):
            concrete[0, c] = model.get(f"x{c}", -1)
            for r in (1, 2, 3):
                concrete[r, c] = model.get(f"v{r}_{c}", -1)
        ev = Evaluator(net, Exact())
        out = ev.layer(0, ev.input(concrete))
        assert out.item(2, 0) != concrete[2, 0] + max(concrete[0, 0] - 1, 0)


def test_z3_proves_causal_linear_attention_and_refutes_the_unmasked_reading():
    with sym.scope():
        X, codes = _bits_template()
        net = _linear_network(AttentionMask.causal())

        def spec_for(visible):
            spec = [[X[r, c] for c in range(N)] for r in range(D)]
            for j in range(N):
                spec[3][j] = X[3, j] + sym.linear((Fraction(codes[i] * codes[j], 2), X[1, i]) for i in range(N)
                                                   if visible(i, j))
            return spec

        results, identity = _prove(net, X, spec_for(lambda i, j: i <= j))
        assert identity + len(results) == D * N and all(r.status == "proved" for r in results)
        results, identity = _prove(net, X, spec_for(lambda i, j: True))
        bad = [r for r in results if r.status == "refuted"]
        assert {r.cell for r in bad} == {(3, j) for j in range(N - 1)}  # the last column sees every key anyway


def test_ffn_row_function_takes_the_column_with_per_column_biases():
    import z3

    ffn = FeedForward(sparse(1, D, {(0, 2): 1}), sparse(1, 1, {}), sparse(D, 1, {(2, 0): 1}), sparse(D, 1, {}),
                      ("u",), B1=sparse(1, N, {(0, 0): 1, (0, 1): -1}), B2=sparse(D, N, {(2, 0): 3}))
    layer = Layer("L", (), ffn, ("y",), ("y",))
    with pytest.raises(ValueError, match="per-column"):
        ffn_row_function(layer, 2)
    for col, want in ((0, 5 + 6 + 3), (1, 5 + 4), (2, 5 + 5)):  # y = x + ReLU(x + B1[col]) + B2[col] at x = 5
        x, y = ffn_row_function(layer, 2, col)
        s = z3.Solver()
        s.add(x == 5, y != want)
        assert s.check() == z3.unsat
        s = z3.Solver()
        s.add(x == 5, y != want + 1)  # and it is not something else
        assert s.check() == z3.sat


# -- the layer model -------------------------------------------------------------------------------


def _old_hash(net):
    """The content hash as it was before these features (a paper-style network must keep it)."""
    h = hashlib.sha256()
    h.update(repr(net.layout.to_json()).encode())
    h.update(repr(net.values).encode())
    for layer in net.layers:
        h.update(layer.name.encode())
        for name, m in layer.matrices().items():
            h.update(f"{name}:{m.shape}".encode())
            for (i, j), v in sorted(m.todok().items()):
                h.update(f"{i},{j}={sp.srepr(v)};".encode())
    return h.hexdigest()


def test_content_hash_sees_every_feature_and_keeps_old_hashes():
    base = toy_network()
    plain_head = AttentionHead("p", sparse(1, D, {(0, 0): 1}), sparse(1, D, {(0, 1): 1}), sparse(D, D, {(2, 0): 1}))
    ffn = FeedForward(sparse(1, D, {(0, 0): 1}), sparse(1, 1, {}), sparse(D, 1, {(2, 0): 1}), sparse(D, 1, {}), ("u",))
    plain = LoopedNetwork("plain", LAYOUT, (Layer("L", (plain_head,), ffn, ("x",), ("y",)),))
    assert plain.content_hash() == _old_hash(plain)
    zero_B = LoopedNetwork("plain", LAYOUT, (Layer("L", (plain_head,), FeedForward(
        ffn.W1, ffn.b1, ffn.W2, ffn.b2, ffn.units, sparse(1, N, {}), sparse(D, N, {})), ("x",), ("y",)),))
    assert zero_B.content_hash() == plain.content_hash()
    variants = [toy_network(B2_value=4), toy_network(scale="1/3"), toy_network(mask=AttentionMask.explicit(EXPLICIT))]
    hashes = {base.content_hash(), *(v.content_hash() for v in variants)}
    assert len(hashes) == 4


def test_bind_substitutes_into_column_biases_and_scales():
    c, eta = sp.symbols("c eta")
    head = AttentionHead("lin", sparse(1, D, {(0, 0): 1}), sparse(1, D, {(0, 0): 1}), sparse(D, D, {(3, 1): 1}),
                         kind="linear", scale=eta / 4)
    ffn = FeedForward(sparse(1, D, {(0, 0): 1}), sparse(1, 1, {}), sparse(D, 1, {(2, 0): 1}), sparse(D, 1, {}),
                      ("u",), B2=sparse(D, N, {(2, 0): c}))
    net = LoopedNetwork("sym", LAYOUT, (Layer("L", (head,), ffn, ("x",), ("y",)),), symbols=(("c", c), ("eta", eta)))
    assert net.free_symbols() == {c, eta}
    with pytest.raises(ValueError, match="bind"):
        Evaluator(net, Exact())
    bound = net.bind(c=5, eta="2/3")
    assert bound.is_bound and bound.layers[0].heads[0].scale == sp.Rational(1, 6)
    assert bound.layers[0].ffn.B2[2, 0] == 5
    assert bound.content_hash() != net.bind(c=5, eta="1/3").content_hash()
    root = LoopedNetwork("root", LAYOUT, (Layer("L", (AttentionHead(
        "lin", head.Q, head.K, head.V, kind="linear", scale=sp.sqrt(c)),), None, ("x",), ("y",)),),
        symbols=(("c", c),))
    with pytest.raises(ValueError, match="scale"):
        root.bind(c=2)


def test_per_column_bias_sites_are_named_by_the_layout():
    sites = toy_network().per_column_bias_sites()
    assert [(s["layer"], s["matrix"], s["target"], s["column"], s["value"]) for s in sites] == [
        ("one", "B1", "unit v", "t[0] (column 0)", 1),
        ("one", "B1", "unit v", "t[2] (column 2)", sp.Rational(-1, 2)),
        ("one", "B2", "y[0]", "t[0] (column 0)", 3),
    ]
    assert toy_network().layers[1].per_column_bias_sites() == []


def test_malformed_features_are_refused():
    head = toy_network().layers[0].heads[0]
    with pytest.raises(ValueError, match="kind"):
        AttentionHead("h", head.Q, head.K, head.V, kind="relu")
    with pytest.raises(ValueError, match="scale"):
        AttentionHead("h", head.Q, head.K, head.V, scale=2)
    with pytest.raises(TypeError, match="refusing the float"):
        AttentionHead("h", head.Q, head.K, head.V, kind="linear", scale=0.5)
    assert AttentionHead("h", head.Q, head.K, head.V, kind="linear", scale="1/8").scale == sp.Rational(1, 8)
    with pytest.raises(ValueError, match="square"):
        AttentionMask.explicit([[1, 0]])
    small = AttentionHead("h", head.Q, head.K, head.V, mask=AttentionMask.explicit([[1, 1], [1, 1]]))
    with pytest.raises(ValueError, match="expected 4 × 4"):
        LoopedNetwork("m", LAYOUT, (Layer("L", (small,), None, ("x", "y"), ("x", "y")),))
    blind = AttentionHead("h", head.Q, head.K, head.V, mask=AttentionMask.explicit(
        [[1, 0, 1, 1], [1, 0, 1, 1], [1, 0, 1, 1], [1, 0, 1, 1]]))
    with pytest.raises(ValueError, match="query column 1"):
        LoopedNetwork("m", LAYOUT, (Layer("L", (blind,), None, ("x", "y"), ("x", "y")),))
    linear_blind = AttentionHead("h", head.Q, head.K, head.V, kind="linear", mask=blind.mask)
    LoopedNetwork("m", LAYOUT, (Layer("L", (linear_blind,), None, ("x", "y"), ("x", "y")),))  # fine: no normalisation
    f = toy_network().layers[0].ffn
    wrong = FeedForward(f.W1, f.b1, f.W2, f.b2, f.units, B1=sparse(2, N + 1, {(0, 0): 1}))
    with pytest.raises(ValueError, match="B1 is 2 × 5"):
        LoopedNetwork("m", LAYOUT, (Layer("L", (), wrong, ("x", "y"), ("x", "y")),))
    writes_x = FeedForward(f.W1, f.b1, sparse(D, 2, {}), sparse(D, 1, {}), f.units, B2=sparse(D, N, {(0, 1): 1}))
    with pytest.raises(ValueError, match="writes rows it does not declare: x"):
        LoopedNetwork("m", LAYOUT, (Layer("L", (), writes_x, ("x", "y"), ("y",)),))


def test_a_layout_of_any_width():
    lay = Layout.build([("x", 2)], [("a", 2), ("b", 3)], pos_bits=None)
    assert (lay.n, lay.pos_bits, lay.describe_col(4)) == (5, 3, "b[2] (column 4)")
    assert Layout.build([("x", 1)], [("a", 4)], pos_bits=None) == Layout.build([("x", 1)], [("a", 4)], 2)
