"""Small lemmas of Giannou et al. 2023 proved directly: positional codes, error correction, the gate constant."""
from __future__ import annotations

import itertools
import time
from fractions import Fraction

import numpy as np
import z3

from constructions.giannou2023 import SubleqShape
from constructions.giannou2023.variants import variant_network
from verify.claims import Outcome, Status
from verify.evidence import produces
from verify.forward import Evaluator
from verify.layout import positional_code
from verify.rational import RatArray
from verify.semantics import Exact
from verify.smt import ffn_row_function, solver_version
from verify.solver import check as z3check

__all__ = ["code_inner_products", "error_correction_ball"]


def code_inner_products(bits: int, bound_slack: int) -> Outcome:
    """Check ``p_i·p_j ≤ L − bound_slack`` for all ``1 ≤ i ≠ j < 2^L`` by exhaustive enumeration.

    Enumerating every pair is complete for a fixed ``L``.  Also reports the
    largest value and a pair attaining it; ``data["attained"]`` is true when
    that maximum equals the bound (the bound is then tight).
    """
    codes = [positional_code(i, bits) for i in range(1, 2**bits)]
    worst, witness = None, None
    for (i, p), (j, q) in itertools.permutations(enumerate(codes, start=1), 2):
        dot = sum(a * b for a, b in zip(p, q))
        if worst is None or dot > worst:
            worst, witness = dot, (i, j)
    for i, p in enumerate(codes, start=1):
        if sum(a * a for a in p) != bits:
            return Outcome(Status.REFUTED, f"L = {bits}: p_{i}·p_{i} ≠ L",
                           {"counterexample": {"i": i, "code": list(p), "norm2": sum(a * a for a in p)}})
    bound = bits - bound_slack
    i, j = witness
    recheck = sum(a * b for a, b in zip(codes[i - 1], codes[j - 1]))  # the witness pair, recomputed
    data = {"L": bits, "pairs": len(codes) * (len(codes) - 1), "max_inner_product": worst,
            "attained_at": [i, j], "bound": bound, "attained": worst == bound and recheck == worst}
    if worst > bound:
        return Outcome(Status.REFUTED, f"L = {bits}: p_{witness[0]}·p_{witness[1]} = {worst} > {bound}",
                       {**data, "counterexample": {"i": witness[0], "j": witness[1], "inner_product": worst}})
    return Outcome(Status.PROVED, f"L = {bits}: max over {data['pairs']} pairs of p_i·p_j (i ≠ j) is {worst} "
                   f"≤ {bound} (all pairs enumerated)", data)


def _replay_row(network, row: int, x: Fraction) -> Fraction:
    """Layer 10 of the real network (exact semantics) on one column whose ``row`` holds ``x``, all else 0."""
    layout = network.layout
    X = np.full((layout.d, layout.n), Fraction(0), dtype=object)
    X[row, 0] = Fraction(x)
    ev = Evaluator(network, Exact())
    index = [layer.name for layer in network.layers].index("error_correction")
    return Fraction(ev.layer(index, ev.input(RatArray.from_values(X))).item(row, 0))


def _ball_queries(x, y, r: Fraction):
    """The z3 queries for one row: the three balls, the gaps between them, and a witness just outside."""
    R = z3.RealVal(str(r))
    queries = [(f"ball around {v}", [x >= v - R, x <= v + R, y != v]) for v in (-1, 0, 1)]
    # nothing strictly between two balls is snapped onto a value of {-1, 0, 1}: the radius is not larger
    gap = z3.Or(z3.And(x > R, x < 1 - R), z3.And(x < -R, x > -1 + R))
    queries.append(("not beyond", [gap, z3.Or(y == -1, y == 0, y == 1)]))
    return queries


