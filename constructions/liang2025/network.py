"""The looped ReLU-MLP SUBLEQ computer of Liang et al. 2025 — reconstructed from secondary sources.

Liang, Sha, Shi, Song, Zhou, "Looped ReLU MLPs May Be All You Need as
Practical Programmable Computers", arXiv 2410.09375 **v2** (AISTATS 2025).
The paper's body is not available: the abstract [P] says "a looped 23-layer
ReLU-MLP"; a secondary summary [S] gives the block budget read-instruction 2
+ read-data 2 + subtract 7 + write 2 + next-PC 6 + branch 4 = 23 and the
layer form ``ReLU(Wx + b)``.  No weights are known: every weight here is
*reconstructed*, built from the gadgets derived in
``../shared/reference/companions.md`` §A.5 (address match
``ReLU(⟨p, a⟩ − (L−1))``, gated products, the write multiplexer) and a
carry-lookahead subtractor.  It executes exactly the SUBLEQ variant of
:mod:`constructions.giannou2023.isa` (same ``step``, word length ``N``,
memory size ``m``, address space ``n``).

Every layer is ``h ↦ ReLU(W h + b)`` with exact rational weights, except the
last one under ``encoding="pm1-affine"`` (affine, see :mod:`.encoding`).
Values that are linear in a layer's units (sums of gated products) are never
materialised: their linear read-out is folded into the next layer's ``W``.

Blocks (``budget="minimal"``: the smallest depth this design needs, the same
for every ``n`` and ``N``):

=============  ==  =====================================================================
block          d   layers
=============  ==  =====================================================================
read-instr     2   [pc = j] per command (address match); gated products P_j ∧ [pc = j]
read-data      2   [a = i], [b = i] per cell; gated products M_i ∧ [a = i], M_i ∧ [b = i]
subtract       2   g_r = B_r ∧ ¬A_r, k_r = A_r ∧ ¬B_r; carry-lookahead terms
                   T_{j,r} = g_j ∧ p_{j+1} ∧ … ∧ p_{r−1} (p = ¬(g ∨ k)); then
                   D_r = p_r + c_r − 2·p_r·c_r is linear in them (c_r = Σ_j T_{j,r})
write          1   mem'_i = ReLU(D + [b=i] − 1) + ReLU(M_i − [b=i]) (the indicator is shared
                   with read-data)
next-PC        1   C_t = pc_0 ∧ … ∧ pc_t; q_t = pc_t + C_{t−1} − 2·C_t
branch         3   zero = ReLU(1 − Σ D_r), cond = D_{N−1} + zero; pc' = mux(cond, c, q);
                   the last layer writes the state back (ReLU copy, or affine)
=============  ==  =====================================================================

Minimal depth 11 (10 ReLU layers + the write-back layer) against the paper's
23.  Width grows as Θ(N²) in the subtractor and Θ(m·N + k·L) elsewhere.
``budget="paper"`` pads each block with identity (ReLU copy) layers to the
reported budget 2/2/7/2/6/4, giving depth exactly 23.

``readout="folded"`` (default) folds the instruction read-out ``I = Σ_j
P_j ∧ [pc = j]`` into read-data's address match, which then holds
Θ(m·k·L) weights — quadratic in n.  ``readout="materialised"`` spends one
more read-instr layer (3, over the reported 2; not combinable with
``budget="paper"``) on a ReLU copy of ``I``, bringing the weights down to
Θ((m + k)·L + m·N²).
"""
from __future__ import annotations

from fractions import Fraction
from functools import lru_cache

from constructions.giannou2023.punchcard import SubleqShape

from verify.relu_net import Affine, Builder, ReluNet

from .encoding import ENCODINGS, column, coordinates, state_keys
from .signals import Spec

__all__ = ["BUDGETS", "READOUTS", "PAPER_BUDGET", "build", "relu_network"]

#: The per-block budget reported by the secondary summary (companions.md §A.3).
PAPER_BUDGET = {"read-instr": 2, "read-data": 2, "subtract": 7, "write": 2, "next-pc": 6, "branch": 4}
BUDGETS = ("minimal", "paper")
READOUTS = ("folded", "materialised")


def _lit(key, pos=True):
    return (key, pos)


