"""The gadget identities of the looped ReLU-MLP for every size: z3 queries with the sizes symbolic.

Each lemma is about one gadget family of :mod:`constructions.liang2025.network`
("01" bits: every bit a z3 integer in {0, 1}); a fact about all bit positions
(or all fan-ins) is proved by induction, **base case and inductive step as
separate queries**, with the size, the position and ``P = 2^position`` symbolic
(``P`` an integer ≥ 1, doubled by the step).  A query is the negation of its
goal under its hypotheses: ``unsat`` proves it.

=================  =====================================================================
lemma              statement (for every size)
=================  =====================================================================
``conj``           ReLU(Σ_{i<K} y_i − (K−1)) = y_1 ∧ … ∧ y_K for bits y, every K ≥ 1
                   (address match K = L, gated products K = 2, T_{j,r}, C_t, zero test)
``literal``        the match's per-bit term (x if c_t else 1 − x) is [x = c_t]
``code``           ∧_t [x_t = c_t] ⟺ Σ_t 2^t x_t = Σ_t 2^t c_t, and 0 ≤ Σ_t 2^t x_t < 2^L
                   (the match is 1 iff the codes are equal; binary digits are unique)
``pm1``            ⟨p(x), p(c)⟩ = L − 2·Hamming(x, c) for the ±1 codes p(x)_t = 2x_t − 1
``exclusive``      distinct columns: at most one address match holds
``onehot``         at most one h_j ⟹ Σ_j [h_j ∧ x_j] = [∨_j (h_j ∧ x_j)] (read-outs I, A, B)
``copy``           ReLU(x) = x for a bit x (carried units)
``xnor``           1 − [B∧¬A] − [A∧¬B] = [A = B]; generate and propagate are exclusive
``scale_sum``      Σ_j [t_j ∧ p] = p · Σ_j t_j (the lookahead terms T_{j,r+1} = T_{j,r} ∧ p_r)
``carry``          c_{r+1} = g_r + p_r·c_r ∈ {0, 1} (c_0 = 1): c_r is the carry of B + ¬A + 1
``ripple_sub``     Σ_{r<R} 2^r D_r + 2^R c_R = Σ_{r<R} 2^r B_r + (2^R − 1 − Σ_{r<R} 2^r A_r) + 1,
                   0 ≤ Σ 2^r D_r < 2^R, with D_r = p_r + c_r − 2·p_r c_r; at R = N:
                   Σ 2^r D_r = B − A + 2^N·(1 − c_N) = (B − A) mod 2^N
``increment``      Σ_{t<T} 2^t q_t + 2^T C_{T−1} = Σ_{t<T} 2^t pc_t + 1 with C_t = C_{t−1} ∧ pc_t,
                   q_t = pc_t + C_{t−1} − 2 C_t (C_{−1} = 1): q = (pc + 1) mod 2^L
``zero``           ∧_r ¬D_r ⟺ Σ_r 2^r D_r = 0
``cond``           zero + D_{N−1} = [signed_N(Σ 2^r D_r) ≤ 0] (two's complement, every N ≥ 2)
``mux``            [D ∧ h] + [M ∧ ¬h] = (h ? D : M) (the write multiplexer, pc' = mux(cond, c, q))
=================  =====================================================================

``broken`` names a deliberately wrong gadget (:data:`BROKEN`): the same queries
must then fail (``sat``, with a model) — the sibling tests.
"""
from __future__ import annotations

import z3

from verify.solver import check as z3check

__all__ = ["LEMMAS", "BROKEN", "queries", "prove"]

#: Broken gadgets: name -> (lemma, what is changed).
BROKEN = {
    "conj_bias": ("conj", "address-match / gate bias −(K−1) replaced by −(K−2)"),
    "literal_flip": ("literal", "a 0 bit of the column read as x instead of 1 − x"),
    "code_weight": ("code", "bit t weighted 2^t − 1 instead of 2^t"),
    "pm1_hamming": ("pm1", "⟨p(x), p(c)⟩ read as L − Hamming (factor 2 dropped)"),
    "exclusive_shared": ("exclusive", "two commands given the same column"),
    "copy_bias": ("copy", "a carried unit copied as ReLU(x − 1)"),
    "scale_or": ("scale_sum", "T_{j,r+1} = T_{j,r} ∨ p_r instead of ∧"),
    "onehot_weight": ("onehot", "one read-out term weighted 2 instead of 1"),
    "xnor_sign": ("xnor", "p = 1 − g + k instead of 1 − g − k"),
    "carry_at3": ("carry", "carry recurrence c_{r+1} = g_r + c_r (propagate dropped) at bit r = 3"),
    "sum_at3": ("ripple_sub", "D_r = p_r + c_r − 1·p_r c_r (coefficient −1, not −2) at bit r = 3"),
    "inc_at2": ("increment", "q_t = pc_t + C_{t−1} − 1·C_t at bit t = 2"),
    "zero_weight": ("zero", "zero test weights D_r by 2^r − 1"),
    "cond_sign": ("cond", "cond = zero (the sign bit D_{N−1} dropped)"),
    "mux_polarity": ("mux", "mem' = [D ∧ h] + [M ∧ h]"),
}


