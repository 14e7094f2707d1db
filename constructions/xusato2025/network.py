"""The looped block of Xu & Sato 2025 (arXiv 2410.01405 v7, §3), reconstructed in our layer model.

The paper's body was not available (see the reference notes); this is *our*
construction of the three stages it describes, with one layer (two hardmax
heads of size 1, one ReLU feed-forward part) applied ``r`` times between an
affine embedding :func:`embed` (L₁) and read-out :func:`read_out` (L₂).

Rows (``4d + 9``): ``one`` (constant 1), ``t`` (loop counter), ``x`` (the
token, d rows), ``z`` (token ID), ``key`` (``N·z + position``, the sorting
key), ``S`` (sequence ID), ``a_key`` / ``a_id`` (attention scratch),
``phi2`` / ``phi3`` (stage flags, computed one loop ahead from ``t``),
``R`` (d value registers: the lookup table as base-β digits), ``dig`` (the
digit just extracted), ``y`` (the output values, times Q).

Stages (``t`` = loops completed so far):

1. quantisation, ``t = 0 … D−2``: ``z += Σ_i D^i·ramp(M(x_i − (t+1)δ))``,
   ``key`` likewise times N; idle afterwards by itself (the ramp's argument
   is ≤ 0).  After ``D − 1`` loops ``z = Σ_i q_i D^i`` off the trifling
   region.
2. contextual mapping, ``N`` loops (``phi2 = 1``): both heads attend from
   every token to the token of largest ``key`` (unique: positions break ties
   between equal IDs); ``S ← B·S + z*`` (Horner, so ``S = u·z`` on the IDs in
   decreasing order) and the chosen token's key drops by ``N·B`` (removed).
3. value mapping, ``K + 1`` loops (``phi3 = 1``): each loop extracts the next
   base-β digit of every register ``R_i`` (the table entry of contextual ID
   ``j``), and the next loop adds it to ``y_i`` of the tokens whose
   contextual ID ``B·S + z`` equals ``j`` (a ReLU hat of the integer
   difference).

Gating uses ``ReLU(v − C(1 − φ))`` with ``0 ≤ v ≤ C`` and ``φ ∈ {0, 1}``.

**Where it departs from the paper (as far as is known):** the sorting key
uses the token's position, which L₁ writes (ties between equal token IDs
must be broken; tokens with equal inputs cannot be told apart by a
permutation-equivariant layer otherwise); the value stage is an *exact*
lookup of a table quantised to ``Q`` levels (width grows with ``Q``), where
the paper's stage is reported to be an approximation whose error is the
largest jump between consecutive targets (Lemma 4.1, [S]); stage 3 takes
``K + 1`` loops, not ``2K − 1``.

``variant`` selects a one-weight mutant per stage (see :data:`VARIANTS`).
"""
from __future__ import annotations

from fractions import Fraction

from verify.ffn_builder import FFNBuilder
from verify.layer import AttentionHead, Layer, LoopedNetwork, sparse
from verify.layout import Layout
from verify.rational import RatArray

from .reference import XSShape

__all__ = ["layout", "block_network", "embed", "read_out", "register", "VARIANTS", "heads_and_widths"]

#: one-weight mutants, one per stage
VARIANTS = {
    "correct": "the construction",
    "quantise_threshold": "stage 1: the quantiser ramp of coordinate 0 reads t with weight −2M/D (not −M/D)",
    "context_horner": "stage 2: S ← (B−1)·S + z* (the Horner coefficient B−1 of S becomes B−2)",
    "lookup_base": "stage 3: the registers shift by β−1 … the R-update weight β−1 becomes β−2",
}


def layout(shape: XSShape) -> Layout:
    d = shape.d
    blocks = [("one", 1), ("t", 1), ("x", d), ("z", 1), ("key", 1), ("S", 1), ("a_key", 1), ("a_id", 1),
              ("phi2", 1), ("phi3", 1), ("R", d), ("dig", d), ("y", d)]
    return Layout.build(blocks, [("tokens", shape.N)], shape.N.bit_length() - 1,
                        params={"d": d, "N": shape.N, "D": shape.D, "Q": shape.Q, "M": shape.slope})


