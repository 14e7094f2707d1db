"""Export a construction's weights for use outside this tool.

Formats (``FORMATS``); each function takes a :class:`~verify.layer.LoopedNetwork`
and, where the output records it, the construction's name and parameter texts:

``latex``   :func:`latex_source` — every nonzero weight matrix of every layer as
            a displayed LaTeX array, symbolic in the network's free symbols
            (``C``, ``\\epsilon``).  Only the nonzero rows and columns are
            shown, labelled with the layout's row names and the FFN units'
            names; wide matrices are shown transposed, large ones in parts.
``json``    :func:`network_json` — exact rationals as strings (``"1/4"``), each
            matrix sparse ``{"rows", "cols", "entries": [[i, j, "v"], …]}``, with
            the layout and the parameter values.
``npz``     :func:`npz_bytes` — dense float64 arrays named
            ``layer03_add_one.W1`` (``Q1``/``K1``/``V1`` for head 1, …), plus the
            layout and the parameters as JSON strings under ``layout`` and
            ``parameters``.
``torch``   :func:`torch_source` — a self-contained Python file defining a
            PyTorch ``nn.Module`` that runs the construction (eq. (1a)/(1b),
            max-subtracted column softmax at temperature λ), its weights
            embedded as exact rationals; it needs torch, not this repository.
``layout``  :func:`layout_json` — the layout alone (:meth:`Layout.to_json`).

:func:`export` dispatches on the format name and returns the file's bytes.
"""
from __future__ import annotations

import io
import json
import pprint
from string import Template
from typing import Iterator

import numpy as np
import sympy as sp

from .layer import Layer, LoopedNetwork
from .semantics import as_fraction

__all__ = [
    "FORMATS",
    "BINARY_FORMATS",
    "layer_prefix",
    "weight_matrices",
    "latex_source",
    "network_json",
    "npz_bytes",
    "torch_source",
    "layout_json",
    "export",
]

FORMATS = ("latex", "json", "npz", "torch", "layout")
#: Formats whose output is not text (they need a file to go to).
BINARY_FORMATS = ("npz",)

#: LaTeX: the largest block shown in one display (larger matrices are split).
_TEX_MAX_COLS = 12
_TEX_MAX_ROWS = 30

_EQUATIONS = ("attn(X) = X + sum_h V_h X softmax_lambda((K_h X)^T (Q_h X)), the softmax normalising each column; "
              "f(X) = attn(X) + W2 ReLU(W1 attn(X) + b1) + b2; columns of X are tokens "
              "(Giannou et al. 2023, eq. (1a)/(1b))")


def layer_prefix(index: int, layer: Layer) -> str:
    """``layer03_add_one`` for the third layer (1-based), as the report artefacts name layers."""
    return f"layer{index:02d}_{layer.name}"


def weight_matrices(network: LoopedNetwork) -> Iterator[tuple[int, Layer, str, sp.MatrixBase]]:
    """``(index, layer, key, matrix)`` for every weight matrix; keys as :meth:`Layer.matrices` (``Q1``, ``W1``…)."""
    for index, layer in enumerate(network.layers, start=1):
        for key, matrix in layer.matrices().items():
            yield index, layer, key, matrix


def _axis_labels(network: LoopedNetwork, layer: Layer, key: str) -> tuple[list[str], list[str]]:
    """Row and column labels of weight matrix ``key`` of ``layer``."""
    features = [network.layout.describe_row(r) for r in range(network.layout.d)]
    units = list(layer.ffn.units) if layer.ffn else []
    kind = key[0] if key[0] in ("Q", "K", "V") else key
    if kind in ("Q", "K"):  # rows: the coordinates of the query/key space
        return [str(k + 1) for k in range(layer.heads[int(key[1:]) - 1].Q.rows)], features
    return {
        "V": (features, features),
        "W1": (units, features),
        "b1": (units, ["bias"]),
        "W2": (features, units),
        "b2": (features, ["bias"]),
    }[kind]


# -- json ---------------------------------------------------------------------------------------------------------

def _exact(value) -> str:
    return str(as_fraction(value))


def _sparse_json(m) -> dict:
    return {"rows": m.rows, "cols": m.cols,
            "entries": [[i, j, _exact(v)] for (i, j), v in sorted(m.todok().items())]}


