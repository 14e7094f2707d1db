"""A timestep-modulated feed-forward step, ``X ↦ X + η(t) ⊙ FF(X)``.

The engine's layer model (:mod:`verify.layer`) has no loop-index dependence,
so this small module evaluates one looped residual feed-forward block whose
output is scaled row by row by a loop-dependent gate ``η(t)`` at loop ``t``
(timestep-modulated looped blocks).  ``η ≡ 1`` is the weight-tied block.  Values may be
Fractions or sympy expressions: every ReLU argument must be a number (so a
proof can carry the labels as free symbols through the residual rows the
ReLUs do not read), otherwise :class:`ValueError` is raised.
"""
from __future__ import annotations

from typing import Callable, Sequence

import sympy as sp

from .layer import FeedForward

__all__ = ["timestep_step", "timestep_run"]


def _relu(v):
    v = sp.nsimplify(v) if not isinstance(v, sp.Basic) else v
    if not v.is_number:
        raise ValueError(f"a ReLU argument is symbolic: {v}")
    return v if v > 0 else sp.Integer(0)


def timestep_step(ffn: FeedForward, column: Sequence, eta: Sequence) -> list:
    """One step on one column: ``x + η ⊙ (W2 ReLU(W1 x + b1) + b2)``; ``eta`` has one entry per row."""
    x = sp.Matrix([sp.sympify(v) for v in column])
    hidden = [_relu(v) for v in (ffn.W1 * x + ffn.b1)]
    out = ffn.W2 * sp.Matrix(hidden) + ffn.b2
    return [sp.expand(x[i] + sp.sympify(eta[i]) * out[i]) for i in range(len(column))]


def timestep_run(ffn: FeedForward, column: Sequence, eta: Callable[[int], Sequence], loops: int) -> list:
    """``loops`` steps, ``η(t)`` at step ``t = 0, 1, …``."""
    for t in range(loops):
        column = timestep_step(ffn, column, eta(t))
    return list(column)
