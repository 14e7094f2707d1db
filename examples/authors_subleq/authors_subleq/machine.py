"""The authors' punchcard as a :class:`verify.Machine`: the imported weights against the SUBLEQ reference step.

The encoding is written here from the notes (``giannou2023.md`` §3): column
``s + i`` holds memory cell ``i`` (N bits, MSB first, two's complement, bit 1
↦ +1, bit 0 ↦ −1), column ``s + m + j`` instruction ``j`` as
``[p_a; p_b; p_c]``, the P rows hold ``p_j`` (L-bit ±1 binary of ``j``) with
``p_0 = 0``, the ind row is 1 on the scratch columns, and column 0 holds the
program counter ``p_{s+m+pc}`` (after falling through the last command: the
code of column n mod n = 0, all −1) and, in S_cmd, the instruction the last
loop read (zero before the first loop).  Nothing else is nonzero.

A state is ``(isa.State, slot)``.  The slot is working memory every loop
overwrites before reading it, not part of the SUBLEQ state: states enumerate
every slot content, while ``step`` and ``decode`` report it as ``None``
(``decode`` still checks it holds zero or a valid instruction).  ``step`` is
the reference :func:`constructions.giannou2023.isa.step`; ``network`` is the
weight file imported by :func:`verify.importer.import_weights`.
"""
from __future__ import annotations

import itertools
from functools import lru_cache
from pathlib import Path

import numpy as np

from constructions.giannou2023.isa import Instruction, State, step
from verify import DecodeError, RatArray
from verify.importer import import_weights

from .make_weights import DATA, file_stem, rows

__all__ = ["AuthorsSubleq", "state_count", "weights_files"]


def weights_files(shape, mutated: bool = False) -> tuple[Path, Path]:
    """The shipped ``(npz, layout json)`` of ``shape = (s, m, n, N)``."""
    stem = DATA / file_stem(*shape)
    npz = stem.parent / (stem.name + "_mutated.npz") if mutated else stem.with_suffix(".npz")
    return npz, stem.with_suffix(".json")


@lru_cache(maxsize=None)
def _imported(npz: str, layout: str):
    return import_weights(npz, layout)


def _code(i: int, bits: int) -> list[int]:
    return [1 if (i >> (bits - 1 - k)) & 1 else -1 for k in range(bits)]


def _instructions(s, m, n, N) -> list[Instruction]:
    return [Instruction(a, b, c) for a in range(m) for b in range(m) for c in range(n - s - m)]


def state_count(shape) -> int:
    """How many states :meth:`AuthorsSubleq.states` enumerates."""
    s, m, n, N = shape
    ins, k = len(_instructions(*shape)), n - s - m
    return 2 ** (N * m) * k * ins ** k * (ins + 1)


