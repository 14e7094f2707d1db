"""Stage 1 for every real input, by z3: the token ID is exact on every box of good intervals.

Read off the bound layer: the feed-forward units that write the ``z`` row.
Each must read one coordinate ``x_i`` at most, besides ``t`` and ``one``
(checked), so that ``z`` after stage 1 is ``Σ_i g_i(x_i)`` with
``g_i(x) = Σ_{t=0}^{D-2} Σ_u W2[z,u]·ReLU(W1[u]·(x, t, 1))``.  z3 proves, in
linear real arithmetic with one ``If`` per ReLU, that ``g_i(x) = c·D^i`` for
every real ``x`` in the good interval of cell ``c`` (all ``i``, ``c``), and that
for every ``t ≥ D − 1`` and ``x ∈ [0, 1]`` those units are off (so later loops
leave ``z`` alone).  The same for the sorting key (``N·z``; units writing it that read no
coordinate are the same for every input).  Attention never writes either
row (checked from the value maps).  Together with the grid enumeration this
covers every input off the trifling region: after stage 1 nothing reads
``x`` any more, and ``z`` and the key are those of the box's corners.
"""
from __future__ import annotations

import z3

from constructions.xusato2025 import XSShape, block_network
from constructions.xusato2025.reference import good_interval
from verify.claims import Outcome, Status
from verify.evidence import produces
from verify.semantics import as_fraction
from verify.solver import check as z3check

__all__ = ["quantiser_z3"]


def _q(v) -> z3.ArithRef:
    f = as_fraction(v)
    return z3.RealVal(f"{f.numerator}/{f.denominator}")


def _separable_units(shp, lay, ffn, row: int, allow_other: bool):
    """Per coordinate, the units writing ``row`` that read ``x_i`` (and only ``t``, ``one`` besides)."""
    t_row, one = lay.row("t"), lay.row("one")
    x_rows = {lay.row("x", i): i for i in range(shp.d)}
    units: dict[int, list] = {i: [] for i in range(shp.d)}
    for u in range(ffn.width):
        w_out = ffn.W2[row, u]
        if w_out == 0:
            continue
        reads = {j for j in range(lay.d) if ffn.W1[u, j] != 0}
        xs = reads & set(x_rows)
        if not xs and allow_other:
            continue  # reads no token coordinate: the same for every input
        if len(xs) != 1 or reads - xs - {t_row, one}:
            raise ValueError(f"unit {ffn.units[u]} writes row {row} but reads {sorted(reads)}: not separable")
        (xr,) = xs
        units[x_rows[xr]].append((_q(w_out), _q(ffn.W1[u, xr]), _q(ffn.W1[u, t_row]), _q(ffn.W1[u, one]),
                                  ffn.units[u]))
    return units


@produces("smt")
def quantiser_z3(shape: list[int], variant: str = "correct") -> Outcome:
    """Prove the token ID (``z``) and the sorting key's ID part (``key``, N·z) exact on every good interval."""
    shp = XSShape(*shape)
    net = block_network(shp, variant)
    lay, layer = net.layout, net.layers[0]
    targets = {"z": (lay.row("z"), 1, False), "key": (lay.row("key"), shp.N, True)}
    for name, (row, _, _) in targets.items():
        if any(i == row for head in layer.heads for (i, _) in head.V.todok()):
            return Outcome(Status.UNKNOWN, f"an attention head writes the {name} row: not covered", {})
    x, t = z3.Real("x"), z3.Real("t")
    relu = lambda e: z3.If(e > 0, e, 0)
    proved = 0
    for name, (row, factor, allow_other) in targets.items():
        try:
            units = _separable_units(shp, lay, layer.ffn, row, allow_other)
        except ValueError as err:
            return Outcome(Status.UNKNOWN, str(err), {})
        for i, us in units.items():
            g = sum((w * relu(a * x + b * tt + c) for tt in range(shp.D - 1) for (w, a, b, c, _) in us),
                    z3.RealVal(0))
            for cell in range(shp.D):
                lo, hi = good_interval(shp, cell)
                want = factor * cell * shp.D ** i
                s = z3.Solver()
                s.add(x >= _q(lo), x <= _q(hi), g != want)
                verdict = z3check(s)
                if verdict == z3.sat:
                    xv = s.model().eval(x)
                    return Outcome(Status.REFUTED, f"{shp.label()} ({variant}): coordinate {i} = {xv} lies in cell "
                                   f"{cell}'s good interval but stage 1 adds {s.model().eval(g)} to {name}, not {want}",
                                   {"counterexample": {"shape": shape, "variant": variant, "row": name,
                                                       "coordinate": i, "x": str(xv), "cell": cell}})
                if verdict != z3.unsat:
                    return Outcome(Status.UNKNOWN, f"z3: {verdict} on {name}, coordinate {i}, cell {cell}", {})
                proved += 1
            for (w, a, b, c, unit) in us:
                s = z3.Solver()
                s.add(x >= 0, x <= 1, t >= shp.D - 1, a * x + b * t + c > 0)
                if z3check(s) != z3.unsat:
                    return Outcome(Status.REFUTED, f"{shp.label()} ({variant}): unit {unit} fires after stage 1",
                                   {"counterexample": {"shape": shape, "variant": variant, "unit": unit,
                                                       "x": str(s.model().eval(x)), "t": str(s.model().eval(t))}})
    return Outcome(Status.PROVED, f"{shp.label()}: for every real input off the trifling region stage 1 adds exactly "
                   f"the token ID to z and N times it to the key in {shp.D - 1} loops, and is off afterwards "
                   f"(z3, {proved} cell intervals)", {"shape": shp.label(), "intervals": proved,
                                                      "solver": z3.get_version_string()})
