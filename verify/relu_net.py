"""Exact looped ReLU networks: layers ``x ↦ ReLU(W x + b)`` (or affine ``W x + b``), built and run.

The engine's model of a looped ReLU-MLP (no attention, every layer one
``ReLU(W x + b)``), beside the transformer layer model of :mod:`verify.layer`;
nothing here knows any construction's state or machine.

* :class:`Layer` — one layer, weights exact :class:`~fractions.Fraction`,
  stored sparsely row by row, each output unit carrying an opaque
  ``spec`` (what the construction says the unit equals);
* :class:`ReluNet` — a stack of layers with exact evaluation (integers with a
  common scale: exact, and fast), float evaluation in a chosen format with
  every multiply and add rounded to it (float64/32/16, bfloat16), counts of
  depth, widths, non-zeros, dense parameters and multiply-adds, and a content
  hash;
* :class:`Builder` — construct a network one layer at a time: values are
  affine forms over the current layer's units; ``unit(form)`` adds
  ``ReLU(form)`` to the next layer, so every linear read-out is folded into
  the next layer's ``W`` automatically.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from fractions import Fraction
from math import lcm

import numpy as np

__all__ = ["Affine", "Layer", "ReluNet", "Builder", "FORMATS", "round_to"]


class Affine:
    """``const + Σ coeff · unit`` over the units of one layer (``layer`` = that layer's index)."""

    __slots__ = ("layer", "terms", "const")

    def __init__(self, layer: int, terms: dict | None = None, const=0):
        self.layer = layer
        self.terms = {k: v if type(v) is Fraction else Fraction(v) for k, v in (terms or {}).items() if v != 0}
        self.const = const if type(const) is Fraction else Fraction(const)

    def _other(self, other) -> "Affine":
        if isinstance(other, Affine):
            if other.layer != self.layer:
                raise ValueError(f"affine forms over different layers ({self.layer} and {other.layer})")
            return other
        return Affine(self.layer, {}, other)

    def __add__(self, other):
        other = self._other(other)
        terms = dict(self.terms)
        for k, v in other.terms.items():
            terms[k] = terms.get(k, 0) + v
        return Affine(self.layer, terms, self.const + other.const)

    __radd__ = __add__

    def __neg__(self):
        return Affine(self.layer, {k: -v for k, v in self.terms.items()}, -self.const)

    def __sub__(self, other):
        return self + (-self._other(other))

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, c):
        c = Fraction(c)
        return Affine(self.layer, {k: v * c for k, v in self.terms.items()}, self.const * c)

    __rmul__ = __mul__


@dataclass(frozen=True)
class Layer:
    """Rows ``((col, weight), …)``, biases, and whether the layer applies ReLU."""

    rows: tuple[tuple[tuple[int, Fraction], ...], ...]
    bias: tuple[Fraction, ...]
    relu: bool
    n_in: int
    specs: tuple = ()  # one annotation per output unit (construction-defined)
    name: str = ""

    @property
    def n_out(self) -> int:
        return len(self.rows)

    @property
    def nnz(self) -> int:
        return sum(len(r) for r in self.rows)

    def dense(self) -> list[list[Fraction]]:
        out = [[Fraction(0)] * self.n_in for _ in self.rows]
        for i, row in enumerate(self.rows):
            for j, w in row:
                out[i][j] = w
        return out

    def with_weight(self, row: int, col: int, value) -> "Layer":
        """A copy with ``W[row, col] = value`` (a one-weight mutant)."""
        entries = dict(self.rows[row])
        entries[col] = Fraction(value)
        new_row = tuple(sorted((j, w) for j, w in entries.items() if w != 0))
        rows = self.rows[:row] + (new_row,) + self.rows[row + 1:]
        return Layer(rows, self.bias, self.relu, self.n_in, self.specs, self.name)

    def with_bias(self, row: int, value) -> "Layer":
        bias = self.bias[:row] + (Fraction(value),) + self.bias[row + 1:]
        return Layer(self.rows, bias, self.relu, self.n_in, self.specs, self.name)


FORMATS = ("float64", "float32", "float16", "bfloat16")


def round_to(fmt: str, x: np.ndarray) -> np.ndarray:
    """``x`` (float64) rounded to ``fmt`` to nearest-even, returned as float64."""
    x = np.asarray(x, dtype=np.float64)
    if fmt == "float64":
        return x
    if fmt == "float32":
        return x.astype(np.float32).astype(np.float64)
    if fmt == "float16":
        return x.astype(np.float16).astype(np.float64)
    if fmt == "bfloat16":
        # no bfloat16 in numpy: round the float64 bits directly (avoids double rounding via float32)
        bits = x.view(np.uint64)
        # bfloat16 keeps 8 significand bits (7 stored): drop 52 - 7 = 45 (normal range only)
        drop = np.uint64(45)
        half = np.uint64(1) << (drop - np.uint64(1))
        mask = (np.uint64(1) << drop) - np.uint64(1)
        low = bits & mask
        lsb = (bits >> drop) & np.uint64(1)
        up = (low > half) | ((low == half) & (lsb == np.uint64(1)))
        out = (bits & ~mask) + np.where(up, np.uint64(1) << drop, np.uint64(0))
        return out.view(np.float64)
    raise ValueError(f"unknown float format {fmt!r} (expected one of {', '.join(FORMATS)})")


