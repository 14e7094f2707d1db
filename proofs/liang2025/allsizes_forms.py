"""The gadget-form table of the looped ReLU-MLP ("01" bits, minimal depth), and its conformance check.

:func:`expected_layers` restates every unit of every layer of
:func:`constructions.liang2025.network.build` (``encoding="01"``,
``budget="minimal"``, folded read-out) as an instance of one gadget family of
:mod:`.allsizes_lemmas`, with its weights and bias written as functions of the
sizes ``(s, m, n, N)``, ``L = log2 n``, ``k = n − s − m`` and the unit's
generic index (cell ``i``, bit ``r``, command ``j``, field ``f``, code bit
``t``).  It is written from the gadget formulas (the network's module
docstring and companions.md §A.5), not by calling the builder:

* ``conj``: ``ReLU(Σ_{i<K} y_i − (K−1))`` with ``y_i`` an input (a conjunction)
  or ``1 −`` an input (a negated literal), spec = the conjunction of all literals;
  the address match is ``conj`` over the ``L`` literals ``[x_t = col_t]``;
* ``copy``: ``ReLU(v)`` of a unit, or of a value linear in the units: the
  read-outs ``I_{f,t} = Σ_j gP_{j,f,t}``, ``A_r = Σ_i gA_{i,r}``, ``B_r``; the
  propagate bit ``p_r = 1 − g_r − k_r``; the difference bit
  ``D_r = 1 + [r=0] − g_r − k_r + Σ_{j<r} T_{j,r} − 2 Σ_{j<r} T_{j,r+1}``;
  ``mem'_{i,r} = w1 + w2``; ``q_t = pc_t + C_{t−1} − 2C_t (+1 at t = 0)``;
  ``cond = zero + D_{N−1}``; ``pc'_t = t1 + t2``.

:func:`conformance` compares the table with the built network entry by entry
(layer names, ReLU flags, every unit's spec, bias and every weight, with the
input units identified by position).  Agreement at the listed sizes is what
ties the all-sizes lemmas to the real weights; beyond them it is trusted
(:data:`proofs.liang2025.allsizes.TRUSTED`).
"""
from __future__ import annotations

from fractions import Fraction

from constructions.liang2025.signals import Spec
from verify.relu_net import Affine

__all__ = ["expected_layers", "conformance", "FAMILY_LEMMAS", "GLUE"]

#: The lemmas each family's contract rests on (see :mod:`.allsizes_lemmas`).
FAMILY_LEMMAS = {
    "conj": ("conj",),
    "match:lits": ("conj", "literal"),
    "match": ("conj", "literal", "code", "onehot", "exclusive"),
    "copy": ("copy",),
    "copy:I": ("copy", "onehot", "exclusive", "code"),
    "conj:AB": ("conj", "onehot", "exclusive", "code"),
    "conj:p": ("conj", "xnor"),
    "copy:D": ("copy", "xnor", "scale_sum", "carry", "ripple_sub", "code"),
    "conj:D": ("conj", "xnor", "scale_sum", "carry", "ripple_sub", "code"),
    "copy:mux": ("copy", "mux"),
    "copy:q": ("copy", "increment", "code"),
    "conj:zero": ("conj", "zero"),
    "conj:cond": ("conj", "zero", "cond"),
}

