"""Generic execution of the SUBLEQ layer builders: their weights as formulas in the sizes and a generic index.

The ten builders of :mod:`constructions.giannou2023.subleq` (and the gadgets of
:mod:`constructions.giannou2023.gadgets` they call) are *re-executed, byte code
unchanged*, with their globals rebound so that

* ``layout`` is a :class:`GenericLayout`: ``L = log n`` and ``N`` are sympy
  symbols, ``layout.rows(block)`` is a :class:`GSeq` of symbolic length whose
  elements are :class:`Row` ``(block, offset)`` with a symbolic offset;
* ``range`` / ``enumerate`` / ``zip`` / ``len`` / ``list`` accept such sequences:
  a ``for`` loop over a :class:`GSeq` runs its body **once**, for a fresh generic
  index ``g`` (a sympy integer symbol with a recorded range ``[lo, hi)``);
* ``FFNBuilder``, ``sparse``, ``AttentionHead`` and ``Layer`` record what the
  builder emits instead of building matrices.

Running a loop body once for a generic index is exact for a builder whose
control flow does not depend on index values.  The builders have no ``if`` on
an index; an inequality test on one would raise (sympy cannot decide it), an
equality test is structural (False), so such a branch would make the formulas
differ from the real weights at the index it singles out — which
:func:`conformance` (the formulas instantiated and compared entry by entry with
the real network) detects at every size it is run at.  A list
built by a comprehension over a generic range (``gadgets.bits``) comes back as
one element mentioning the finished index ``g``; :func:`_wrap` turns it into
the :class:`GSeq` ``p ↦ element[g := lo + p]``.  A unit records the loop
indices active when it was created (its *family*); a finished index inside a
unit's inputs is a *sum family* ``Σ_{g ∈ [lo, hi)}``.

Block geometry (:data:`PARTS`) restates ``punchcard.subleq_layout``: part →
(base block, offset, length) in L and N; :func:`conformance` checks it against
the real layout at every size it is run at.
"""
from __future__ import annotations

import builtins
import functools
import itertools
import types
from dataclasses import dataclass

import sympy as sp

from constructions.giannou2023 import gadgets, subleq

__all__ = ["L", "N", "Row", "GSeq", "GenericLayout", "generic_layers", "instantiate", "conformance", "RANGES"]

L = sp.Symbol("L", integer=True, positive=True)
N = sp.Symbol("N", integer=True, positive=True)

#: name → (base block, offset in the base block, length): the punchcard of ``subleq_layout`` in L and N.
PARTS = {
    "C": ("C", 0, 3 * L), "C.a": ("C", 0, L), "C.b": ("C", L, L), "C.c": ("C", 2 * L, L),
    "M": ("M", 0, N), "S_a": ("S_a", 0, N), "S_a.flag": ("S_a", 0, 1), "S_b": ("S_b", 0, N),
    "S_cmd": ("S_cmd", 0, 3 * L), "S_cmd.a": ("S_cmd", 0, L), "S_cmd.b": ("S_cmd", L, L),
    "S_cmd.c": ("S_cmd", 2 * L, L), "PC": ("PC", 0, L), "P": ("P", 0, L),
    "B.B1": ("B", 0, N), "B.B2": ("B", N, N), "B.ins": ("B", 0, 3 * L), "ind": ("ind", 0, 1), "ind0": ("ind0", 0, 1),
}

#: generic index symbol → (lo, hi): its range, recorded when a loop over a :class:`GSeq` starts.
RANGES: dict[sp.Symbol, tuple] = {}
_STACK: list[sp.Symbol] = []
_FINISHED: list[sp.Symbol] = []
_COUNTER = itertools.count()


def _fresh(lo, hi) -> sp.Symbol:
    g = sp.Symbol(f"g{next(_COUNTER)}", integer=True, nonnegative=True)
    RANGES[g] = (sp.sympify(lo), sp.sympify(hi))
    return g


def _subs(obj, mapping):
    if isinstance(obj, Row):
        return Row(obj.block, sp.sympify(obj.off).xreplace(mapping))
    if isinstance(obj, tuple):
        return tuple(_subs(o, mapping) for o in obj)
    if isinstance(obj, sp.Basic):
        return obj.xreplace(mapping)
    return obj


@dataclass(frozen=True)
class Row:
    """Row ``off`` of base block ``block`` (``off`` a sympy expression)."""

    block: str
    off: object

    def __str__(self) -> str:
        return f"{self.block}[{self.off}]"


