"""The approximation rate of our block, certified in Arb, against both transcriptions of Theorem 3.6 (§B.4 [S]).

Setting: d = 1, N = 2, p = 2.  Off the trifling region our block computes a
piecewise-constant map — on each box of good intervals, token n gets the
table entry of its contextual ID, here ``round(Q·f(cell centre)_n)/Q`` —
proved equal to the network's output by :mod:`.grid` at the grid-proof
shapes only; at the larger δ used here the map is the reference semantics.
The squared L² error ``Σ_n ∫_box (f_n − a)²`` is integrated in closed form
over every box (exact rationals for polynomials, Arb balls at 128 bits for
``√x``).  The trifling region (measure ``1 − (1 − (D−1)/M)²``, reported) is
*not* bounded here: it is the source of variant A's ``O((Mδ)^{-1}dN)^{1/p}``
term, so only the leading terms of each variant are compared.

Targets (each with its moduli at p = 2 computed by hand, stated in
:data:`TARGETS`): ``x_n`` (Lipschitz, no context), ``√x_n`` (Hölder ½),
``(x_1 + x_2)/2`` (contextual).  Bounds at r loops use the stated
``δ = ((r − N)/2)^{-1/((N+1)d+1)}``:

* A: ``(Nd)^{1/p} [ω^tok(δ√d) + ω^cont(δ√(Nd)) + ω(δ√(Nd))]``
* B: ``(Nd)^{1/p} (ω^tok(δ√d) + ω^cont(δ√(Nd))) + ω(δ√(Nd))``

A measured error above a bound would not contradict it — the theorem asserts
that *some* network reaches the bound, not ours — so the outcome is
SAMPLED_OK when our certified error stays below the bound at every r tried
and UNKNOWN otherwise.
"""
from __future__ import annotations

import math
from fractions import Fraction
from math import isqrt

from flint import arb, ctx

from constructions.xusato2025.reference import XSShape, good_interval
from verify.claims import Outcome, Status

__all__ = ["TARGETS", "box_error", "rate_point", "rate_series", "bound"]

N, d, P = 2, 1, 2
_PREC = 128


def _a(x: Fraction) -> arb:
    return arb(x.numerator) / arb(x.denominator)