class _Machine:
    """The builder plus the ``live`` values: signal key -> (affine form, spec)."""

    def __init__(self, shape: SubleqShape, encoding: str):
        self.shape, self.encoding = shape, encoding
        coords = coordinates(shape, encoding)
        specs = []
        for key, sign in coords:
            if encoding == "pm1-affine":
                specs.append(Spec((_lit(key),), 2, -1))
            else:
                specs.append(Spec((_lit(key, sign > 0),)))
        self.b = Builder(specs, tuple(coords))
        self.live: dict = {}
        index = {c: i for i, c in enumerate(coords)}
        for key in state_keys(shape):
            x = self.b.input(index[(key, +1)])
            if encoding == "01":
                form = x
            elif encoding == "pm1-affine":
                form = (x + 1) * Fraction(1, 2)
            else:
                form = (x - self.b.input(index[(key, -1)]) + 1) * Fraction(1, 2)
            self.live[key] = (form, Spec((_lit(key),)))

    def form(self, key) -> Affine:
        return self.live[key][0]

    def layer(self, name: str, units=(), carry=(), values=()):
        """Emit one ReLU layer: new ``units`` ``(key, form, spec)``, copies of ``carry``, then
        ``values`` ``(key, [(unit key, coeff)], const, spec)`` linear in the new layer's units."""
        idx, specs = {}, {}
        for key, form, spec in units:
            idx[key], specs[key] = self.b.unit(form, spec), spec
        for key in carry:
            form, spec = self.live[key]
            idx[key], specs[key] = self.b.unit(form, spec), spec
        self.b.close(name)
        live = {key: (self.b.var(i), specs[key]) for key, i in idx.items()}
        for key, terms, const, spec in values:
            form = Affine(self.b.layer, {}, const)
            for ukey, coeff in terms:
                form = form + coeff * self.b.var(idx[ukey])
            live[key] = (form, spec)
        self.live = live

    def keep(self, keys):
        """End a block: only ``keys`` stay live."""
        self.live = {k: self.live[k] for k in keys}

    def pad(self, name: str):
        """An identity layer: a ReLU copy of every live value (padding to the paper's budget)."""
        self.layer(name, carry=list(self.live))


def _match(m: _Machine, key_of_bit, col: int, L: int):
    """``Σ_t [bit_t = col_t] − (L − 1)``: 1 iff the L bits spell ``col`` (companions.md §A.5.1)."""
    form = Affine(m.b.layer, {}, -(L - 1))
    lits = []
    for t in range(L):
        x = m.form(key_of_bit(t))
        if (col >> t) & 1:
            form, lits = form + x, lits + [_lit(key_of_bit(t))]
        else:
            form, lits = form + (1 - x), lits + [_lit(key_of_bit(t), False)]
    return form, lits