class GSeq:
    """A sequence of symbolic length ``length``; element ``p`` is ``elem(p)``."""

    def __init__(self, length, elem):
        self.length, self.elem = sp.sympify(length), elem

    def __iter__(self):
        g = _fresh(0, self.length)
        _STACK.append(g)
        try:
            yield self.elem(g)
        finally:
            _STACK.pop()
            _FINISHED.append(g)

    def __getitem__(self, k):
        if isinstance(k, int) and k < 0:
            k = self.length + k
        return self.elem(sp.sympify(k))

    def __len__(self):
        raise TypeError("a generic sequence has a symbolic length")


def _range(*args):
    if all(isinstance(a, int) for a in args):
        return builtins.range(*args)
    if len(args) != 2:
        raise TypeError("generic range takes (lo, hi)")
    lo, hi = (sp.sympify(a) for a in args)
    return GSeq(hi - lo, lambda p: lo + p)


def _enumerate(seq, start=0):
    if isinstance(seq, GSeq):
        return GSeq(seq.length, lambda p: (start + p, seq.elem(p)))
    return builtins.enumerate(seq, start)


def _zip(*seqs):
    if not any(isinstance(s, GSeq) for s in seqs):
        return builtins.zip(*seqs)
    if not all(isinstance(s, GSeq) for s in seqs):
        raise TypeError("zip of a generic and a concrete sequence")
    if any(sp.simplify(s.length - seqs[0].length) != 0 for s in seqs):
        raise TypeError(f"zip of generic sequences of lengths {[s.length for s in seqs]}")
    return GSeq(seqs[0].length, lambda p: tuple(s.elem(p) for s in seqs))


def _len(x):
    return x.length if isinstance(x, GSeq) else builtins.len(x)


def _list(x=()):
    return x if isinstance(x, GSeq) else builtins.list(x)


def _wrap(result, before: int):
    """A one-element list built over a generic range that has finished: the :class:`GSeq` it stands for."""
    done = _FINISHED[before:]
    if isinstance(result, builtins.list) and builtins.len(result) == 1 and done:
        g = done[-1]
        if g in sp.sympify(getattr(result[0], "off", 0)).free_symbols:
            lo, hi = RANGES[g]
            return GSeq(hi - lo, lambda p, e=result[0], g=g, lo=lo: _subs(e, {g: lo + p}))
    return result


class _Sp:
    """``sympy`` as the builders use it, with ``Rational(a, b)`` accepting symbolic ``a``."""

    def __getattr__(self, name):
        return getattr(sp, name)

    @staticmethod
    def Rational(a, b=1):
        return sp.sympify(a) / sp.sympify(b)


@dataclass
class GUnit:
    label: str
    family: tuple  # generic indices active when the unit was made
    inputs: dict  # Row → weight (sympy)
    bias: object


class GFFN:
    """Records what ``FFNBuilder`` would build: units, outputs ``(Row, unit, coef, family)``, biases."""

    def __init__(self, d=None):
        self.units, self.outs, self.biases = [], [], []

    def unit(self, label, inputs, bias=0):
        acc: dict = {}
        for row, coef in inputs.items():
            acc[row] = sp.sympify(acc.get(row, 0)) + coef
        self.units.append(GUnit(label, tuple(_STACK), acc, sp.sympify(bias)))
        return builtins.len(self.units) - 1

    def out(self, row, unit, coef=1):
        self.outs.append((row, unit, sp.sympify(coef), tuple(_STACK)))

    def out_bias(self, row, value):
        self.biases.append((row, sp.sympify(value), tuple(_STACK)))

    def build(self):
        return self


@dataclass
class GHead:
    name: str
    Q: dict
    K: dict
    V: dict


@dataclass
class GLayer:
    name: str
    heads: tuple
    ffn: GFFN


class GenericLayout:
    """``subleq_layout`` with symbolic L and N (rows as :class:`Row`)."""

    d = sp.Symbol("d")
    pos_bits = L

    def param(self, name):
        return {"N": N}[name]

    def rows(self, name):
        base, off, length = PARTS[name]
        return GSeq(length, lambda p: Row(base, off + p))

    def row(self, name, k=0):
        base, off, length = PARTS[name]
        return Row(base, off + k)

    def describe_row(self, r):
        return str(r)