def _require_bound(network: LoopedNetwork, fmt: str) -> None:
    free = network.free_symbols()
    if free:
        raise ValueError(f"the {fmt} export needs numbers: bind {', '.join(sorted(map(str, free)))} first")


def network_json(network: LoopedNetwork, construction: str, parameters: dict[str, str]) -> dict:
    """The bound network with exact weights (see the module docstring)."""
    _require_bound(network, "json")
    layers = []
    for layer in network.layers:
        ffn = layer.ffn
        layers.append({
            "name": layer.name,
            "reads": list(layer.reads),
            "writes": list(layer.writes),
            "heads": [{"name": h.name, **{k: _sparse_json(m) for k, m in h.matrices().items()}} for h in layer.heads],
            "ffn": None if ffn is None else {"units": list(ffn.units),
                                             **{k: _sparse_json(m) for k, m in ffn.matrices().items()}},
        })
    return {
        "format": "looped-verify.network",
        "format_version": 1,
        "construction": construction,
        "name": network.name,
        "parameters": dict(parameters),
        "values": {k: _exact(v) for k, v in network.values},
        "equations": _EQUATIONS,
        "layout": network.layout.to_json(),
        "layers": layers,
    }


def layout_json(network: LoopedNetwork) -> dict:
    return network.layout.to_json()


# -- npz ----------------------------------------------------------------------------------------------------------

def _dense_float(m) -> np.ndarray:
    out = np.zeros(m.shape, dtype=np.float64)
    for (i, j), v in m.todok().items():
        f = as_fraction(v)
        out[i, j] = f.numerator / f.denominator  # int / int is correctly rounded
    return out


def npz_bytes(network: LoopedNetwork, construction: str, parameters: dict[str, str]) -> bytes:
    """An ``.npz`` archive of dense float64 weights, the layout and the parameters."""
    _require_bound(network, "npz")
    arrays = {f"{layer_prefix(i, layer)}.{key}": _dense_float(m) for i, layer, key, m in weight_matrices(network)}
    arrays["layout"] = np.array(json.dumps(network.layout.to_json()))
    arrays["parameters"] = np.array(json.dumps({"construction": construction, "parameters": dict(parameters),
                                                "values": {k: _exact(v) for k, v in network.values}}))
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


# -- latex --------------------------------------------------------------------------------------------------------

_TEX_ESCAPES = {"\\": r"\textbackslash{}", "_": r"\_", "{": r"\{", "}": r"\}", "#": r"\#", "%": r"\%",
                "&": r"\&", "$": r"\$", "^": r"\^{}", "~": r"\~{}"}


def _tex_text(text: str) -> str:
    return r"\texttt{" + "".join(_TEX_ESCAPES.get(ch, ch) for ch in str(text)) + "}"


def _tex_name(key: str) -> str:
    """``Q1`` → ``Q_{1}``, ``W2`` → ``W_{2}``, ``b1`` → ``b_{1}``."""
    return f"{key[0]}_{{{key[1:]}}}"


