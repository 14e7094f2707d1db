"""Matrix product from a linearised softmax (Giannou et al. 2023, arXiv v1, the multiplication lemma;
reference notes §9.1, [S]: "2 layers and 1 head, output AᵀB + εM with ‖M‖ ≤ 1, ε tuned by a small
scale c and a large padding constant C").

Contract (function-block convention, :mod:`.function_block`, ``k × k`` cells):
``A`` in columns ``A_0..A_{k−1}`` (rows ``RA``), ``B`` in ``B_0..B_{k−1}`` (rows
``RB``); afterwards column ``O_j`` holds, in rows ``mm.out``,
``(AᵀB)[:, j] + E[:, j]`` with every ``|E_ij| ≤ ε(c, C, k, n, G_A, G_B, G)``
for entries ``|A_ij| ≤ G_A``, ``|B_ij| ≤ G_B``; all other rows unchanged.

**Layer 1 — copy (1 head).**  ``O_j`` queries ``G·e_j`` (its slot code), the
B columns key their slot codes, so ``O_j`` puts weight ``e^G/(e^G + n − 1)`` on
``B_j`` and ``1/(e^G + n − 1)`` on every other column: the buffer ``mm.buf``
receives ``b̃_j = (e^G b_j + Σ_{l≠j} b_l)/(e^G + n − 1)``, a convex combination,
which a gated move (open on O columns) stores in ``mm.q``.

**Layer 2 — product (1 head).**  ``O_j`` queries ``(c·b̃_j, 1)``; ``A_i`` keys
``(a_i, 0)``, the padding column keys ``(0, C)``; every other column scores 0.
With ``s_ij = a_i·b̃_j`` the weight of ``A_i`` is ``w_ij = e^{c s_ij}/Z_j``,
``Z_j = e^C + (n − k − 1) + Σ_l e^{c s_lj}``.  Values ``μ(e_i on A_i) − μ·one/n``
sum to zero over the columns (so columns with zero query receive 0); one FFN
unit adds ``μ/n − 1/c`` on the O columns, giving ``μ w_ij − 1/c`` on ``O_j``.
With ``μ = Z⁰/c``, ``Z⁰ = e^C + n − 1`` (``Z_j`` at ``c = 0``), this is
``(Z⁰/Z_j·e^{c s} − 1)/c = s + O(c s²) + O(k e^{−C})``.

*Rational weights (derived here).*  ``μ = (e^C + n − 1)/c`` is irrational for
rational ``C ≠ 0``, so it is its own parameter ``mu``; :func:`parameters`
rounds it to a rational, and the certified error is of the network *as bound*.

*Error formula (derived here, not the paper's).*  With ``B0 = k·G_A·G_B``
(|s| ≤ B0, since |b̃| ≤ G_B), ``U = c·B0``:

    |out_ij − a_i·b̃_j| ≤ c·B0²·e^U/2 + k·e^U·(e^U − 1)/(c·e^C) + |μ − Z⁰/c|·e^U/e^C
    |a_i·(b̃_j − b_j)| ≤ k·G_A · 2 G_B (k − 1)/(e^G + n − 1)

the first from ``|e^u − 1 − u| ≤ u²e^{|u|}/2`` and ``|Z⁰ − Z_j| ≤ k(e^U − 1)``,
``Z_j ≥ e^C``.  :func:`epsilon` returns it as a sympy expression; the claims
certify it against an Arb branch-and-bound of the exact closed form.
Parameters: ``c``, ``C``, ``mu``, ``G``, ``K`` (gate, ``K ≥`` every moved value),
``lam``.  Two layers, one head each: as reported.
"""
from __future__ import annotations

from fractions import Fraction

import sympy as sp

from verify.ffn_builder import FFNBuilder
from verify.layer import AttentionHead, sparse
from verify.layout import Layout

from .function_block import G, K, LAM, FunctionBlock, gated_move, indicator, sequence_length, shifted_clear, \
    standalone_network

__all__ = ["SCALE", "PAD", "MU", "matmul_block", "matmul_network", "parameters", "epsilon", "epsilon_terms",
           "smallest_padding"]