def _rebind(f, extra):
    g = dict(f.__globals__)
    g.update(extra)
    return types.FunctionType(f.__code__, g, f.__name__, f.__defaults__, f.__closure__)


def _shims() -> dict:
    shims = {"range": _range, "enumerate": _enumerate, "zip": _zip, "len": _len, "list": _list, "sp": _Sp(),
             "FFNBuilder": GFFN, "sparse": lambda rows, cols, entries: dict(entries), "AttentionHead": GHead,
             "Layer": lambda name, heads, ffn, **kw: GLayer(name, tuple(heads), ffn)}
    real_bits = _rebind(gadgets.bits, shims)

    def bits(*args, **kw):
        before = builtins.len(_FINISHED)
        return _wrap(real_bits(*args, **kw), before)

    shims["bits"] = bits
    builders = {}
    shims["subleq"] = types.SimpleNamespace(**{f.__name__: lambda *a, f=f, **k: builders[f.__name__](*a, **k)
                                               for f in subleq._BUILDERS})
    for name in ("pointer_head", "gated_overwrite", "clear", "one_unit", "bit_adder"):
        shims[name] = _rebind(getattr(gadgets, name), shims)
    builders.update({f.__name__: _rebind(f, shims) for f in subleq._BUILDERS})
    return shims


def generic_layers(builders=None) -> dict[str, GLayer]:
    """Every layer builder of ``subleq`` (or ``builders``) run on the generic layout.

    The builders run once per process and tuple of builders; each call gets its own copy of the records, so a
    caller that edits one (the broken-index tests do) cannot change what the next caller sees.
    """
    return {name: _copy(layer) for name, layer in _generic_layers(tuple(builders or subleq._BUILDERS)).items()}


def _copy(layer: "GLayer") -> "GLayer":
    ffn = GFFN()
    ffn.units = [GUnit(u.label, u.family, dict(u.inputs), u.bias) for u in layer.ffn.units]
    ffn.outs, ffn.biases = list(layer.ffn.outs), list(layer.ffn.biases)
    heads = tuple(GHead(h.name, dict(h.Q), dict(h.K), dict(h.V)) for h in layer.heads)
    return GLayer(layer.name, heads, ffn)


@functools.lru_cache(maxsize=16)
def _generic_layers(builders: tuple) -> dict[str, GLayer]:
    shims = _shims()
    out = {}
    for build in builders:
        layer = _rebind(build, shims)(GenericLayout())
        out[layer.name] = layer
    return out


# -- instantiation at a concrete size ------------------------------------------------------------

def _assignments(symbols, env):
    """Every assignment of the generic ``symbols`` (in order) within their ranges, under ``env``."""
    if not symbols:
        yield dict(env)
        return
    g, rest = symbols[0], symbols[1:]
    lo, hi = (int(sp.sympify(e).xreplace(env)) for e in RANGES[g])
    for v in builtins.range(lo, hi):
        yield from _assignments(rest, {**env, g: sp.Integer(v)})


def _free(obj) -> list:
    if isinstance(obj, Row):
        return sorted((s for s in sp.sympify(obj.off).free_symbols if s in RANGES), key=str)
    if isinstance(obj, tuple):
        return sorted({s for o in obj for s in _free(o)}, key=str)
    return sorted((s for s in sp.sympify(obj).free_symbols if s in RANGES), key=str)


