"""Import weights written elsewhere as a :class:`~verify.layer.LoopedNetwork`.

A weight file (``.npz``, ``.safetensors``, a PyTorch ``state_dict``; see
:mod:`verify.weights_io`) holds named arrays; a *layout file* (JSON) names the
row blocks and column regions of ``X`` and says which array is which weight
of which layer and head::

    {
      "name": "my-net",                                   (optional; --as overrides it)
      "layout": {                                         (the format of `verify export --format layout`)
        "row_blocks": [{"name": "x", "size": 3, "parts": [{"name": "lo", "size": 1}]}, {"name": "y", "size": 2}],
        "column_regions": [{"name": "tokens", "size": 4}],
        "pos_bits": 2, "params": {}                       (optional; pos_bits defaults to ⌈log2 n⌉)
      },
      "layers": [
        {"name": "L1", "reads": ["x"], "writes": ["y"],   (optional; default: every block)
         "heads": [{"name": "h", "Q": "l1.q", "K": "l1.k", "V": "l1.v",
                    "kind": "softmax" | "linear", "scale": "1/2", "mask": "causal" | [[1, 0], …] | {"array": "m"}}],
         "ffn": {"W1": "l1.w1", "b1": "l1.b1", "W2": "l1.w2", "b2": "l1.b2", "B1": "…", "B2": "…", "units": ["u0", …]}}
      ]
    }

An array reference is a name or ``{"array": NAME, "transpose": true, "rows": [START, STOP]}``
(a transposed and/or row-sliced view, e.g. of PyTorch's stacked ``in_proj_weight``).
Shapes: ``Q``, ``K`` ``k × d``; ``V`` ``d × d``; ``W1`` ``w × d``; ``b1`` ``w`` (or ``w × 1``);
``W2`` ``d × w``; ``b2`` ``d``; per-column biases ``B1`` ``w × n``, ``B2`` ``d × n``; a mask ``n × n``
(``mask[i][j]``: key column ``i`` visible to query column ``j``).  Columns of ``X`` are tokens.

Floats are snapped to exact rationals (:class:`~verify.weights_io.Snapper`); an
entry that is not within tolerance of one keeps its exact binary value and
makes the result non-exact (:attr:`ImportResult.exact` is False).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Mapping

import numpy as np
import sympy as sp

from .attention_mask import AttentionMask
from .errors import UsageError
from .layer import AttentionHead, FeedForward, Layer, LoopedNetwork, exact_value
from .layout import Layout
from .matrix import Matrix
from .weights_io import Snapper, load_arrays

__all__ = ["ImportResult", "import_weights", "read_spec", "layout_from_json", "layout_file_for"]

_TOP_KEYS = {"name", "layout", "layers"}
_LAYOUT_KEYS = {"row_blocks", "column_regions", "pos_bits", "params", "d", "n", "positional_code"}
_LAYER_KEYS = {"name", "heads", "ffn", "reads", "writes", "doc"}
_HEAD_KEYS = {"name", "Q", "K", "V", "kind", "scale", "mask"}
_FFN_KEYS = {"W1", "b1", "W2", "b2", "B1", "B2", "units"}


@dataclass
class ImportResult:
    """An imported network and the record of how its floats became rationals."""

    network: LoopedNetwork
    source: str
    entries: int  # nonzero entries read
    max_denominator: int
    dyadic: bool
    max_snap_distance: Fraction  # largest |float − rational| over the snapped entries
    worst: tuple | None  # (array, index, float, rational) of that entry
    unsnapped: tuple = ()  # (array, index, float) kept as the float's exact binary value
    unused: tuple[str, ...] = ()  # arrays of the file that the layout does not mention
    per_column_bias_sites: list = field(default_factory=list)

    @property
    def exact(self) -> bool:
        """True when every entry was snapped to a rational within tolerance (nothing kept as a float)."""
        return not self.unsnapped

    def summary(self) -> list[str]:
        """Human-readable lines: the network, the snapping record, per-column biases, a loud non-exact warning."""
        net = self.network
        kinds = sorted({f"{h.kind}{' masked' if h.mask else ''}" for layer in net.layers for h in layer.heads})
        den = f"2^{self.max_denominator.bit_length() - 1}" if self.max_denominator & (self.max_denominator - 1) == 0 \
            else str(self.max_denominator)
        lines = [f"imported {net.name} from {self.source}: d = {net.layout.d}, n = {net.layout.n}, "
                 f"{len(net.layers)} layers, heads: {', '.join(kinds) or 'none'}",
                 f"  {self.entries} nonzero entries; snapped to {'dyadics' if self.dyadic else 'rationals'} with "
                 f"denominator <= {den}; largest snap distance {float(self.max_snap_distance):.3g}"
                 + (f" ({self.worst[0]}{list(self.worst[1])}: {self.worst[2]!r} -> {self.worst[3]})"
                    if self.worst and self.max_snap_distance else "")]
        if self.per_column_bias_sites:
            lines.append(f"  per-column biases at {len(self.per_column_bias_sites)} entries:")
            lines += [f"    layer {s['layer']} {s['matrix']}: {s['target']}, column {s['column']} = {s['value']}"
                      for s in self.per_column_bias_sites[:20]]
            if len(self.per_column_bias_sites) > 20:
                lines.append(f"    … and {len(self.per_column_bias_sites) - 20} more")
        if self.unused:
            lines.append(f"  arrays not used by the layout: {', '.join(self.unused)}")
        if not self.exact:
            lines.append(f"NOT EXACT: {len(self.unsnapped)} entries are not within tolerance of a rational with "
                         f"denominator <= {den}; they keep their exact binary (float) values, and results about "
                         "this network are about those floats:")
            lines += [f"    {label}{list(idx)} = {x!r}" for label, idx, x in self.unsnapped[:10]]
            if len(self.unsnapped) > 10:
                lines.append(f"    … and {len(self.unsnapped) - 10} more")
        lines.append(f"  content hash {net.content_hash()}")
        return lines


def _fail(where: str, message: str) -> UsageError:
    return UsageError(f"{where}: {message}")


def _check_keys(obj, allowed: set, where: str, source: str) -> dict:
    if not isinstance(obj, dict):
        raise _fail(source, f"{where}: expected an object, found {type(obj).__name__}")
    unknown = sorted(set(obj) - allowed)
    if unknown:
        raise _fail(source, f"{where}.{unknown[0]}: unknown key (expected one of {', '.join(sorted(allowed))})")
    return obj


def _name_size(obj, where: str, source: str) -> tuple[str, int]:
    if not isinstance(obj, dict) or not isinstance(obj.get("name"), str) or not obj["name"]:
        raise _fail(source, f"{where}.name: expected a non-empty string")
    size = obj.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise _fail(source, f"{where}.size: expected a non-negative integer, found {size!r}")
    return obj["name"], size


def layout_from_json(data, source: str = "layout") -> Layout:
    """A :class:`Layout` from its JSON form (:meth:`Layout.to_json`'s, ``start`` keys optional and checked)."""
    data = _check_keys(data, _LAYOUT_KEYS, "layout", source)
    blocks, row = [], 0
    for b, block in enumerate(data.get("row_blocks") or []):
        where = f"layout.row_blocks[{b}]"
        name, size = _name_size(block, where, source)
        if "start" in block and block["start"] != row:
            raise _fail(source, f"{where}.start: {block['start']} but the blocks before it end at row {row}")
        parts = []
        for p, part in enumerate(block.get("parts") or []):
            pname, psize = _name_size(part, f"{where}.parts[{p}]", source)
            pname = pname[len(name) + 1:] if pname.startswith(name + ".") else pname  # to_json writes "block.part"
            offset = part.get("offset", part["start"] - row if "start" in part else None)
            parts.append((pname, psize) if offset is None else (pname, psize, offset))
        blocks.append((name, size, parts))
        row += size
    if not blocks:
        raise _fail(source, "layout.row_blocks: expected a non-empty list of row blocks")
    regions = [_name_size(r, f"layout.column_regions[{c}]", source)
               for c, r in enumerate(data.get("column_regions") or [])]
    if not regions:
        raise _fail(source, "layout.column_regions: expected a non-empty list of column regions")
    params = data.get("params") or {}
    if not isinstance(params, dict) or not all(isinstance(v, int) for v in params.values()):
        raise _fail(source, "layout.params: expected an object of integers")
    pos_bits, total = data.get("pos_bits"), sum(size for _, size in regions)
    if pos_bits is not None and total != 2**pos_bits and pos_bits == max(total - 1, 0).bit_length():
        pos_bits = None  # a layout of any width records ⌈log2 n⌉ as its pos_bits
    try:
        layout = Layout.build(blocks, regions, pos_bits, params)
    except (ValueError, TypeError) as err:
        raise _fail(source, f"layout: {err}") from None
    for key, value in (("d", layout.d), ("n", layout.n)):
        if key in data and data[key] != value:
            raise _fail(source, f"layout.{key}: {data[key]}, but the blocks and regions give {value}")
    return layout


def read_spec(layout) -> tuple[dict, str]:
    """The layout file's JSON object and a name for messages (a path, or an already parsed dict)."""
    if isinstance(layout, Mapping):
        return dict(layout), "layout"
    path = Path(layout)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise UsageError(f"{path}: cannot read the layout file ({err.strerror or err})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise UsageError(f"{path}: not valid JSON: {err.msg} at line {err.lineno} column {err.colno}") from None
    return data, str(path)


class _Builder:
    """Turns the layers of a layout file into layer-model objects, reading and snapping arrays."""

    def __init__(self, arrays: dict, layout: Layout, snapper: Snapper, source: str, file: str):
        self.arrays, self.layout, self.snapper, self.source, self.file = arrays, layout, snapper, source, file
        self.used: set[str] = set()

    def array(self, ref, where: str, shape: tuple, vector: bool = False) -> Matrix:
        """The referenced array as a sparse exact matrix of ``shape`` (``None`` entries: any size)."""
        name, transpose, rows = ref, False, None
        if isinstance(ref, dict):
            _check_keys(ref, {"array", "transpose", "rows"}, where, self.source)
            name, transpose, rows = ref.get("array"), bool(ref.get("transpose", False)), ref.get("rows")
        if not isinstance(name, str):
            raise _fail(self.source, f"{where}: expected an array name, found {name!r}")
        if name not in self.arrays:
            known = ", ".join(sorted(self.arrays)[:8]) + (", …" if len(self.arrays) > 8 else "")
            raise _fail(self.file, f"no array {name!r} (named by {where} in {self.source}); it has: {known}")
        self.used.add(name)
        a = np.asarray(self.arrays[name])
        if vector and a.ndim == 1:
            a = a[:, None]
        if a.ndim != 2:
            raise _fail(self.file, f"array {name!r} ({where}) has {a.ndim} dimensions, expected a matrix")
        if transpose:
            a = a.T
        if rows is not None:
            if not (isinstance(rows, list) and len(rows) == 2 and all(isinstance(r, int) for r in rows)
                    and 0 <= rows[0] <= rows[1] <= a.shape[0]):
                raise _fail(self.source, f"{where}.rows: expected [START, STOP] within the array's {a.shape[0]} rows")
            a = a[rows[0]:rows[1]]
        if any(want is not None and got != want for got, want in zip(a.shape, shape)):
            expected = " × ".join("any" if s is None else str(s) for s in shape)
            raise _fail(self.file, f"array {name!r} ({where}) has shape {a.shape[0]} × {a.shape[1]}, "
                                   f"expected {expected}")
        values = self.snapper.array(name, a)
        return Matrix(a.shape[0], a.shape[1], {
            (int(i), int(j)): sp.Rational(v.numerator, v.denominator) for (i, j), v in np.ndenumerate(values) if v})

    def mask(self, spec, where: str) -> AttentionMask | None:
        n = self.layout.n
        if spec is None:
            return None
        if spec == "causal":
            return AttentionMask.causal()
        if isinstance(spec, dict):
            m = self.array(spec, where, (n, n))
            table = [[m[i, j] for j in range(n)] for i in range(n)]
        elif isinstance(spec, list):
            table = spec
        else:
            raise _fail(self.source, f"{where}: expected \"causal\", an n × n list of 0/1, or {{\"array\": NAME}}")
        if len(table) != n or any(not isinstance(r, list) or len(r) != n for r in table):
            raise _fail(self.source, f"{where}: expected an {n} × {n} mask")
        if any(v not in (0, 1) for row in table for v in row):
            raise _fail(self.source, f"{where}: mask entries must be 0/1 (or booleans)")
        return AttentionMask.explicit(table)

    def head(self, spec, where: str) -> AttentionHead:
        _check_keys(spec, _HEAD_KEYS, where, self.source)
        d = self.layout.d
        missing = [k for k in ("Q", "K", "V") if k not in spec]
        if missing:
            raise _fail(self.source, f"{where}.{missing[0]}: missing")
        Q = self.array(spec["Q"], f"{where}.Q", (None, d))
        K = self.array(spec["K"], f"{where}.K", (Q.rows, d))
        V = self.array(spec["V"], f"{where}.V", (d, d))
        kind = spec.get("kind", "softmax")
        if kind not in ("softmax", "linear"):
            raise _fail(self.source, f"{where}.kind: {kind!r}, expected \"softmax\" or \"linear\"")
        scale = spec.get("scale", 1)
        if kind == "softmax" and "scale" in spec:
            raise _fail(self.source, f"{where}.scale: only linear heads have a scale")
        if isinstance(scale, bool) or not isinstance(scale, (int, str)):
            raise _fail(self.source, f"{where}.scale: write it exactly, as an integer or a string such as \"1/8\"")
        try:
            scale = exact_value(scale)
        except (ValueError, TypeError, sp.SympifyError):
            raise _fail(self.source, f"{where}.scale: {scale!r} is not a rational number") from None
        name = spec.get("name", where)
        return AttentionHead(str(name), Q, K, V, kind, self.mask(spec.get("mask"), f"{where}.mask"), scale)

    def ffn(self, spec, where: str) -> FeedForward:
        _check_keys(spec, _FFN_KEYS, where, self.source)
        d, n = self.layout.d, self.layout.n
        for key in ("W1", "W2"):
            if key not in spec:
                raise _fail(self.source, f"{where}.{key}: missing")
        W1 = self.array(spec["W1"], f"{where}.W1", (None, d))
        w = W1.rows
        W2 = self.array(spec["W2"], f"{where}.W2", (d, w))
        b1 = self.array(spec["b1"], f"{where}.b1", (w, 1), vector=True) if "b1" in spec else Matrix(w, 1, {})
        b2 = self.array(spec["b2"], f"{where}.b2", (d, 1), vector=True) if "b2" in spec else Matrix(d, 1, {})
        B1 = self.array(spec["B1"], f"{where}.B1", (w, n)) if "B1" in spec else None
        B2 = self.array(spec["B2"], f"{where}.B2", (d, n)) if "B2" in spec else None
        units = spec.get("units", [f"u{i}" for i in range(w)])
        if not isinstance(units, list) or len(units) != w or not all(isinstance(u, str) for u in units):
            raise _fail(self.source, f"{where}.units: expected {w} unit names (strings)")
        return FeedForward(W1, b1, W2, b2, tuple(units), B1, B2)

    def layer(self, spec, where: str) -> Layer:
        _check_keys(spec, _LAYER_KEYS, where, self.source)
        heads = spec.get("heads", [])
        if not isinstance(heads, list):
            raise _fail(self.source, f"{where}.heads: expected a list")
        everything = tuple(b.name for b in self.layout.blocks)
        declared = {}
        for key in ("reads", "writes"):
            names = spec.get(key, list(everything))
            if not isinstance(names, list) or not all(isinstance(x, str) for x in names):
                raise _fail(self.source, f"{where}.{key}: expected a list of row block names")
            for x in names:
                if x not in self.layout.block_names():
                    raise _fail(self.source, f"{where}.{key}: no row block named {x!r}")
            declared[key] = tuple(names)
        ffn = self.ffn(spec["ffn"], f"{where}.ffn") if spec.get("ffn") is not None else None
        return Layer(str(spec.get("name", where)), tuple(self.head(h, f"{where}.heads[{k}]") for k, h in enumerate(heads)),
                     ffn, declared["reads"], declared["writes"], str(spec.get("doc", "")))


def import_weights(weights, layout, *, name: str | None = None, max_denominator: int = 2**20,
                   tolerance: float | None = None, dyadic: bool = False) -> ImportResult:
    """Import a weight file (path) or a ``{name: array}`` mapping as a bound :class:`LoopedNetwork`.

    ``layout`` is the layout file (path) or its parsed JSON object (schema in
    this module's docstring).  Floats are snapped to the nearest rational with
    denominator ≤ ``max_denominator`` (with ``dyadic``: to multiples of
    ``1/max_denominator``, a power of two) when within ``tolerance`` relative
    to their size (default 4 machine epsilons of the array's dtype); other
    entries keep their exact float value and make ``result.exact`` False.
    Raises :class:`~verify.errors.UsageError` (one line, naming the file and
    key) on any malformed input.
    """
    if isinstance(weights, Mapping):
        arrays, file = {str(k): np.asarray(v) for k, v in weights.items()}, "weights"
    else:
        arrays, file = load_arrays(weights), str(weights)
    spec, source = read_spec(layout)
    _check_keys(spec, _TOP_KEYS, "layout file", source)
    if "layout" not in spec:
        raise _fail(source, "layout: missing (the row blocks and column regions)")
    lay = layout_from_json(spec["layout"], source)
    layers = spec.get("layers")
    if not isinstance(layers, list) or not layers:
        raise _fail(source, "layers: expected a non-empty list of layers")
    snapper = Snapper(max_denominator, tolerance, dyadic)
    builder = _Builder(arrays, lay, snapper, source, file)
    built = tuple(builder.layer(spec_, f"layers[{i}]") for i, spec_ in enumerate(layers))
    net_name = name or spec.get("name") or (Path(file).stem if file != "weights" else "imported")
    try:
        network = LoopedNetwork(str(net_name), lay, built)
    except ValueError as err:
        raise _fail(source, str(err)) from None
    return ImportResult(network, file, snapper.entries, int(max_denominator), dyadic, snapper.max_distance,
                        snapper.worst, tuple(snapper.unsnapped), tuple(sorted(set(arrays) - builder.used)),
                        network.per_column_bias_sites())


def layout_file_for(network: LoopedNetwork) -> dict:
    """The layout file that imports ``network``'s own ``verify export --format npz`` archive back.

    Arrays are named as the export names them (``layer03_add_one.W1``, ``….Q1``);
    head kinds, scales and masks, which the archive does not hold, are written
    into the file.  A starting point for describing weights written elsewhere.
    """
    from .export import layer_prefix

    layers = []
    for index, layer in enumerate(network.layers, start=1):
        prefix = layer_prefix(index, layer)
        heads = []
        for k, h in enumerate(layer.heads, start=1):
            head = {"name": h.name, **{key: f"{prefix}.{key}{k}" for key in ("Q", "K", "V")}}
            if h.kind != "softmax":
                head.update(kind=h.kind, scale=str(h.scale))
            if h.mask is not None:
                head["mask"] = "causal" if h.mask.kind == "causal" else [[int(v) for v in row] for row in h.mask.entries]
            heads.append(head)
        spec = {"name": layer.name, "reads": list(layer.reads), "writes": list(layer.writes), "heads": heads}
        if layer.ffn is not None:
            spec["ffn"] = {key: f"{prefix}.{key}" for key in layer.ffn.matrices()}
            spec["ffn"]["units"] = list(layer.ffn.units)
        if layer.doc:
            spec["doc"] = layer.doc
        layers.append(spec)
    return {"name": network.name, "layout": network.layout.to_json(), "layers": layers}