class AuthorsSubleq:
    """One loop of the imported authors'-style weights against one SUBLEQ step."""

    name = "authors_subleq"

    def __init__(self, mutated: bool = False):
        self.mutated = mutated

    def imported(self, shape):
        """The :class:`verify.importer.ImportResult` of this shape's weight file."""
        return _imported(*(str(p) for p in weights_files(tuple(shape), self.mutated)))

    def network(self, shape):
        return self.imported(shape).network

    def states(self, shape):
        s, m, n, N = shape
        ins, half = _instructions(*shape), 1 << (N - 1)
        for memory in itertools.product(range(-half, half), repeat=m):
            for pc in range(n - s - m):
                for program in itertools.product(ins, repeat=n - s - m):
                    for slot in [None, *ins]:
                        yield State(tuple(program), memory, pc, N), slot

    def encode(self, shape, state) -> np.ndarray:
        s, m, n, N = shape
        st, slot = state
        L, R = n.bit_length() - 1, rows(n.bit_length() - 1, N)
        X = np.zeros((sum(size for _, size in R.values()), n), dtype=np.int64)

        def put(block, col, values):
            X[R[block][0]:R[block][0] + len(values), col] = values

        def pointers(i: Instruction):
            return _code(s + i.a, L) + _code(s + i.b, L) + _code(s + m + i.c, L)

        for j in range(1, n):
            put("P", j, _code(j, L))
        for i, value in enumerate(st.memory):
            put("M", s + i, _code(value % (1 << N), N))
        for j, i in enumerate(st.program):
            put("C", s + m + j, pointers(i))
        X[R["ind"][0], :s] = 1
        put("PC", 0, _code((s + m + st.pc) % n, L))
        if slot is not None:
            put("S_cmd", 0, pointers(slot))
        return X

    def decode(self, shape, X, tol=0):
        s, m, n, N = shape
        L, R = n.bit_length() - 1, rows(n.bit_length() - 1, N)
        grid = _on_grid(X, tol, R)

        def read(block, lo, bits, col):
            r0 = R[block][0] + lo
            code = grid[r0:r0 + bits, col]
            if np.any(code == 0):
                r = r0 + int(np.argmax(code == 0))
                raise DecodeError(f"{_where(R, r)}, column {col}: 0 where a ±1 bit belongs", r, col)
            return sum(1 << (bits - 1 - k) for k in range(bits) if code[k] > 0)

        def pointer(block, lo, col, first, count):
            j = read(block, lo, L, col)
            if not first <= j < first + count:
                r = R[block][0] + lo
                raise DecodeError(f"{_where(R, r)}, column {col}: names column {j}, outside [{first}, "
                                  f"{first + count})", r, col)
            return j - first

        def instruction(block, col):
            return Instruction(pointer(block, 0, col, s, m), pointer(block, L, col, s, m),
                               pointer(block, 2 * L, col, s + m, n - s - m))

        program = tuple(instruction("C", col) for col in range(s + m, n))
        memory = []
        for col in range(s, s + m):
            word = read("M", 0, N, col)
            memory.append(word - (1 << N) if word >> (N - 1) else word)
        pc = (read("PC", 0, L, 0) - s - m) % n
        if pc > n - s - m:
            raise DecodeError(f"{_where(R, R['PC'][0])}, column 0: the PC names no command column", R["PC"][0], 0)
        r0, size = R["S_cmd"]
        slot = instruction("S_cmd", 0) if np.any(grid[r0:r0 + size, 0] != 0) else None
        state = (State(program, tuple(memory), pc, N), slot)
        diff = np.argwhere(grid != self.encode(shape, state))
        if diff.size:
            r, c = (int(v) for v in diff[0])
            raise DecodeError(f"{_where(R, r)}, column {c} holds {int(grid[r, c])}, a valid state has "
                              f"{int(self.encode(shape, state)[r, c])}", r, c)
        return state[0], None

    def step(self, state):
        return step(state[0]), None

    def state_to_json(self, state) -> dict:
        st, slot = state
        return {"program": [[i.a, i.b, i.c] for i in st.program], "memory": list(st.memory), "pc": st.pc,
                "N": st.N, "slot": None if slot is None else [slot.a, slot.b, slot.c]}

    def state_from_json(self, data: dict):
        st = State(tuple(Instruction(*i) for i in data["program"]), tuple(data["memory"]), data["pc"], data["N"])
        return st, None if data.get("slot") is None else Instruction(*data["slot"])


def _where(R, r: int) -> str:
    block = next(name for name, (start, size) in R.items() if start <= r < start + size)
    return f"row {block}[{r - R[block][0]}]"


def _on_grid(X, tol, R) -> np.ndarray:
    """The integer matrix of ``X`` when every entry is within ``tol`` of −1, 0 or 1 (exactly, for RatArray)."""
    if isinstance(X, RatArray):
        num, den = np.asarray(X.num, dtype=object), X.den
        grid = np.clip((2 * num + den) // (2 * den), -1, 1).astype(np.int64)
        error = num - grid * den
        off = (np.abs(error) > tol * den) if tol else (error != 0)
    else:
        Xf = np.asarray(X, dtype=float)
        grid = np.clip(np.rint(np.nan_to_num(Xf)), -1, 1).astype(np.int64)
        off = ~(np.abs(Xf - grid) <= tol)  # NaN and inf are off the grid
    bad = np.argwhere(np.asarray(off, dtype=bool))
    if bad.size:
        r, c = (int(v) for v in bad[0])
        value = X.item(r, c) if isinstance(X, RatArray) else X[r, c]
        raise DecodeError(f"{_where(R, r)}, column {c} holds {value}, not within {tol} of -1, 0 or 1", r, c)
    return grid
