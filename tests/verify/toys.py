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


class PointerRead:
    """A one-layer looped toy with a softmax head (no paper): every column reads ``v`` at its pointer.

    Rows ``P`` (±1 positional codes, constant), ``ptr`` (the code of the column to read), ``v`` (a ±1 value,
    0 in column 0), ``r`` (the read, 0 between loops) and ``s`` (the result).  The head writes ``v[ptr]``
    into ``r``; the feed-forward part moves it: ``s ← s − ReLU(s) + ReLU(−s) + c·(ReLU(r) − ReLU(−r))`` and
    clears ``r``.  Column 0 points anywhere (a variable), the others at themselves.  ``copy`` is ``c`` (1:
    the exact machine; a non-dyadic value builds a broken copy).
    """

    n = 4
    codes = ((-1, -1), (-1, 1), (1, -1), (1, 1))

    def __init__(self, copy=1):
        self.copy = copy

    def layout(self) -> Layout:
        return Layout.build([("P", 2), ("ptr", 2), ("v", 1), ("r", 1), ("s", 1)], [("cell", self.n)],
                            pos_bits=None)

    def network(self) -> LoopedNetwork:
        from verify.layer import AttentionHead, sparse

        lay = self.layout()
        d = lay.d
        K = sparse(2, d, {(k, r): 1 for k, r in enumerate(lay.rows("P"))})
        Q = sparse(2, d, {(k, r): 1 for k, r in enumerate(lay.rows("ptr"))})
        V = sparse(d, d, {(lay.row("r"), lay.row("v")): 1})
        ffn = FFNBuilder(d)
        r, s = lay.row("r"), lay.row("s")
        for row, extra in ((s, True), (r, False)):
            ffn.out(row, ffn.unit(f"{row}+", {row: 1}), -1)
            ffn.out(row, ffn.unit(f"{row}-", {row: -1}), 1)
        ffn.out(s, ffn.unit("copy+", {r: 1}), self.copy)
        ffn.out(s, ffn.unit("copy-", {r: -1}), -self.copy)
        layer = Layer("read", (AttentionHead("read", Q, K, V),), ffn.build(), ("P", "ptr", "v", "r", "s"),
                      ("r", "s"))
        return LoopedNetwork("pointer_read", lay, (layer,))

    def template(self):
        """The exact input over every valid state, symbolically (one stage: the loop has one layer)."""
        from verify import symbolic as sym

        lay = self.layout()
        X = [[sym.const(0)] * self.n for _ in range(lay.d)]
        a = sym.Var("ptr_0", range(self.n))
        for c in range(self.n):
            for k, row in enumerate(lay.rows("P")):
                X[row][c] = sym.const(self.codes[c][k])
                X[lay.rows("ptr")[k]][c] = (sym.case(a, [(j, sym.const(self.codes[j][k])) for j in range(self.n)])
                                            if c == 0 else sym.const(self.codes[c][k]))
            if c:
                X[lay.row("v")][c] = sym.var(f"v_{c}", (-1, 1))
            X[lay.row("s")][c] = sym.var(f"s_{c}", (-1, 0, 1))
        return X

    def states(self):
        """Every valid input, concretely: ``(pointer of column 0, v[1..3], s[0..3])``."""
        lay = self.layout()
        for a, vs, ss in itertools.product(range(self.n), itertools.product((-1, 1), repeat=self.n - 1),
                                           itertools.product((-1, 0, 1), repeat=self.n)):
            X = np.zeros((lay.d, self.n), dtype=np.int64)
            for c in range(self.n):
                X[lay.rows("P"), c] = self.codes[c]
                X[lay.rows("ptr"), c] = self.codes[a if c == 0 else c]
                X[lay.row("v"), c] = vs[c - 1] if c else 0
                X[lay.row("s"), c] = ss[c]
            yield X
