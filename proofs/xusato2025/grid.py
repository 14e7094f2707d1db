"""The construction's exact proof: every grid input gets its intended IDs and values.

:func:`check_grid` runs the looped block in exact rationals (tie-averaging
hardmax) on every input whose coordinates are ends of good intervals — both
ends of every quantisation cell, ``(2D)^{dN}`` inputs — and checks, per
token, the token ID after ``D − 1`` loops, the sequence ID after ``N`` more
and the values after the last ``K + 1`` — and that the values stay put
until the paper's budget ``r = N + 2δ^{-((N+1)d+1)}`` runs out.

Why the ends cover every input off the trifling region: :mod:`.quantiser`
proves with z3, from the layer's weights, that for every real input in a box
of good intervals stage 1 writes the box's ID into ``z`` and ``N`` times it
into the sorting key, and that the units reading ``x`` stay off afterwards.
The other rows do not depend on ``x`` during stage 1 either: the attention
scratch is cleared every loop, the stage flags depend on ``t`` only, and the
gated units (Horner, removal, digit extraction) are off while their flag is
0 (the removal unit because a token's key never exceeds the attended
maximum), the lookup hats because the digit row is 0.  So every such input
reaches the state of the box's corners, which the enumeration follows to the
end.  A counterexample (any stage)
is replayable with :func:`replay`.
"""
from __future__ import annotations

import time
from fractions import Fraction

from constructions.xusato2025 import XSShape, block_network, embed_batch, heads_and_widths, intended, layout
from constructions.xusato2025.reference import grid_inputs
from constructions.xusato2025.tables import make_table
from verify.claims import Outcome, Status
from verify.forward import Evaluator
from verify.semantics import Exact

__all__ = ["check_grid", "replay", "stage_values"]


def _rows(shape: XSShape, state, b: int, name: str, k: int = 0) -> list[Fraction]:
    lay = layout(shape)
    return [state.item(b, lay.row(name, k), n) for n in range(shape.N)]


def paper_budget(shape: XSShape) -> int:
    """``r = N + 2δ^{-((N+1)d+1)}``: the loops the stated δ provides ([S], Theorem 3.6)."""
    return shape.N + 2 * shape.D ** ((shape.N + 1) * shape.d + 1)


def stage_values(shape: XSShape, variant: str, table: list[list[int]], inputs: list, until: int = 0, network=None):
    """States after stage 1, 2 and 3 for a batch of inputs (exact); with ``until``, also after ``until`` loops.

    ``network`` replaces the variant's block (the mutation self-test runs mutants through here)."""
    ev = Evaluator(network or block_network(shape, variant), Exact())
    X = ev.input(embed_batch(shape, inputs, table))
    after1 = ev.run(X, shape.loops_quantise)
    after2 = ev.run(after1, shape.loops_context)
    after3 = ev.run(after2, shape.loops_values)
    if until:
        return after1, after2, after3, ev.run(after3, until - shape.loops)
    return after1, after2, after3


def _unstable(shape: XSShape, inputs, after3, later, until: int):
    """The first output that moves between our last loop and loop ``until``."""
    lay = layout(shape)
    for b, X in enumerate(inputs):
        for i in range(shape.d):
            for n in range(shape.N):
                y0, y1 = after3.item(b, lay.row("y", i), n), later.item(b, lay.row("y", i), n)
                if y0 != y1:
                    return {"input": [[str(v) for v in row] for row in X], "stage": f"value coordinate {i} "
                            f"(after the paper's budget)", "loops": until, "token": n, "expected": str(y0 / shape.Q),
                            "got": str(y1 / shape.Q)}
    return None


def _first_failure(shape, inputs, table, states):
    after1, after2, after3 = states
    for b, X in enumerate(inputs):
        want = intended(shape, X, table)
        checks = [("token ID (after stage 1)", shape.loops_quantise, _rows(shape, after1, b, "z"),
                   [Fraction(v) for v in want["token_ids"]])]
        checks.append(("sequence ID (after stage 2)", shape.loops_quantise + shape.loops_context,
                       _rows(shape, after2, b, "S"), [Fraction(want["sequence_id"])] * shape.N))
        for i in range(shape.d):
            checks.append((f"value coordinate {i} (after stage 3)", shape.loops,
                           [v / shape.Q for v in _rows(shape, after3, b, "y", i)],
                           [want["values"][n][i] for n in range(shape.N)]))
        for stage, loops, got, expected in checks:
            if got != expected:
                n = next(k for k in range(shape.N) if got[k] != expected[k])
                return {"input": [[str(v) for v in row] for row in X], "stage": stage, "loops": loops,
                        "token": n, "expected": str(expected[n]), "got": str(got[n]),
                        "contextual_ids": want["contextual_ids"]}
    return None


