"""Weight tying against the timestep fix (Lemma 4.1, Theorem 4.2 [S]), on the sweep of :mod:`constructions.xusato2025.sweep`.

* :func:`chebyshev_linear` — the least ``max_k |y_k − a − c·k|`` over all
  real ``(a, c)``, exactly: for fixed ``c`` the best ``a`` centres the range of
  ``y_k − ck``, giving half its width, a convex piecewise-linear function of
  ``c`` whose minimum lies at a breakpoint ``c = (y_i − y_j)/(i − j)``; all of
  them are evaluated.  The tied sweep outputs exactly ``a + c·k``, so this is
  an exact lower bound on its error, attained.
* :func:`tied_sweep` — that lower bound on a named sequence, checked against
  the network's own outputs at the optimum, and compared with the largest jump.
* :func:`timestep_fit` — the fix fits *every* real sequence of length ``K``:
  the labels are free sympy symbols and the outputs come out as exactly them.
* :func:`finite_labels` — our weight-tied block fits every label sequence over
  ``{0, 1/Q, …, 1}`` exactly (all ``(Q+1)^K`` tables, exact arithmetic).
"""
from __future__ import annotations

import itertools
from fractions import Fraction

import sympy as sp

from constructions.xusato2025 import XSShape, block_network, embed, intended, layout
from constructions.xusato2025.reference import grid_inputs
from constructions.xusato2025.sweep import sweep_fit, sweep_sizes
from verify.claims import Outcome, Status
from verify.forward import Evaluator
from verify.rational import RatArray
from verify.semantics import Exact

__all__ = ["SEQUENCES", "chebyshev_linear", "tied_sweep", "timestep_fit", "finite_labels", "sweep_dims"]


def _tent(n: int) -> list[int]:
    return list(range(n)) + list(range(n - 2, -1, -1))


SEQUENCES = {
    "alternating8": [0, 1] * 4,
    "tent7": _tent(4),
    "tent11": _tent(6),
    "step6": [0, 0, 0, 1, 1, 1],
    "arithmetic5": [0, 2, 4, 6, 8],
}


def chebyshev_linear(ys: list) -> tuple[Fraction, Fraction, Fraction]:
    """``(error, a, c)`` minimising ``max_k |y_k − a − ck|`` over all reals, exactly."""
    ys = [Fraction(y) for y in ys]
    slopes = {Fraction(0)} | {(ys[i] - ys[j]) / (i - j) for i, j in itertools.combinations(range(len(ys)), 2)}
    best = None
    for c in slopes:
        r = [y - c * k for k, y in enumerate(ys)]
        err = (max(r) - min(r)) / 2
        if best is None or err < best[0]:
            best = (err, (max(r) + min(r)) / 2, c)
    return best


def tied_sweep(sequence: str, check: str = "lower_bound") -> Outcome:
    """The tied sweep's least error on ``sequence`` (exact, attained by the network).

    ``check = "lower_bound"``: PROVED when that error is positive (no tied sweep fits
    the sequence).  ``check = "jump_bound"``: PROVED when it is at most the largest
    jump between consecutive labels, REFUTED otherwise.
    """
    ys = SEQUENCES[sequence]
    err, a, c = chebyshev_linear(ys)
    jump = max(abs(Fraction(y1) - Fraction(y0)) for y0, y1 in zip(ys, ys[1:]))
    # the network at the optimum: y_0 = a embedded, increment c, η ≡ 1
    outs = sweep_fit([[a]] + [[y] for y in ys[1:]], timestep=False, c=[c])
    net_err = max(abs(Fraction(str(o[0])) - Fraction(y)) for o, y in zip(outs, ys))
    data = {"sequence": [str(y) for y in ys], "least_error": str(err), "at": {"a": str(a), "c": str(c)},
            "network_error_at_optimum": str(net_err), "largest_jump": str(jump)}
    if net_err != err:
        return Outcome(Status.ERROR, f"the network's error {net_err} at the optimum differs from {err}", data)
    if check == "lower_bound":
        if err > 0:
            return Outcome(Status.PROVED, f"{sequence}: every weight-tied sweep errs by ≥ {err} (attained; largest "
                           f"jump {jump})", data)
        return Outcome(Status.REFUTED, f"{sequence}: a tied sweep fits it exactly",
                       {**data, "counterexample": {"sequence": data["sequence"], "a": str(a), "c": str(c)}})
    if err <= jump:
        return Outcome(Status.PROVED, f"{sequence}: least tied error {err} ≤ largest jump {jump}", data)
    return Outcome(Status.REFUTED, f"{sequence}: every tied sweep errs by ≥ {err}, more than the largest jump {jump}",
                   {**data, "counterexample": {"sequence": data["sequence"], "least_error": str(err),
                                               "largest_jump": str(jump)}})


