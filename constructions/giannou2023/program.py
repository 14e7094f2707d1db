"""SUBLEQ programs as text, and the machine they run on.

Format (one statement per line; ``#`` or ``;`` starts a comment)::

    .bits 14              # word size N (default 8)
    .scratch 1            # scratchpad columns s (default 1)
    .columns 32           # total columns n (default: smallest power of two that fits)
    .expect F 5040        # the program's intended result (checked by the tests and claims)
    .data
    F: 1                  # a named cell with its initial value
    LIST: 5 9 2 7         # consecutive cells LIST[0] … LIST[3]; LIST means LIST[0]
    .code
    loop: subleq A, B, done   # mem[B] -= mem[A]; if mem[B] <= 0 goto done
          subleq A, B         # without a target: continue with the next line
    done: halt                # EOF: subleq ZERO, NEG1, done — jumps to itself

Two cells are predefined, as in the paper's EOF convention: ``ZERO`` (0) and
``NEG1`` (−1), memory indices 0 and 1.  An instruction may write them only
with ``a = ZERO`` (which leaves them unchanged), so EOF always loops.  The
last instruction must be ``halt``.  Columns left over when ``n`` is rounded
up to a power of two become extra zero memory cells named ``_pad0``, … .

Errors raise :class:`ProgramError` with the file, line and problem (lines are
counted by ``\n`` as editors and ``grep -n`` count them).  Two problems of the
whole program name no line: no instructions, and more columns than
``MAX_COLUMNS`` (4096) without a ``.columns`` line.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from .isa import Instruction, State, wrap
from .punchcard import SubleqShape

__all__ = [
    "Program",
    "ProgramError",
    "parse_program",
    "load_program",
    "resolve_program",
    "shipped_programs",
    "random_program",
    "format_program",
]

PROGRAM_DIR = Path(__file__).parent / "programs"

RESERVED = ("ZERO", "NEG1")
_NAME = r"[A-Za-z_][A-Za-z0-9_]*"
_CELL = re.compile(rf"^({_NAME})(?:\[([0-9]+)\])?$")
#: the most columns a program may ask for (``.columns``, or what its cells and instructions need)
MAX_COLUMNS = 1 << 12
#: the longest piece of user text quoted in an error message
_QUOTE = 40


class ProgramError(ValueError):
    """A problem in a program's text: ``file:line: message``."""

    def __init__(self, source: str, line: int | None, message: str):
        where = f"{source}:{line}" if line else source
        super().__init__(f"{where}: {message}")
        self.source, self.line, self.message = source, line, message


@dataclass(frozen=True)
class Program:
    """A parsed program: its machine shape, initial state and symbol tables."""

    name: str
    shape: SubleqShape
    initial: State
    cells: tuple[str, ...]  # display name of each memory index
    labels: tuple[tuple[str, int], ...]
    lines: tuple[int, ...]  # source line of each instruction
    expect: tuple[tuple[str, int], ...] = ()  # intended final values of named cells

    def cell(self, name: str) -> int:
        try:
            return self.cells.index(name)
        except ValueError:
            raise KeyError(f"{self.name} has no memory cell {name!r}") from None

    def value(self, state: State, name: str) -> int:
        return state.memory[self.cell(name)]

    @property
    def user_cells(self) -> list[tuple[int, str]]:
        """Memory cells the program declared (without the reserved and padding cells)."""
        return [(i, c) for i, c in enumerate(self.cells) if c not in RESERVED and not c.startswith("_pad")]


def _strip(line: str) -> str:
    return re.split(r"[#;]", line, maxsplit=1)[0].strip()


def _short(text: str) -> str:
    """User text shortened: an error message stays one readable line."""
    return text if len(text) <= _QUOTE else text[:_QUOTE] + "…"


def _quote(text: str) -> str:
    return repr(_short(text))


def _num(value: int) -> str:
    """An integer for a message (``str`` refuses, or floods the line with, numbers of thousands of digits)."""
    return str(value) if value.bit_length() <= 128 else f"(a {value.bit_length()}-bit number)"


def _int(text: str, source: str, lineno: int, what: str) -> int:
    if not re.fullmatch(r"[+-]?(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|[0-9_]+)", text):
        raise ProgramError(source, lineno, f"{what} {_quote(text)} is not an integer")
    try:
        return int(text, 0)
    except ValueError:  # misplaced underscores, a leading zero, more digits than int() accepts
        raise ProgramError(source, lineno, f"{what} {_quote(text)} is not an integer") from None


