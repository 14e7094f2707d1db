"""Tasks for the linearised-softmax product block (c) of Giannou et al. 2023: its contract, its certified
entrywise error, and the padding C a target error needs.

Each task takes JSON-able keyword arguments and returns an
:class:`~verify.claims.Outcome`; the proofs use :mod:`.block_algebra`.
"""
from __future__ import annotations

import math
import time
from fractions import Fraction

import mpmath
import sympy as sp

from constructions.giannou2023 import matmul
from constructions.giannou2023.function_block import sequence_length
from verify.arb import lower, precision, upper
from verify.bounds import arb_callable, arb_gradient, fraction_ball, sup_abs
from verify.claims import Outcome, Status

from .block_algebra import arb_value, check_layer, mismatch_outcome, operands, run_network

__all__ = ['matmul_exact_form', 'matmul_bound', 'matmul_smallest_padding']


def _mm_params(k, c, C, G, K, bits=64, n=None):
    return matmul.parameters(k, Fraction(c), Fraction(C), Fraction(G), Fraction(K), bits, n=n)


def matmul_exact_form(k: int, c: str, C: str, G: str = "40", K: str = "64", GA: str = "1", GB: str = "1",
                      perturb_mu: str | None = None) -> Outcome:
    """Both layers of the bound product block equal their contracts on ``|A| ≤ G_A``, ``|B| ≤ G_B``."""
    start = time.perf_counter()
    p = _mm_params(k, c, C, G, K)
    net = matmul.matmul_network(k)
    bind = dict(p)
    if perturb_mu:
        bind["mu"] = p["mu"] + Fraction(perturb_mu)
    bound = net.bind(**bind)
    lay, n = bound.layout, bound.layout.n
    A, B, box, X, O = operands(lay, k, GA, GB)
    GB_ = Fraction(GB)
    exp1 = {}
    for j in range(k):
        bt = matmul.copy_expression(B, j, p["G"], n)
        for r in range(k):
            exp1[(lay.row("mm.q", r), O[j])] = bt[r]
    diffs = []
    bad = check_layer(bound.layers[0], X, exp1, box, layout=lay, diffs=diffs)
    q = [[sp.Symbol(f"q{r}{j}") for j in range(k)] for r in range(k)]
    X2 = sp.Matrix(X)
    for j in range(k):
        for r in range(k):
            X2[lay.row("mm.q", r), O[j]] = q[r][j]
    box2 = {**box, **{s: (-GB_, GB_) for row in q for s in row}}
    exp2 = {}
    for j in range(k):
        for r in range(k):
            exp2[(lay.row("mm.q", r), O[j])] = sp.Integer(0)
        for i in range(k):
            exp2[(lay.row("mm.out", i), O[j])] = matmul.product_expression(
                A, [q[r][j] for r in range(k)], i, p["c"], p["C"], p["mu"], n)
    bad += check_layer(bound.layers[1], X2, exp2, box2, layout=lay, diffs=diffs)
    data = {"k": k, "n": n, "c": str(p["c"]), "C": str(p["C"]), "mu": str(bind["mu"]), "G": str(p["G"]),
            "box": f"|A_ij| <= {GA}, |B_ij| <= {GB}", "seconds": round(time.perf_counter() - start, 3),
            "network_hash": net.content_hash()}
    if bad:
        return mismatch_outcome(f"k = {k}: a layer does not meet its contract", bad, diffs, box2, data)
    return Outcome(Status.PROVED, f"k = {k}, n = {n}: layer 1 stores b̃_j = (e^G b_j + Σ_(l≠j) b_l)/(e^G + n − 1) "
                   f"on O_j, layer 2 gives μ e^(c a_i·b̃_j)/Z_j − 1/c there, every other cell as contracted "
                   f"(sympy, exact softmax, ReLUs decided on the box)", data)