def _heads(lay: Layout) -> tuple[AttentionHead, AttentionHead]:
    dim = lay.d
    Q = sparse(1, dim, {(0, lay.row("one")): 1})
    K = sparse(1, dim, {(0, lay.row("key")): 1})
    v_key = sparse(dim, dim, {(lay.row("a_key"), lay.row("key")): 1})
    v_id = sparse(dim, dim, {(lay.row("a_id"), lay.row("z")): 1})
    return AttentionHead("max_key", Q, K, v_key), AttentionHead("max_id", Q, K, v_id)


def _window(f: FFNBuilder, out: int, t: int, one: int, lo: int, hi: int | None, name: str) -> None:
    """``out += [lo ≤ t + 1 ≤ hi]`` for integer ``t`` (``hi = None``: no upper end)."""
    s = lambda c: {t: 1, one: 1 - c}  # pre-activation t + 1 − c  (bias on the constant row)
    f.out(out, f.unit(f"{name}.lo+", s(lo - 1)), 1)
    f.out(out, f.unit(f"{name}.lo", s(lo)), -1)
    if hi is not None:
        f.out(out, f.unit(f"{name}.hi", s(hi)), -1)
        f.out(out, f.unit(f"{name}.hi+", s(hi + 1)), 1)


def _ffn(shape: XSShape, lay: Layout, variant: str):
    D, N, B, Q, M, beta = shape.D, shape.N, shape.B, shape.Q, shape.slope, shape.beta
    r = lay.row
    one, t = r("one"), r("t")
    f = FFNBuilder(lay.d)
    # counter
    f.out_bias(t, 1)
    # stage 1: quantisation, ramp(M(x_i − (t+1)/D)) = ReLU(M y) − ReLU(M y − 1)
    for i in range(shape.d):
        tw = -2 * Fraction(M, D) if (variant == "quantise_threshold" and i == 0) else -Fraction(M, D)
        lo = f.unit(f"quant{i}.ramp", {r("x", i): M, t: tw, one: -Fraction(M, D)})
        hi = f.unit(f"quant{i}.ramp-1", {r("x", i): M, t: tw, one: -Fraction(M, D) - 1})
        for row, scale in ((r("z"), D**i), (r("key"), N * D**i)):
            f.out(row, lo, scale)
            f.out(row, hi, -scale)
    # attention scratch is cleared every loop
    u = f.unit("clear a_key+", {r("a_key"): 1})
    f.out(r("a_key"), u, -1)
    u = f.unit("clear a_key-", {r("a_key"): -1})
    f.out(r("a_key"), u, 1)
    u = f.unit("clear a_id", {r("a_id"): 1})
    f.out(r("a_id"), u, -1)
    # stage 2: S ← B·S + z*, the chosen key removed; gated by phi2
    C2 = B ** (N + 1)
    horner = B - 2 if variant == "context_horner" else B - 1
    u = f.unit("horner", {r("S"): horner, r("a_id"): 1, r("phi2"): C2, one: -C2})
    f.out(r("S"), u, 1)
    hit = f.unit("chosen+1", {r("key"): 1, r("a_key"): -1, r("phi2"): C2, one: 1 - C2})
    hit0 = f.unit("chosen", {r("key"): 1, r("a_key"): -1, r("phi2"): C2, one: -C2})
    f.out(r("key"), hit, -N * B)
    f.out(r("key"), hit0, N * B)
    # stage flags, one loop ahead
    T3 = D + N - 1  # t of the first extraction loop
    _window(f, r("phi2"), t, one, D - 1, D + N - 2, "phi2")
    f.out(r("phi2"), f.unit("clear phi2", {r("phi2"): 1}), -1)
    _window(f, r("phi3"), t, one, T3, None, "phi3")
    f.out(r("phi3"), f.unit("clear phi3", {r("phi3"): 1}), -1)
    # stage 3: digit extraction (gated by phi3) and the lookup hat
    Cg = Q + 1
    for i in range(shape.d):
        R, dig, y = r("R", i), r("dig", i), r("y", i)
        for m in range(1, Q + 1):
            a = f.unit(f"digit{i}.step{m}+", {R: beta, r("phi3"): Cg, one: Fraction(1, 2) - m - Cg})
            b = f.unit(f"digit{i}.step{m}", {R: beta, r("phi3"): Cg, one: -m - Cg})
            for row, sign in ((dig, 1), (R, -1)):
                f.out(row, a, 2 * sign)
                f.out(row, b, -2 * sign)
        shift = beta - 2 if (variant == "lookup_base" and i == 0) else beta - 1
        f.out(R, f.unit(f"shift{i}", {R: 1, r("phi3"): 1, one: -1}), shift)
        f.out(dig, f.unit(f"clear dig{i}", {dig: 1}), -1)
        # e = B·S + z − (t − T3 − 1); hat = ReLU(a + Q e) − 2 ReLU(Q e) + ReLU(Q e − a)
        e = {r("S"): Q * B, r("z"): Q, t: -Q, one: Q * (T3 + 1)}
        f.out(y, f.unit(f"hat{i}.left", {**e, dig: 1}), 1)
        f.out(y, f.unit(f"hat{i}.mid", e), -2)
        f.out(y, f.unit(f"hat{i}.right", {**e, dig: -1}), 1)
    return f.build()


