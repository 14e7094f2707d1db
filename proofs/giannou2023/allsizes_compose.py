"""The ten SUBLEQ layer contracts compose to one SUBLEQ step, for every size (z3 on contracts.py's own code).

:data:`constructions.giannou2023.contracts.SPECS` chained, and
:func:`~constructions.giannou2023.contracts.subleq_step` (the step stated
directly on the punchcard), are run by the word-level executor
(:mod:`.word_exec`) on one input that stands for every machine: ``2^L``,
``2^N``, ``s``, ``m`` symbolic and every atom of every column an
uninterpreted value.  z3 then proves, atom by atom at a generic column, that
the two outputs are equal on every valid input (:func:`valid_state`), and that
every operation the executor applied was applied where its encoding is exact
(the requirements: a word read as unsigned holds bits, a merged run is
uniform, a written scalar is −1, 0 or 1).

A failing query is replayed: z3 is asked again with ``n ∈ {4, 8}``, ``N ∈ {2,
3}``, the model becomes a concrete punchcard, and the concrete contracts
(:class:`verify.spec_ops.ConcreteOps`) are run on it — the counterexample is
the first cell where the chained contracts and the step disagree.
"""
from __future__ import annotations

import numpy as np
import sympy as sp
import z3

from constructions.giannou2023 import SubleqShape, subleq_layout
from constructions.giannou2023 import contracts as _contracts
from verify.solver import check as z3check
from verify.spec_ops import ConcreteOps

from .allsizes_kinds import COLUMNS, atom_kinds, holds, in_column
from .generic_exec import PARTS, L, N
from .word_exec import (ATOMS, Context, Unsupported, WLayout, WMatrix, WOps, check_geometry, constants, new_context,
                        rebind, running, subterms)

__all__ = ["compose", "valid_state", "prove_composition", "replay", "conformance", "PRECONDITION"]

#: The valid inputs, in words: items 1 and 2 restate ``invariants.stage_template(layout, 0)``'s pointers; item 3 is
#: the all-sizes layer proofs' own stage-0 set, read per atom (``allsizes_kinds.atom_kinds(0, ·)``).
PRECONDITION = (
    "every atom of every column is the zero word or ±1 bits",
    "the program counter (column 0) is the code of a command column",
    "every command column's a and b are codes of memory columns and its c the code of a command column",
    "per column class, every atom holds what the layer proofs' stage-0 set (allsizes_ffn.stage_kinds(0)) says: "
    "±1 words in memory and command columns, the program counter and the instruction slot (zero or an "
    "instruction) in column 0, zero everywhere else",
)


def compose(specs=None, step=None):
    """Run the chained contracts and the step on one symbolic input: ``(ctx, stages, stepped)``.

    ``stages[i]`` is the state after ``i`` contracts (``stages[0]`` the input, ``stages[-1]`` the chain's output).
    """
    specs = _contracts.SPECS if specs is None else specs
    step = _contracts.subleq_step if step is None else step
    ctx = new_context()
    with running(ctx):
        layout, ops, X = WLayout(ctx), WOps(ctx), WMatrix(ctx)
        stages, done = [X], {}
        for spec in specs:
            stages.append(rebind(spec, ctx, done)(stages[-1], layout, ops))
        Z = rebind(step, ctx, done)(X, layout, ops)
    _no_leaked_columns(ctx, [*stages, Z])
    return ctx, stages, Z


def _no_leaked_columns(ctx: Context, matrices) -> None:
    """A loop over columns runs once, for a generic column: exact only if nothing flows from one iteration to
    the next.  Any such flow leaves the generic column in a stored value or a requirement; refuse it."""
    c = z3.Int("any column")
    terms = [m.cells[a](c) for m in matrices for a in ATOMS] + [cond for _, cond in ctx.requirements]
    free = constants(terms)
    for col in ctx.generic_columns:
        if col.var.get_id() in free:
            raise Unsupported(f"a value computed in a loop over the {col.region} columns is used outside that "
                              f"column's own iteration")


