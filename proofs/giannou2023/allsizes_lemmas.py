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
    """``V_N = 2^{N−1}·b_{N−1} + V_{N−1}`` with ``0 ≤ V_{N−1} ≤ 2^{N−1} − 1`` (definition + weighted_sum's range);

    hence the leading bit is 1 exactly when ``V_N ≥ 2^{N−1}``.
    """
    V, H, b = z3.Int("V"), z3.Int("H"), z3.Int("b")
    hyps = [H >= 1, V >= 0, V <= H - 1, z3.Or(b == 0, b == 1)]
    return [("split", hyps, z3.And(V + H * b >= 0, V + H * b <= 2 * H - 1)),
            ("leading bit", hyps, (b == 1) == (V + H * b >= H))]


def injective():
    """Two words are equal bit by bit exactly when their values are: ``V_i(x) = V_i(y) ⟺ x_g = y_g`` for all ``g < i``.

    ``E`` stands for "the low ``i`` bits agree"; the step adds bit ``i`` with weight ``P = 2^i``.
    """
    V, W, P, x, y, E = z3.Int("V"), z3.Int("W"), _I("P"), z3.Int("x"), z3.Int("y"), z3.Bool("E")
    return [("base i = 0", [], (z3.IntVal(0) == 0) == z3.BoolVal(True)),
            ("step i → i+1", [P >= 1, V >= 0, V <= P - 1, W >= 0, W <= P - 1, (V == W) == E, *_pm1(x, y)],
             (V + P * (x + 1) / 2 == W + P * (y + 1) / 2) == z3.And(E, x == y))]


def binary_digits():
    """The digits of ``r ≥ 0`` (as ``word_of`` writes them) have ``V_i = r mod 2^i``, in Euclidean form.

    Step: if ``r = q·P + V`` with ``0 ≤ V < P`` (so ``V = r mod P``) and the next digit is ``d = q mod 2``
    (``q = 2q' + d``), then ``r = q'·2P + (V + P·d)`` with ``0 ≤ V + P·d < 2P``, i.e. ``V + P·d = r mod 2P``.
    "So" and "i.e." are the uniqueness of Euclidean division, the third query.
    """
    r, P, V, q, q2, d, D, t, t2 = (z3.Int(n) for n in ("r", "P", "V", "q", "q2", "d", "D", "t", "t2"))
    return [("base i = 0", [r >= 0], r == r * 1 + 0),
            ("step i → i+1", [r >= 0, P >= 1, r == q * P + V, V >= 0, V < P, q == 2 * q2 + d, z3.Or(d == 0, d == 1)],
             z3.And(r == q2 * (2 * P) + (V + P * d), V + P * d >= 0, V + P * d < 2 * P)),
            ("Euclidean division is unique", [D >= 1, q * D + t == q2 * D + t2, t >= 0, t < D, t2 >= 0, t2 < D],
             z3.And(t == t2, q == q2))]


def complement():
    """Flipping every bit: ``V_i(−x) = 2^i − 1 − V_i(x)`` (for the chain: ``NOT a + 1 ≡ −a``)."""
    V, W, P, x = z3.Int("V"), z3.Int("W"), _I("P"), z3.Int("x")
    return [("base i = 0", [], 0 == 1 - 1 - 0),
            ("step i → i+1", [P >= 1, W == P - 1 - V, *_pm1(x)],
             W + P * (-x + 1) / 2 == 2 * P - 1 - (V + P * (x + 1) / 2))]


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
                                  msb_split, complement, codes, injective, binary_digits)}


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