#: The written argument per family: how its lemmas give the unit's contract (inputs equal to their specs).
GLUE = {
    "conj": "inputs are bits (their specs); a negated part 1 − [ℓ] is [¬ℓ]; conj: ReLU = [∧ all literals]",
    "match:lits": "literal: the term for code bit t is [PC_t = col_t]; conj over the L terms = the literal spec",
    "match": "onehot + exclusive (+ code: distinct columns ⟹ at most one match) make I_{f,t} = [I_{f,t}]; literal "
             "+ conj give ∧_t [I_{f,t} = col_t]; code turns it into [a = column] (the spec's bit-vector equality)",
    "copy": "the input is a bit (its spec is one conjunction): copy",
    "copy:I": "onehot over the gated products P_j ∧ [pc = col_j] (at most one by exclusive + code) = "
              "[∨_j (pc = col_j ∧ P_j)] = the spec of I; copy",
    "conj:AB": "onehot + exclusive + code make A_r, B_r the bits of mem[a], mem[b]; conj (K = 2, one part negated)",
    "conj:p": "xnor makes 1 − g_i − k_i = [A_i = B_i] = p_i; conj over g_j and the p's",
    "copy:D": "xnor (p, g exclusive); scale_sum (T_{j,r+1} = T_{j,r} ∧ p_r) and T_{r,r+1} = g_r give "
              "Σ_{j<r} T_{j,r+1} = p_r c_r and c_{r+1} = g_r + p_r c_r (carry: a bit); so the value is "
              "p_r + c_r − 2 p_r c_r, and ripple_sub + code make it bit r of (B − A) mod 2^N; copy",
    "conj:D": "the D value as in copy:D is the bit D_r; conj (K = 2)",
    "copy:mux": "conj gives the two products; mux: their sum is (h ? D : M); copy",
    "copy:q": "conj (C_t = C_{t−1} ∧ pc_t); increment + code: the value is bit t of (pc + 1) mod 2^L; copy",
    "conj:zero": "conj over the N negated literals ¬D_r (bias −(N−1) + N = 1); zero: = [Σ 2^r D_r = 0]",
    "conj:cond": "zero + cond: zero + D_{N−1} = [signed_N(D) ≤ 0], a bit; conj (K = 2, cond possibly negated)",
}


def _lit(key, pos=True):
    return (key, pos)


def _S(*lits) -> Spec:
    return Spec(tuple(lits))


def _bit(x: int, t: int) -> int:
    return (x >> t) & 1


class _Table:
    """The expected layers, built up one at a time over position-identified unit keys."""

    def __init__(self, state_keys):
        self.layout = list(state_keys)  # keys of the units the next layer reads
        self.live = {key: (Affine(0, {key: 1}), _S(_lit(key))) for key in state_keys}
        self.input_specs = [_S(_lit(key)) for key in state_keys]
        self.layers = []  # (name, [(key, spec, terms, bias, family)])

    def f(self, key) -> Affine:
        return self.live[key][0]

    def spec(self, key) -> Spec:
        return self.live[key][1]

    def conj(self, parts, family="conj"):
        """``Σ y − (K−1)``: ``parts`` = [(key, positive)]; a negated part reads ``1 − input``."""
        form = Affine(0, {}, -(len(parts) - 1))
        for key, pos in parts:
            form = form + (self.f(key) if pos else 1 - self.f(key))
        return form

    def emit(self, name, units, carry=(), values=None):
        """``units`` (key, form, spec, family); ``carry`` keys copied; ``values`` key -> ({unit: coeff}, const, spec)."""
        rows = [(key, spec, form, family) for key, form, spec, family in units]
        for key in carry:
            form, spec = self.live[key]
            rows.append((key, spec, form, _copy_family(key, form)))
        self.layers.append((name, [(key, spec, dict(form.terms), form.const, fam) for key, spec, form, fam in rows]))
        self.layout = [key for key, *_ in rows]
        self.live = {key: (Affine(0, {key: 1}), spec) for key, spec, *_ in rows}
        for key, (terms, const, spec) in (values or {}).items():
            self.live[key] = (Affine(0, terms, const), spec)


def _copy_family(key, form) -> str:
    if form.const == 0 and len(form.terms) == 1 and next(iter(form.terms.values())) == 1:
        return "copy"
    return {"I": "copy:I", "D": "copy:D", "M'": "copy:mux", "q": "copy:q", "PC'": "copy:mux"}[key[0]]