def block_network(shape: XSShape, variant: str = "correct") -> LoopedNetwork:
    """The looped block (one layer) at ``shape``; all weights exact rationals."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}; known: {', '.join(VARIANTS)}")
    lay = layout(shape)
    rows = ("one", "t", "x", "z", "key", "S", "a_key", "a_id", "phi2", "phi3", "R", "dig", "y")
    layer = Layer("xusato_block", _heads(lay), _ffn(shape, lay, variant), reads=rows,
                  writes=("t", "z", "key", "S", "a_key", "a_id", "phi2", "phi3", "R", "dig", "y"),
                  doc="quantise (D−1 loops) → sequence ID (N loops) → value lookup (K+1 loops)")
    return LoopedNetwork(f"xusato2025[{shape.label()},{variant}]", lay, (layer,))


def register(shape: XSShape, table: list[list[int]], i: int) -> Fraction:
    """``R_i = Σ_j table[j][i]·β^{-(j+1)}``: coordinate ``i`` of every contextual ID's value."""
    if len(table) != shape.K or any(not 0 <= row[i] <= shape.Q for row in table):
        raise ValueError(f"the table needs {shape.K} rows with entries in 0..{shape.Q}")
    return sum((Fraction(row[i], shape.beta ** (j + 1)) for j, row in enumerate(table)), Fraction(0))


def embed(shape: XSShape, X: list[list[Fraction]], table: list[list[int]]) -> list[list[Fraction]]:
    """L₁: the embedding of one input ``X`` (d rows, N columns) as a ``(4d + 9) × N`` matrix."""
    lay = layout(shape)
    E = [[Fraction(0)] * shape.N for _ in range(lay.d)]
    regs = [register(shape, table, i) for i in range(shape.d)]
    for n in range(shape.N):
        E[lay.row("one")][n] = Fraction(1)
        E[lay.row("key")][n] = Fraction(n)  # the position: ties between equal IDs
        for i in range(shape.d):
            E[lay.row("x", i)][n] = Fraction(X[i][n])
            E[lay.row("R", i)][n] = regs[i]
    return E


def embed_batch(shape: XSShape, inputs: list, table: list[list[int]]) -> RatArray:
    return RatArray.from_values([embed(shape, X, table) for X in inputs])


def read_out(shape: XSShape, E) -> list[list[Fraction]]:
    """L₂: ``y / Q`` (d rows, N columns) from one embedded state (nested lists of Fractions)."""
    lay = layout(shape)
    return [[E[lay.row("y", i)][n] / shape.Q for n in range(shape.N)] for i in range(shape.d)]


def heads_and_widths(shape: XSShape) -> dict:
    """What the block at ``shape`` actually has: embedding dimension, FFN width, heads, head size."""
    net = block_network(shape)
    layer = net.layers[0]
    return {"embedding": net.layout.d, "ffn_width": layer.width, "heads": len(layer.heads),
            "head_size": max(h.Q.rows for h in layer.heads)}
