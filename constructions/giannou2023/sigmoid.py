"""Sigmoids from a padded softmax, and sums of them (Giannou et al. 2023, arXiv v1, the sigmoid lemma and
the Barron corollary — "Lemma 5 / Corollary 6" by the reference notes' recollection; notes §8, [S]).

**One head = one sigmoid (block (a)).**  Target the output column ``O_0``
(query: its slot indicator) and give the data column ``A_0`` the score
``a·x + b + ρ`` (``x = A[:, 0]``, copied into the block's rows ``<name>.x`` on
``A_0`` by the first layer; the constant enters through ``A_0``'s slot
indicator, which plays the role of the "last entry of x, set to 1").  Every
other column has key 0, hence score 0, so the softmax
weight of ``A_0`` is ``e^{z+ρ} / (e^{z+ρ} + n − 1)`` with ``z = a·x + b`` and the
head outputs ``c·σ(z + ρ − ln(n − 1))``: exactly ``c·σ(a·x + b)`` **iff
ρ = ln(n − 1)**.  Its values are ``c·(ind_{A_0} − one/n)``, which sum to zero
over the columns, so every column whose query is zero (all but ``O_0``)
receives exactly 0; one FFN unit ``ReLU(slot_{O_0})`` adds back ``c/n`` on ``O_0``.

*Padding sign (derived here, notes §8.1 asks to verify it).*  The notes report
the paper's padding as "append −log(3d − 1) to a and set the last entry of x
to 1".  Read literally — the constant sits in the data column's score — that
gives ``c·σ(z − 2 ln(3d − 1))``: wrong.  The correct constant is
``+ln(n − 1)`` on the data column's score, or equivalently ``−ln(n − 1)`` on the
score of each of the ``n − 1`` *other* columns.  The claims
``giannou2023.functions.sigmoid.*`` prove the first and refute the literal
reading.  With a power-of-two ``n`` (see :mod:`.function_block`), ``3d − 1``
becomes ``n − 1``.

*Exactness needs an irrational weight (derived here).*  With ``n − 1 ≥ 2``
competing columns, ``σ(z)`` is reached only if ``Σ_{j≠A_0} e^{s_j − s_{A_0} + z} = 1``
for all z, which forces a score difference ``ln(n − 1)`` (Lindemann–Weierstrass:
no rational weights do it).  The layer model binds rationals only, so the
network carries the symbol ``rho``: the symbolic proof substitutes
``rho = ln(n − 1)`` exactly; a bound network uses a rational ``rho`` within
``2^{−bits}`` of it (:func:`padding`), and every certified bound includes the
resulting ``|c|·|rho − ln(n − 1)|/4``.

**m heads = a sum (block (b)).**  ``m`` such heads in one layer, each with its
own ``(a_i, b_i, c_i)``, add up to ``c_0 + Σ_i c_i σ(a_i·x + b_i)`` on ``O_0``
(the constant ``c_0`` through the same FFN unit).  A first, FFN-only layer
copies ``x = A[:, 0]`` into the block's own rows ``<name>.x`` on ``A_0`` (gated
by its slot indicator), so that the other A columns — which may hold anything
— have key 0: 2 layers, ``m`` heads; the notes report 3 layers, ``m`` heads
and dimension O(d) [S].

Output: row ``<name>.out[0]`` of column ``O_0``; rows ``<name>.out[1:]`` stay 0.
Inputs: ``|x_r| ≤ K`` (the gate constant) for the gated copy.
Coefficients may be sympy symbols (the one-head lemma is proved for symbolic
``a, b, c``) or exact rationals (fitted sums, :mod:`.barron`).
"""
from __future__ import annotations

import math
from fractions import Fraction
from typing import Sequence

import mpmath
import sympy as sp

from verify.ffn_builder import FFNBuilder
from verify.layer import AttentionHead, sparse
from verify.layout import Layout

from .function_block import K, LAM, FunctionBlock, gated_move, shifted_clear, standalone_network