def instantiate(layer: GLayer, layout, shape_env: dict) -> dict:
    """The layer's weights at a concrete layout: FFN units as canonical tuples, heads as entry dicts."""
    def row(r: Row, env) -> int:
        return layout.block(r.block).start + int(sp.sympify(r.off).xreplace(env))

    ffn = layer.ffn
    units: dict[tuple, dict] = {}
    for u, unit in builtins.enumerate(ffn.units):
        for env in _assignments(builtins.list(unit.family), shape_env):
            w: dict[int, object] = {}
            for r, c in unit.inputs.items():
                inner = [s for s in _free(r) if s not in env]
                for env2 in _assignments(inner, env):
                    k = row(r, env2)
                    w[k] = sp.sympify(w.get(k, 0)) + sp.sympify(c).xreplace(env2)
            units[(u, tuple(sorted((str(s), int(v)) for s, v in env.items() if s in RANGES)))] = {
                "in": w, "bias": unit.bias.xreplace(env), "out": {}}
    b2: dict[int, object] = {}
    for r, u, coef, fam in ffn.outs:
        for env in _assignments(builtins.list(fam), shape_env):
            key = (u, tuple(sorted((str(s), int(v)) for s, v in env.items()
                                   if s in RANGES and s in ffn.units[u].family)))
            o = units[key]["out"]
            k = row(r, env)
            o[k] = sp.sympify(o.get(k, 0)) + coef.xreplace(env)
    for r, v, fam in ffn.biases:
        for env in _assignments(builtins.list(fam), shape_env):
            k = row(r, env)
            b2[k] = sp.sympify(b2.get(k, 0)) + v.xreplace(env)
    heads = []
    for h in layer.heads:
        mats = {}
        for name, m in (("Q", h.Q), ("K", h.K), ("V", h.V)):
            ent: dict = {}
            for (i, j), v in m.items():
                for env in _assignments(sorted(set(_free(i)) | set(_free(j)), key=str), shape_env):
                    ii = row(i, env) if isinstance(i, Row) else int(sp.sympify(i).xreplace(env))
                    ent[(ii, row(j, env))] = sp.sympify(ent.get((ii, row(j, env)), 0)) + v
            mats[name] = {k: v for k, v in ent.items() if v != 0}
        heads.append((h.name, mats))
    canon = sorted((tuple(sorted((k, str(v)) for k, v in u["in"].items() if v != 0)), str(u["bias"]),
                    tuple(sorted((k, str(v)) for k, v in u["out"].items() if v != 0))) for u in units.values())
    return {"units": canon, "b2": {k: str(v) for k, v in b2.items() if v != 0}, "heads": heads}


def _real(layer, layout) -> dict:
    f = layer.ffn
    W1, b1, W2, b2 = f.W1.todok(), f.b1.todok(), f.W2.todok(), f.b2.todok()
    units = []
    for u in builtins.range(f.width):
        units.append((tuple(sorted((j, str(v)) for (i, j), v in W1.items() if i == u)),
                      str(b1.get((u, 0), 0)),
                      tuple(sorted((i, str(v)) for (i, j), v in W2.items() if j == u))))
    heads = [(h.name, {k: dict(m.todok()) for k, m in h.matrices().items()}) for h in layer.heads]
    return {"units": sorted(units), "b2": {i: str(v) for (i, _), v in b2.items()}, "heads": heads}


def conformance(shape, generic: dict[str, GLayer] | None = None, network=None) -> list[str]:
    """Mismatches between the generic formulas instantiated at ``shape`` and the real network ([] = none)."""
    from constructions.giannou2023 import SubleqShape, subleq_network

    shp = SubleqShape(*shape)
    network = network or subleq_network(shp)
    layout = network.layout
    env = {L: sp.Integer(shp.L), N: sp.Integer(shp.N)}
    bad = []
    for name, (base, off, length) in PARTS.items():
        blk, sub = layout.block(name), layout.block(base)
        if (blk.start - sub.start, blk.size) != (int(sp.sympify(off).xreplace(env)), int(length.xreplace(env)
                                                                                             if isinstance(length, sp.Basic) else length)):
            bad.append(f"block {name}: layout geometry differs from PARTS")
    generic = generic or generic_layers()
    for layer in network.layers:
        if layer.ffn is not None and layer.ffn.has_column_biases:
            bad.append(f"{layer.name}: per-column biases (not in the builders)")
        if any(not h.is_plain for h in layer.heads):
            bad.append(f"{layer.name}: a head that is not the paper's softmax head")
        g, r = instantiate(generic[layer.name], layout, env), _real(layer, layout)
        if g["units"] != r["units"]:
            extra = set(r["units"]) - set(g["units"])
            bad.append(f"{layer.name}: {builtins.len(extra)} FFN unit(s) differ from the generic formulas, e.g. "
                       f"{sorted(extra)[:1]}")
        if g["b2"] != r["b2"]:
            bad.append(f"{layer.name}: output biases differ")
        gh = [(n, {k: {e: str(v) for e, v in m.items()} for k, m in mats.items()}) for n, mats in g["heads"]]
        rh = [(n, {k: {e: str(v) for e, v in m.items()} for k, m in mats.items()}) for n, mats in r["heads"]]
        if gh != rh:
            bad.append(f"{layer.name}: attention weights differ from the generic formulas")
    return bad