def _applications(ctx: Context, terms) -> list[tuple[str, z3.ArithRef]]:
    """Every ``X_atom(t)`` occurring in ``terms``, as ``(atom, t)``."""
    by_decl = {f.name(): a for a, f in ctx.X.items()}
    return [(by_decl[t.decl().name()], t.arg(0)) for t in subterms(terms)
            if z3.is_app(t) and t.num_args() == 1 and t.decl().name() in by_decl]


def valid_state(ctx: Context, terms, omit=()) -> list:
    """:data:`PRECONDITION` (all items but those indexed in ``omit``) at every cell of ``X`` that ``terms`` read."""
    pc = ctx.X["PC"](z3.IntVal(0))
    facts: dict[int, list] = {k: [] for k in range(len(PRECONDITION))}
    facts[1].append(ctx.in_region("commands", pc))
    for atom, t in _applications(ctx, list(terms) + [pc]):
        for k, group in _cell_facts(ctx, atom, t).items():
            facts[k] += group
    return [f for k, group in facts.items() if k not in omit for f in group]


def _cell_facts(ctx: Context, atom: str, t) -> dict[int, list]:
    """Items 0, 2 and 3 of :data:`PRECONDITION` at the cell ``X_atom(t)`` (kept per context and cell)."""
    cache = ctx.memo.setdefault("cell facts", {})
    key = (atom, t.get_id())
    if key not in cache:
        kinds = ctx.memo.get("stage-0 kinds")
        if kinds is None:
            kinds = ctx.memo["stage-0 kinds"] = {column: atom_kinds(0, column) for column in COLUMNS}
        v, col = ctx.X[atom](t), z3.And(t >= 0, t < ctx.n)
        facts = {0: [z3.Implies(col, z3.And(v >= -1, v < ctx.pow2(ATOMS[atom][2])))], 2: [],
                 3: [z3.Implies(z3.And(col, in_column(ctx, column, t)), holds(kinds[column][atom], v))
                     for column in COLUMNS]}
        if atom in ("C.a", "C.b", "C.c"):
            target = "commands" if atom == "C.c" else "memory"
            facts[2].append(z3.Implies(ctx.in_region("commands", t), ctx.in_region(target, v)))
        cache[key] = (t, facts)  # the term is kept so that its id is not reused
    return cache[key][1]


def _queries(ctx: Context, Y: WMatrix, Z: WMatrix):
    c = z3.Int("column")
    where = z3.And(c >= 0, c < ctx.n)
    out = [("requirements", z3.BoolVal(True), z3.And(*[cond for _, cond in ctx.requirements]))]
    out += [(f"atom {a}", where, Y.cells[a](c) == Z.cells[a](c)) for a in ATOMS]
    return out


def _solve(ctx, hyp, goal, sizes=(), cells=(), timeout_ms: int = 60_000):
    """z3 on ``hyp ⇒ goal`` under the valid-state facts for the cells the query (and ``cells``) read."""
    s = z3.Solver()
    s.set(timeout=timeout_ms)
    s.add(*ctx.facts, hyp, *valid_state(ctx, [hyp, goal, *cells]), *sizes)
    first = z3check(s, label="hypotheses satisfiable")
    if first == z3.unsat:
        return "vacuous", None
    s.add(z3.Not(goal))
    r = z3check(s, label="composition")
    if r == z3.unsat and first == z3.sat:
        return "proved", None
    if r == z3.sat:
        return "refuted", s.model()
    return "unknown", None


def prove_composition(specs=None, step=None, timeout_ms: int = 60_000) -> list[tuple[str, str, dict | None]]:
    """``[(query, status, replayed counterexample or None)]``; raises :class:`Unsupported` if the code leaves the model."""
    bad = check_geometry(PARTS)
    if bad:
        raise Unsupported(f"atoms and parts disagree: {bad[0]}")
    ctx, stages, Z = compose(specs, step)
    Y = stages[-1]
    results = []
    for name, hyp, goal in _queries(ctx, Y, Z):
        status, _ = _solve(ctx, hyp, goal, timeout_ms=timeout_ms)
        cex = replay(ctx, hyp, goal, specs, step, atom=name.removeprefix("atom ")) if status == "refuted" else None
        results.append((name, status, cex))
    return results