def parse_program(text: str, source: str = "<program>") -> Program:
    """Parse program text (see the module docstring)."""
    N, s, n, n_line = 8, 1, None, None
    section = None
    expect: list[tuple[str, int, int]] = []  # cell, value, line
    cells: list[tuple[str, int, int]] = [("ZERO", 0, 0), ("NEG1", -1, 0)]  # name, value, line
    arrays: dict[str, tuple[int, int]] = {"ZERO": (0, 1), "NEG1": (1, 1)}  # name -> (first index, length)
    code: list[tuple[int, str | None, list[str]]] = []  # line, label, tokens
    labels: dict[str, int] = {}
    label_lines: dict[str, int] = {}
    for lineno, raw in enumerate(text.split("\n"), start=1):
        line = _strip(raw)
        if not line:
            continue
        if line.startswith("."):
            word, arg = (line.split(None, 1) + [""])[:2]
            arg = arg.strip()
            if word in (".data", ".code"):
                if arg:
                    raise ProgramError(source, lineno, f"{word} takes no argument")
                section = word
            elif word == ".expect":
                parts = arg.split()
                if len(parts) != 2:
                    raise ProgramError(source, lineno, ".expect takes a cell name and a value")
                expect.append((parts[0], _int(parts[1], source, lineno, "expected value"), lineno))
            elif word in (".bits", ".scratch", ".columns"):
                value = _int(arg, source, lineno, f"{word} value")
                if word == ".bits":
                    if not 2 <= value <= 64:
                        raise ProgramError(source, lineno, f".bits {_num(value)} is outside 2..64")
                    N = value
                elif word == ".scratch":
                    if not 1 <= value <= MAX_COLUMNS:
                        raise ProgramError(source, lineno, f".scratch {_num(value)} is outside 1..{MAX_COLUMNS}")
                    s = value
                else:
                    if not 4 <= value <= MAX_COLUMNS:
                        raise ProgramError(source, lineno, f".columns {_num(value)} is outside 4..{MAX_COLUMNS}")
                    n, n_line = value, lineno
            else:
                raise ProgramError(source, lineno, f"unknown directive {_quote(word)}")
            continue
        if section is None:
            raise ProgramError(source, lineno, "statement before .data or .code")
        label, rest = None, line
        m = re.match(rf"^({_NAME})\s*:\s*(.*)$", line)
        if m:
            label, rest = m.group(1), m.group(2).strip()
        if section == ".data":
            if label is None:
                raise ProgramError(source, lineno, f"expected 'NAME: value', got {_quote(line)}")
            if label in arrays:
                raise ProgramError(source, lineno, f"memory cell {_quote(label)} is defined twice")
            values = rest.replace(",", " ").split()
            if not values:
                raise ProgramError(source, lineno, f"memory cell {_quote(label)} has no initial value")
            arrays[label] = (len(cells), len(values))
            for k, v in enumerate(values):
                name = label if len(values) == 1 else f"{label}[{k}]"
                cells.append((name, _int(v, source, lineno, "initial value"), lineno))
        else:
            if label is not None:
                if label in labels:
                    raise ProgramError(source, lineno, f"label {_quote(label)} is defined twice")
                labels[label] = len(code)
                label_lines[label] = lineno
            if rest:
                code.append((lineno, label, rest.replace(",", " ").split()))
    for name, value, lineno in cells:
        if wrap(value, N) != value:
            lo, hi = -(1 << (N - 1)), (1 << (N - 1)) - 1
            raise ProgramError(source, lineno,
                               f"value {_num(value)} of {name} is outside the {N}-bit range [{lo}, {hi}]")
    if not code:
        raise ProgramError(source, None, "the program has no instructions (missing .code section?)")
    for label, index in labels.items():
        if index >= len(code):
            raise ProgramError(source, label_lines[label], f"label {_quote(label)} marks no instruction")

    def cell(token: str, lineno: int) -> int:
        m = _CELL.match(token)
        if not m:
            raise ProgramError(source, lineno, f"{_quote(token)} is not a memory cell name")
        name, idx = m.group(1), m.group(2)
        if name not in arrays:
            raise ProgramError(source, lineno, f"unknown memory cell {_quote(name)}")
        first, length = arrays[name]
        k = 0 if idx is None else int(idx) if len(idx) <= 18 else length  # longer: out of range anyway
        if k >= length:
            raise ProgramError(source, lineno, f"pointer {_short(token)} is outside memory: {name} has {length} cell(s)")
        return first + k

    program: list[Instruction] = []
    lines: list[int] = []
    for k, (lineno, _, tokens) in enumerate(code):
        op, args = tokens[0].lower(), tokens[1:]
        if op == "halt":
            if args:
                raise ProgramError(source, lineno, "halt takes no operands")
            ins = Instruction(0, 1, k)
        elif op == "subleq":
            if len(args) not in (2, 3):
                raise ProgramError(source, lineno, f"subleq takes 2 or 3 operands, got {len(args)}")
            a, b = cell(args[0], lineno), cell(args[1], lineno)
            if len(args) == 3:
                if args[2] not in labels:
                    raise ProgramError(source, lineno, f"unknown label {_quote(args[2])}")
                c = labels[args[2]]
            else:
                c = k + 1
            if b in (0, 1) and a != 0:
                raise ProgramError(
                    source, lineno,
                    f"instruction writes the reserved cell {RESERVED[b]} (only 'subleq ZERO, {RESERVED[b]}' leaves it unchanged)",
                )
            ins = Instruction(a, b, c)
        else:
            raise ProgramError(source, lineno, f"unknown instruction {_quote(tokens[0])} (expected subleq or halt)")
        program.append(ins)
        lines.append(lineno)
    last_line = code[-1][0]
    if code[-1][2][0].lower() != "halt":
        raise ProgramError(source, last_line, "missing EOF: the last instruction must be 'halt'")
    for k, ins in enumerate(program):
        if ins.c >= len(program):
            raise ProgramError(source, lines[k], "jump target past the last instruction")

    needed = s + len(cells) + len(program)
    if n is None:
        if needed > MAX_COLUMNS:
            raise ProgramError(source, None, f"the program needs {needed} columns, more than {MAX_COLUMNS}")
        n = max(4, 1 << (needed - 1).bit_length())
    elif n < needed:
        raise ProgramError(source, n_line, f".columns {n} is too small: the program needs {needed} columns")
    elif n & (n - 1):
        raise ProgramError(source, n_line, f".columns {n} is not a power of two")
    pad = n - needed
    names = [c[0] for c in cells] + [f"_pad{i}" for i in range(pad)]
    memory = tuple(c[1] for c in cells) + (0,) * pad
    for name, value, lineno in expect:
        if name not in names:
            raise ProgramError(source, lineno, f".expect names unknown memory cell {_quote(name)}")
        if wrap(value, N) != value:
            raise ProgramError(source, lineno, f".expect value {_num(value)} is outside the {N}-bit range")
    shape = SubleqShape(s, len(memory), n, N)
    state = State(tuple(program), memory, 0, N)
    return Program(
        Path(source).stem,
        shape,
        state,
        tuple(names),
        tuple(sorted(labels.items())),
        tuple(lines),
        tuple((name, value) for name, value, _ in expect),
    )


