"""The sets of states between layers of the SUBLEQ loop, as symbolic templates.

``stage_template(layout, i)`` is the set of matrices the state can be in
after layer ``i`` (``i = 0``: at the start of a loop) — what layer ``i + 1``
may assume about its input.  Each is a matrix of :mod:`verify.symbolic`
values over fresh finite-domain variables:

* the program: every command column holds three pointer codes, each a
  selector over the memory columns (a, b) or the command columns (c);
* memory: every memory word is N free ±1 bits;
* the program counter: a selector over the command columns, until layer 8
  turns it into L free bits (PC + 1 may wrap to the binary code of 0);
* the instruction slot ``S_cmd``: at the start of a loop either empty (zero,
  before the first loop) or any instruction (it is never cleared, reference
  notes §15); from layer 1 on, an instruction;
* the scratch words and the flag, exactly where the layers put them;
* everything else constant: positional codes, indicators, zeros.

Because each template uses fresh variables, one layer's proof never sees
how the previous layer computed its input — only what its contract
guarantees — which keeps every query small.
"""
from __future__ import annotations

import numpy as np

from verify import symbolic as sym
from verify.layout import Layout
from verify.smt import Template

__all__ = ["stage_template", "STAGES"]

#: Scratch fields present after each layer (index = stage = number of layers applied).
_SCRATCH = {
    0: (), 1: (),
    2: ("S_a", "S_b"), 3: ("S_a", "S_b", "B.B1"), 4: ("S_a", "S_b", "B.B1", "B.B2"),
    5: ("S_b",), 6: ("S_b",),
    7: ("flag",), 8: ("flag",),
    9: (), 10: (),
}
STAGES = tuple(range(11))


def stage_template(layout: Layout, stage: int, slot: str = "any") -> Template:
    """The set of states after ``stage`` layers; ``slot`` ∈ {any, empty, full} for stage 0."""
    if stage not in STAGES:
        raise ValueError(f"stage {stage} is outside 0..10")
    if slot not in ("any", "empty", "full"):
        raise ValueError(f"slot must be any, empty or full, not {slot!r}")
    d, n = layout.d, layout.n
    X = np.empty((d, n), dtype=object)
    X[:, :] = sym.ZERO
    fields: list[tuple] = []
    memory, commands = list(layout.cols("memory")), list(layout.cols("commands"))

    code_lists: dict[tuple, list] = {}  # columns -> their codes (one list shared by every field over them)

    def codes(cols):
        if tuple(cols) not in code_lists:
            code_lists[tuple(cols)] = [layout.code(j) for j in cols]
        return code_lists[tuple(cols)]

    branch_lists: dict[tuple, tuple] = {}  # (columns, bit) -> ((column, its code's bit as a constant), ...)

    def _code_branches(cols: tuple, k: int) -> tuple:
        if (cols, k) not in branch_lists:
            branch_lists[cols, k] = tuple((j, sym.const(layout.code(j)[k])) for j in cols)
        return branch_lists[cols, k]

    def put_code(block: str, col: int, cols: list[int], name: str, gate: sym.Var | None = None):
        sel = sym.Var(name, cols)
        rows = list(layout.rows(block))
        for k, r in enumerate(rows):
            e = sym.case(sel, _code_branches(tuple(cols), k))
            X[r, col] = e if gate is None else sym.case(gate, [(0, sym.ZERO), (1, e)])
        if gate is None:
            fields.append(("code", rows, col, codes(cols), name))

    def put_bits(block: str, col: int, name: str):
        rows = list(layout.rows(block))
        for k, r in enumerate(rows):
            X[r, col] = sym.var(f"{name}[{k}]", (-1, 1))
        fields.append(("bits", rows, col, name))

    for j in range(n):
        for k, r in enumerate(layout.rows("P")):
            X[r, j] = sym.const(layout.code(j)[k])
    for j in layout.cols("scratch"):
        X[layout.row("ind"), j] = sym.const(1)
    X[layout.row("ind0"), 0] = sym.const(1)
    for j in commands:
        put_code("C.a", j, memory, f"cmd{j}.a")
        put_code("C.b", j, memory, f"cmd{j}.b")
        put_code("C.c", j, commands, f"cmd{j}.c")
    for j in memory:
        put_bits("M", j, f"mem{j}")
    if stage <= 7:
        put_code("PC", 0, commands, "pc")
    else:
        put_bits("PC", 0, "pcbits")
    if stage == 0 and slot != "full":
        gate = sym.Var("slot_full", (0,) if slot == "empty" else (0, 1))
        for part, cols in (("a", memory), ("b", memory), ("c", commands)):
            put_code(f"S_cmd.{part}", 0, cols, f"slot.{part}", gate=gate)
    else:
        for part, cols in (("a", memory), ("b", memory), ("c", commands)):
            put_code(f"S_cmd.{part}", 0, cols, f"slot.{part}")
    for block in _SCRATCH[stage]:
        if block == "flag":
            r = layout.row("S_a.flag")
            X[r, 0] = sym.var("flag", (0, 1))
            fields.append(("flag", [r], 0, "flag"))
        else:
            put_bits(block, 0, block.replace("B.", ""))
    return Template(f"after layer {stage}" if stage else f"loop start (slot {slot})", X, fields)
