"""The value mapping as ``L₂ ∘ (id + η(t) ⊙ FF)^{K−1} ∘ L₁`` (Xu & Sato 2025, Lemma 4.1 / Theorem 4.2, reconstructed).

A token with contextual ID ``k ∈ {0, …, K−1}`` is embedded as
``(one, t, k, y_1 … y_d) = (1, 0, k, y_0)``; each loop the feed-forward part
adds 1 to ``t`` and ``c_i·[k ≥ t + 1]`` to ``y_i`` (the gate
``ReLU(k − t) − ReLU(k − t − 1)``, two units shared by all coordinates).
With the timestep scaling ``η_i(t) = (y_{t+1} − y_t)_i / c_i`` the token of
ID ``k`` ends with ``y_0 + Σ_{s<k}(y_{s+1} − y_s) = y_k`` exactly; with
``η ≡ 1`` (weights tied) it ends with ``y_0 + c·k``, an arithmetic sequence.
Embedding ``d + 3``, FFN width 2.
"""
from __future__ import annotations

from typing import Sequence

import sympy as sp

from verify.ffn_builder import FFNBuilder
from verify.layer import FeedForward
from verify.timestep import timestep_run

__all__ = ["sweep_ffn", "sweep_fit", "sweep_eta", "sweep_sizes"]


def sweep_ffn(d: int, c: Sequence = None, gate_shift: int = 0) -> FeedForward:
    """The shared FF: rows ``one, t, k, y_0 … y_{d-1}``; ``gate_shift ≠ 0`` is a one-weight mutant."""
    c = list(c) if c is not None else [1] * d
    f = FFNBuilder(3 + d)
    one, t, k = 0, 1, 2
    f.out_bias(t, 1)
    a = f.unit("k − t", {k: 1, t: -1, one: gate_shift})
    b = f.unit("k − t − 1", {k: 1, t: -1, one: -1})
    for i in range(d):
        f.out(3 + i, a, c[i])
        f.out(3 + i, b, -c[i])
    return f.build()


def sweep_eta(labels: Sequence[Sequence], c: Sequence = None):
    """``η(t)``: 1 on the counter rows, ``(y_{t+1} − y_t)_i / c_i`` on row ``y_i`` (0 after the last label)."""
    d = len(labels[0])
    c = list(c) if c is not None else [1] * d

    def eta(t: int):
        if t + 1 >= len(labels):
            return [1, 1, 1] + [0] * d
        return [1, 1, 1] + [sp.sympify(labels[t + 1][i]) - sp.sympify(labels[t][i]) for i in range(d)]
    return eta


def sweep_fit(labels: Sequence[Sequence], timestep: bool = True, c: Sequence = None, gate_shift: int = 0) -> list:
    """Outputs ``y`` of every ID ``k`` after ``K − 1`` loops (tied: ``η ≡ 1``)."""
    K, d = len(labels), len(labels[0])
    ffn = sweep_ffn(d, c, gate_shift)
    eta = sweep_eta(labels, c) if timestep else (lambda t: [1] * (3 + d))
    outs = []
    for k in range(K):
        col = [1, 0, k] + [sp.sympify(labels[0][i]) for i in range(d)]
        outs.append(timestep_run(ffn, col, eta, K - 1)[3:])
    return outs


def sweep_sizes(d: int) -> dict:
    ffn = sweep_ffn(d)
    return {"embedding": ffn.W1.cols, "ffn_width": ffn.width, "eta_dim": ffn.W1.cols}