def replay(ctx: Context, hyp, goal, specs=None, step=None, atom: str | None = None) -> dict | None:
    """A concrete machine (``n ∈ {4, 8}``, ``N ∈ {2, 3}``) where the chained contracts and the step differ.

    The z3 model is read as a machine state (program, memory, PC, instruction slot) and encoded with
    :func:`~constructions.giannou2023.encoding.encode`; if the two sides agree on that encoding, the model's
    own matrix is used.  ``None`` if neither replays.
    """
    for L_, N_ in ((2, 2), (2, 3), (3, 2), (3, 3)):
        n = 2 ** L_
        cells = [ctx.X[a](z3.IntVal(k)) for a in ATOMS for k in range(n)]
        status, model = _solve(ctx, hyp, goal, sizes=[ctx.PL == n, ctx.PN == 2 ** N_], cells=cells)
        if status != "refuted":
            continue
        shape = SubleqShape(model.eval(ctx.s).as_long(), model.eval(ctx.m).as_long(), n, N_)
        values = {a: [model.eval(ctx.X[a](z3.IntVal(k)), model_completion=True).as_long() for k in range(n)]
                  for a in ATOMS}
        machine = _machine_state(shape, values)
        for X0, state in ((machine and _encode(shape, machine)), machine), (_matrix(shape, values), None):
            if X0 is None:
                continue
            found = _difference(shape, X0, specs, step, atom)
            if found:
                from constructions.giannou2023.machine_model import state_to_json

                return {**found, "machine state": state and state_to_json(*state), "input": X0.tolist()}
    return None


def _difference(shape: SubleqShape, X0, specs, step, atom) -> dict | None:
    layout, ops = subleq_layout(shape), ConcreteOps()
    chained = X0.copy()
    for spec in (_contracts.SPECS if specs is None else specs):
        chained = spec(chained, layout, ops)
    stepped = (_contracts.subleq_step if step is None else step)(X0.copy(), layout, ops)
    diff = [(r, j) for r in range(layout.d) for j in range(shape.n) if chained[r, j] != stepped[r, j]]
    if atom in ATOMS:  # the refuted atom's cells first
        rows = set(_rows_of(shape, atom))
        diff.sort(key=lambda rj: rj[0] not in rows)
    if not diff:
        return None
    r, j = diff[0]
    return {"shape": [shape.s, shape.m, shape.n, shape.N], "cell": f"{layout.describe_row(r)} at "
            f"{layout.describe_col(j)}", "chained contracts": int(chained[r, j]), "subleq_step": int(stepped[r, j]),
            "differing cells": len(diff)}


def _machine_state(shape: SubleqShape, values: dict):
    """``(State, current instruction)`` read from atom values, or ``None`` if they do not name one."""
    from constructions.giannou2023.isa import Instruction, State

    s, m, half = shape.s, shape.m, 1 << (shape.N - 1)

    def ins(a, b, c):
        if a - s in range(m) and b - s in range(m) and c - s - m in range(shape.commands):
            return Instruction(a - s, b - s, c - s - m)
        return None

    program = [ins(values["C.a"][j], values["C.b"][j], values["C.c"][j]) for j in shape.command_cols]
    memory = [values["M"][j] for j in shape.memory_cols]
    pc = values["PC"][0] - s - m
    if None in program or min(memory) < 0 or pc not in range(shape.commands):
        return None
    current = ins(values["S_cmd.a"][0], values["S_cmd.b"][0], values["S_cmd.c"][0])
    state = State(tuple(program), tuple(v - 2 * half if v >= half else v for v in memory), pc, shape.N)
    return state, current


def _encode(shape, machine):
    from constructions.giannou2023.encoding import encode

    return np.array(encode(shape, *machine).tolist(), dtype=object)


def _rows_of(shape: SubleqShape, atom: str) -> range:
    base, off, length = ATOMS[atom]
    env = {L: shape.L, N: shape.N}
    start = subleq_layout(shape).rows(base).start + int(sp.sympify(off).subs(env))
    return range(start, start + int(sp.sympify(length).subs(env)))


