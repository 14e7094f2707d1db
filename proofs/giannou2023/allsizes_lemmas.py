"""Arithmetic lemmas behind the all-sizes SUBLEQ proofs, each by induction: base case and step as z3 queries.

Notation: a word is ±1 bits ``x_g`` (``g = 0`` the least significant, stored
at offset ``width − 1 − g``, MSB first as in the punchcard); ``b_g = (x_g + 1)/2``.
``V_i = Σ_{g<i} 2^g b_g`` (the unsigned value of the low ``i`` bits — the
contracts' ``unsigned`` is the Horner form of ``V_width``), ``S_i = Σ_{g<i}
2^{g−1} x_g`` (what the adder's hidden units sum), ``Pos_k = Σ_{g<k} b_g``.
Powers of two with a symbolic exponent are z3 integers (``P = 2^i ≥ 1``).

Integer ``/`` below is z3's integer division; it is only applied to ``x + 1``
(or a multiple of it) with ``x = ±1``, which is even, so it is exact.
Each lemma is a list of named queries; a query is proved when the negation of
its claim under its hypotheses is unsatisfiable.  The inductions are over
``i`` (one more bit: ``S_{i+1} = S_i + 2^{i−1} x_i``, ``V_{i+1} = V_i + 2^i b_i``).
"""
from __future__ import annotations

import z3

from verify.solver import check as z3check

__all__ = ["LEMMAS", "prove_lemmas", "check"]

_I = z3.Int


def _pm1(*xs):
    return [z3.Or(x == 1, x == -1) for x in xs]


def _b(x):
    return (x + 1) / z3.RealVal(2)


def weighted_sum():
    """``S_i + (2^i − 1)/2 = V_i`` and ``0 ≤ V_i ≤ 2^i − 1`` (the adder's sum of weighted bits)."""
    S, V, P, x = z3.Real("S"), z3.Real("V"), _I("P"), _I("x")
    base = ("base i = 0", [], z3.And(0 + (1 - 1) / z3.RealVal(2) == 0, 0 <= 0))
    step = ("step i → i+1", [P >= 1, S + (P - 1) / z3.RealVal(2) == V, V >= 0, V <= P - 1, *_pm1(x)],
            z3.And(S + P / z3.RealVal(2) * x + (2 * P - 1) / z3.RealVal(2) == V + P * _b(x),
                   V + P * _b(x) >= 0, V + P * _b(x) <= 2 * P - 1))
    return [base, step]


def unsigned_split():
    """``V_{i+t} = V_i + 2^i·K_t`` with ``K_t`` a non-negative integer (induction on t)."""
    Vi, Vt, K, P, Q, x = z3.Int("Vi"), z3.Int("Vt"), z3.Int("K"), _I("P"), _I("Q"), _I("x")
    base = ("base t = 0 (K_0 = 0)", [], Vi == Vi + P * 0)
    K2 = K + Q * (x + 1) / 2
    step = ("step t → t+1", [P >= 1, Q >= 1, K >= 0, Vt == Vi + P * K, *_pm1(x)],
            z3.And(Vt + P * Q * (x + 1) / 2 == Vi + P * K2, K2 >= 0, (x + 1) % 2 == 0))
    return [base, step]


def low_bits():
    """Bit ``i`` (weight ``H = 2^{i−1}``) of ``(u + 2H·K) mod 2H·R`` is bit ``i`` of ``u`` (integers u, K; R ≥ 1).

    First query: the reduction mod ``2^N = 2H·R`` keeps the form ``u + 2H·K'``; second: adding ``2H·K'``
    to ``u = qH + r`` (any integer, ``0 ≤ r < H``) does not change ``(· div H) mod 2``.
    """
    u, K, H, R, q, r = (z3.Int(n) for n in ("u", "K", "H", "R", "q", "r"))
    M = 2 * H * R
    X = u + 2 * H * K
    return [("mod 2^N keeps the form u + 2H·K'", [H >= 1, R >= 1], X % M == u + 2 * H * (K - R * (X / M))),
            ("shift", [H >= 1, r >= 0, r < H], (((q * H + r) + 2 * H * K) / H) % 2 == ((q * H + r) / H) % 2)]


def bit_cases():
    """For ``0 ≤ u < 4H``: ``(u div H) mod 2 = [u ≥ 3H] ∨ (H ≤ u < 2H)`` (the form the layer proofs use)."""
    u, H = z3.Int("u"), z3.Int("H")
    ite = z3.If(u >= 3 * H, 1, z3.If(u >= 2 * H, 0, z3.If(u >= H, 1, 0)))
    return [("cases", [H >= 1, u >= 0, u < 4 * H], (u / H) % 2 == ite)]


def count_sum():
    """``Σ_{g<k} x_g = 2·Pos_k − k`` and ``0 ≤ Pos_k ≤ k`` (the flag's zero test)."""
    Sx, Pos, k, x = z3.Int("Sx"), z3.Int("Pos"), z3.Int("k"), z3.Int("x")
    return [("base k = 0", [], z3.And(0 == 2 * 0 - 0)),
            ("step k → k+1", [k >= 0, Sx == 2 * Pos - k, Pos >= 0, Pos <= k, *_pm1(x)],
             z3.And(Sx + x == 2 * (Pos + (x + 1) / 2) - (k + 1), Pos + (x + 1) / 2 >= 0,
                    Pos + (x + 1) / 2 <= k + 1))]