def _bit(*xs):
    return [z3.And(x >= 0, x <= 1) for x in xs]


def _and(*xs):
    return z3.If(z3.And([x == 1 for x in xs]), 1, 0)


def _relu(x):
    return z3.If(x > 0, x, 0)


def _conj(b):
    K, S, A, y = z3.Ints("K S A y")
    def inv(K, S, A):
        return z3.And(A >= 0, A <= 1, S >= 0, S <= K, S - (K - 1) <= A, z3.Implies(A == 1, S == K))
    bias = (K - 2) if b == "conj_bias" else (K - 1)
    return [("base K=1", _bit(y), inv(1, y, y)),
            ("step K→K+1", [K >= 1, inv(K, S, A)] + _bit(y), inv(K + 1, S + y, _and(A, y))),
            ("conclusion", [K >= 1, inv(K, S, A)], _relu(S - bias) == A)]


def _literal(b):
    x, c = z3.Ints("x c")
    term = z3.If(c == 1, x, x if b == "literal_flip" else 1 - x)
    return [("per bit", _bit(x, c), term == z3.If(x == c, 1, 0))]


def _code(b):
    T, P, X, C, E, x, c = z3.Ints("T P X C E x c")
    def inv(P, X, C, E):
        return z3.And(X >= 0, X < P, C >= 0, C < P, E >= 0, E <= 1, (E == 1) == (X == C))
    w = P - 1 if b == "code_weight" else P
    step = inv(2 * P, X + z3.If(x == 1, w, 0), C + z3.If(c == 1, w, 0), _and(E, z3.If(x == c, 1, 0)))
    return [("base L=0", [], inv(1, 0, 0, 1)),
            ("step L→L+1", [T >= 0, P >= 1, inv(P, X, C, E)] + _bit(x, c), step)]


def _pm1(b):
    S, H, x, c, L = z3.Ints("S H x c L")
    f = 1 if b == "pm1_hamming" else 2
    step = S + (2 * x - 1) * (2 * c - 1) == (L + 1) - f * (H + z3.If(x != c, 1, 0))
    return [("base L=0", [], z3.IntVal(0) == 0 - 2 * 0),
            ("step L→L+1", [L >= 0, S == L - 2 * H] + _bit(x, c), step)]


def _exclusive(b):
    pc, c1, c2 = z3.Ints("pc c1 c2")
    return [("distinct columns", [c2 == c1 if b == "exclusive_shared" else c1 != c2], z3.Not(z3.And(pc == c1, pc == c2)))]


def _onehot(b):
    k, S, O, H, h, x = z3.Ints("k S O H h x")
    def inv(S, O, H):
        return z3.And(S == O, O >= 0, O <= 1, H >= 0, H <= 1, O <= H)
    w = 2 if b == "onehot_weight" else 1
    step = inv(S + w * _and(h, x), z3.If(z3.Or(O == 1, _and(h, x) == 1), 1, 0), z3.If(z3.Or(H == 1, h == 1), 1, 0))
    return [("base k=0", [], inv(0, 0, 0)),
            ("step k→k+1", [k >= 0, inv(S, O, H), z3.Implies(h == 1, H == 0)] + _bit(h, x), step)]


def _copy(b):
    x = z3.Int("x")
    return [("bit", _bit(x), _relu(x - 1 if b == "copy_bias" else x) == x)]


def _gpk(A, B):
    return _and(B, 1 - A), _and(A, 1 - B)


def _xnor(b):
    A, B = z3.Ints("A B")
    g, k = _gpk(A, B)
    p = 1 - g + k if b == "xnor_sign" else 1 - g - k
    return [("p = [A = B]", _bit(A, B), p == z3.If(A == B, 1, 0)),
            ("g, p exclusive", _bit(A, B), g * (1 - g - k) == 0)]


def _scale_sum(b):
    J, S, Q, t, p = z3.Ints("J S Q t p")
    return [("base J=0", [], z3.IntVal(0) == 0),
            ("step J→J+1", [J >= 0, S == p * Q] + _bit(t, p),
             S + (z3.If(t + p >= 1, 1, 0) if b == "scale_or" else _and(t, p)) == p * (Q + t))]


def _carry(b):
    r, c, A, B = z3.Ints("r c A B")
    g, k = _gpk(A, B)
    p = 1 - g - k
    nxt = z3.If(r == 3, g + c, g + p * c) if b == "carry_at3" else g + p * c
    return [("base c_0 = 1", [], z3.And(1 >= 0, 1 <= 1)),
            ("step r→r+1", [r >= 0] + _bit(c, A, B), z3.And(nxt >= 0, nxt <= 1))]