class ReluNet:
    """A stack of :class:`Layer` s; ``loop`` applies it once (its output width equals its input width)."""

    def __init__(self, layers: list[Layer], input_names: tuple = (), blocks: tuple = (), input_specs: tuple = ()):
        self.layers = list(layers)
        self.input_names = tuple(input_names)
        self.input_specs = tuple(input_specs)
        #: ``((block name, first layer index, last layer index + 1), …)``
        self.blocks = tuple(blocks)
        self._int_cache = None

    # -- counts ---------------------------------------------------------------
    @property
    def depth(self) -> int:
        return len(self.layers)

    @property
    def widths(self) -> list[int]:
        return [self.layers[0].n_in] + [l.n_out for l in self.layers]

    def counts(self) -> dict:
        """Depth, widths, non-zeros, dense parameters (W and b) and dense multiply-adds per loop."""
        return {
            "depth": self.depth,
            "relu_layers": sum(l.relu for l in self.layers),
            "state_width": self.layers[0].n_in,
            "max_width": max(self.widths),
            "nnz": sum(l.nnz for l in self.layers),
            "dense_params": sum(l.n_out * (l.n_in + 1) for l in self.layers),
            "dense_madds": sum(l.n_out * l.n_in for l in self.layers),
        }

    def content_hash(self) -> str:
        h = hashlib.sha256()
        for l in self.layers:
            h.update(repr((l.rows, l.bias, l.relu, l.n_in)).encode())
        return h.hexdigest()[:16]

    def specs_before(self, index: int) -> tuple:
        """The specs of the units layer ``index`` reads (the input's for layer 0)."""
        return self.input_specs if index == 0 else self.layers[index - 1].specs

    def block_of(self, index: int) -> str:
        return next((name for name, lo, hi in self.blocks if lo <= index < hi), "")

    def replace_layer(self, index: int, layer: Layer) -> "ReluNet":
        layers = list(self.layers)
        layers[index] = layer
        return ReluNet(layers, self.input_names, self.blocks, self.input_specs)

    # -- exact evaluation ------------------------------------------------------
    def _integer_layers(self):
        """Per layer: (row index array, col array, integer weights, integer biases, denominator)."""
        if self._int_cache is None:
            cache = []
            for l in self.layers:
                den = 1
                for row in l.rows:
                    for _, w in row:
                        den = lcm(den, w.denominator)
                for b in l.bias:
                    den = lcm(den, b.denominator)
                r, c, w = [], [], []
                for i, row in enumerate(l.rows):
                    for j, x in row:
                        r.append(i)
                        c.append(j)
                        w.append(int(x * den))
                b = [int(x * den) for x in l.bias]
                r, c = np.array(r, dtype=np.int64), np.array(c, dtype=np.int64)
                w64, b64 = _as_int64(w), _as_int64(b)
                rowsum = (np.bincount(r, np.abs(w64).astype(np.float64), minlength=len(b)).max(initial=0)
                          if w64 is not None and len(b) else 0)
                cache.append((r, c, np.array(w, dtype=object), np.array(b, dtype=object), den,
                              (w64, b64, int(rowsum))))
            self._int_cache = cache
        return self._int_cache

    def trace_exact(self, x) -> list[list[Fraction]]:
        """Exact outputs of every layer (the input first) as lists of Fractions.

        Integers with one common scale per layer; int64 while every entry stays
        below 2^52 in size (checked), Python integers otherwise.
        """
        x = [Fraction(v) for v in x]
        scale = lcm(1, *[v.denominator for v in x])
        ints = np.array([int(v * scale) for v in x], dtype=np.int64)
        out = [[Fraction(int(v), scale) for v in ints]]
        for l, (r, c, w, b, den, fast) in zip(self.layers, self._integer_layers()):
            ints, scale = _int_layer(l.relu, r, c, w, b, fast, ints, scale), scale * den
            out.append([Fraction(int(v), scale) for v in ints])
        return out

    def loop_exact(self, x) -> list[Fraction]:
        """One loop, exactly (only the last layer's output is converted to Fractions)."""
        x = [Fraction(v) for v in x]
        scale = lcm(1, *[v.denominator for v in x])
        ints = np.array([int(v * scale) for v in x], dtype=np.int64)
        for l, (r, c, w, b, den, fast) in zip(self.layers, self._integer_layers()):
            ints, scale = _int_layer(l.relu, r, c, w, b, fast, ints, scale), scale * den
        return [Fraction(int(v), scale) for v in ints]

    def preactivations_exact(self, x) -> list[list[Fraction]]:
        """Exact pre-activations ``W h + b`` of every layer on input ``x``."""
        trace = self.trace_exact(x)
        out = []
        for l, h in zip(self.layers, trace):
            out.append([b + sum((w * h[j] for j, w in row), Fraction(0)) for row, b in zip(l.rows, l.bias)])
        return out

    # -- float evaluation ------------------------------------------------------
    def loop_float(self, x, fmt: str = "float64") -> np.ndarray:
        """One loop with every product and every partial sum rounded to ``fmt`` (row order, bias first)."""
        h = round_to(fmt, np.asarray([float(v) for v in x], dtype=np.float64))
        for l in self._float_layers(fmt):
            h = l(h)
        return h

    def _float_layers(self, fmt: str):
        cache = getattr(self, "_float_cache", {})
        self._float_cache = cache
        if fmt not in cache:
            cache[fmt] = [_FloatLayer(l, fmt) for l in self.layers]
        return cache[fmt]