def expected_layers(shape):
    """``(input specs, [(layer name, [(key, spec, {input key: weight}, bias, family)])], layouts)``."""
    s, m, n, N = shape
    L, k = n.bit_length() - 1, n - s - m
    M = [("M", i, r) for i in range(m) for r in range(N)]
    P = [("P", j, f, t) for j in range(k) for f in range(3) for t in range(L)]
    PC = [("PC", t) for t in range(L)]
    tb = _Table(M + P + PC)

    def col(f, x):  # the column of operand x of field f (encoding.column)
        return s + x if f < 2 else s + m + x

    def match_lits(keyf, c):
        return [(keyf(t), bool(_bit(c, t))) for t in range(L)]

    # read-instr: hitP_j = conj_t [PC_t = col_t(j)]; gP_{j,f,t} = P_{j,f,t} ∧ hitP_j
    units = []
    for j in range(k):
        parts = match_lits(lambda t: ("PC", t), col(2, j))
        units.append((("hitP", j), tb.conj(parts), _S(*[_lit(key, pos) for key, pos in parts]), "match:lits"))
    tb.emit("read-instr.match", units, M + P + PC)
    units = [(("gP", j, f, t), tb.conj([(("P", j, f, t), True), (("hitP", j), True)]),
              _S(_lit(("P", j, f, t)), *tb.spec(("hitP", j)).lits), "conj")
             for j in range(k) for f in range(3) for t in range(L)]
    vals = {("I", f, t): ({("gP", j, f, t): 1 for j in range(k)}, 0, _S(_lit(("I", f, t))))
            for f in range(3) for t in range(L)}
    tb.emit("read-instr.gate", units, M + P + PC, vals)
    Ic = [("I", 2, t) for t in range(L)]

    # read-data: hitA_i, hitB_i = conj_t [I_{f,t} = col_t(i)] (I a one-hot read-out); gated products
    units = [((nm, i), tb.conj(match_lits(lambda t, f=f: ("I", f, t), col(f, i))), _S(_lit((nm, i))), "match")
             for i in range(m) for f, nm in ((0, "hitA"), (1, "hitB"))]
    tb.emit("read-data.match", units, M + P + PC + Ic)
    hitB = [("hitB", i) for i in range(m)]
    units = [((g, i, r), tb.conj([(("M", i, r), True), ((nm, i), True)]), _S(_lit(("M", i, r)), _lit((nm, i))), "conj")
             for i in range(m) for nm, g in (("hitA", "gA"), ("hitB", "gB")) for r in range(N)]
    vals = {(x, r): ({(g, i, r): 1 for i in range(m)}, 0, _S(_lit((x, r))))
            for x, g in (("A", "gA"), ("B", "gB")) for r in range(N)}
    tb.emit("read-data.gate", units, M + P + PC + Ic + hitB, vals)

    # subtract: g_r = B_r ∧ ¬A_r, k_r = A_r ∧ ¬B_r; T_{j,r} = g_j ∧ p_{j+1} ∧ … ∧ p_{r−1}; D_r
    units = []
    for r in range(N):
        units.append((("g", r), tb.conj([(("B", r), True), (("A", r), False)]),
                      _S(_lit(("B", r)), _lit(("A", r), False)), "conj:AB"))
        units.append((("k", r), tb.conj([(("A", r), True), (("B", r), False)]),
                      _S(_lit(("A", r)), _lit(("B", r), False)), "conj:AB"))
    vals = {("p", r): ({("g", r): -1, ("k", r): -1}, 1, _S(_lit(("p", r)))) for r in range(N)}
    tb.emit("subtract.generate", units, M + P + PC + Ic + hitB, vals)
    units = []
    for rr in range(1, N + 1):
        for j in range(-1, rr):
            parts = ([(("g", j), True)] if j >= 0 else []) + [(("p", i), True) for i in range(j + 1, rr)]
            lits = ([_lit(("B", j)), _lit(("A", j), False)] if j >= 0 else []) + [_lit(("p", i)) for i in range(j + 1, rr)]
            units.append((("T", j, rr), tb.conj(parts), _S(*lits), "conj:p"))
    vals = {}
    for r in range(N):
        terms = {("g", r): -1, ("k", r): -1}
        for j in range(-1, r):
            if r > 0:
                terms[("T", j, r)] = 1
            terms[("T", j, r + 1)] = -2
        vals[("D", r)] = (terms, 1 + (r == 0), _S(_lit(("D", r))))
    gk = [("g", r) for r in range(N)] + [("k", r) for r in range(N)]
    tb.emit("subtract.lookahead", units, M + P + PC + Ic + hitB + gk, vals)
    D = [("D", r) for r in range(N)]

    # write: w1 = D_r ∧ hitB_i, w2 = M_{i,r} ∧ ¬hitB_i, mem' = w1 + w2
    units, vals = [], {}
    for i in range(m):
        for r in range(N):
            units.append((("w1", i, r), tb.conj([(("D", r), True), (("hitB", i), True)]),
                          _S(_lit(("D", r)), _lit(("hitB", i))), "conj:D"))
            units.append((("w2", i, r), tb.conj([(("M", i, r), True), (("hitB", i), False)]),
                          _S(_lit(("M", i, r)), _lit(("hitB", i), False)), "conj"))
            vals[("M'", i, r)] = ({("w1", i, r): 1, ("w2", i, r): 1}, 0, _S(_lit(("M'", i, r))))
    tb.emit("write.mux", units, P + PC + Ic + D, vals)
    Mn = [("M'", i, r) for i in range(m) for r in range(N)]

    # next-pc: C_t = pc_0 ∧ … ∧ pc_t; q_t = pc_t + C_{t−1} − 2 C_t (C_{−1} = 1)
    units = [(("C", t), tb.conj([(("PC", u), True) for u in range(t + 1)]),
              _S(*[_lit(("PC", u)) for u in range(t + 1)]), "conj") for t in range(L)]
    vals = {}
    for t in range(L):
        terms = {("PC", t): 1, ("C", t): -2}
        if t > 0:
            terms[("C", t - 1)] = 1
        vals[("q", t)] = (terms, 1 if t == 0 else 0, _S(_lit(("q", t))))
    tb.emit("next-pc.carry", units, Mn + P + PC + Ic + D, vals)
    Q = [("q", t) for t in range(L)]

    # branch: zero = ∧_r ¬D_r; cond = zero + D_{N−1}; pc' = mux(cond, I_2, q); write-back
    units = [(("zero",), tb.conj([(d, False) for d in D]), _S(*[_lit(d, False) for d in D]), "conj:zero")]
    vals = {("cond",): ({("zero",): 1, ("D", N - 1): 1}, 0, _S(_lit(("cond",))))}
    tb.emit("branch.cond", units, Mn + P + Ic + Q + [("D", N - 1)], vals)
    units, vals = [], {}
    for t in range(L):
        units.append((("t1", t), tb.conj([(("I", 2, t), True), (("cond",), True)]),
                      _S(_lit(("I", 2, t)), _lit(("cond",))), "conj:cond"))
        units.append((("t2", t), tb.conj([(("q", t), True), (("cond",), False)]),
                      _S(_lit(("q", t)), _lit(("cond",), False)), "conj:cond"))
        vals[("PC'", t)] = ({("t1", t): 1, ("t2", t): 1}, 0, _S(_lit(("PC'", t))))
    tb.emit("branch.mux", units, Mn + P, vals)
    src = {"M": "M'", "P": "P", "PC": "PC'"}
    tb.emit("branch.write-back", [], [(src[key[0]],) + key[1:] for key in M + P + PC])
    return tb.input_specs, tb.layers