def _round_sqrt(v: Fraction) -> int:
    """``round(√v)`` for a rational ``v ≥ 0``, exactly."""
    m = isqrt(v.numerator // v.denominator)
    for cand in (m + 1, m):
        if (Fraction(2 * cand - 1, 2)) ** 2 <= v:
            return cand
    return 0


# per target: the value of token n at the centre, rounded to Q levels, and ∫(f_n − a)² over a box
def _lin_value(c, n, D, Q):
    return Fraction(round(Fraction(2 * c[n] + 1, 2 * D) * Q), Q)


def _lin_int(box, n, a):
    (l0, h0), (l1, h1) = box
    lo, hi = box[n]
    other = (h1 - l1) if n == 0 else (h0 - l0)
    return _a(other * (((hi - a) ** 3 - (lo - a) ** 3) / 3))


def _sqrt_value(c, n, D, Q):
    return Fraction(_round_sqrt(Fraction(2 * c[n] + 1, 2 * D) * Q * Q), Q)


def _sqrt_int(box, n, a):
    lo, hi = box[n]
    other = box[1 - n][1] - box[1 - n][0]
    F = lambda x: _a(x * x / 2 + a * a * x) - _a(4 * a / 3) * _a(x) * _a(x).sqrt()  # ∫ x − 2a√x + a²
    return _a(other) * (F(hi) - F(lo))


def _mean_value(c, n, D, Q):
    return Fraction(round(Fraction(c[0] + c[1] + 1, 2 * D) * Q), Q)


def _mean_int(box, n, a):
    # ∫∫ ((x+y)/2 − a)² dx dy: with s = (x+y)/2 − a, exactly by expanding
    (x0, x1), (y0, y1) = box
    lx, ly = x1 - x0, y1 - y0
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    vx, vy = lx * lx / 12, ly * ly / 12  # variances of the uniform law on each side
    mean = (mx + my) / 2 - a
    return _a(lx * ly * (mean * mean + (vx + vy) / 4))


#: name → (value, box integral, ω^tok(δ), ω^cont(δ), ω(δ)) at p = 2, d = 1, N = 2
TARGETS = {
    "lipschitz x_n": (_lin_value, _lin_int, lambda t: t, lambda t: 0 * t, lambda t: t),
    "holder sqrt(x_n)": (_sqrt_value, _sqrt_int, lambda t: t.sqrt(), lambda t: 0 * t,
                         lambda t: (arb(2).sqrt() * t).sqrt()),
    "contextual (x_1+x_2)/2": (_mean_value, _mean_int, lambda t: t / 2, lambda t: t / 2, lambda t: t),
}


def box_error(target: str, D: int, Q: int, M: int) -> arb:
    """``Σ_n ∫ (f_n − a_n)²`` over the good boxes (an Arb ball)."""
    value, integral = TARGETS[target][0], TARGETS[target][1]
    shape = XSShape(d, N, D, M=M)
    total = arb(0)
    for c0 in range(D):
        for c1 in range(D):
            box = (good_interval(shape, c0), good_interval(shape, c1))
            for n in range(N):
                total += integral(box, n, value((c0, c1), n, D, Q))
    return total


def bound(target: str, variant: str, r: int) -> arb:
    """The leading terms of variant A or B at ``r`` loops (stated δ)."""
    _, _, tok, cont, seq = TARGETS[target]
    delta = (arb(r - N) / 2) ** (-arb(1) / ((N + 1) * d + 1))
    scale = arb(N * d) ** (arb(1) / P)
    t_tok, t_ctx = delta * arb(d).sqrt(), delta * arb(N * d).sqrt()
    if variant == "A":
        return scale * (tok(t_tok) + cont(t_ctx) + seq(t_ctx))
    return scale * (tok(t_tok) + cont(t_ctx)) + seq(t_ctx)


def rate_point(target: str, D: int, Q: int = 1024) -> dict:
    ctx.prec = _PREC
    M = 1024 * D
    err = box_error(target, D, Q, M).sqrt()
    r = XSShape(d, N, D).loops  # our loop count at this grid
    trifling = 1 - (1 - Fraction(D - 1, M)) ** (N * d)
    return {"D": D, "r": r, "error": err, "A": bound(target, "A", r), "B": bound(target, "B", r),
            "trifling_measure": trifling}


def rate_series(target: str, Ds: list[int], Q: int = 1024) -> Outcome:
    """Certified errors at each grid ``D`` against both variants; a line plot per target."""
    rows, above, undecided = [], set(), set()
    for D in Ds:
        pt = rate_point(target, D, Q)
        row = {"D": D, "r": pt["r"], "error": pt["error"].str(8, radius=True),
               "bound_A": pt["A"].str(8, radius=True), "bound_B": pt["B"].str(8, radius=True),
               "trifling_measure": str(pt["trifling_measure"])}
        for v in "AB":
            if pt["error"] > pt[v]:
                above.add(v)
            elif not pt["error"] < pt[v]:
                undecided.add(v)
            row[f"below_{v}"] = bool(pt["error"] < pt[v])
        rows.append((pt, row))
    plot = {"kind": "line", "logy": True, "title": f"Xu & Sato 2025: L² error of our block, {target} (d=1, N=2, p=2)",
            "xlabel": "log10 r (loops of our block: D + N + D^{(N+1)d})", "ylabel": "L² error on the good region",
            "x": [round(math.log10(pt["r"]), 4) for pt, _ in rows],
            "series": {"ours (Arb, certified)": [float(pt["error"].mid()) for pt, _ in rows],
                       "variant A, leading terms": [float(pt["A"].mid()) for pt, _ in rows],
                       "variant B, leading terms": [float(pt["B"].mid()) for pt, _ in rows]}}
    first, last = rows[0][0], rows[-1][0]
    span = math.log(last["r"] / first["r"])
    slopes = {k: round(-math.log(float(last[k].mid()) / float(first[k].mid())) / span, 4)
              if len(rows) > 1 and float(first[k].mid()) > 0 and float(last[k].mid()) > 0 else None
              for k in ("error", "A", "B")}
    data = {"target": target, "Q": Q, "rows": [row for _, row in rows], "plots": [plot],
            "decay_exponent_in_r (float, first to last point)": slopes}
    if not above and not undecided:
        worst = max(pt["trifling_measure"] for pt, _ in rows)
        return Outcome(Status.SAMPLED_OK, f"{target}: our certified L² error on the good region is below the leading "
                       f"terms of both variants at every r tried ({', '.join(str(pt['r']) for pt, _ in rows)}); "
                       f"neither variant is contradicted (the trifling region, measure ≤ {float(worst):.1e}, and the "
                       f"O(·) terms are not bounded)", data)
    return Outcome(Status.UNKNOWN, f"{target}: our error exceeds variant(s) {sorted(above)} (undecided: "
                   f"{sorted(undecided)}) at some r — no contradiction: the theorem is about the best network, "
                   f"ours is one construction", data)


def network_table(target: str, D: int, Q: int) -> list[list[int]]:
    """The block's lookup table for ``target`` (d = 1, N = 2): entry ``Q·value`` per contextual ID.

    A contextual ID ``D·(D·z_max + z_min) + z_n`` names the multiset of the two
    cells and the token's own cell; IDs no input reaches get 0.
    """
    value = TARGETS[target][0]
    table = [[0] for _ in range(D ** 3)]
    for c0 in range(D):
        for c1 in range(D):
            for n in range(N):
                cid = D * (D * max(c0, c1) + min(c0, c1)) + (c0, c1)[n]
                table[cid] = [int(value((c0, c1), n, D, Q) * Q)]
    return table
