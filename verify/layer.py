"""The layer model: Giannou et al. 2023, eq. (1a)/(1b), with symbolic weights.

A layer maps ``X ∈ R^{d×n}`` (columns are tokens) to

    attn(X) = X + Σ_h V_h X σ((K_h X)^T (Q_h X))                              (1a)
    f(X)    = attn(X) + W2 ReLU(W1 attn(X) + b1 1^T + B1) + b2 1^T + B2        (1b)

where σ normalises each *column* of the ``n × n`` score matrix (softmax at
temperature λ, or a hardmax; the choice belongs to the evaluation semantics,
see :mod:`verify.semantics`).  All heads of a layer read the same ``X``.

Beyond the paper's equations, constructions from other papers use

* **per-column biases** ``B1 ∈ R^{w×n}``, ``B2 ∈ R^{d×n}`` (optional; the
  paper's biases ``b 1^T`` are the same on every column, the authors' numpy
  code adds constants to column 0 only): :meth:`Layer.per_column_bias_sites`
  lists where they occur;
* **linear attention** (``AttentionHead(kind="linear", scale=c)``): the
  update is ``V X (M ∘ (K X)^T (Q X)) · c``, no normalisation (linear
  self-attention, von Oswald et al. 2023);
* **attention masks** (:class:`AttentionMask`): ``M[i, j]`` says whether key
  (column) ``i`` is visible to query (column) ``j``; masked scores are left out
  of the normalisation of softmax / hardmax heads and zeroed in linear heads.

Weights are immutable sympy sparse matrices whose entries are exact rationals
or expressions in named symbols (``C``, ``eps``, …).  Numbers are substituted
in exactly one place, :meth:`LoopedNetwork.bind`.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Mapping

import sympy as sp

from .attention_mask import AttentionMask
from .layout import Layout
from .matrix import Matrix

__all__ = [
    "AttentionMask",
    "AttentionHead",
    "FeedForward",
    "Layer",
    "LoopedNetwork",
    "sparse",
    "exact_value",
]


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


HEAD_KINDS = ("softmax", "linear")


@dataclass(frozen=True)
class AttentionHead:
    """One head of eq. (1a): scores ``(K X)^T (Q X)``, values ``V X``.

    ``kind="softmax"`` (the paper's head) normalises each column of the
    scores; ``kind="linear"`` multiplies them by ``scale`` instead.  ``mask``
    (optional) hides (key, query) pairs.
    """

    name: str
    Q: Matrix
    K: Matrix
    V: Matrix
    kind: str = "softmax"
    mask: AttentionMask | None = None
    scale: sp.Expr = sp.Integer(1)

    def __post_init__(self):
        if self.kind not in HEAD_KINDS:
            raise ValueError(f"head {self.name}: unknown kind {self.kind!r} (one of {', '.join(HEAD_KINDS)})")
        scale = self.scale if isinstance(self.scale, sp.Basic) else exact_value(self.scale)  # floats refused
        if self.kind == "softmax" and scale != 1:
            raise ValueError(f"head {self.name}: a scale is for linear heads (fold it into Q or K)")
        object.__setattr__(self, "scale", scale)

    @property
    def is_plain(self) -> bool:
        """The paper's head: softmax, no mask."""
        return self.kind == "softmax" and self.mask is None

    def matrices(self) -> dict[str, Matrix]:
        return {"Q": self.Q, "K": self.K, "V": self.V}

    def free_symbols(self) -> set[sp.Symbol]:
        return self.Q.free_symbols | self.K.free_symbols | self.V.free_symbols | self.scale.free_symbols

    def subs(self, mapping) -> "AttentionHead":
        return replace(self, Q=_subs(self.Q, mapping), K=_subs(self.K, mapping), V=_subs(self.V, mapping),
                       scale=sp.sympify(self.scale).xreplace(mapping))

    def feature_key(self) -> str:
        """The non-default features, for the content hash ('' for the paper's head)."""
        if self.is_plain:
            return ""
        parts = [self.kind]
        if self.kind == "linear":
            parts.append(f"scale={sp.srepr(self.scale)}")
        if self.mask is not None:
            parts.append(f"mask={self.mask.key()}")
        return "|".join(parts)


@dataclass(frozen=True)
class FeedForward:
    """The ReLU feed-forward part of eq. (1b); ``units`` names each hidden unit.

    ``b1`` (``w × 1``) and ``b2`` (``d × 1``) are the paper's biases, the same
    on every column; ``B1`` (``w × n``) and ``B2`` (``d × n``), optional, are
    per-column biases added on top.
    """

    W1: Matrix
    b1: Matrix
    W2: Matrix
    b2: Matrix
    units: tuple[str, ...]
    B1: Matrix | None = None
    B2: Matrix | None = None

    def __post_init__(self):  # an all-zero bias matrix is no bias matrix (one hash, one fast path)
        for key in ("B1", "B2"):
            m = getattr(self, key)
            if m is not None and not m.todok():
                object.__setattr__(self, key, None)

    @property
    def width(self) -> int:
        return self.W1.rows

    @property
    def has_column_biases(self) -> bool:
        return self.B1 is not None or self.B2 is not None

    def matrices(self) -> dict[str, Matrix]:
        out = {"W1": self.W1, "b1": self.b1, "W2": self.W2, "b2": self.b2}
        if self.B1 is not None:
            out["B1"] = self.B1
        if self.B2 is not None:
            out["B2"] = self.B2
        return out


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
        found = self.__dict__.get("_free_symbols")  # a frozen layer's symbols never change: found once
        if found is None:
            found = frozenset().union(*(m.free_symbols for m in self.matrices().values()),
                                      *(h.scale.free_symbols for h in self.heads))
            object.__setattr__(self, "_free_symbols", found)
        return set(found)

    def per_column_bias_sites(self) -> list[tuple[str, int, int, sp.Expr]]:
        """Every nonzero per-column bias entry: ``(matrix, row, column, value)``, ``matrix`` ``'B1'`` or ``'B2'``.

        Rows of ``B1`` are hidden units (``ffn.units[row]``), rows of ``B2``
        rows of ``X``; :meth:`LoopedNetwork.per_column_bias_sites` names them.
        """
        if self.ffn is None:
            return []
        return [(key, i, j, v) for key in ("B1", "B2") if getattr(self.ffn, key) is not None
                for (i, j), v in sorted(getattr(self.ffn, key).todok().items())]

    def touched_rows(self) -> tuple[set[int], set[int]]:
        """Rows whose values the weights read, and rows they write."""
        reads, writes = set(), set()
        for head in self.heads:
            reads |= _nonzero_cols(head.Q) | _nonzero_cols(head.K) | _nonzero_cols(head.V)
            writes |= _nonzero_rows(head.V)
        if self.ffn:
            reads |= _nonzero_cols(self.ffn.W1)
            writes |= _nonzero_rows(self.ffn.W2) | _nonzero_rows(self.ffn.b2)
            if self.ffn.B2 is not None:
                writes |= _nonzero_rows(self.ffn.B2)
        return reads, writes

    def subs(self, mapping: Mapping[sp.Symbol, sp.Expr]) -> "Layer":
        heads = tuple(h.subs(mapping) for h in self.heads)
        ffn = None
        if self.ffn:
            f = self.ffn
            ffn = FeedForward(*(_subs(m, mapping) for m in (f.W1, f.b1, f.W2, f.b2)), f.units,
                              *(None if m is None else _subs(m, mapping) for m in (f.B1, f.B2)))
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
        d, n = self.layout.d, self.layout.n
        for layer in self.layers:
            shapes = [(f"{h.name}.{k}", m, d) for h in layer.heads for k, m in h.matrices().items()]
            if layer.ffn:
                f = layer.ffn
                shapes += [("W1", f.W1, d), ("b1", f.b1, 1), ("W2", f.W2, f.width), ("b2", f.b2, 1)]
                for key, rows in (("B1", f.width), ("B2", d)):
                    m = getattr(f, key)
                    if m is not None and m.shape != (rows, n):
                        raise ValueError(f"layer {layer.name}: {key} is {m.rows} × {m.cols}, expected {rows} × {n}")
            for name, m, cols in shapes:
                if m.cols != cols:
                    raise ValueError(f"layer {layer.name}: {name} has {m.cols} columns, expected {cols}")
            for h in layer.heads:
                if h.mask is not None:
                    try:
                        allowed = h.mask.allowed(n)
                    except ValueError as err:
                        raise ValueError(f"layer {layer.name}: head {h.name}: {err}") from None
                    if h.kind == "softmax" and not allowed.any(axis=0).all():
                        j = int((~allowed.any(axis=0)).nonzero()[0][0])
                        raise ValueError(f"layer {layer.name}: head {h.name}'s mask hides every key from "
                                         f"query column {j}; a normalised head needs at least one")
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
            entries = [(mname, v) for mname, m in layer.matrices().items() for v in m.todok().values()]
            entries += [(f"{h.name}.scale", h.scale) for h in layer.heads]
            for mname, v in entries:
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
        """SHA-256 of the layout, parameters, every weight entry (symbolic or exact) and head kind and mask.

        Per-column biases enter as the matrices ``B1``/``B2``; the paper's
        features alone hash as they always have.
        """
        h = hashlib.sha256()
        h.update(repr(self.layout.to_json()).encode())
        h.update(repr(self.values).encode())
        for layer in self.layers:
            h.update(layer.name.encode())
            for name, m in layer.matrices().items():
                h.update(f"{name}:{m.shape}".encode())
                for (i, j), v in sorted(m.todok().items()):
                    h.update(f"{i},{j}={sp.srepr(v)};".encode())
            for k, head in enumerate(layer.heads):
                feature = head.feature_key()
                if feature:
                    h.update(f"head{k + 1}:{feature};".encode())
        return h.hexdigest()

    def per_column_bias_sites(self) -> list[dict]:
        """Where per-column biases occur: one dict per nonzero entry, named by the layout.

        Keys: ``layer`` (name), ``index`` (0-based), ``matrix`` (``B1``/``B2``),
        ``row`` / ``col`` (numbers), ``target`` (the hidden unit of ``B1`` or
        the row name of ``B2``), ``column`` (the column's region name), ``value``.
        """
        out = []
        for index, layer in enumerate(self.layers):
            for key, i, j, v in layer.per_column_bias_sites():
                target = (f"unit {layer.ffn.units[i]}" if key == "B1" and i < len(layer.ffn.units)
                          else self.layout.describe_row(i) if key == "B2" else f"unit {i}")
                out.append({"layer": layer.name, "index": index, "matrix": key, "row": i, "col": j,
                            "target": target, "column": self.layout.describe_col(j), "value": v})
        return out
