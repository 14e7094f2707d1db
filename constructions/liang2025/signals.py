"""Reference signals: what every unit of the looped ReLU-MLP is meant to equal.

Each unit of the network carries a :class:`Spec`: a conjunction of literals
over named *signals*, scaled and shifted (``value = scale·[∧ literals] +
offset``).  The signals are defined here from the SUBLEQ semantics alone —
never from the network's weights — in two independent forms:

* :func:`signals` — concrete 0/1 values of a :class:`~constructions.giannou2023.isa.State`,
  with the next state taken from :func:`~constructions.giannou2023.isa.step`;
* :func:`z3_signals` — z3 Boolean terms over the state's bit variables
  (bit-vector subtraction and increment), used by the proofs.

Signal keys: the state bits ``M, P, PC`` (:mod:`.encoding`) and

``("I", f, t)``   bit t of field f of the instruction at pc
``("hitA", i)``   [a = i];   ``("hitB", i)``: [b = i]
``("A", r)``      bit r of mem[a];   ``("B", r)``: of mem[b]
``("p", r)``      [A_r = B_r] (the borrow-propagate bit of b − a)
``("D", r)``      bit r of wrap(mem[b] − mem[a])
``("cond",)``     [wrap(mem[b] − mem[a]) ≤ 0]
``("q", t)``      bit t of the column of pc + 1 (mod n)
``("M'", i, r)``, ``("PC'", t)``: the bits of the next state.
"""
from __future__ import annotations

from dataclasses import dataclass

from constructions.giannou2023.isa import State, step, wrap
from constructions.giannou2023.punchcard import SubleqShape

from .encoding import column, pc_column, state_bits

__all__ = ["Spec", "signals", "z3_signals", "z3_validity", "spec_value", "spec_z3"]


@dataclass(frozen=True)
class Spec:
    """``scale · [all literals hold] + offset``; a literal is ``(signal key, polarity)``."""

    lits: tuple[tuple[tuple, bool], ...]
    scale: int = 1
    offset: int = 0

    def __str__(self) -> str:
        body = " ∧ ".join(("" if pos else "¬") + "".join(str(x) for x in key) for key, pos in self.lits) or "1"
        out = f"[{body}]"
        if self.scale != 1:
            out = f"{self.scale}·{out}"
        return out + (f" {self.offset:+d}" if self.offset else "")


def spec_value(spec: Spec, sig: dict) -> int:
    return spec.scale * int(all(bool(sig[k]) == pos for k, pos in spec.lits)) + spec.offset


def spec_z3(spec: Spec, sig: dict):
    import z3

    cond = z3.And([sig[k] if pos else z3.Not(sig[k]) for k, pos in spec.lits]) if spec.lits else z3.BoolVal(True)
    return z3.If(cond, spec.scale + spec.offset, spec.offset)


def signals(shape: SubleqShape, state: State) -> dict[tuple, int]:
    """Every signal's 0/1 value at ``state`` (which must not have fallen off the program)."""
    N, L = shape.N, shape.L
    sig = dict(state_bits(shape, state))
    ins = state.program[state.pc]
    for f, val in enumerate((ins.a, ins.b, ins.c)):
        col = column(shape, f, val)
        for t in range(L):
            sig[("I", f, t)] = (col >> t) & 1
    for i in range(shape.m):
        sig[("hitA", i)] = int(ins.a == i)
        sig[("hitB", i)] = int(ins.b == i)
    va, vb = state.memory[ins.a] % (1 << N), state.memory[ins.b] % (1 << N)
    d = wrap(state.memory[ins.b] - state.memory[ins.a], N)
    for r in range(N):
        sig[("A", r)], sig[("B", r)] = (va >> r) & 1, (vb >> r) & 1
        sig[("p", r)] = int(sig[("A", r)] == sig[("B", r)])
        sig[("D", r)] = ((d % (1 << N)) >> r) & 1
    sig[("cond",)] = int(d <= 0)
    q = (pc_column(shape, state.pc) + 1) % shape.n
    for t in range(L):
        sig[("q", t)] = (q >> t) & 1
    nxt = state_bits(shape, step(state))
    for key, v in nxt.items():
        if key[0] in ("M", "PC"):
            sig[(key[0] + "'",) + key[1:]] = v
    return sig


def _bv(bits, width):
    import z3

    return z3.Concat(*[z3.If(b, z3.BitVecVal(1, 1), z3.BitVecVal(0, 1)) for b in reversed(bits)]) if width > 1 \
        else z3.If(bits[0], z3.BitVecVal(1, 1), z3.BitVecVal(0, 1))


def z3_state(shape: SubleqShape, prefix: str = "") -> dict[tuple, object]:
    """Fresh z3 Booleans for the state bits, named after their keys."""
    import z3
    from .encoding import state_keys

    return {k: z3.Bool(prefix + "_".join(str(x) for x in k)) for k in state_keys(shape)}


def z3_validity(shape: SubleqShape, sig: dict):
    """The state is valid and has not fallen off: operands in memory, targets and pc in the program."""
    import z3

    L, lo, hi = shape.L, shape.s, shape.s + shape.m
    out = []

    def field(j, f):
        return _bv([sig[("P", j, f, t)] for t in range(L)], L)

    for j in range(shape.commands):
        for f in (0, 1):
            v = field(j, f)
            out += [z3.UGE(v, lo), z3.ULT(v, hi)]
        out.append(z3.UGE(field(j, 2), hi))
    out.append(z3.UGE(_bv([sig[("PC", t)] for t in range(L)], L), hi))
    return z3.And(out)


def z3_signals(shape: SubleqShape, state_vars: dict) -> dict[tuple, object]:
    """Every signal as a z3 Boolean term over the state bits ``state_vars``."""
    import z3

    N, L, k = shape.N, shape.L, shape.commands
    sig = dict(state_vars)
    pcv = _bv([sig[("PC", t)] for t in range(L)], L)
    hitP = [pcv == shape.s + shape.m + j for j in range(k)]
    for f in range(3):
        for t in range(L):
            sig[("I", f, t)] = z3.Or([z3.And(hitP[j], sig[("P", j, f, t)]) for j in range(k)])
    av = _bv([sig[("I", 0, t)] for t in range(L)], L)
    bv = _bv([sig[("I", 1, t)] for t in range(L)], L)
    for i in range(shape.m):
        sig[("hitA", i)] = av == shape.s + i
        sig[("hitB", i)] = bv == shape.s + i
    for r in range(N):
        sig[("A", r)] = z3.Or([z3.And(sig[("hitA", i)], sig[("M", i, r)]) for i in range(shape.m)])
        sig[("B", r)] = z3.Or([z3.And(sig[("hitB", i)], sig[("M", i, r)]) for i in range(shape.m)])
        sig[("p", r)] = sig[("A", r)] == sig[("B", r)]
    d = _bv([sig[("B", r)] for r in range(N)], N) - _bv([sig[("A", r)] for r in range(N)], N)
    for r in range(N):
        sig[("D", r)] = z3.Extract(r, r, d) == 1
    sig[("cond",)] = d <= 0  # signed comparison of the N-bit two's-complement word
    q = pcv + 1
    for t in range(L):
        sig[("q", t)] = z3.Extract(t, t, q) == 1
        sig[("PC'", t)] = z3.If(sig[("cond",)], sig[("I", 2, t)], sig[("q", t)])
    for i in range(shape.m):
        for r in range(N):
            sig[("M'", i, r)] = z3.If(sig[("hitB", i)], sig[("D", r)], sig[("M", i, r)])
    return sig