def _mm_corner_witness(bound, k: int, GA: Fraction, GB: Fraction):
    """The largest |network − AᵀB| over the corner configurations (column 0 of A and the rest at ±G_A, B = G_B)."""
    lay = bound.layout
    O = list(lay.cols("O"))
    best, best_in = mpmath.mpf(0), None
    for s0 in (1, -1):
        for s1 in (1, -1):
            A = [[s0 * GA if j == 0 else s1 * GA for j in range(k)] for _ in range(k)]
            B = [[GB for _ in range(k)] for _ in range(k)]
            Y = run_network(bound, A, B)
            with mpmath.workdps(60):
                for j in range(k):
                    for i in range(k):
                        exact = sum(Fraction(A[r][i]) * Fraction(B[r][j]) for r in range(k))
                        e = abs(Y[lay.row("mm.out", i), O[j]] - mpmath.mpf(exact.numerator) / exact.denominator)
                        if e > best:
                            best, best_in = e, {"A": [[str(v) for v in row] for row in A],
                                                "B": [[str(v) for v in row] for row in B], "entry": [i, j]}
    return best, best_in


def matmul_bound(k: int, c: str, C: str, G: str = "40", K: str = "64", GA: str = "1", GB: str = "1",
                 bits: int = 64, target: str | None = None, max_seconds: float = 20.0, n: int | None = None) -> Outcome:
    """Certified ``max_ij |out_ij − (AᵀB)_ij|`` over ``|A| ≤ G_A``, ``|B| ≤ G_B`` for the bound product block.

    The closed form (proved equal to the network by :func:`matmul_exact_form`)
    is ``g(s, S) + s − a_i·b_j`` per entry, with ``s = a_i·b̃_j ∈ [−B0, B0]`` and
    ``S = Σ_(l≠i) e^(c a_l·b̃_j) ∈ [(k−1)e^(−cB0), (k−1)e^(cB0)]``; the search
    treats ``(s, S)`` as free in that rectangle (a relaxation: the bound stays
    rigorous) and adds the exact copy error ``k G_A · 2G_B(k − 1)/(e^G + n − 1)``.
    ``target``: an ε to certify the bound against.  ``n``: the block embedded in a sequence of ``n``
    columns (the FLEQ machine; ``mu`` recomputed for it); the network witness is then skipped.
    """
    start = time.perf_counter()
    standalone = n is None or n == sequence_length(k)
    n = sequence_length(k) if n is None else n
    p = _mm_params(k, c, C, G, K, bits, n=n)
    GA_, GB_ = Fraction(GA), Fraction(GB)
    B0 = k * GA_ * GB_
    s, S = sp.Symbol("s"), sp.Symbol("S")
    g = matmul.entry_error_expression(s, S, p["c"], p["C"], p["mu"], n, k)
    with precision(256):
        eU = fraction_ball(p["c"] * B0).exp()
        Slo = lower((k - 1) / eU) if k > 1 else Fraction(0)
        Shi = upper((k - 1) * eU) if k > 1 else Fraction(0)
    box = [(-B0, B0), (Slo, Shi)]
    f = arb_callable(g, [s, S])
    r = sup_abs(f, box, grad=arb_gradient(g, [s, S]), max_seconds=max_seconds,
                seeds=[(B0, Slo), (B0, Shi), (-B0, Slo), (-B0, Shi)])
    copy_term = matmul.epsilon_terms(p["c"], p["C"], k, n, GA_, GB_, p["G"])["copy"]
    copy_up = upper(arb_value(copy_term)) if k > 1 else Fraction(0)
    mu_err = Fraction(1, 2**bits)
    formula = matmul.epsilon(p["c"], p["C"], k, n, GA_, GB_, p["G"], mu_err)
    formula_up = upper(arb_value(formula))
    # the reference notes' [I] form: c·B0²·e^U/2 + k·e^{2U}/(c·e^C) (valid too, looser in its padding term)
    U = p["c"] * B0
    notes_form = p["c"] * B0**2 * sp.exp(U) / 2 + k * sp.exp(2 * U) / (p["c"] * sp.exp(p["C"]))
    if r.certified is not None and r.certified + copy_up > formula_up:
        # tighten until the derived formula is certified too (or the budget runs out)
        r = sup_abs(f, box, grad=arb_gradient(g, [s, S]), max_seconds=max_seconds, ratio=Fraction(1),
                    floor=formula_up - copy_up, seeds=[(B0, Slo), (B0, Shi), (-B0, Slo), (-B0, Shi)])
    if standalone:
        wit, wit_in = _mm_corner_witness(matmul.matmul_network(k).bind(**p), k, GA_, GB_)
    else:
        wit, wit_in = mpmath.mpf(r.witnessed.numerator) / r.witnessed.denominator, {"search": r.to_json()["witness"]}
    data = {"k": k, "n": n, "c": str(p["c"]), "C": str(p["C"]), "mu": str(p["mu"]), "G": str(p["G"]),
            "box": f"|A_ij| <= {GA}, |B_ij| <= {GB}", "relaxed_search": r.to_json(),
            "copy_term": float(copy_up), "formula": float(formula_up),
            "formula_terms": {kk: float(upper(arb_value(v))) for kk, v in
                              matmul.epsilon_terms(p["c"], p["C"], k, n, GA_, GB_, p["G"], mu_err).items()},
            "network_witness_error": float(wit), "network_witness": wit_in,
            "network_hash": matmul.matmul_network(k).content_hash() if standalone else None,
            "notes_formula": float(upper(arb_value(notes_form)))}
    if r.certified is None:
        return Outcome(Status.UNKNOWN, f"k = {k}: the relaxed search found no finite bound", data)
    certified = r.certified + copy_up
    data["certified"] = float(certified)
    data["certified_exact"] = str(certified)
    data["tightness"] = float(certified / Fraction(mpmath.nstr(wit, 30))) if wit > 0 else math.inf
    data["seconds"] = round(time.perf_counter() - start, 3)
    formula_ok = certified <= formula_up
    data["formula_bounds_certified"] = formula_ok
    summary = (f"k = {k}, c = {p['c']}, C = {p['C']}: certified max|out − AᵀB| ≤ {float(certified):.4g} on "
               f"|A|,|B| ≤ {GA},{GB}; network witnessed {float(wit):.4g} (tightness {data['tightness']:.3f}, "
               f"{r.stop}); derived ε formula {float(formula_up):.4g}")
    if not formula_ok:
        # only the network's own error at a concrete input refutes the formula; the relaxed search merely
        # failing to certify it is undecided
        if standalone and _exceeds(wit, formula_up):
            data["counterexample"] = {**wit_in, "network_error": float(wit), "formula": float(formula_up)}
            return Outcome(Status.REFUTED, summary + " — the network's error at the witness exceeds the derived "
                           "formula: it is NOT an upper bound", data)
        return Outcome(Status.UNKNOWN, summary + " — the derived formula was not certified (the search stopped "
                       "above it; no input exceeds it)", data)
    if target is not None:
        t = Fraction(target)
        data["target"] = float(t)
        if certified <= t:
            return Outcome(Status.PROVED, summary + f"; ≤ target {float(t):.4g}", data)
        if standalone and _exceeds(wit, t):
            data["counterexample"] = {**wit_in, "network_error": float(wit), "target": float(t)}
            return Outcome(Status.REFUTED, summary + f"; the network exceeds the target {float(t):.4g}", data)
        return Outcome(Status.UNKNOWN, summary + f"; target {float(t):.4g} not certified", data)
    return Outcome(Status.PROVED, summary, data)