def _atom_values(shape: SubleqShape, X) -> dict:
    """The word encoding of every atom of every column of a concrete punchcard (raises if an atom is mixed)."""
    out = {}
    for atom in ATOMS:
        rows = _rows_of(shape, atom)
        out[atom] = []
        for j in range(shape.n):
            bits = [int(X[r, j]) for r in rows]
            if all(b == 0 for b in bits):
                out[atom].append(-1)
            elif all(b in (-1, 1) for b in bits):
                out[atom].append(int("".join("1" if b == 1 else "0" for b in bits), 2))
            else:
                raise ValueError(f"{atom} at column {j} mixes zero and ±1 entries: {bits}")
    return out


def conformance(shapes, samples: int = 3, seed: int = 0) -> list[str]:
    """The word model against the concrete contracts, on random encoded machine states at ``shapes``.

    At each shape and state: :data:`PRECONDITION` holds (z3 on the concrete values), and the word model's
    outputs — the chained contracts' and the step's, every atom of every column — equal what
    :class:`~verify.spec_ops.ConcreteOps` computes on the same matrix.  Returns the mismatches.
    """
    import random

    from constructions.giannou2023.encoding import encode
    from constructions.giannou2023.isa import Instruction, State

    ctx, stages, Z = compose()
    Y = stages[-1]
    rng, bad = random.Random(seed), []
    for shp in shapes:
        shape = SubleqShape(*shp)
        layout, half = subleq_layout(shape), 1 << (shape.N - 1)
        for _ in range(samples):
            def ins():
                return Instruction(rng.randrange(shape.m), rng.randrange(shape.m), rng.randrange(shape.commands))
            state = State(tuple(ins() for _ in range(shape.commands)),
                          tuple(rng.randrange(-half, half) for _ in range(shape.m)),
                          rng.randrange(shape.commands), shape.N)
            X0 = np.array(encode(shape, state, rng.choice([None, ins()])).tolist(), dtype=object)
            values = _atom_values(shape, X0)
            s = z3.Solver()
            cells = [ctx.X[a](z3.IntVal(k)) for a in ATOMS for k in range(shape.n)]
            s.add(*ctx.facts, ctx.PL == shape.n, ctx.PN == 2 ** shape.N, ctx.s == shape.s, ctx.m == shape.m,
                  *(ctx.X[a](z3.IntVal(k)) == v for a, vs in values.items() for k, v in enumerate(vs)))
            s.add(*valid_state(ctx, cells))
            if z3check(s, label="conformance") != z3.sat:
                bad.append(f"{shp}: an encoded state violates the word-level precondition")
                continue
            model = s.model()
            ops = ConcreteOps()
            chained = X0.copy()
            for spec in _contracts.SPECS:
                chained = spec(chained, layout, ops)
            for side, W, concrete in (("chained", Y, chained), ("step", Z, _contracts.subleq_step(X0, layout, ops))):
                want = _atom_values(shape, concrete)
                for a in ATOMS:
                    for k in range(shape.n):
                        got = model.eval(W.cells[a](z3.IntVal(k)), model_completion=True).as_long()
                        if got != want[a][k]:
                            bad.append(f"{shp} {side}: {a} at column {k}: word model {got}, contracts {want[a][k]}")
    return bad


def _matrix(shape: SubleqShape, values: dict) -> np.ndarray:
    """The punchcard whose atoms hold ``values`` (word-encoded) and whose codes and indicators are the layout's."""
    layout = subleq_layout(shape)
    X = np.zeros((layout.d, shape.n), dtype=object)
    for atom in ATOMS:
        rows = _rows_of(shape, atom)
        for j, v in enumerate(values[atom]):
            w = len(rows)
            X[rows.start:rows.stop, j] = [0] * w if v < 0 else [1 if (v >> (w - 1 - k)) & 1 else -1 for k in range(w)]
    for j in range(shape.n):
        X[list(layout.rows("P")), j] = layout.code(j)
    X[layout.row("ind"), :shape.s] = 1
    X[layout.row("ind0"), 0] = 1
    return X