def timestep_fit(K: int, d: int, gate_shift: int = 0) -> Outcome:
    """With ``η(t) = y_{t+1} − y_t`` the sweep reproduces symbolic labels ``y_{k,i}`` exactly, for every ID."""
    labels = [[sp.Symbol(f"y{k}_{i}", real=True) for i in range(d)] for k in range(K)]
    outs = sweep_fit(labels, timestep=True, gate_shift=gate_shift)
    for k, (o, y) in enumerate(zip(outs, labels)):
        for i in range(d):
            if sp.simplify(o[i] - y[i]) != 0:
                return Outcome(Status.REFUTED, f"K = {K}, d = {d}: ID {k} coordinate {i} gets {o[i]}, not {y[i]}",
                               {"counterexample": {"K": K, "d": d, "id": k, "coordinate": i, "got": str(o[i]),
                                                   "gate_shift": gate_shift}})
    return Outcome(Status.PROVED, f"K = {K}, d = {d}: (id + η(t)⊙FF)^{K - 1} maps every ID k to y_k for all real "
                   f"labels (symbolic)", {"K": K, "d": d, **sweep_sizes(d)})


def finite_labels(shape: list[int], variant: str = "correct") -> Outcome:
    """Every table over ``0..Q`` (one coordinate, all ``(Q+1)^K``) is fitted exactly by the tied block."""
    shp = XSShape(*shape)
    if shp.d != 1:
        raise ValueError("finite_labels enumerates tables of one coordinate: use d = 1")
    inputs = list(grid_inputs(shp))
    tables = [[[v] for v in vals] for vals in itertools.product(range(shp.Q + 1), repeat=shp.K)]
    batch = [(t, X) for t in tables for X in inputs]
    ev = Evaluator(block_network(shp, variant), Exact())
    state = ev.run(ev.input(RatArray.from_values([embed(shp, X, table) for table, X in batch])), shp.loops)
    lay = layout(shp)
    for b, (table, X) in enumerate(batch):
        want = intended(shp, X, table)
        for n in range(shp.N):
            got = state.item(b, lay.row("y", 0), n) / shp.Q
            if got != want["values"][n][0]:
                return Outcome(Status.UNKNOWN, f"{variant}: table {[r[0] for r in table]}, input {X}: token {n} gets "
                               f"{got}, not {want['values'][n][0]}; no evidence either way", {})
    return Outcome(Status.REFUTED, f"{shp.label()}: one weight-tied block fits all {len(tables)} label sequences over "
                   f"{{0, 1, …, {shp.Q}}}/{shp.Q} of length K = {shp.K} exactly (every grid input, exact arithmetic)",
                   {"counterexample": {"shape": list(shape), "tables": f"all {len(tables)}", "inputs": len(inputs)}})


def tied_value_stage_sizes(shape: XSShape) -> dict:
    """Rows and units of our *tied* block's value stage (registers, digits, outputs; extraction, hat, clearing)."""
    net = block_network(shape)
    rows = sum(net.layout.block(b).size for b in ("R", "dig", "y"))
    prefixes = ("digit", "shift", "clear dig", "hat")
    units = sum(1 for u in net.layers[0].ffn.units if u.startswith(prefixes))
    return {"rows": rows, "units": units}


def sweep_dims(paper_embedding: list[int], paper_ffn: list[int], d_max: int = 6) -> Outcome:
    """Our timestep sweep's sizes against the reported ``a·d + b`` (embedding, FFN width) after the fix."""
    ours = {d: sweep_sizes(d) for d in range(1, d_max + 1)}
    emb = {d: paper_embedding[0] * d + paper_embedding[1] for d in ours}
    ffn = {d: paper_ffn[0] * d + paper_ffn[1] for d in ours}
    data = {"ours": ours, "paper_embedding": f"{paper_embedding[0]}d + {paper_embedding[1]}",
            "paper_ffn": f"{paper_ffn[0]}d + {paper_ffn[1]}",
            "ours_tied_value_stage (Q = 3)": {d: tied_value_stage_sizes(XSShape(d, 2, 2, 3)) for d in (1, 2, 3)}}
    le = all(ours[d]["embedding"] <= emb[d] and ours[d]["ffn_width"] <= ffn[d] for d in ours)
    lt = any(ours[d]["embedding"] < emb[d] or ours[d]["ffn_width"] < ffn[d] for d in ours)
    if le and lt:
        return Outcome(Status.LOOSE, f"embedding d + 3 ≤ {data['paper_embedding']} and FFN width 2 ≤ {data['paper_ffn']} "
                       f"suffice for the timestep sweep (d = 1..{d_max})", data)
    if le:
        return Outcome(Status.PROVED, "our sizes equal the reported ones", data)
    return Outcome(Status.UNKNOWN, "our timestep sweep is larger than reported", data)