#: The small scale c of the scores, the padding score C, and the extraction multiplier μ ≈ (e^C + n − 1)/c.
SCALE = sp.Symbol("c_mm", positive=True)
PAD = sp.Symbol("C_mm")
MU = sp.Symbol("mu_mm", positive=True)


def matmul_block(k: int, name: str = "mm") -> FunctionBlock:
    """The two-layer linearised-softmax product ``AᵀB`` (see the module docstring)."""
    buf, q, out = f"{name}.buf", f"{name}.q", f"{name}.out"

    def build(layout: Layout, t: int, ffn: FFNBuilder):
        d, n = layout.d, layout.n
        ind_o = indicator(layout, "slotO")
        if t == 0:
            Q = sparse(k, d, {(r, layout.row("slotO", r)): G / LAM for r in range(k)})
            Kk = sparse(k, d, {(r, layout.row("slotB", r)): 1 for r in range(k)})
            V = sparse(d, d, {(layout.row(buf, r), layout.row("RB", r)): 1 for r in range(k)})
            for r in range(k):
                gated_move(ffn, layout.row(q, r), {layout.row(buf, r): 1}, [ind_o], f"{name}.q[{r}]")
                shifted_clear(ffn, layout.row(buf, r), f"{name}.buf[{r}]")
            return (AttentionHead(f"{name}.copy", Q, Kk, V),)
        assert t == 1
        qq = {(r, layout.row(q, r)): SCALE / LAM for r in range(k)}
        qq.update({(k, o): 1 / LAM for o in layout.rows("slotO")})
        kk = {(r, layout.row("RA", r)): 1 for r in range(k)}
        kk[(k, layout.row("padC"))] = PAD
        vv = {}
        for i in range(k):
            vv[(layout.row(out, i), layout.row("slotA", i))] = MU
            vv[(layout.row(out, i), layout.row("one"))] = -MU / n
        u = ffn.unit(f"{name} constant", ind_o)
        for i in range(k):
            ffn.out(layout.row(out, i), u, MU / n - 1 / SCALE)
        for r in range(k):
            shifted_clear(ffn, layout.row(q, r), f"{name}.q[{r}]")
        return (AttentionHead(f"{name}.product", sparse(k + 1, d, qq), sparse(k + 1, d, kk), sparse(d, d, vv)),)

    return FunctionBlock(
        name=name, k=k, depth=2, private=((buf, k), (q, k), (out, k)), outputs=(("matmul", out),), build=build,
        reads=lambda t: ("slotO", "slotB", "RB", buf, q) if t == 0 else ("slotO", "slotA", q, "RA", "padC", "one"),
        writes=lambda t: (buf, q) if t == 0 else (out, q),
        symbols=(("c", SCALE), ("C", PAD), ("mu", MU), ("G", G), ("K", K)),
        constraints=(SCALE > 0, MU > 0, G > 0, K > 0),
        doc="linearised-softmax product AᵀB (copy B to O, then one product head)", heads_per_layer=(1, 1),
    )


def matmul_network(k: int):
    """The standalone two-layer block (bind c, C, mu, G, K, lam = 1; evaluate at λ = 1)."""
    return standalone_network(matmul_block(k))


def ideal_multiplier(c: Fraction, C: Fraction, n: int, prec: int = 256):
    """``(e^C + n − 1)/c`` as an Arb ball."""
    from flint import arb, fmpq

    from verify.arb import precision

    with precision(prec):
        return (arb(fmpq(C.numerator, C.denominator)).exp() + (n - 1)) / arb(fmpq(c.numerator, c.denominator))


def parameters(k: int, c, C, G=40, K=64, bits: int = 64, n: int | None = None) -> dict:
    """Exact bind values: ``c``, ``C``, ``G``, ``K`` as given and ``mu`` = (e^C + n − 1)/c rounded to
    ``bits`` significant bits past its integer part (so ``|mu − μ*| ≤ 2^{−bits}``).  ``n``: the number
    of columns the block's softmax runs over (default: the standalone block's)."""
    from flint import arb

    from verify.arb import precision

    c, C = Fraction(c), Fraction(C)
    n = sequence_length(k) if n is None else n
    prec = 128 + bits + 2 * int(abs(C))
    while True:
        m = ideal_multiplier(c, C, n, prec=prec)
        with precision(prec):
            z = (m * arb(2) ** bits).floor().unique_fmpz()
        if z is not None:
            break
        prec *= 2
    mu = Fraction(int(z), 2**bits)
    return {"c": c, "C": C, "mu": mu, "G": Fraction(G), "K": Fraction(K), "lam": Fraction(1)}


