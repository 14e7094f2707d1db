"""The forward pass of eq. (1a)/(1b), written once for every semantics.

:class:`Evaluator` compiles a bound :class:`~verify.layer.LoopedNetwork` for one
:class:`~verify.semantics.Semantics`: each weight matrix is cut down to the
rows it reads and writes (the layer model knows them), converted to the
semantics' arrays, and applied to ``X`` of shape ``(d, n)`` or a batch
``(..., d, n)``.  The arithmetic is the paper's, term by term; slicing only
skips multiplications by zero.  Masked and linear heads go through
:meth:`~verify.semantics.Semantics.head_with`; per-column biases are folded
into the bias arrays at compile time (the paper's heads and biases take
exactly the path they always took).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

import numpy as np
import sympy as sp

from .layer import Layer, LoopedNetwork
from .matrix import Matrix
from .object_memo import per_object
from .semantics import Semantics, as_fraction

__all__ = ["Evaluator", "LayerTrace"]


def _support(m, axis: int) -> np.ndarray:
    keys = m.todok()
    return np.array(sorted({k[axis] for k in keys}), dtype=np.intp)


def _index(rows: np.ndarray):
    """A basic slice when ``rows`` is a contiguous run (a view, no copy), else the index array."""
    if rows.size and rows[-1] - rows[0] + 1 == rows.size:
        return slice(int(rows[0]), int(rows[-1]) + 1)
    return rows


@dataclass
class _Head:
    name: str
    qk_rows: np.ndarray | slice
    Q: object
    K: object
    v_in: np.ndarray | slice
    v_out: np.ndarray | slice
    V: object
    plain: bool = True  # the paper's head: softmax, no mask
    kind: str = "softmax"
    mask: np.ndarray | None = None
    scale: Fraction = Fraction(1)


@dataclass
class _FFN:
    in_rows: np.ndarray | slice
    W1: object
    b1: object
    out_rows: np.ndarray | slice
    W2: object
    b2: object


@dataclass
class _Compiled:
    name: str
    heads: list[_Head]
    ffn: _FFN | None


@dataclass
class LayerTrace:
    """What one layer did: its output and, per head, the attention weights."""

    layer: str
    output: object
    attention: dict[str, object] = field(default_factory=dict)


def _column_bias(b, B, n: int):
    """``b 1^T + B`` as one sparse matrix (``b`` alone when there is no per-column bias)."""
    if B is None:
        return b
    return Matrix(sp.SparseMatrix(b * sp.ones(1, n)) + B)


def _compile_layer(layer: Layer, sem: Semantics, n: int) -> _Compiled:
    heads = []
    for head in layer.heads:
        qk = np.union1d(_support(head.Q, 1), _support(head.K, 1)).astype(np.intp)
        v_in, v_out = _support(head.V, 1), _support(head.V, 0)
        if v_out.size == 0 or (head.kind == "linear" and qk.size == 0):
            continue  # attention off: V = 0 (whatever the scores), or a linear head with no scores, adds exactly zero
        heads.append(
            _Head(
                head.name,
                _index(qk),
                sem.weights(head.Q[:, qk.tolist()]),  # 0 columns when Q = K = 0: scores 0, uniform weights
                sem.weights(head.K[:, qk.tolist()]),
                _index(v_in),
                _index(v_out),
                sem.weights(head.V[v_out.tolist(), v_in.tolist()]),
                head.is_plain,
                head.kind,
                None if head.mask is None else head.mask.allowed(n),
                as_fraction(head.scale),
            )
        )
    ffn = None
    if layer.ffn is not None and layer.ffn.width:
        f = layer.ffn
        in_rows = _support(f.W1, 1)
        b2 = _column_bias(f.b2, f.B2, n)
        out_rows = np.union1d(_support(f.W2, 0), _support(b2, 0)).astype(np.intp)
        ffn = _FFN(
            _index(in_rows),
            sem.weights(f.W1[:, in_rows.tolist()]),
            sem.bias(_column_bias(f.b1, f.B1, n)),
            _index(out_rows),
            sem.weights(f.W2[out_rows.tolist(), :]),
            sem.bias(b2[out_rows.tolist(), :]),
        )
    return _Compiled(layer.name, heads, ffn)


def _compiled(layer: Layer, sem: Semantics, n: int) -> _Compiled:
    """``_compile_layer``, memoised per layer object (:func:`~verify.object_memo.per_object`) for semantics
    whose own class declares ``cache_compiled`` (not inherited: a subclass may convert weights from state its
    parent's key does not name)."""
    if not vars(type(sem)).get("cache_compiled", False):
        return _compile_layer(layer, sem, n)
    return per_object(layer, ("compiled", type(sem), sem.key, n), lambda: _compile_layer(layer, sem, n))


class Evaluator:
    """A bound network compiled for one semantics.

    >>> ev = Evaluator(network.bind(C=100, eps="1/4"), Float(lam=10))  # doctest: +SKIP
    >>> X1 = ev.loop(X0)                                                # doctest: +SKIP
    """

    def __init__(self, network: LoopedNetwork, semantics: Semantics):
        free = network.free_symbols()
        if free:
            names = ", ".join(sorted(map(str, free)))
            raise ValueError(f"{network.name}: bind the parameters {names} before evaluating")
        self.network = network
        self.semantics = semantics
        with semantics.context():
            self._layers = [_compiled(layer, semantics, network.layout.n) for layer in network.layers]

    @property
    def compiled(self) -> list:
        """The compiled layers (each weight cut to the rows it reads and writes, in this semantics' arrays)."""
        return self._layers

    @property
    def layer_names(self) -> list[str]:
        return [c.name for c in self._layers]

    def input(self, X):
        """Convert an exact input (``RatArray`` or integer array) to this semantics."""
        with self.semantics.context():
            return self.semantics.input(X)

    def attention(self, index: int, X, trace: LayerTrace | None = None):
        """Eq. (1a) of layer ``index``: ``X`` plus every head's update (the feed-forward part not applied)."""
        sem, c = self.semantics, self._layers[index]
        with sem.context():
            Y = X
            for h in c.heads:
                xs = X[..., h.qk_rows, :]
                if h.plain:
                    update, weights = sem.head(h.K @ xs, h.Q @ xs, h.V @ X[..., h.v_in, :])
                else:
                    update, weights = sem.head_with(h.K @ xs, h.Q @ xs, h.V @ X[..., h.v_in, :],
                                                    h.kind, h.mask, h.scale)
                if trace is not None:
                    trace.attention[h.name] = weights
                Y = sem.add_rows(Y, h.v_out, update)
            return Y

    def layer(self, index: int, X, trace: LayerTrace | None = None):
        """Apply layer ``index`` (0-based) to ``X``: eq. (1a) then eq. (1b)."""
        sem, c = self.semantics, self._layers[index]
        Y = self.attention(index, X, trace)
        with sem.context():
            if c.ffn is not None:
                f = c.ffn
                hidden = sem.relu(f.W1 @ Y[..., f.in_rows, :] + f.b1)
                Y = sem.add_rows(Y, f.out_rows, f.W2 @ hidden + f.b2)
            if trace is not None:
                trace.output = Y
            return Y

    def loop(self, X, traces: list[LayerTrace] | None = None):
        """One pass through every layer (one iteration of the looped network)."""
        for i, c in enumerate(self._layers):
            t = None
            if traces is not None:
                t = LayerTrace(c.name, None)
                traces.append(t)
            X = self.layer(i, X, t)
        return X

    def run(self, X, loops: int):
        for _ in range(loops):
            X = self.loop(X)
        return X
