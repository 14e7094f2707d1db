"""Attention masks: which keys (columns) each query (column) of a head may attend to.

A mask is part of a head (:class:`verify.layer.AttentionHead`): masked scores
are left out of the column normalisation of softmax / hardmax heads, and set
to zero in linear heads.  ``M[i, j]`` is True when key ``i`` is visible to
query ``j`` — the orientation of the score matrix ``(K X)^T (Q X)``, whose
column ``j`` belongs to query ``j``.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["AttentionMask"]


@dataclass(frozen=True)
class AttentionMask:
    """Which keys each query may attend to: ``allowed(n)[i, j]`` for key ``i``, query ``j``.

    ``AttentionMask.causal()`` lets query ``j`` see keys ``i ≤ j``;
    ``AttentionMask.explicit(rows)`` takes an ``n × n`` boolean matrix
    (``rows[i][j]``: key ``i`` visible to query ``j``).
    """

    kind: str  # "causal" | "explicit"
    entries: tuple[tuple[bool, ...], ...] = ()

    @staticmethod
    def causal() -> "AttentionMask":
        return AttentionMask("causal")

    @staticmethod
    def explicit(rows) -> "AttentionMask":
        table = tuple(tuple(bool(v) for v in row) for row in rows)
        if not table or any(len(row) != len(table) for row in table):
            raise ValueError("an explicit attention mask must be a square n × n boolean matrix")
        return AttentionMask("explicit", table)

    def __post_init__(self):
        if self.kind not in ("causal", "explicit"):
            raise ValueError(f"unknown attention mask kind {self.kind!r} (causal or explicit)")

    def allowed(self, n: int):
        """The ``n × n`` boolean numpy matrix of visible (key, query) pairs."""
        if self.kind == "causal":
            return np.triu(np.ones((n, n), dtype=bool))
        if len(self.entries) != n:
            raise ValueError(f"the attention mask is {len(self.entries)} × {len(self.entries)}, expected {n} × {n}")
        return np.array(self.entries, dtype=bool)

    def key(self) -> str:
        return self.kind if self.kind == "causal" else "explicit:" + ";".join(
            "".join("1" if v else "0" for v in row) for row in self.entries)
