"""Small lemmas of Giannou et al. 2023 proved directly: positional codes, error correction, the gate constant."""
from __future__ import annotations

import itertools
import time
from fractions import Fraction

import z3

from constructions.giannou2023 import SubleqShape
from constructions.giannou2023.variants import variant_network
from verify.claims import Outcome, Status
from verify.layout import positional_code
from verify.smt import ffn_row_function, solver_version

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


def error_correction_ball(shape: list[int], eps: str = "1/4", radius: str | None = None,
                          variant: str = "correct") -> Outcome:
    """Layer 10 maps every real x with |x − v| ≤ r to exactly v, for v ∈ {−1, 0, 1} (r defaults to ε).

    Proved in linear real arithmetic for one memory row from the layer's own
    weights, and shown tight: just outside the radius the output moves.
    """
    start = time.perf_counter()
    network = variant_network(SubleqShape(*shape), variant).bind(C=100, eps=Fraction(eps))
    layer = network.layer("error_correction")
    row = network.layout.row("M", 0)
    x, y = ffn_row_function(layer, row)
    r = Fraction(radius) if radius is not None else Fraction(eps)
    results = {}
    for v in (-1, 0, 1):
        s = z3.Solver()
        s.add(x >= v - z3.RealVal(str(r)), x <= v + z3.RealVal(str(r)), y != v)
        verdict = s.check()
        if verdict == z3.sat:
            value = s.model().eval(x)
            return Outcome(Status.REFUTED, f"eps = {eps}: x = {value} is within {r} of {v} but the layer gives "
                           f"{s.model().eval(y)}", {"counterexample": {"x": str(value), "v": v}})
        if verdict != z3.unsat:
            return Outcome(Status.UNKNOWN, f"z3 could not decide the ball around {v}", {})
        results[v] = "proved"
    # tightness: a point just outside the radius, between the flat regions, is not snapped
    outside = r + Fraction(1, 64) * (Fraction(1, 2) - r)
    s = z3.Solver()
    s.add(x == z3.RealVal(str(outside)), y == 0)
    tight = s.check() == z3.unsat
    data = {"eps": eps, "radius": str(r), "row": network.layout.describe_row(row), "balls": results,
            "moves_just_outside": tight, "probe": str(outside), "seconds": round(time.perf_counter() - start, 3),
            "solver": solver_version()}
    return Outcome(Status.PROVED, f"eps = {eps}: every x within {r} of -1, 0 or 1 is snapped exactly "
                   f"(z3, real arithmetic){'; at x = ' + str(outside) + ' it is not' if tight else ''}", data)