def _exceeds(value: mpmath.mpf, bound: Fraction) -> bool:
    """``value > bound`` by more than the 60-digit evaluation could blur (10^-40 relative)."""
    with mpmath.workdps(60):
        b = mpmath.mpf(bound.numerator) / bound.denominator
        return value - b > abs(b) * mpmath.mpf(10) ** -40


def matmul_smallest_padding(k: int, c: str, target: str, G: str = "40", K: str = "64", GA: str = "1",
                            GB: str = "1", step: str = "1/4", max_seconds: float = 10.0) -> Outcome:
    """The padding C for a target ε: from the derived formula, and the least C on a grid of ``step``.

    The formula's C (rounded up to the grid) is certified (Arb).  A bisection
    proposes the smallest grid C with a certified error ≤ ε; it is called the
    *least* grid C only if it is certified and the network itself errs by more
    than ε (a replayable corner input) at **every** grid point below it —
    the bisection's monotonicity is not assumed.  Otherwise it is reported as a
    certified C.
    """
    n = sequence_length(k)
    cc, t, st = Fraction(c), Fraction(target), Fraction(step)
    Cf = matmul.smallest_padding(t, cc, k, n, Fraction(GA), Fraction(GB), Fraction(G), Fraction(1, 2**64))
    if Cf is None:
        return Outcome(Status.UNKNOWN, f"the derived formula reaches no ε = {target} at c = {c}: its linearisation "
                       f"term alone exceeds it (the network was not searched)", {"k": k, "c": c, "target": target})
    Cv = upper(arb_value(Cf))
    C_grid = math.ceil(Cv / st) * st
    at = matmul_bound(k, c, str(C_grid), G, K, GA, GB, target=target, max_seconds=max_seconds)

    def certified_ok(Cx):
        o = matmul_bound(k, c, str(Cx), G, K, GA, GB, max_seconds=max_seconds)
        return "certified_exact" in o.data and Fraction(o.data["certified_exact"]) <= t

    lo, hi = Fraction(0), C_grid  # certified_ok(hi) holds if `at` proved
    while hi - lo > st:
        mid = math.floor((lo + hi) / 2 / st) * st
        if mid <= lo:
            mid = lo + st
        if certified_ok(mid):
            hi = mid
        else:
            lo = mid
    hi_ok = hi == C_grid and at.status == Status.PROVED or certified_ok(hi)
    # every grid point below hi: the network's own error at the corner inputs, against ε
    GA_, GB_ = Fraction(GA), Fraction(GB)
    below, first_pass = [], None
    grid = [i * st for i in range(int(hi / st))]
    for Cx in grid:
        net = matmul.matmul_network(k).bind(**_mm_params(k, c, str(Cx), G, K))
        wit, wit_in = _mm_corner_witness(net, k, GA_, GB_)
        below.append([str(Cx), float(wit)])
        if not _exceeds(wit, t):
            first_pass = first_pass or str(Cx)
    data = {"k": k, "c": c, "target": float(t), "formula_C": float(Cv), "formula_C_grid": str(C_grid),
            "certified_at_formula_C": at.data.get("certified"), "bisection_C": str(hi), "bisection_C_certified": hi_ok,
            "network_error_below": below, "grid_points_below_that_do_not_fail": first_pass}
    least = hi_ok and first_pass is None and bool(grid)
    data["least_on_grid"] = least
    if least:
        data["smallest_certified_C"] = str(hi)
        cex_C, cex_err = below[-1]
        data["witness_below"] = {"C": cex_C, "network_error": cex_err, "target": float(t), "inputs": wit_in}
    head = (f"ε = {float(t):.3g}, c = {c}, k = {k}: the derived formula asks C ≥ {float(Cv):.4f} (certified error "
            f"there {float(at.data.get('certified', float('nan'))):.4g}); ")
    if least:
        summary = head + (f"C = {hi} is the least C on the 1/{float(1 / st):g} grid: its error is certified ≤ ε, and "
                          f"at each of the {len(grid)} grid points below it the network itself errs by more than ε "
                          f"(at {hi - st}: {below[-1][1]:.4g})")
    elif hi_ok:
        summary = head + (f"C = {hi} is a certified C on the 1/{float(1 / st):g} grid (not shown least: at "
                          f"{first_pass} the network's corner error does not exceed ε)")
    else:
        summary = head + "the bisection's C was not certified"
    if at.status != Status.PROVED:
        if "counterexample" in at.data:  # the network exceeds ε at the formula's C: a replayable input
            data["counterexample"] = {"C": str(C_grid), **at.data["counterexample"]}
        return Outcome(at.status, summary + " — the formula's C was not certified", data)
    return Outcome(Status.PROVED, summary, data)