def _ripple_sub(b):
    r, P, W, U, c, A, B, N, SA, SB = z3.Ints("r P W U c A B N SA SB")
    g, k = _gpk(A, B)
    p = 1 - g - k
    coef = z3.If(r == 3, -1, -2) if b == "sum_at3" else -2
    D = p + c + coef * p * c
    c2 = g + p * c
    def inv(P, W, SA, SB, c):
        return z3.And(W >= 0, W < P, W + P * c == SB + (P - 1 - SA) + 1)
    return [("base R=0", [], inv(1, 0, 0, 0, 1)),
            ("step R→R+1", [r >= 0, P >= 1, inv(P, W, SA, SB, c), z3.And(SA >= 0, SA < P)] + _bit(c, A, B),
             z3.And(D >= 0, D <= 1, inv(2 * P, W + P * D, SA + P * A, SB + P * B, c2))),
            ("conclusion R=N", [P >= 4, inv(P, W, SA, SB, c)] + _bit(c),
             z3.And(W == SB - SA + P * (1 - c), W >= 0, W < P))]


def _increment(b):
    t, P, Q, X, C, x = z3.Ints("t P Q X C x")
    Cn = _and(C, x)
    coef = z3.If(t == 2, -1, -2) if b == "inc_at2" else -2
    q = x + C + coef * Cn
    def inv(P, Q, X, C):
        return z3.And(Q >= 0, Q < P, Q + P * C == X + 1)
    return [("base T=0 (C_{−1} = 1)", [], inv(1, 0, 0, 1)),
            ("step T→T+1", [t >= 0, P >= 1, inv(P, Q, X, C)] + _bit(C, x),
             z3.And(q >= 0, q <= 1, inv(2 * P, Q + P * q, X + P * x, Cn))),
            ("conclusion T=L", [P >= 4, X >= 0, X < P, inv(P, Q, X, C)] + _bit(C),
             z3.And(Q == X + 1 - P * C, Q >= 0, Q < P))]


def _zero(b):
    r, P, W, Z, D = z3.Ints("r P W Z D")
    w = P - 1 if b == "zero_weight" else P
    def inv(W, Z):
        return z3.And(W >= 0, Z >= 0, Z <= 1, (Z == 1) == (W == 0))
    return [("base N=0", [], inv(0, 1)),
            ("step N→N+1", [r >= 0, P >= 1, inv(W, Z)] + _bit(D), inv(W + w * D, _and(Z, 1 - D)))]


def _cond(b):
    P, low, D, zero = z3.Ints("P low D zero")
    W = low + P * D  # P = 2^{N−1}, D = D_{N−1}: the word and its sign bit
    signed = W - 2 * P * D
    cond = zero if b == "cond_sign" else zero + D
    return [("sign", [P >= 2, low >= 0, low < P, (zero == 1) == (W == 0)] + _bit(D, zero),
             cond == z3.If(signed <= 0, 1, 0))]


def _mux(b):
    D, M, h = z3.Ints("D M h")
    w2 = _and(M, h) if b == "mux_polarity" else _and(M, 1 - h)
    return [("per bit", _bit(D, M, h), _and(D, h) + w2 == z3.If(h == 1, D, M))]


LEMMAS = {"conj": _conj, "literal": _literal, "code": _code, "pm1": _pm1, "exclusive": _exclusive,
          "onehot": _onehot, "copy": _copy, "xnor": _xnor, "scale_sum": _scale_sum, "carry": _carry,
          "ripple_sub": _ripple_sub, "increment": _increment, "zero": _zero, "cond": _cond, "mux": _mux}


def queries(lemma: str, broken: str | None = None):
    """``[(query name, hypotheses, goal)]`` of ``lemma`` (with the gadget ``broken`` if given)."""
    if broken is not None and BROKEN[broken][0] != lemma:
        raise ValueError(f"{broken!r} breaks lemma {BROKEN[broken][0]!r}, not {lemma!r}")
    return LEMMAS[lemma](broken)


def prove(lemma: str, broken: str | None = None, timeout_ms: int = 30_000):
    """``[(lemma/query, "proved" | "refuted" | "unknown", model as a dict or None)]``."""
    out = []
    for name, hyps, goal in queries(lemma, broken):
        s = z3.Solver()
        s.set("timeout", timeout_ms)
        s.add(*hyps)
        s.add(z3.Not(goal))
        answer = z3check(s)
        if answer == z3.unsat:
            out.append((f"{lemma}/{name}", "proved", None))
        elif answer == z3.sat:
            m = s.model()
            out.append((f"{lemma}/{name}", "refuted", {str(d): str(m[d]) for d in m.decls()}))
        else:
            out.append((f"{lemma}/{name}", "unknown", None))
    return out