__all__ = ["RHO", "SigmoidTerm", "sigmoid_block", "sigmoid_network", "padding", "symbolic_head_network"]

#: The padding constant added to the data column's score (correct value: ln(n − 1)).
RHO = sp.Symbol("rho")


class SigmoidTerm(tuple):
    """``(a, b, c)``: the term ``c·σ(a·x + b)``; ``a`` is a sequence of ``k`` slopes (or one number)."""

    def __new__(cls, a, b, c):
        a = tuple(a) if isinstance(a, (list, tuple)) else (a,)
        return super().__new__(cls, (a, sp.sympify(b), sp.sympify(c)))

    @property
    def a(self):
        return tuple(sp.sympify(v) for v in self[0])

    @property
    def b(self):
        return self[1]

    @property
    def c(self):
        return self[2]


def _value(v):
    if isinstance(v, Fraction):
        return sp.Rational(v.numerator, v.denominator)
    return sp.sympify(v)


def sigmoid_block(name: str, k: int, terms: Sequence, c0=0, rho=RHO, padding_side: str = "data") -> FunctionBlock:
    """``c0 + Σ c_i σ(a_i·x + b_i)`` on column ``O_0`` from one head per term (see the module docstring).

    ``x = A[:, 0]`` (a vector argument is a ``k × 1`` matrix).  Layer 1 (FFN
    only) isolates it: ``<name>.x ← RA · slot_{A_0}`` by gated moves (exact for
    ``|x| ≤ K``), so the other A columns, whatever they hold, score 0.  Layer 2
    holds the heads, the constant unit and the clear of ``<name>.x``.

    ``padding_side="data"`` adds ``rho`` to the data column's score (correct
    with ``rho = ln(n − 1)``); ``"others"`` subtracts ``rho`` from the score of
    every other column instead (the same function; kept for the comparison
    with the paper's wording).
    """
    terms = [t if isinstance(t, SigmoidTerm) else SigmoidTerm(*t) for t in terms]
    c0 = _value(c0)
    out, xr = f"{name}.out", f"{name}.x"
    private = ((xr, k), (out, k))

    def slopes(term):
        a = [_value(v) for v in term.a]
        if len(a) == 1 and k > 1:
            a = a + [sp.Integer(0)] * (k - 1)
        if len(a) != k:
            raise ValueError(f"a term of {name} has {len(a)} slopes for k = {k}")
        return a

    used = sorted({r for t in terms for r, av in enumerate(slopes(t)) if av != 0}) or [0]

    def build(layout: Layout, t: int, ffn: FFNBuilder):
        d, n = layout.d, layout.n
        a0, o0, one = layout.row("slotA", 0), layout.row("slotO", 0), layout.row("one")
        if t == 0:
            for r in used:
                gated_move(ffn, layout.row(xr, r), {layout.row("RA", r): 1}, [{a0: 1}], f"{name}.x[{r}]")
            return ()
        target = layout.row(out, 0)
        xs = [layout.row(xr, r) for r in range(k)]
        heads = []
        for i, term in enumerate(terms):
            a = slopes(term)
            if padding_side == "data":
                q = sparse(1, d, {(0, o0): 1 / LAM})
                kk = {(0, r): av for r, av in zip(xs, a)}
                kk[(0, a0)] = _value(term.b) + rho
                key = sparse(1, d, kk)
            elif padding_side == "others":
                # score(j) = z·[j = A_0] − rho·[j ≠ A_0] for the O_0 query: two query rows
                q = sparse(2, d, {(0, o0): 1 / LAM, (1, o0): 1 / LAM})
                kk = {(0, r): av for r, av in zip(xs, a)}
                kk[(0, a0)] = _value(term.b) + rho  # cancels the −rho below on A_0
                kk[(1, one)] = -rho
                key = sparse(2, d, kk)
            else:
                raise ValueError(f"padding_side must be 'data' or 'others', not {padding_side!r}")
            v = sparse(d, d, {(target, a0): _value(term.c), (target, one): -_value(term.c) / n})
            heads.append(AttentionHead(f"{name}.sigma{i + 1}", q, key, v))
        const = sum((_value(t.c) for t in terms), sp.Integer(0)) / n + c0
        u = ffn.unit(f"{name} constant", {o0: 1})
        ffn.out(target, u, const)
        for r in used:
            shifted_clear(ffn, layout.row(xr, r), f"{name}.x[{r}]")
        return tuple(heads)

    syms = set()
    for t in terms:
        for v in (*t.a, t.b, t.c):
            syms |= sp.sympify(v).free_symbols
    syms |= sp.sympify(c0).free_symbols | sp.sympify(rho).free_symbols
    syms.add(K)
    return FunctionBlock(
        name=name, k=k, depth=2, private=private, outputs=((name, out),), build=build,
        reads=lambda t: ("RA", "slotA") if t == 0 else (xr, "slotA", "slotO", "one"),
        writes=lambda t: (xr,) if t == 0 else (out, xr),
        symbols=tuple(sorted(((str(s), s) for s in syms), key=lambda p: p[0])),
        doc="sum of padded-softmax sigmoids: isolate x = A[:, 0] (FFN), one head per term",
        heads_per_layer=(0, len(terms)),
    )


