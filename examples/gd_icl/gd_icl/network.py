"""One linear self-attention layer that performs one step of gradient descent in context.

von Oswald et al. 2023, "Transformers learn in-context by gradient descent"
(ICML 2023), Proposition 1 (recalled, [R] in the reference notes): tokens
``e_i = (x_i, y_i)``, ``i = 1..N`` in context plus a query ``e_{N+1}``;
``W_K = W_Q = [[I, 0], [0, 0]]``, ``W_V = [[0, 0], [W_0, −I]]`` and
``P = (η/N)·I`` make the layer map ``e_j`` to ``(x_j, y_j − ΔW x_j)`` with
``ΔW = −(η/N) Σ_i (W_0 x_i − y_i) x_iᵀ``, one gradient step on
``L(W) = 1/(2N) Σ ‖W x_i − y_i‖²``.  ``keys="context"`` sums over the N
context tokens only (an attention mask), ``"all"`` over the query too;
``scale`` replaces η/N (to build the wrong scaling the claims refute).
"""
from __future__ import annotations

import sympy as sp

from verify import AttentionHead, Layer, Layout, LoopedNetwork
from verify.attention_mask import AttentionMask

ETA = sp.Symbol("eta")


def w0_symbols(dx: int, dy: int) -> sp.Matrix:
    return sp.Matrix(dy, dx, lambda r, c: sp.Symbol(f"w{r}{c}"))


def lsa_network(dx: int, dy: int, N: int, keys: str = "context", scale=None) -> LoopedNetwork:
    d, n = dx + dy, N + 1
    layout = Layout.build([("x", dx), ("y", dy)], [("context", N), ("query", 1)], pos_bits=None)
    W0 = w0_symbols(dx, dy)
    QK = sp.zeros(d, d)
    QK[:dx, :dx] = sp.eye(dx)
    V = sp.zeros(d, d)
    V[dx:, :dx], V[dx:, dx:] = W0, -sp.eye(dy)
    mask = AttentionMask.explicit([[i < N for _ in range(n)] for i in range(n)]) if keys == "context" else None
    head = AttentionHead("lsa", sp.ImmutableSparseMatrix(QK), sp.ImmutableSparseMatrix(QK),
                         sp.ImmutableSparseMatrix(V), kind="linear", mask=mask,
                         scale=ETA / N if scale is None else scale)
    layer = Layer("gd_step", (head,), None, reads=("x", "y"), writes=("y",))
    symbols = (("eta", ETA), *((str(s), s) for s in W0))
    return LoopedNetwork(f"lsa[dx={dx},dy={dy},N={N},keys={keys}]", layout, (layer,), symbols=symbols)
