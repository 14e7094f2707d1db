"""The gating constant C of the read and write gates, as a real parameter (reference notes §4.1).

The gates are ``T += ReLU(2B − 2T + g) − ReLU(−2B + 2T + g)`` with ``g`` affine
in ``C``; ``C`` enters nowhere else.  Two obligation tasks settle which real
``C`` work, at one machine size each:

* :func:`gate_invariance` — for every state of the set before the layer and
  every real ``C ≥ C0``, every hidden unit whose weights involve ``C`` has the
  same value as at ``C = C0``: writing its input as ``a + C·g`` (``a``, ``g``
  affine in the state), z3 proves ``g ≤ 0`` and, where ``g < 0``,
  ``a + C0·g ≤ 0``.  With the layer proved at ``C = C0`` (``prove_layer``) this
  proves it for every ``C ≥ C0``.
* :func:`gate_leak` — a valid loop-start state (found by z3) on which a gate
  unit sits exactly at its threshold at ``C = C0``; then, on that concrete
  state, z3 proves that the layer's output differs from its contract for every
  real ``C`` in ``(0, C0)`` (the output as an exact function of a real ``C``).
  The state is replayed on the real network at ``C = 15/8``.
"""
from __future__ import annotations

import time
from fractions import Fraction

import numpy as np
import sympy as sp
import z3

from constructions.giannou2023 import SubleqShape, decode, encode
from constructions.giannou2023.contracts import SPECS, spec_loop
from constructions.giannou2023.invariants import stage_template
from constructions.giannou2023.variants import variant_network
from verify import symbolic as sym
from verify.claims import Outcome, Status
from verify.evidence import produces
from verify.forward import Evaluator
from verify.semantics import Exact, Symbolic
from verify.smt import check_cells, solver_version
from verify.solver import check as z3check
from verify.spec_ops import SymbolicOps

from .simulation import state_to_json

__all__ = ["gate_invariance", "gate_leak", "c_dependence"]


def _frac(v) -> Fraction:
    v = sp.nsimplify(v)
    if not v.is_Rational:
        raise ValueError(f"a weight {v} is not rational once C is fixed")
    return Fraction(int(v.p), int(v.q))


def c_dependence(layer, C: sp.Symbol):
    """Split the layer's first feed-forward matrix and bias into ``W1 = W0 + C·W1c``, ``b1 = b0 + C·b1c``.

    Returns ``(rows0, rows1)``: per hidden unit ``u``, ``{row: coefficient}``
    plus the bias under the key ``None``, for the C-free part and the
    C-coefficient.  Raises ValueError if ``C`` appears anywhere else (heads,
    ``W2``, ``b2``) or non-linearly.
    """
    for head in layer.heads:
        for name, m in head.matrices().items():
            if C in m.free_symbols:
                raise ValueError(f"{layer.name}: head {head.name} {name} depends on {C}")
    f = layer.ffn
    if f is None:
        return {}, {}
    for name in ("W2", "b2"):
        if C in getattr(f, name).free_symbols:
            raise ValueError(f"{layer.name}: {name} depends on {C}")
    rows0: dict[int, dict] = {}
    rows1: dict[int, dict] = {}

    def put(u, key, v):
        v = sp.expand(v)
        if not v.free_symbols <= {C} or sp.degree(v, C) > 1:
            raise ValueError(f"{layer.name}: weight {v} of unit {f.units[u]!r} is not affine in {C}")
        c1 = v.coeff(C, 1) if v.free_symbols else sp.Integer(0)
        c0 = v.subs(C, 0)
        if c0 != 0:
            rows0.setdefault(u, {})[key] = _frac(c0)
        if c1 != 0:
            rows1.setdefault(u, {})[key] = _frac(c1)

    for (u, r), v in f.W1.todok().items():
        put(u, r, v)
    for (u, _), v in f.b1.todok().items():
        put(u, None, v)
    return rows0, rows1


def _affine(row: dict, Y, col: int):
    """``Σ w·Y[r, col] + bias`` for one unit's row ``{r: w, None: bias}`` (symbolic or exact)."""
    return sym.linear([(w, Y[r, col]) if r is not None else (w, sym.const(1)) for r, w in row.items()])


def _gated(shape, layer: int, eps: str):
    shp = SubleqShape(*shape)
    symbolic = variant_network(shp, "correct").bind(eps=Fraction(eps))
    C = symbolic.symbol("C")
    rows0, rows1 = c_dependence(symbolic.layers[layer], C)
    with_c = [i for i, lay in enumerate(symbolic.layers) if C in lay.free_symbols()]
    return shp, symbolic, rows0, rows1, with_c


