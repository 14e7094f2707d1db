"""A toy machine for engine tests (no paper): complement an L-bit ±1 word.

The network is one feed-forward layer, ``x ← x − 2·ReLU(x) + 2·ReLU(−x) = −x``
per bit, plus a side channel into a scratch row that the state ignores (so
that some single-weight changes leave the machine's behaviour intact).
``coef`` replaces bit 0's two output weights, to build broken copies.
"""
from __future__ import annotations

import itertools
from fractions import Fraction

import numpy as np

from verify.ffn_builder import FFNBuilder
from verify.layer import Layer, LoopedNetwork
from verify.layout import Layout
from verify.machine import DecodeError
from verify.rational import RatArray

__all__ = ["Complement"]


class Complement:
    """Reference: flip every bit.  ``coef`` breaks one output weight of bit 0 (for the sibling tests)."""

    name = "complement"

    def __init__(self, coef: tuple[int, int] = (-2, 2)):
        self.coef = coef

    def layout(self, L: int) -> Layout:
        return Layout.build([("w", L), ("scratch", 1)], [("cell", 1), ("spare", 1)], pos_bits=1)

    def network(self, L: int) -> LoopedNetwork:
        lay = self.layout(L)
        ffn = FFNBuilder(lay.d)
        for k, r in enumerate(lay.rows("w")):
            plus = ffn.unit(f"w{k}+", {r: 1})
            minus = ffn.unit(f"w{k}-", {r: -1})
            c_plus, c_minus = self.coef if k == 0 else (-2, 2)
            ffn.out(r, plus, c_plus)
            ffn.out(r, minus, c_minus)
        # a side channel the machine's state ignores: scratch ← scratch + ReLU(w[0])
        ffn.out(lay.row("scratch"), ffn.unit("scratch", {lay.rows("w")[0]: 1}), 1)
        return LoopedNetwork("complement", lay, (Layer("flip", (), ffn.build(), ("w",), ("w", "scratch")),))

    def states(self, L: int):
        return itertools.product((-1, 1), repeat=L)

    def encode(self, L: int, state):
        return np.array([[v, 0] for v in state] + [[0, 0]], dtype=object)

    def decode(self, L: int, X, tol: float = 0):
        out = []
        for r in range(L):
            v = X.item(r, 0) if isinstance(X, RatArray) else X[r, 0]
            value = v if isinstance(v, Fraction) else float(v)
            for bit in (-1, 1):
                if abs(value - bit) <= tol:
                    out.append(bit)
                    break
            else:
                raise DecodeError(f"row w[{r}] holds {v}, not ±1", r, 0)
        return tuple(out)

    def step(self, state):
        return tuple(-b for b in state)

    def state_to_json(self, state) -> dict:
        return {"word": list(state)}

    def state_from_json(self, data: dict):
        return tuple(data["word"])


def use_toy_papers(monkeypatch, claims, name: str = "toy", source: str = "tests.verify.toys") -> None:
    """Make ``claims()`` the only installed paper for the engine (the CLI, ``verify all``, the cache salt)."""
    import verify.cli
    import verify.plugins
    from verify.plugins import Plugin, Registry

    def registry():  # afresh on every call: the toy "code" may change between two runs, as real code would
        return Registry([Plugin(name, f"toy paper {name}", claims=claims, sources=(source,))])

    monkeypatch.setattr(verify.plugins, "installed_papers", registry)
    monkeypatch.setattr(verify.cli, "installed_papers", registry)