def load_program(path: str | Path) -> Program:
    """Read and parse a program file; unreadable files raise :class:`ProgramError`."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise ProgramError(str(path), None, f"cannot read the program: {err.strerror}") from None
    except UnicodeDecodeError:
        raise ProgramError(str(path), None, "the program is not UTF-8 text") from None
    return parse_program(text, str(path))


def shipped_programs() -> dict[str, Path]:
    """The programs shipped with the tool, by name."""
    return {p.stem: p for p in sorted(PROGRAM_DIR.glob("*.sbq"))}


def resolve_program(name_or_path: str) -> Program:
    """Load a program file, or a shipped program by name (``factorial``)."""
    path = Path(name_or_path)
    if path.exists():
        return load_program(path)
    shipped = shipped_programs()
    if name_or_path in shipped:
        return load_program(shipped[name_or_path])
    raise ProgramError(
        name_or_path, None, f"no such file, and no shipped program of that name (shipped: {', '.join(shipped)})"
    )


def format_program(program: Program) -> str:
    """Program text that parses back to the same machine and initial state."""
    st, shape = program.initial, program.shape
    out = [f".bits {shape.N}", f".scratch {shape.s}", f".columns {shape.n}", ".data"]
    for i, name in enumerate(program.cells):
        if name not in RESERVED:
            out.append(f"c{i}: {st.memory[i]}  # {name}")
    out.append(".code")
    def ref(i: int) -> str:
        return program.cells[i] if program.cells[i] in RESERVED else f"c{i}"
    for k, ins in enumerate(st.program):
        if k == len(st.program) - 1:
            out.append(f"L{k}: halt")
        else:
            out.append(f"L{k}: subleq {ref(ins.a)}, {ref(ins.b)}, L{ins.c}")
    return "\n".join(out) + "\n"


def random_program(shape: SubleqShape, rng: random.Random, name: str = "random") -> Program:
    """A random program for ``shape``, drawn as the official code draws them.

    Memory cells other than ``ZERO``/``NEG1`` start in ``[−2^{N−2}, 2^{N−2})``
    (so the first subtraction cannot overflow); instructions read any cell,
    write only non-reserved cells, jump anywhere; the last one is EOF.
    """
    if shape.m < 3:
        raise ValueError("a random program needs m ≥ 3 (ZERO, NEG1 and one data cell)")
    quarter = 1 << (shape.N - 2)
    memory = (0, -1) + tuple(rng.randrange(-quarter, quarter) for _ in range(shape.m - 2))
    k = shape.commands
    program = [Instruction(rng.randrange(shape.m), rng.randrange(2, shape.m), rng.randrange(k)) for _ in range(k - 1)]
    program.append(Instruction(0, 1, k - 1))
    cells = RESERVED + tuple(f"R{i}" for i in range(2, shape.m))
    return Program(name, shape, State(tuple(program), memory, 0, shape.N), cells, (), tuple(range(1, k + 1)))