@produces("smt")
def gate_invariance(shape: list[int], layer: int, C0: str = "2", eps: str = "1/4",
                    timeout_ms: int = 60_000) -> Outcome:
    """For every state before ``layer`` and every real ``C ≥ C0``, the layer computes what it computes at ``C0``."""
    start = time.perf_counter()
    c0 = Fraction(C0)
    with sym.scope():
        shp, symbolic, rows0, rows1, with_c = _gated(shape, layer, eps)
        net = symbolic.bind(C=c0)
        layout = net.layout
        Y = Evaluator(net, Symbolic()).attention(layer, stage_template(layout, layer).X)
        pairs = []
        for u, row1 in rows1.items():
            for j in range(layout.n):
                a, g = _affine(rows0.get(u, {}), Y, j), _affine(row1, Y, j)
                cond = sym.and_(sym.le(g, 0), sym.or_(sym.eq(g, 0), sym.le(a + g * c0, 0)))
                pairs.append((net.layers[layer].ffn.units[u], (u, j), cond))
        results, identity = check_cells(pairs, timeout_ms, keep_smt2=True, split=4096)
    name = net.layers[layer].name
    data = {"layer": name, "C0": C0, "units_with_C": len(rows1), "conditions": len(pairs),
            "proved_by_identity": identity, "solver_queries": len(results), "layers_with_C": with_c,
            "seconds": round(time.perf_counter() - start, 3), "solver": solver_version()}
    artefacts = {f"gate_invariance_{name}.smt2": "".join(f"; {r.label} {r.cell}\n{r.smt2}(reset)\n"
                                                         for r in results if r.smt2)}
    artefacts = {k: v for k, v in artefacts.items() if v}
    if not rows1:
        return Outcome(Status.ERROR, f"{name} at {shp}: no unit depends on C — nothing to prove", data)
    bad = [r for r in results if r.status != "proved"]
    if bad:
        data["failed"] = {"unit": bad[0].label, "cell": list(bad[0].cell), "model": bad[0].model}
        return Outcome(Status.UNKNOWN, f"{name} at {shp}: not shown independent of C ≥ {C0}: unit "
                       f"{bad[0].label!r}, column {bad[0].cell[1]} ({bad[0].status})", data, artefacts)
    return Outcome(Status.PROVED, f"{name} at {shp}: on every state before the layer, each of the {len(rows1)} "
                   f"C-dependent units has C-coefficient ≤ 0 and, where it is negative, input ≤ 0 at C = {C0}: "
                   f"the layer's output is the same for every real C ≥ {C0} ({len(pairs)} conditions, "
                   f"{identity} by identity, {len(results)} by z3)", data, artefacts)


def _z3_relu(e):
    return z3.If(e > 0, e, z3.RealVal(0))