def build(shape: SubleqShape, encoding: str = "01", budget: str = "minimal", readout: str = "folded") -> ReluNet:
    """The looped ReLU-MLP for ``shape`` (see the module docstring for the parameters)."""
    if readout not in READOUTS:
        raise ValueError(f"unknown readout {readout!r} (expected one of {', '.join(READOUTS)})")
    if readout == "materialised" and budget == "paper":
        raise ValueError("readout='materialised' needs 3 read-instr layers: it does not fit budget='paper'")
    if encoding not in ENCODINGS:
        raise ValueError(f"unknown encoding {encoding!r} (expected one of {', '.join(ENCODINGS)})")
    if budget not in BUDGETS:
        raise ValueError(f"unknown budget {budget!r} (expected one of {', '.join(BUDGETS)})")
    m_, N, L, k = shape.m, shape.N, shape.L, shape.commands
    mc = _Machine(shape, encoding)
    M = [("M", i, r) for i in range(m_) for r in range(N)]
    P = [("P", j, f, t) for j in range(k) for f in range(3) for t in range(L)]
    PC = [("PC", t) for t in range(L)]
    Ic = [("I", 2, t) for t in range(L)]
    hitB = [("hitB", i) for i in range(m_)]
    D = [("D", r) for r in range(N)]

    def block(name, body, outputs):
        mc.b.begin_block(name)
        depth0 = len(mc.b.layers)
        body()
        mc.keep(outputs)
        if budget == "paper":
            extra = PAPER_BUDGET[name] - (len(mc.b.layers) - depth0) - (1 if name == "branch" else 0)
            if extra < 0:
                raise AssertionError(f"block {name} needs more layers than the paper's budget")
            for e in range(extra):
                mc.pad(f"{name}.pad{e + 1}")
        if name == "branch":
            _write_back(mc, shape)
        mc.b.end_block()

    # -- read instruction -------------------------------------------------------------------------
    def read_instr():
        units = []
        for j in range(k):
            form, lits = _match(mc, lambda t: ("PC", t), column(shape, 2, j), L)
            units.append((("hitP", j), form, Spec(tuple(lits))))
        mc.layer("read-instr.match", units, carry=M + P + PC)
        units = []
        for j in range(k):
            hit_lits = mc.live[("hitP", j)][1].lits
            for f in range(3):
                for t in range(L):
                    key = ("P", j, f, t)
                    units.append((("gP", j, f, t), mc.form(key) + mc.form(("hitP", j)) - 1,
                                  Spec((_lit(key),) + hit_lits)))
        values = [(("I", f, t), [(("gP", j, f, t), 1) for j in range(k)], 0, Spec((_lit(("I", f, t)),)))
                  for f in range(3) for t in range(L)]
        mc.layer("read-instr.gate", units, carry=M + P + PC, values=values)
        if readout == "materialised":
            mc.layer("read-instr.readout", carry=M + P + PC + [("I", f, t) for f in range(3) for t in range(L)])

    # -- read data ---------------------------------------------------------------------------------
    def read_data():
        units = []
        for i in range(m_):
            for f, name in ((0, "hitA"), (1, "hitB")):
                form, _ = _match(mc, lambda t, f=f: ("I", f, t), column(shape, f, i), L)
                units.append(((name, i), form, Spec((_lit((name, i)),))))
        mc.layer("read-data.match", units, carry=M + P + PC + Ic)
        units = []
        for i in range(m_):
            for name, g in (("hitA", "gA"), ("hitB", "gB")):
                for r in range(N):
                    units.append(((g, i, r), mc.form(("M", i, r)) + mc.form((name, i)) - 1,
                                  Spec((_lit(("M", i, r)), _lit((name, i))))))
        values = [((x, r), [((g, i, r), 1) for i in range(m_)], 0, Spec((_lit((x, r)),)))
                  for x, g in (("A", "gA"), ("B", "gB")) for r in range(N)]
        mc.layer("read-data.gate", units, carry=M + P + PC + Ic + hitB, values=values)

    # -- subtract: D = B − A = B + ¬A + 1, carry lookahead -----------------------------------------
    def subtract():
        units = []
        for r in range(N):
            A, B = mc.form(("A", r)), mc.form(("B", r))
            units.append((("g", r), B - A, Spec((_lit(("B", r)), _lit(("A", r), False)))))
            units.append((("k", r), A - B, Spec((_lit(("A", r)), _lit(("B", r), False)))))
        values = [(("p", r), [(("g", r), -1), (("k", r), -1)], 1, Spec((_lit(("p", r)),))) for r in range(N)]
        mc.layer("subtract.generate", units, carry=M + P + PC + Ic + hitB, values=values)
        units = []
        for rr in range(1, N + 1):
            for j in range(-1, rr):
                form = Affine(mc.b.layer, {}, 0)
                lits = []
                if j >= 0:
                    form, lits = form + mc.form(("g", j)), [_lit(("B", j)), _lit(("A", j), False)]
                for i in range(j + 1, rr):
                    form, lits = form + mc.form(("p", i)), lits + [_lit(("p", i))]
                count = (1 if j >= 0 else 0) + (rr - 1 - j)
                units.append((("T", j, rr), form - (count - 1), Spec(tuple(lits))))
        values = []
        for r in range(N):
            terms = [(("g", r), -1), (("k", r), -1)]  # p_r = 1 − g_r − k_r
            terms += [(("T", j, r), 1) for j in range(-1, r) if r > 0]  # c_r (c_0 = 1 is the constant)
            terms += [(("T", j, r + 1), -2) for j in range(-1, r)]  # p_r · c_r
            values.append((("D", r), terms, 1 + (1 if r == 0 else 0), Spec((_lit(("D", r)),))))
        gk = [("g", r) for r in range(N)] + [("k", r) for r in range(N)]
        mc.layer("subtract.lookahead", units, carry=M + P + PC + Ic + hitB + gk, values=values)

    # -- write back mem[b] ---------------------------------------------------------------------------
    def write():
        units = []
        values = []
        for i in range(m_):
            for r in range(N):
                units.append((("w1", i, r), mc.form(("D", r)) + mc.form(("hitB", i)) - 1,
                              Spec((_lit(("D", r)), _lit(("hitB", i))))))
                units.append((("w2", i, r), mc.form(("M", i, r)) - mc.form(("hitB", i)),
                              Spec((_lit(("M", i, r)), _lit(("hitB", i), False)))))
                values.append((("M'", i, r), [(("w1", i, r), 1), (("w2", i, r), 1)], 0,
                               Spec((_lit(("M'", i, r)),))))
        mc.layer("write.mux", units, carry=P + PC + Ic + D, values=values)

    Mn = [("M'", i, r) for i in range(m_) for r in range(N)]

    # -- next PC: increment the L-bit column code ---------------------------------------------------
    def next_pc():
        units = [(("C", t), sum((mc.form(("PC", u)) for u in range(t + 1)), Affine(mc.b.layer)) - t,
                  Spec(tuple(_lit(("PC", u)) for u in range(t + 1)))) for t in range(L)]
        values = []
        for t in range(L):
            terms = [(("PC", t), 1), (("C", t), -2)] + ([(("C", t - 1), 1)] if t > 0 else [])
            values.append((("q", t), terms, 1 if t == 0 else 0, Spec((_lit(("q", t)),))))
        mc.layer("next-pc.carry", units, carry=Mn + P + PC + Ic + D, values=values)

    Q = [("q", t) for t in range(L)]

    # -- branch: pc' = c if D <= 0 else q ----------------------------------------------------------
    def branch():
        zero = 1 - sum((mc.form(d) for d in D), Affine(mc.b.layer))
        units = [(("zero",), zero, Spec(tuple(_lit(d, False) for d in D)))]
        values = [(("cond",), [(("zero",), 1), (("D", N - 1), 1)], 0, Spec((_lit(("cond",)),)))]
        mc.layer("branch.cond", units, carry=Mn + P + Ic + Q + [("D", N - 1)], values=values)
        units = []
        values = []
        for t in range(L):
            units.append((("t1", t), mc.form(("I", 2, t)) + mc.form(("cond",)) - 1,
                          Spec((_lit(("I", 2, t)), _lit(("cond",))))))
            units.append((("t2", t), mc.form(("q", t)) - mc.form(("cond",)),
                          Spec((_lit(("q", t)), _lit(("cond",), False)))))
            values.append((("PC'", t), [(("t1", t), 1), (("t2", t), 1)], 0, Spec((_lit(("PC'", t)),))))
        mc.layer("branch.mux", units, carry=Mn + P, values=values)

    block("read-instr", read_instr, M + P + PC + [("I", f, t) for f in range(3) for t in range(L)])
    block("read-data", read_data, M + P + PC + Ic + hitB + [(x, r) for x in "AB" for r in range(N)])
    block("subtract", subtract, M + P + PC + Ic + hitB + D)
    block("write", write, Mn + P + PC + Ic + D)
    block("next-pc", next_pc, Mn + P + Ic + D + Q)
    block("branch", branch, Mn + P + [("PC'", t) for t in range(L)])
    return mc.b.network()


def _write_back(mc: _Machine, shape: SubleqShape):
    """The loop's last layer: the next state in the state encoding (ReLU copy, split halves, or affine)."""
    source = {"M": "M'", "P": "P", "PC": "PC'"}
    for key, sign in coordinates(shape, mc.encoding):
        sig = (source[key[0]],) + key[1:]
        form = mc.form(sig)
        if mc.encoding == "pm1-affine":
            mc.b.unit(2 * form - 1, Spec((_lit(sig),), 2, -1))
        elif sign > 0:
            mc.b.unit(form, Spec((_lit(sig),)))
        else:
            mc.b.unit(1 - form, Spec((_lit(sig, False),)))
    mc.b.close("branch.write-back", relu=mc.encoding != "pm1-affine")


@lru_cache(maxsize=32)
def relu_network(shape: tuple[int, int, int, int], encoding: str = "01", budget: str = "minimal",
                 readout: str = "folded") -> ReluNet:
    """Cached :func:`build` (``shape`` as a tuple ``(s, m, n, N)``)."""
    return build(SubleqShape(*shape), encoding, budget, readout)