_SAFE = 1 << 52


def _int_layer(relu: bool, r, c, w, b, fast, ints, scale: int):
    """``relu?(W·ints + b·scale)`` with integer ``W, b`` (the layer times its denominator), exactly.

    int64 when the inputs are int64 and a bound on every partial sum stays
    below 2^52; Python integers (object arrays) otherwise.
    """
    w64, b64, rowsum = fast
    if ints.dtype == np.int64 and w64 is not None and b64 is not None and scale < _SAFE:
        top = int(np.abs(ints).max()) if len(ints) else 0
        bound = int(np.abs(b64).max(initial=0)) * scale + rowsum * top
        if bound < _SAFE:
            acc = b64 * scale
            np.add.at(acc, r, w64 * ints[c])
            return np.maximum(acc, 0) if relu else acc
    ints = np.asarray(ints, dtype=object)
    acc = np.array([int(v) * scale for v in b], dtype=object)
    if len(r):
        np.add.at(acc, r, w * ints[c])
    return np.array([v if v > 0 else 0 for v in acc], dtype=object) if relu else acc


def _as_int64(values):
    if all(abs(int(v)) < _SAFE for v in values):
        return np.asarray([int(v) for v in values], dtype=np.int64)
    return None


class _FloatLayer:
    """A layer evaluated term by term in a float format, vectorised over rows."""

    def __init__(self, layer: Layer, fmt: str):
        self.fmt, self.relu = fmt, layer.relu
        self.bias = round_to(fmt, np.array([float(b) for b in layer.bias]))
        width = max((len(r) for r in layer.rows), default=0)
        self.slots = []  # k-th term of every row that has one
        for k in range(width):
            rows = [i for i, r in enumerate(layer.rows) if len(r) > k]
            cols = [layer.rows[i][k][0] for i in rows]
            ws = round_to(fmt, np.array([float(layer.rows[i][k][1]) for i in rows]))
            self.slots.append((np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64), ws))

    def __call__(self, h: np.ndarray) -> np.ndarray:
        acc = self.bias.copy()
        for rows, cols, ws in self.slots:
            acc[rows] = round_to(self.fmt, acc[rows] + round_to(self.fmt, ws * h[cols]))
        return np.maximum(acc, 0.0) if self.relu else acc


class Builder:
    """Build a :class:`ReluNet` layer by layer.

    ``b = Builder(input_specs)``; ``b.input(i)`` is the affine form of input
    coordinate ``i``; ``u = b.unit(form, spec)`` queues ``ReLU(form)`` as a
    unit of the next layer and returns its index; ``b.close(name)`` emits that
    layer, after which ``b.var(u)`` is the form of unit ``u``.
    ``b.close(name, relu=False)`` emits an affine layer.
    """

    def __init__(self, input_specs: list, input_names: tuple = ()):
        self.layer = 0
        self.n_cur = len(input_specs)
        self.cur_specs = tuple(input_specs)
        self.input_names = tuple(input_names)
        self.input_specs = tuple(input_specs)
        self.layers: list[Layer] = []
        self._rows, self._bias, self._specs = [], [], []
        self._blocks, self._block = [], None

    def var(self, index: int) -> Affine:
        if not 0 <= index < self.n_cur:
            raise IndexError(f"unit {index} is not in layer {self.layer} (width {self.n_cur})")
        return Affine(self.layer, {index: 1})

    input = var

    def unit(self, form: Affine, spec=None) -> int:
        if not isinstance(form, Affine):
            form = Affine(self.layer, {}, form)
        if form.layer != self.layer:
            raise ValueError(f"a unit of layer {self.layer + 1} must read layer {self.layer}, not {form.layer}")
        self._rows.append(tuple(sorted(form.terms.items())))
        self._bias.append(form.const)
        self._specs.append(spec)
        return len(self._rows) - 1

    def begin_block(self, name: str):
        self._block = (name, len(self.layers))

    def end_block(self):
        name, start = self._block
        self._blocks.append((name, start, len(self.layers)))
        self._block = None

    def close(self, name: str = "", relu: bool = True) -> None:
        self.layers.append(Layer(tuple(self._rows), tuple(self._bias), relu, self.n_cur, tuple(self._specs), name))
        self.n_cur, self.cur_specs = len(self._rows), tuple(self._specs)
        self.layer += 1
        self._rows, self._bias, self._specs = [], [], []

    def network(self) -> ReluNet:
        return ReluNet(self.layers, self.input_names, tuple(self._blocks), self.input_specs)