def sigmoid_network(name: str, k: int, terms, c0=0, padding_side: str = "data"):
    """The standalone network of :func:`sigmoid_block` (bind ``rho``, ``lam`` and ``K``; evaluate at λ = lam)."""
    return standalone_network(sigmoid_block(name, k, terms, c0, RHO, padding_side))


def symbolic_head_network(k: int = 1, padding_side: str = "data"):
    """Block (a): one head with symbolic slopes ``a_1..a_k``, offset ``b``, coefficient ``c`` and padding ``rho``."""
    a = [sp.Symbol(f"a{r + 1}") for r in range(k)]
    return sigmoid_network("sigma", k, [SigmoidTerm(a, sp.Symbol("b"), sp.Symbol("c"))], 0, padding_side)


def padding(n: int, bits: int = 96) -> Fraction:
    """A rational within ``2^{−bits}`` of ``ln(n − 1)`` (rounded down), for binding ``rho``."""
    with mpmath.workprec(bits + 64):
        v = mpmath.log(n - 1)
        return Fraction(int(mpmath.floor(v * 2**bits)), 2**bits)


def padding_error_bound(n: int, rho: Fraction) -> Fraction:
    """A rigorous rational upper bound of ``|rho − ln(n − 1)|`` (Arb)."""
    from flint import arb, fmpq

    from verify.arb import precision, upper

    with precision(max(256, rho.denominator.bit_length() + 64)):
        diff = arb(fmpq(rho.numerator, rho.denominator)) - arb(n - 1).log()
        return upper(abs(diff))


def output_expression(terms, c0, rho, n: int, xs) -> sp.Expr:
    """The block's exact output on ``O_0`` at λ = lam: ``c0 + Σ c_i e^{z_i+ρ}/(e^{z_i+ρ} + n − 1)``, ``z_i = a_i·x + b_i``."""
    out = _value(c0)
    for t in terms:
        t = t if isinstance(t, SigmoidTerm) else SigmoidTerm(*t)
        a = [_value(v) for v in t.a]
        z = sp.Add(*(av * x for av, x in zip(a, xs))) + _value(t.b) + _value(rho)
        out += _value(t.c) * sp.exp(z) / (sp.exp(z) + (n - 1))
    return out


def target_expression(terms, c0, xs) -> sp.Expr:
    """What the sum is meant to compute: ``c0 + Σ c_i σ(a_i·x + b_i)``."""
    out = _value(c0)
    for t in terms:
        t = t if isinstance(t, SigmoidTerm) else SigmoidTerm(*t)
        z = sp.Add(*(_value(av) * x for av, x in zip(t.a, xs))) + _value(t.b)
        out += _value(t.c) / (1 + sp.exp(-z))
    return out