def conformance(shape, net) -> tuple[list[str], dict]:
    """Mismatches between the table and ``net`` (empty: every entry agrees), and unit counts per family."""
    input_specs, layers = expected_layers(tuple(shape))
    bad, families = [], {}
    if list(net.input_specs) != input_specs:
        bad.append("input specs differ")
    if [name for name, _ in layers] != [l.name for l in net.layers]:
        return bad + [f"layers {[l.name for l in net.layers]} != {[name for name, _ in layers]}"], families
    prev = [spec.lits[0][0] for spec in input_specs]
    for index, ((name, units), layer) in enumerate(zip(layers, net.layers)):
        if not layer.relu:
            bad.append(f"{name}: not a ReLU layer")
        if layer.n_out != len(units) or layer.n_in != len(prev):
            bad.append(f"{name}: {layer.n_in}→{layer.n_out} units, expected {len(prev)}→{len(units)}")
            break
        for u, ((key, spec, terms, bias, fam), row, b, got_spec) in enumerate(
                zip(units, layer.rows, layer.bias, layer.specs)):
            got = {prev[c]: w for c, w in row}
            want = {kk: Fraction(w) for kk, w in terms.items() if w != 0}
            where = f"{name} unit {u} {key}"
            if got_spec != spec:
                bad.append(f"{where}: spec {got_spec} != {spec}")
            if Fraction(b) != Fraction(bias):
                bad.append(f"{where}: bias {b} != {bias}")
            if got != want:
                diff = sorted(set(got.items()) ^ set(want.items()), key=str)[:2]
                bad.append(f"{where}: weights differ at {diff}")
            block = name.split(".")[0]
            families.setdefault(block, {}).setdefault(fam, 0)
            families[block][fam] += 1
        prev = [key for key, *_ in units]
    return bad, families