@produces("smt")
def gate_leak(shape: list[int], layer: int, C0: str = "2", eps: str = "1/4", replay_C: str = "15/8",
              timeout_ms: int = 60_000) -> Outcome:
    """A valid state on which ``layer`` breaks its contract for every real ``C`` in ``(0, C0)`` (z3, C real)."""
    start = time.perf_counter()
    c0 = Fraction(C0)
    with sym.scope():
        shp, symbolic, rows0, rows1, with_c = _gated(shape, layer, eps)
        net = symbolic.bind(C=c0)
        layout = net.layout
        X0 = stage_template(layout, 0)
        prefix = X0.X
        for spec in SPECS[:layer]:
            prefix = spec(prefix, layout, SymbolicOps())
        Y = Evaluator(net, Symbolic()).attention(layer, prefix)
        pairs = []
        for u, row1 in rows1.items():
            for j in range(layout.n):
                a, g = _affine(rows0.get(u, {}), Y, j), _affine(row1, Y, j)
                # "no state puts this unit exactly at its threshold at C0 with a negative C-coefficient"
                pairs.append((net.layers[layer].ffn.units[u], (u, j),
                              sym.or_(sym.le(0, g), sym.not_(sym.eq(a + g * c0, 0)))))
        results, _ = check_cells(pairs, timeout_ms, keep_smt2=False, stop_on_failure=True, split=4096)
        hit = next((r for r in results if r.status == "refuted"), None)
        name = net.layers[layer].name
        data = {"layer": name, "C0": C0, "layers_with_C": with_c, "solver": solver_version()}
        if hit is None:
            undecided = any(r.status == "unknown" for r in results)
            return Outcome(Status.UNKNOWN, f"{name} at {shp}: " + (
                "z3 did not decide whether a gate reaches its threshold" if undecided else
                f"no valid state puts a gate exactly at its threshold at C = {C0}: C0 is not shown least"), data)
        names = {v.name: v for v in X0.variables()}
        X = X0.instantiate({names[k]: v for k, v in hit.model.items() if k in names})
    dec = decode(shp, np.asarray(X.tolist(), dtype=np.int64))
    state, current = dec.state, dec.current
    X_in = encode(shp, state, current)
    contract = spec_loop(np.array(X_in.tolist(), dtype=object), layout)
    before = X_in if layer == 0 else np.array(contract[layer - 1].tolist(), dtype=object)
    ev = Evaluator(net, Exact())
    Y_att = ev.attention(layer, ev.input(np.array(before, dtype=object)))
    u, j = hit.cell
    f = net.layers[layer].ffn
    W2 = f.W2.todok()
    rows = sorted({r for (r, uu) in W2 if uu == u})
    C = z3.Real("C")
    yc = {r: Y_att.item(r, j) for r in range(layout.d)}

    def real(v):
        return z3.RealVal(str(Fraction(v)))

    proofs = []
    for r in rows:
        out = real(yc[r]) + real(_frac(f.b2[r, 0]))
        for (rr, uu), w in W2.items():
            if rr != r:
                continue
            a = sum((Fraction(w0) * (yc[k] if k is not None else 1) for k, w0 in rows0.get(uu, {}).items()),
                    Fraction(0))
            g = sum((Fraction(w1) * (yc[k] if k is not None else 1) for k, w1 in rows1.get(uu, {}).items()),
                    Fraction(0))
            out = out + real(_frac(w)) * _z3_relu(real(a) + C * real(g))
        want = Fraction(contract[layer][r, j])
        s = z3.Solver()
        s.set("timeout", int(timeout_ms))
        s.add(C > 0, C < real(c0), out == real(want))
        verdict = z3check(s)
        proofs.append((r, want, verdict, s.to_smt2()))
    proved = [(r, want) for r, want, v, _ in proofs if v == z3.unsat]
    replay_net = symbolic.bind(C=Fraction(replay_C))
    replay = Evaluator(replay_net, Exact()).layer(layer, Evaluator(replay_net, Exact()).input(
        np.array(before, dtype=object)))
    data.update({"unit": hit.label, "column": j, "rows": [layout.describe_row(r) for r in rows],
                 "seconds": round(time.perf_counter() - start, 3)})
    artefacts = {f"gate_leak_{name}.smt2": "".join(f"; row {layout.describe_row(r)}\n{t}(reset)\n"
                                                    for r, _, _, t in proofs)}
    if not proved:
        return Outcome(Status.UNKNOWN, f"{name} at {shp}: a gate sits at its threshold at C = {C0}, but z3 did "
                       f"not prove that the output then leaves the contract for all C < {C0}", data, artefacts)
    r, want = proved[0]
    got = replay.item(r, j)
    ins = state.program[state.pc]
    data["counterexample"] = {
        "reachable": True, "layer": name, "cell": f"row {layout.describe_row(r)}, {layout.describe_col(j)}",
        "expected": str(want), "actual": str(got), "C": replay_C, "variant": "correct", "eps": eps,
        "one_hot": False, "state": state_to_json(state, current), "shape": list(shape),
        "input": {"pc": state.pc, "instruction at pc": f"subleq {ins.a}, {ins.b}, {ins.c}",
                  "mem[a]": state.memory[ins.a], "mem[b]": state.memory[ins.b]},
        "replay": {"exact": "agrees with the contract" if got == want else
                   f"diverges: layer {name} gives {got} where its contract says {want} at C = {replay_C}"},
    }
    return Outcome(Status.PROVED, f"{name} at {shp}: on a valid state (pc {state.pc}, subleq {ins.a}, {ins.b}, "
                   f"{ins.c}) the cell row {layout.describe_row(r)}, {layout.describe_col(j)} differs from its "
                   f"contract value {want} for every real C in (0, {C0}) (z3, C real); replay at C = {replay_C}: "
                   f"{got}", data, artefacts)
