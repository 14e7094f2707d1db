"""A float semantics that sums every dot product in a random order (for soundness tests of bounds that claim
to hold in any summation order): numpy float32/float64, each sum accumulated term by term in the format,
the terms shuffled afresh for every product."""
from __future__ import annotations

import numpy as np

from verify.semantics import Float


def shuffled_matmul(A: np.ndarray, B: np.ndarray, rng: np.random.Generator, dtype) -> np.ndarray:
    """``A @ B`` (``A``: ``k × m``; ``B``: ``(..., m, n)``), each entry's terms added one at a time in a random
    order shared by the entries of one output row."""
    out = np.zeros(B.shape[:-2] + (A.shape[0], B.shape[-1]), dtype=dtype)
    for i in range(A.shape[0]):
        acc = np.zeros(B.shape[:-2] + (B.shape[-1],), dtype=dtype)
        for j in rng.permutation(A.shape[1]):
            if A[i, j] != 0:
                acc = (acc + (A[i, j] * B[..., j, :]).astype(dtype)).astype(dtype)
        out[..., i, :] = acc
    return out


class _Shuffled:
    def __init__(self, matrix: np.ndarray, rng, dtype):
        self.matrix, self.rng, self.dtype = matrix, rng, dtype

    @property
    def shape(self):
        return self.matrix.shape

    def __matmul__(self, X):
        return shuffled_matmul(self.matrix, X, self.rng, self.dtype)


class ShuffledFloat(Float):
    """:class:`~verify.semantics.Float` with every weight product and ``values @ weights`` summed in a random
    order (seeded)."""

    cache_compiled = False

    def __init__(self, lam, dtype=np.float32, seed: int = 0):
        super().__init__(lam, dtype)
        self.rng = np.random.default_rng(seed)
        self.name = f"shuffled-{self.dtype.name}"

    def weights(self, m):
        dense = super().weights(m)
        return dense if m.cols == 1 else _Shuffled(dense, self.rng, self.dtype)

    def head(self, keys, queries, values):
        scores = np.swapaxes(keys, -1, -2) @ queries  # integer scores: exact in any order
        weights = self.attend(scores)
        vals = np.asarray(values)
        out = np.zeros(vals.shape[:-1] + (weights.shape[-1],), dtype=self.dtype)
        for q in range(weights.shape[-1]):
            acc = np.zeros(vals.shape[:-1], dtype=self.dtype)
            for k in self.rng.permutation(weights.shape[-2]):
                acc = (acc + (vals[..., k] * weights[..., k, q][..., None]).astype(self.dtype)).astype(self.dtype)
            out[..., q] = acc
        return out, weights
