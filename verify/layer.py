"""The layer model: Giannou et al. 2023, eq. (1a)/(1b), with symbolic weights.

A layer maps ``X ∈ R^{d×n}`` (columns are tokens) to

    attn(X) = X + Σ_h V_h X σ((K_h X)^T (Q_h X))                    (1a)
    f(X)    = attn(X) + W2 ReLU(W1 attn(X) + b1 1^T) + b2 1^T        (1b)

where σ normalises each *column* of the ``n × n`` score matrix (softmax at
temperature λ, or a hardmax; the choice belongs to the evaluation semantics,
see :mod:`verify.semantics`).  Biases are the same on every column, exactly as
in the paper.  All heads of a layer read the same ``X``.

Weights are immutable sympy sparse matrices whose entries are exact rationals
or expressions in named symbols (``C``, ``eps``, …).  Numbers are substituted
in exactly one place, :meth:`LoopedNetwork.bind`.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Iterable, Mapping

import sympy as sp

from .layout import Layout

__all__ = [
    "AttentionHead",
    "FeedForward",
    "Layer",
    "LoopedNetwork",
    "FFNBuilder",
    "sparse",
    "exact_value",
]

Matrix = sp.ImmutableSparseMatrix


def sparse(rows: int, cols: int, entries: Mapping[tuple[int, int], object]) -> Matrix:
    """An immutable sparse sympy matrix from ``{(i, j): value}`` (zeros dropped)."""
    clean = {}
    for (i, j), v in entries.items():
        v = sp.sympify(v)
        if v != 0:
            clean[(i, j)] = v
    return Matrix(rows, cols, clean)


def exact_value(v) -> sp.Expr:
    """Convert a user-supplied number to an exact sympy value; floats are refused."""
    if isinstance(v, bool):
        raise TypeError("a boolean is not a weight value")
    if isinstance(v, float):
        raise TypeError(
            f"refusing the float {v!r}: pass an int, a Fraction or a string such as '1/4' "
            "so that exact arithmetic stays exact"
        )
    if isinstance(v, Fraction):
        return sp.Rational(v.numerator, v.denominator)
    if isinstance(v, str):
        value = sp.Rational(v)
        return value
    return sp.sympify(v)


def _nonzero_cols(m: Matrix) -> set[int]:
    return {j for (_, j) in m.todok()}


def _nonzero_rows(m: Matrix) -> set[int]:
    return {i for (i, _) in m.todok()}


def _subs(m: Matrix, mapping: Mapping[sp.Symbol, sp.Expr]) -> Matrix:
    return sparse(m.rows, m.cols, {k: v.xreplace(mapping) for k, v in m.todok().items()})


@dataclass(frozen=True)
class AttentionHead:
    """One head of eq. (1a): scores ``(K X)^T (Q X)``, values ``V X``."""

    name: str
    Q: Matrix
    K: Matrix
    V: Matrix

    def matrices(self) -> dict[str, Matrix]:
        return {"Q": self.Q, "K": self.K, "V": self.V}


@dataclass(frozen=True)
class FeedForward:
    """The ReLU feed-forward part of eq. (1b); ``units`` names each hidden unit."""

    W1: Matrix
    b1: Matrix
    W2: Matrix
    b2: Matrix
    units: tuple[str, ...]

    @property
    def width(self) -> int:
        return self.W1.rows

    def matrices(self) -> dict[str, Matrix]:
        return {"W1": self.W1, "b1": self.b1, "W2": self.W2, "b2": self.b2}


@dataclass(frozen=True)
class Layer:
    """One transformer layer: heads, an optional feed-forward part, and its contract.

    ``reads`` and ``writes`` name the row blocks the layer's weights touch;
    :meth:`LoopedNetwork.__post_init__` checks the weights against them.
    """

    name: str
    heads: tuple[AttentionHead, ...]
    ffn: FeedForward | None
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    doc: str = ""

    @property
    def width(self) -> int:
        return self.ffn.width if self.ffn else 0

    def matrices(self) -> dict[str, Matrix]:
        out = {}
        for h, head in enumerate(self.heads):
            out.update({f"{k}{h + 1}": m for k, m in head.matrices().items()})
        if self.ffn:
            out.update(self.ffn.matrices())
        return out

    def free_symbols(self) -> set[sp.Symbol]:
        return set().union(*(m.free_symbols for m in self.matrices().values()))

    def touched_rows(self) -> tuple[set[int], set[int]]:
        """Rows whose values the weights read, and rows they write."""
        reads, writes = set(), set()
        for head in self.heads:
            reads |= _nonzero_cols(head.Q) | _nonzero_cols(head.K) | _nonzero_cols(head.V)
            writes |= _nonzero_rows(head.V)
        if self.ffn:
            reads |= _nonzero_cols(self.ffn.W1)
            writes |= _nonzero_rows(self.ffn.W2) | _nonzero_rows(self.ffn.b2)
        return reads, writes

    def subs(self, mapping: Mapping[sp.Symbol, sp.Expr]) -> "Layer":
        heads = tuple(
            AttentionHead(h.name, _subs(h.Q, mapping), _subs(h.K, mapping), _subs(h.V, mapping))
            for h in self.heads
        )
        ffn = None
        if self.ffn:
            f = self.ffn
            ffn = FeedForward(*(_subs(m, mapping) for m in (f.W1, f.b1, f.W2, f.b2)), f.units)
        return replace(self, heads=heads, ffn=ffn)


@dataclass(frozen=True)
class LoopedNetwork:
    """A sequence of layers applied repeatedly to the same punchcard layout.

    ``symbols`` maps parameter names to sympy symbols; ``values`` holds the
    exact values bound to them (empty while the network is symbolic).
    """

    name: str
    layout: Layout
    layers: tuple[Layer, ...]
    symbols: tuple[tuple[str, sp.Symbol], ...] = ()
    values: tuple[tuple[str, sp.Expr], ...] = ()
    #: conditions the parameters must satisfy, as sympy relations in the symbols
    constraints: tuple[sp.Basic, ...] = ()

    def __post_init__(self):
        d = self.layout.d
        for layer in self.layers:
            shapes = [(f"{h.name}.{k}", m, d) for h in layer.heads for k, m in h.matrices().items()]
            if layer.ffn:
                f = layer.ffn
                shapes += [("W1", f.W1, d), ("b1", f.b1, 1), ("W2", f.W2, f.width), ("b2", f.b2, 1)]
            for name, m, cols in shapes:
                if m.cols != cols:
                    raise ValueError(f"layer {layer.name}: {name} has {m.cols} columns, expected {cols}")
            reads, writes = layer.touched_rows()
            allowed_r = set(self.layout.rows_of(layer.reads))
            allowed_w = set(self.layout.rows_of(layer.writes))
            if not reads <= allowed_r:
                bad = sorted(reads - allowed_r)
                raise ValueError(
                    f"layer {layer.name} reads rows it does not declare: "
                    + ", ".join(self.layout.describe_row(r) for r in bad[:5])
                )
            if not writes <= allowed_w:
                bad = sorted(writes - allowed_w)
                raise ValueError(
                    f"layer {layer.name} writes rows it does not declare: "
                    + ", ".join(self.layout.describe_row(r) for r in bad[:5])
                )

    @property
    def is_bound(self) -> bool:
        return not self.free_symbols()

    def free_symbols(self) -> set[sp.Symbol]:
        return set().union(*(layer.free_symbols() for layer in self.layers))

    def symbol(self, name: str) -> sp.Symbol:
        return dict(self.symbols)[name]

    def bind(self, **values) -> "LoopedNetwork":
        """Substitute exact values for named symbols — the one place numbers enter."""
        table = dict(self.symbols)
        unknown = set(values) - set(table)
        if unknown:
            raise KeyError(f"{self.name} has no parameter {sorted(unknown)}; parameters: {sorted(table)}")
        mapping = {table[k]: exact_value(v) for k, v in values.items()}
        names = {sym: name for name, sym in table.items()}
        for rel in self.constraints:
            verdict = rel.xreplace(mapping)
            if verdict is sp.false or (verdict.is_Relational is False and not bool(verdict)):
                text = str(rel)
                for sym, name in names.items():
                    text = text.replace(str(sym), name)
                given = ", ".join(f"{k} = {v}" for k, v in values.items())
                raise ValueError(f"{self.name}: the parameters must satisfy {text} ({given})")
        layers = tuple(layer.subs(mapping) for layer in self.layers)
        for layer in layers:
            for mname, m in layer.matrices().items():
                for v in m.todok().values():
                    if not (v.is_Rational or v.free_symbols):
                        raise ValueError(f"{self.name}: binding {values} makes layer {layer.name} {mname} "
                                         f"contain {v}")
        bound = dict(self.values)
        bound.update({k: mapping[table[k]] for k in values})
        return replace(self, layers=layers, values=tuple(sorted(bound.items())))

    def layer(self, name: str) -> Layer:
        for layer in self.layers:
            if layer.name == name:
                return layer
        raise KeyError(f"{self.name} has no layer {name!r}")

    def content_hash(self) -> str:
        """SHA-256 of the layout, parameters and every weight entry (symbolic or exact)."""
        h = hashlib.sha256()
        h.update(repr(self.layout.to_json()).encode())
        h.update(repr(self.values).encode())
        for layer in self.layers:
            h.update(layer.name.encode())
            for name, m in layer.matrices().items():
                h.update(f"{name}:{m.shape}".encode())
                for (i, j), v in sorted(m.todok().items()):
                    h.update(f"{i},{j}={sp.srepr(v)};".encode())
        return h.hexdigest()


class FFNBuilder:
    """Builds a :class:`FeedForward` one named hidden unit at a time.

    ``unit(label, {row: coef}, bias)`` adds ``ReLU(Σ coef·x_row + bias)``;
    ``out(row, unit, coef)`` adds ``coef·unit`` to row ``row``;
    ``out_bias(row, value)`` adds a uniform output bias.
    """

    def __init__(self, d: int):
        self.d = d
        self._w1: dict[tuple[int, int], object] = {}
        self._b1: dict[tuple[int, int], object] = {}
        self._w2: dict[tuple[int, int], object] = {}
        self._b2: dict[tuple[int, int], object] = {}
        self.units: list[str] = []

    def unit(self, label: str, inputs: Mapping[int, object], bias=0) -> int:
        u = len(self.units)
        self.units.append(label)
        for row, coef in inputs.items():
            self._w1[(u, row)] = sp.sympify(self._w1.get((u, row), 0)) + coef
        if bias != 0:
            self._b1[(u, 0)] = bias
        return u

    def out(self, row: int, unit: int, coef=1) -> None:
        self._w2[(row, unit)] = sp.sympify(self._w2.get((row, unit), 0)) + coef

    def out_bias(self, row: int, value) -> None:
        self._b2[(row, 0)] = sp.sympify(self._b2.get((row, 0), 0)) + value

    def build(self) -> FeedForward:
        w = len(self.units)
        return FeedForward(
            sparse(w, self.d, self._w1),
            sparse(w, 1, self._b1),
            sparse(self.d, w, self._w2),
            sparse(self.d, 1, self._b2),
            tuple(self.units),
        )


def identity_rows(pairs: Iterable[tuple[int, int]], rows: int, cols: int) -> Matrix:
    """A 0/1 matrix with a one at every ``(i, j)`` of ``pairs`` (ones are summed)."""
    entries: dict[tuple[int, int], int] = {}
    for i, j in pairs:
        entries[(i, j)] = entries.get((i, j), 0) + 1
    return sparse(rows, cols, entries)
