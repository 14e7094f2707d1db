"""Exact accounting of the looped ReLU-MLP: depth per block, widths, parameters, multiply-adds.

Counting the layers and weights of a built network is exact; the low-rank
figure comes from an exact rank factorisation ``W = U Vᵀ`` over ℚ whose
product is checked equal to ``W`` (:mod:`verify.lowrank`).
A factorisation that does not reproduce ``W`` is an ERROR.
"""
from __future__ import annotations

import math

from constructions.giannou2023.punchcard import SubleqShape
from constructions.liang2025.network import relu_network
from verify.claims import Outcome, Status
from verify.lowrank import factorise

__all__ = ["depths", "sizes", "scaling_family", "fit_exponent"]


def depths(shapes: list, encodings=("01", "pm1-affine")) -> Outcome:
    """Total and per-block depth of the minimal and the paper-budget networks at every shape."""
    rows = []
    for shape in shapes:
        for encoding in encodings:
            for budget in ("minimal", "paper"):
                net = relu_network(tuple(shape), encoding, budget)
                rows.append({"shape": list(shape), "encoding": encoding, "budget": budget, "depth": net.depth,
                             "relu_layers": sum(l.relu for l in net.layers),
                             "blocks": {name: hi - lo for name, lo, hi in net.blocks}})
    return Outcome(Status.PROVED, f"depths counted for {len(rows)} networks", {"networks": rows})


def sizes(shape, encoding: str = "01", budget: str = "minimal", lowrank: bool = True,
          readout: str = "folded") -> Outcome:
    """Widths, non-zeros, dense and (exactly factorised) low-rank parameters and multiply-adds."""
    shp = SubleqShape(*shape)
    net = relu_network(tuple(shape), encoding, budget, readout)
    data = {"shape": list(shape), "n": shp.n, "N": shp.N, "L": shp.L, "m": shp.m, "k": shp.commands,
            "encoding": encoding, "budget": budget, "readout": readout, **net.counts(),
            "state_width_formula": "mN + 3kL + L" if encoding != "pm1-split" else "2(mN + 3kL + L)"}
    if lowrank:
        facts = [factorise(l) for l in net.layers]
        if not all(f.equal for f in facts):
            bad = [i for i, f in enumerate(facts) if not f.equal]
            return Outcome(Status.ERROR, f"the rank factorisation of layers {bad} does not reproduce W", data)
        data["ranks"] = [f.rank for f in facts]
        data["lowrank_params"] = sum(f.params + f.rows for f in facts)  # U, Vᵀ and the biases
        data["lowrank_madds"] = sum(f.params for f in facts)
    return Outcome(Status.PROVED, f"{shp}: state width {data['state_width']}, max width {data['max_width']}, "
                   f"dense params {data['dense_params']}"
                   + (f", low-rank params {data['lowrank_params']}" if lowrank else ""), data)


def scaling_family(n_values: list[int], N: int = 8) -> list[tuple[int, int, int, int]]:
    """Machines ``(1, n/4, n, N)``: a quarter of the address space memory, the rest program."""
    return [(1, n // 4, n, N) for n in n_values]


def fit_exponent(xs, ys) -> float:
    """Least-squares slope of log y against log x."""
    lx, ly = [math.log(x) for x in xs], [math.log(y) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly)) / sum((a - mx) ** 2 for a in lx)