def _balanced(items: list[int], most: int) -> list[list[int]]:
    """``items`` cut into the fewest runs of at most ``most``, of nearly equal lengths."""
    parts = -(-len(items) // most)
    size = -(-len(items) // parts)
    return [items[k:k + size] for k in range(0, len(items), size)]


def _latex_blocks(name: str, m, row_labels: list[str], col_labels: list[str]) -> list[str]:
    """Displays of the nonzero part of ``m``, split so that each fits on a page.

    The columns are cut into runs of at most ``_TEX_MAX_COLS``; each run shows
    only the rows nonzero in it, at most ``_TEX_MAX_ROWS`` per display.  A wide
    matrix is shown transposed.  ``\\lvfit`` shrinks a display wider than the line.
    """
    entries = dict(m.todok())
    cols = sorted({j for _, j in entries})
    if len(cols) > _TEX_MAX_COLS and len({i for i, _ in entries}) < len(cols):  # wide: show the transpose
        entries = {(j, i): v for (i, j), v in entries.items()}
        row_labels, col_labels, name = col_labels, row_labels, name + r"^{\top}"
        cols = sorted({j for _, j in entries})
    chunks = []
    for cs in _balanced(cols, _TEX_MAX_COLS):
        rows = sorted({i for i, j in entries if j in cs})
        chunks += [(rs, cs) for rs in _balanced(rows, _TEX_MAX_ROWS)]
    out = []
    for k, (rs, cs) in enumerate(chunks, start=1):
        label = name if len(chunks) == 1 else rf"{name}\ \text{{(part {k} of {len(chunks)})}}"
        head = " & ".join(r"\rotatebox{90}{" + _tex_text(col_labels[j]) + "}" for j in cs)
        body = [_tex_text(row_labels[i]) + " & " + " & ".join(sp.latex(entries.get((i, j), 0)) for j in cs)
                + r" \\" for i in rs]
        out += [r"\[", rf"\lvfit{{${label} = \left(\begin{{array}}{{r|{'c' * len(cs)}}}",
                rf" & {head} \\ \hline", *body, r"\end{array}\right)$}", r"\]"]
    return out


def latex_source(network: LoopedNetwork, construction: str, parameters: dict[str, str]) -> str:
    """Every nonzero weight matrix as LaTeX (needs ``amsmath`` and ``graphicx``)."""
    names = {str(sym): name for name, sym in network.symbols}
    symbols = sorted(network.free_symbols(), key=str)
    out = [
        f"% Weights of {construction} ({network.name}), exported by looped-verify.",
        "% Parameters: " + ", ".join(f"{k} = {v}" for k, v in parameters.items()),
        "% Symbols: " + (", ".join(f"${sp.latex(s)}$ (parameter {names.get(str(s), s)})" for s in symbols)
                         or "none (all parameters bound)"),
        "% Layer model: " + _EQUATIONS + ".",
        r"% Needs \usepackage{amsmath,graphicx}.  Rows and columns that are not shown are zero;",
        "% row and column labels name the rows of X (the layout) and the hidden units of each feed-forward part.",
        "% \\lvfit shrinks a display that is wider than the line, and leaves the others alone.",
        r"\providecommand{\lvfit}[1]{\resizebox{\ifdim\width>\linewidth\linewidth\else\width\fi}{!}{#1}}",
    ]
    for index, layer in enumerate(network.layers, start=1):
        out += ["", f"% {'-' * 100}", rf"\paragraph{{Layer {index}: {_tex_text(layer.name)}.}}"]
        out += [f"% {line.strip()}" for line in (layer.doc or "").strip().splitlines() if line.strip()]
        zero = []
        for h, head in enumerate(layer.heads, start=1):
            out.append(rf"Head {h}: {_tex_text(head.name)}.")
        for key, m in layer.matrices().items():
            if not m.todok():
                zero.append(f"${_tex_name(key)}$")
                continue
            rows, cols = _axis_labels(network, layer, key)
            out += _latex_blocks(_tex_name(key), m, rows, cols)
        if zero:
            out.append("Zero: " + ", ".join(zero) + ".")
    return "\n".join(out) + "\n"


# -- torch --------------------------------------------------------------------------------------------------------

_TORCH_MODULE = Template('''"""${name} as a PyTorch module.

Generated by looped-verify: ``${command}``.

Self-contained: it needs PyTorch only.  ``NETWORK`` holds the construction's
exact weights as rationals (strings such as "1/4"), each rounded once,
correctly, to the module's dtype.  One loop is

    attn(X) = X + sum_h V_h X softmax_lam((K_h X)^T (Q_h X))   (softmax over each column)
    f(X)    = attn(X) + W2 ReLU(W1 attn(X) + b1) + b2          (Giannou et al. 2023, eq. (1a)/(1b))

where the columns of X are the tokens and the softmax subtracts each column's maximum.

Usage::

    model = build(lam=10)        # torch.float64 unless dtype= says otherwise
    X1 = model(X0)               # X0 of shape (d, n) or (batch, d, n): one loop
    Xk = model(X0, loops=k)
    LAYOUT["row_blocks"]         # which rows of X hold what
"""
from __future__ import annotations

from fractions import Fraction

import torch
from torch import nn

__all__ = ["NETWORK", "LAYOUT", "PARAMETERS", "LoopedTransformer", "build"]

NETWORK = ${network}
LAYOUT = NETWORK["layout"]
PARAMETERS = NETWORK["values"]


def _weight(spec, dtype):
    """A fixed (no-gradient) parameter from a sparse exact matrix."""
    dense = torch.zeros(spec["rows"], spec["cols"], dtype=torch.float64)
    for i, j, value in spec["entries"]:
        f = Fraction(value)
        dense[i, j] = f.numerator / f.denominator
    return nn.Parameter(dense.to(dtype), requires_grad=False)


class Head(nn.Module):
    """One attention head: V X softmax_lam((K X)^T (Q X)), normalised over each column."""

    def __init__(self, spec, dtype):
        super().__init__()
        self.name = spec["name"]
        self.Q, self.K, self.V = (_weight(spec[k], dtype) for k in ("Q", "K", "V"))

    def forward(self, X, lam):
        scores = lam * ((self.K @ X).transpose(-1, -2) @ (self.Q @ X))
        weights = torch.exp(scores - scores.amax(dim=-2, keepdim=True))
        return self.V @ X @ (weights / weights.sum(dim=-2, keepdim=True))


class FeedForward(nn.Module):
    """W2 ReLU(W1 Y + b1) + b2, the same bias on every column."""

    def __init__(self, spec, dtype):
        super().__init__()
        self.units = tuple(spec["units"])
        self.W1, self.b1, self.W2, self.b2 = (_weight(spec[k], dtype) for k in ("W1", "b1", "W2", "b2"))

    def forward(self, Y):
        return self.W2 @ torch.relu(self.W1 @ Y + self.b1) + self.b2


class Layer(nn.Module):
    def __init__(self, spec, dtype):
        super().__init__()
        self.name = spec["name"]
        self.heads = nn.ModuleList(Head(h, dtype) for h in spec["heads"])
        self.ffn = FeedForward(spec["ffn"], dtype) if spec["ffn"] is not None else None

    def forward(self, X, lam):
        Y = X
        for head in self.heads:  # every head reads the layer's input X
            Y = Y + head(X, lam)
        return Y if self.ffn is None else Y + self.ffn(Y)


class LoopedTransformer(nn.Module):
    """The looped network; ``lam`` is the softmax temperature."""

    def __init__(self, lam, dtype=torch.float64):
        super().__init__()
        self.lam = float(lam)
        self.dtype = dtype
        self.layers = nn.ModuleList(Layer(spec, dtype) for spec in NETWORK["layers"])

    def forward(self, X, loops=1):
        """``loops`` iterations on X (a tensor or array of shape (d, n) or (batch, d, n), cast to the dtype)."""
        X = torch.as_tensor(X, dtype=self.dtype)
        for _ in range(loops):
            for layer in self.layers:
                X = layer(X, self.lam)
        return X


def build(lam, dtype=torch.float64):
    """The module in evaluation mode."""
    return LoopedTransformer(lam, dtype).eval()
''')


def torch_source(network: LoopedNetwork, construction: str, parameters: dict[str, str]) -> str:
    """A self-contained Python file defining the network as a PyTorch module (see the module docstring)."""
    _require_bound(network, "torch")
    spec = network_json(network, construction, parameters)
    command = " ".join(["python -m verify export", construction, "--format torch",
                        *(f"--param {k}={v}" for k, v in parameters.items())])
    return _TORCH_MODULE.substitute(name=network.name, command=command,
                                    network=pprint.pformat(spec, width=120, compact=True, sort_dicts=False))


# -- dispatch -----------------------------------------------------------------------------------------------------

def export(fmt: str, network: LoopedNetwork, construction: str, parameters: dict[str, str]) -> bytes:
    """The exported file's bytes in format ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "latex":
        return latex_source(network, construction, parameters).encode()
    if fmt == "json":
        return (json.dumps(network_json(network, construction, parameters)) + "\n").encode()
    if fmt == "npz":
        return npz_bytes(network, construction, parameters)
    if fmt == "torch":
        return torch_source(network, construction, parameters).encode()
    if fmt == "layout":
        return (json.dumps(layout_json(network), indent=1) + "\n").encode()
    raise ValueError(f"unknown export format {fmt!r}; formats: {', '.join(FORMATS)}")