def zero_word():
    """``V_k = 0 ⟺ Pos_k = 0`` (a word is 0 exactly when every bit is −1)."""
    V, Pos, P, b = z3.Int("V"), z3.Int("Pos"), _I("P"), z3.Int("b")
    return [("base k = 0", [], (0 == 0) == (0 == 0)),
            ("step k → k+1", [P >= 1, V >= 0, Pos >= 0, (V == 0) == (Pos == 0), z3.Or(b == 0, b == 1)],
             (V + P * b == 0) == (Pos + b == 0))]


def msb_split():
    """``V_N = 2^{N−1}·b_{N−1} + V_{N−1}`` with ``0 ≤ V_{N−1} ≤ 2^{N−1} − 1`` (definition + weighted_sum's range)."""
    V, H, b = z3.Int("V"), z3.Int("H"), z3.Int("b")
    return [("split", [H >= 1, V >= 0, V <= H - 1, z3.Or(b == 0, b == 1)],
             z3.And(V + H * b >= 0, V + H * b <= 2 * H - 1))]


def complement():
    """Flipping every bit: ``V_i(−x) = 2^i − 1 − V_i(x)`` (for the chain: ``NOT a + 1 ≡ −a``)."""
    V, W, P, x = z3.Int("V"), z3.Int("W"), _I("P"), z3.Int("x")
    return [("base i = 0", [], 0 == 1 - 1 - 0),
            ("step i → i+1", [P >= 1, W == P - 1 - V, *_pm1(x)],
             W + P * (-x + 1) / 2 == 2 * P - 1 - (V + P * (x + 1) / 2))]


def modular_chain():
    """``U_b + (2^N − 1 − U_a) + 1 − (s_b − s_a)`` is a multiple of ``2^N`` (``s = U − 2^N·msb``): same word."""
    Ua, Ub, P, ma, mb = (z3.Int(n) for n in ("Ua", "Ub", "P", "ma", "mb"))
    sa, sb = Ua - P * ma, Ub - P * mb
    lhs = Ub + (P - 1 - Ua) + 1
    return [("difference", [P >= 2, z3.Or(ma == 0, ma == 1), z3.Or(mb == 0, mb == 1)],
             lhs - (sb - sa) == P * (1 + mb - ma))]  # the multiple, k = 1 + msb_b − msb_a, given explicitly


def codes():
    """``Σ_{k<L} a_k c_k = L − 2D``, ``0 ≤ D ≤ L``, ``D = 0 ⟺ a = c`` for ±1 codes; ``Σ a_k a_k = L``; gap ≥ 2."""
    Sm, D, Lk, a, c, eq = z3.Int("Sm"), z3.Int("D"), z3.Int("Lk"), z3.Int("a"), z3.Int("c"), z3.Bool("eq")
    return [("base L = 0", [], z3.And(0 == 0 - 2 * 0)),
            ("step L → L+1", [Lk >= 0, Sm == Lk - 2 * D, D >= 0, D <= Lk, eq == (D == 0), *_pm1(a, c)],
             z3.And(Sm + a * c == (Lk + 1) - 2 * (D + z3.If(a == c, 0, 1)), D + z3.If(a == c, 0, 1) <= Lk + 1,
                    (z3.And(eq, a == c)) == (D + z3.If(a == c, 0, 1) == 0))),
            ("self product step", [*_pm1(a)], a * a == 1),
            ("gap: distinct codes score at most L − 2", [Lk >= 1, Sm == Lk - 2 * D, D >= 0, D <= Lk, eq == (D == 0),
                                                         z3.Not(eq)], Sm <= Lk - 2)]


LEMMAS = {f.__name__: f for f in (weighted_sum, unsigned_split, low_bits, bit_cases, count_sum, zero_word,
                                  msb_split, complement, modular_chain, codes)}


def prove_lemmas(names=None, timeout_ms: int = 10_000) -> list[tuple[str, str]]:
    """``[(lemma/query, status)]`` for the named lemmas (all by default)."""
    out = []
    for name in names or LEMMAS:
        for qname, hyps, claim in LEMMAS[name]():
            out.append((f"{name}/{qname}", check(hyps, claim, timeout_ms)))
    return out


def check(hyps, claim, timeout_ms: int = 10_000, seeds=(0, 1, 2)) -> str:
    """``proved`` / ``refuted`` / ``vacuous`` (contradictory hypotheses) / ``unknown``.

    Non-linear integer queries may come back ``unknown`` depending on the
    solver's random seed; an ``unknown`` is retried with the next seed (an
    ``unsat`` under any seed is a proof).
    """
    for seed in seeds:
        s = z3.Solver()
        s.set(timeout=timeout_ms, random_seed=seed)
        s.add(*hyps)
        first = z3check(s, label="hypotheses satisfiable")
        if first == z3.unsat:  # contradictory hypotheses would prove anything
            return "vacuous"
        s.add(z3.Not(claim))
        r = z3check(s, label="claim")
        if r == z3.unsat and first == z3.sat:
            return "proved"
        if r == z3.sat:
            return "refuted"
    return "unknown"