def check_grid(shape: list[int], variant: str = "correct", tables: list[str] = ("random:1",), network=None) -> Outcome:
    """Exhaustive exact check of every grid input at ``shape = [d, N, D, Q]`` (see the module docstring).

    ``network`` replaces the variant's block (the mutation self-test proves mutants with it)."""
    start = time.perf_counter()
    shp = XSShape(*shape)
    inputs = list(grid_inputs(shp))
    for spec in tables:
        table = make_table(shp, spec)
        budget = paper_budget(shp)
        *states, later = stage_values(shp, variant, table, inputs, until=budget, network=network)
        bad = _first_failure(shp, inputs, table, states) or _unstable(shp, inputs, states[2], later, budget)
        if bad is not None:
            cex = {"shape": list(shape), "variant": variant, "table": spec, **bad}
            return Outcome(Status.REFUTED, f"{shp.label()} ({variant}), table {spec}: token {bad['token']} of "
                           f"input {bad['input']} has {bad['stage']} {bad['got']}, expected {bad['expected']}",
                           {"counterexample": cex})
    sizes = heads_and_widths(shp)
    data = {"shape": shp.label(), "variant": variant, "tables": list(tables), "inputs": len(inputs),
            "loops": {"quantise": shp.loops_quantise, "context": shp.loops_context, "values": shp.loops_values,
                      "total": shp.loops},
            "paper_budget_r": paper_budget(shp), "contextual_ids": shp.K, **sizes, "trifling_width_per_line": f"1/{shp.slope}",
            "seconds": round(time.perf_counter() - start, 3)}
    return Outcome(Status.PROVED, f"{shp.label()}: all {len(inputs)} grid-boundary inputs × {len(tables)} tables get "
                   f"their token IDs after {shp.loops_quantise} loops, sequence IDs after "
                   f"{shp.loops_quantise + shp.loops_context}, values after {shp.loops}, unchanged up to the "
                   f"paper's budget r = {paper_budget(shp)} (exact, exhaustive)", data)


def replay(cex: dict) -> bool:
    """True if the counterexample still fails: re-run its one input and compare the named stage."""
    shp = XSShape(*cex["shape"])
    X = [[Fraction(v) for v in row] for row in cex["input"]]
    table = make_table(shp, cex["table"])
    bad = _first_failure(shp, [X], table, stage_values(shp, cex["variant"], table, [X]))
    return bad is not None and bad["stage"] == cex["stage"] and bad["got"] == cex["got"]


def trifling_probe(shape: list[int], variant: str = "correct") -> Outcome:
    """Inside the ramps the quantiser is not exact: at ``x = kδ + 1/(2M)`` the token ID after stage 1 is ``k − 1/2``.

    Checked for every ``k = 1 … D−1`` in coordinate 0 (the other coordinates at 0);
    this is the region the ``O((Mδ)^{-1} dN)^{1/p}`` term of variant A pays for.
    """
    shp = XSShape(*shape)
    half = Fraction(1, 2 * shp.slope)
    inputs = []
    for k in range(1, shp.D):
        X = [[Fraction(0)] * shp.N for _ in range(shp.d)]
        X[0][0] = Fraction(k, shp.D) + half
        inputs.append(X)
    after1, _, _ = stage_values(shp, variant, make_table(shp, "random:1"), inputs)
    got = [after1.item(b, layout(shp).row("z"), 0) for b in range(len(inputs))]
    want = [Fraction(2 * k - 1, 2) for k in range(1, shp.D)]
    data = {"shape": shp.label(), "probes": [str(X[0][0]) for X in inputs], "token_ids": [str(g) for g in got],
            "trifling_measure_per_coordinate": str(Fraction(shp.D - 1, shp.slope))}
    if got != want:
        return Outcome(Status.REFUTED, f"{shp.label()}: inside the ramps the token IDs are {data['token_ids']}, "
                       f"not the midpoints {[str(w) for w in want]}", {**data, "counterexample": data})
    return Outcome(Status.PROVED, f"{shp.label()}: at x = kδ + 1/(2M) stage 1 leaves z = k − 1/2 for every k: the "
                   f"quantiser is exact only off a region of measure (D−1)/M = {data['trifling_measure_per_coordinate']} "
                   f"per coordinate", data)