@produces("smt")
def error_correction_ball(shape: list[int], eps: str = "1/4", radius: str | None = None,
                          variant: str = "correct", C: str = "100") -> Outcome:
    """Layer 10 maps every real x with |x − v| ≤ r to exactly v (v ∈ {−1, 0, 1}), and no x in between.

    Proved in linear real arithmetic from the layer's own weights for *every*
    row the λ certificate relies on it for (every row of ``M``, ``PC`` and
    ``S_cmd``, :data:`constructions.giannou2023.temperature.SNAPPED`), at this
    machine size.  The reduction from the whole layer to one real function per
    row is checked, not assumed: the layer has no attention heads, and every
    hidden unit feeding such a row reads that row alone
    (:func:`verify.smt.ffn_row_function` refuses otherwise), so the row's
    output is a function of its own input; the feed-forward part acts on every
    column with the same weights (eq. (1b)), so one proof per row covers every
    column.  ``r`` defaults to ε.

    "Not beyond": z3 also proves that no x strictly between two balls
    (``r < |x| < 1 − r``) is mapped onto −1, 0 or 1, so the radius cannot be
    enlarged, and a concrete x just outside the ball is exhibited with its
    (unsnapped) output.  (Outside ``[−1, 1]`` the layer clamps to ±1; that is
    not part of the statement.)  A radius larger than the layer's ε fails the
    ball (REFUTED, with the x); a smaller one fails "not beyond" (REFUTED,
    with the x between the balls that is snapped anyway).
    """
    from constructions.giannou2023.temperature import SNAPPED

    start = time.perf_counter()
    network = variant_network(SubleqShape(*shape), variant).bind(C=Fraction(C), eps=Fraction(eps))
    layer = network.layer("error_correction")
    layout = network.layout
    r = Fraction(radius) if radius is not None else Fraction(eps)
    if not Fraction(0) < r < Fraction(1, 2):
        return Outcome(Status.ERROR, f"radius {r} outside (0, 1/2): the balls would overlap", {})
    if layer.heads:
        return Outcome(Status.REFUTED, "error correction has attention heads: a row's output is not a function "
                       "of that row alone", {"counterexample": {"heads": [h.name for h in layer.heads]}})
    rows = [row for block in SNAPPED for row in layout.rows(block)]
    written = layer.touched_rows()[1]
    missing = [layout.describe_row(row) for row in rows if row not in written]
    if missing:
        return Outcome(Status.REFUTED, f"error correction does not write {', '.join(missing)}",
                       {"counterexample": {"rows not written": missing}})
    queries, texts, witness = 0, [], None
    for row in rows:
        name = layout.describe_row(row)
        try:
            x, y = ffn_row_function(layer, row)
        except ValueError as err:
            return Outcome(Status.REFUTED, f"row {name}: {err}", {"counterexample": {"row": name,
                                                                                      "reason": str(err)}})
        for label, constraints in _ball_queries(x, y, r):
            s = z3.Solver()
            s.add(*constraints)
            verdict = z3check(s)
            queries += 1
            if len(texts) < 8:  # the first row's queries, as SMT-LIB for an independent re-check
                texts.append(f"; row {name}: {label}\n{s.to_smt2()}(reset)\n")
            if verdict == z3.sat:
                m = s.model()
                value = Fraction(str(m.eval(x)))
                cex = {"row": name, "x": str(value), "output": str(_replay_row(network, row, value)),
                       "statement": label, "radius": str(r), "eps": eps, "shape": list(shape), "variant": variant,
                       "replay": "proofs.giannou2023.lemmas._replay_row: layer 10 on the real network (exact), "
                                 "column 0 holding x in that row and 0 elsewhere"}
                what = ("is within {r} of a value but is moved to {y}" if label.startswith("ball")
                        else "lies between the balls but is snapped to {y}")
                return Outcome(Status.REFUTED, f"eps = {eps}, row {name}: x = {cex['x']} "
                               + what.format(r=r, y=cex["output"]), {"counterexample": cex})
            if verdict != z3.unsat:
                return Outcome(Status.UNKNOWN, f"row {name}: z3 could not decide '{label}'", {})
        if witness is None:  # a concrete value just outside the ball, and what the layer makes of it
            probe = r + Fraction(1, 64) * (Fraction(1, 2) - r)
            witness = {"row": name, "x": str(probe), "output": str(_replay_row(network, row, probe))}
    data = {"eps": eps, "radius": str(r), "shape": list(shape), "rows": len(rows),
            "row_blocks": list(SNAPPED), "queries": queries, "just_outside": witness,
            "seconds": round(time.perf_counter() - start, 3), "solver": solver_version()}
    return Outcome(Status.PROVED, f"{SubleqShape(*shape)}, eps = {eps}: on each of the {len(rows)} rows of "
                   f"{', '.join(SNAPPED)}, every x within {r} of -1, 0 or 1 is snapped exactly and no x strictly "
                   f"between the balls is (z3, real arithmetic, {queries} queries; x = {witness['x']} gives "
                   f"{witness['output']})", data, {"ball.smt2": "".join(texts)})
