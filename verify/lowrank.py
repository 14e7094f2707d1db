"""Exact rank factorisation ``W = U Vᵀ`` of a :class:`verify.relu_net.Layer`'s weight matrix.

``U`` is the pivot columns of ``W`` and ``Vᵀ`` the non-zero rows of its
reduced row echelon form, both over ℚ (python-flint ``fmpq_mat``), so
``r = rank W`` and the product is checked equal to ``W`` exactly.  Stored as
factors a layer has ``r·(rows + cols)`` weights and costs as many
multiply-adds per input vector, against ``rows·cols`` dense.
"""
from __future__ import annotations

from dataclasses import dataclass

import flint

from .relu_net import Layer

__all__ = ["Factorisation", "factorise"]


@dataclass(frozen=True)
class Factorisation:
    rows: int
    cols: int
    rank: int
    U: object  # fmpq_mat rows × rank
    Vt: object  # fmpq_mat rank × cols
    equal: bool  # U · Vᵀ == W, checked exactly

    @property
    def params(self) -> int:
        return self.rank * (self.rows + self.cols)


def _matrix(layer: Layer):
    W = flint.fmpq_mat(layer.n_out, layer.n_in)
    for i, row in enumerate(layer.rows):
        for j, w in row:
            W[i, j] = flint.fmpq(w.numerator, w.denominator)
    return W


def factorise(layer: Layer) -> Factorisation:
    """The exact rank factorisation of ``layer``'s ``W`` (biases are not factorised)."""
    W = _matrix(layer)
    R, rank = W.rref()
    pivots, c = [], 0
    for r in range(rank):
        while R[r, c] == 0:
            c += 1
        pivots.append(c)
    U = flint.fmpq_mat(layer.n_out, rank)
    Vt = flint.fmpq_mat(rank, layer.n_in)
    for k, p in enumerate(pivots):
        for i in range(layer.n_out):
            U[i, k] = W[i, p]
        for j in range(layer.n_in):
            Vt[k, j] = R[k, j]
    return Factorisation(layer.n_out, layer.n_in, rank, U, Vt, U * Vt == W)