def epsilon_terms(c, C, k, n, GA, GB, G, mu_error=0):
    """The three terms of the derived bound (sympy expressions; see the module docstring)."""
    c, C, GA, GB, G, mu_error = (sp.sympify(v) for v in (c, C, GA, GB, G, mu_error))
    B0 = k * GA * GB
    U = c * B0
    linearisation = c * B0**2 * sp.exp(U) / 2
    padding = k * sp.exp(U) * (sp.exp(U) - 1) / (c * sp.exp(C)) + mu_error * sp.exp(U) / sp.exp(C)
    copy = k * GA * 2 * GB * (k - 1) / (sp.exp(G) + n - 1)
    return {"linearisation": linearisation, "padding": padding, "copy": copy}


def epsilon(c, C, k, n, GA, GB, G, mu_error=0):
    """ε(c, C, k, n, G_A, G_B, G): the derived entrywise bound of |out − AᵀB|."""
    return sp.Add(*epsilon_terms(c, C, k, n, GA, GB, G, mu_error).values())


def smallest_padding(target, c, k, n, GA, GB, G, mu_error=0) -> sp.Expr | None:
    """Least C with ε(c, C, …) ≤ target under the derived formula (None if the other terms already exceed it)."""
    c_, target = sp.sympify(c), sp.sympify(target)
    t = epsilon_terms(c, 0, k, n, GA, GB, G, 0)
    rest = target - t["linearisation"] - t["copy"]
    if sp.N(rest, 50) <= 0:
        return None
    B0 = k * sp.sympify(GA) * sp.sympify(GB)
    U = c_ * B0
    numer = k * sp.exp(U) * (sp.exp(U) - 1) / c_ + sp.sympify(mu_error) * sp.exp(U)
    return sp.log(numer / rest)


def copy_expression(B, j: int, gain, n: int) -> list:
    """Layer 1's exact result ``b̃_j`` on ``O_j``: ``(e^G b_j + Σ_{l≠j} b_l)/(e^G + n − 1)`` (``B[r][l]`` entries)."""
    k = len(B)
    E = sp.exp(sp.sympify(gain))
    return [(E * B[r][j] + sp.Add(*(B[r][l] for l in range(k) if l != j))) / (E + n - 1) for r in range(k)]


def product_expression(A, q, i: int, c, C, mu, n: int):
    """Layer 2's exact result at row ``i`` of ``O_j`` with query ``q = b̃_j``: ``μ e^{c s_i}/Z − 1/c``."""
    k = len(A)
    c, C, mu = (sp.sympify(v) for v in (c, C, mu))
    s = [sp.Add(*(A[r][l] * q[r] for r in range(k))) for l in range(k)]
    Z = sp.exp(C) + (n - k - 1) + sp.Add(*(sp.exp(c * sl) for sl in s))
    return mu * sp.exp(c * s[i]) / Z - 1 / c


def entry_error_expression(s, S, c, C, mu, n: int, k: int):
    """The relaxed error ``g(s, S) = μ e^{cs}/(e^C + n − k − 1 + e^{cs} + S) − 1/c − s`` of one entry,
    with ``s = a_i·b̃_j`` and ``S = Σ_{l≠i} e^{c a_l·b̃_j}`` treated as free (for the branch and bound)."""
    c, C, mu = (sp.sympify(v) for v in (c, C, mu))
    return mu * sp.exp(c * s) / (sp.exp(C) + (n - k - 1) + sp.exp(c * s) + S) - 1 / c - s


#: Default constants of the product block used by the claims (exact; see :func:`parameters` for ``mu``):
#: scale c, padding C, copy gain G, gate K, entry bounds of A and B.
DEFAULTS = {"c": "1/1024", "C": "16", "G": "40", "K": "64", "GA": "1", "GB": "1"}
