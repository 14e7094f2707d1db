import random

import pytest

from constructions.giannou2023 import SubleqShape
from constructions.giannou2023.isa import run
from constructions.giannou2023.program import (
    ProgramError, format_program, load_program, parse_program, random_program, resolve_program, shipped_programs,
)

GOOD = """
.bits 6
.data
X: 5
L: 1 2 3
.code
top:  subleq X, L[2], end   # comment
      subleq ZERO, ZERO, top
end:  halt
"""


def test_parse_good_program():
    p = parse_program(GOOD, "good.sbq")
    # 1 scratch + 6 cells + 3 instructions = 10 columns → n = 16; 6 padding cells fill memory
    assert p.shape == SubleqShape(1, 12, 16, 6)
    assert p.cells[:7] == ("ZERO", "NEG1", "X", "L[0]", "L[1]", "L[2]", "_pad0")
    assert [c for _, c in p.user_cells] == ["X", "L[0]", "L[1]", "L[2]"]
    assert p.initial.program[0].b == 5 and p.initial.program[0].c == 2
    assert dict(p.labels) == {"top": 0, "end": 2}


@pytest.mark.parametrize("text, message", [
    (".code\n subleq X, ZERO\n halt", "unknown memory cell 'X'"),
    (".data\nX: 1\n.code\n subleq X, X, nowhere\n halt", "unknown label 'nowhere'"),
    (".bits 4\n.data\nX: 8\n.code\n halt", "outside the 4-bit range"),
    (".data\nL: 1 2\n.code\n subleq L[2], L\n halt", r"pointer L\[2\] is outside memory"),
    (".data\nX: 1\n.code\n subleq X, X", "missing EOF"),
    (".data\nX: 1\n.code\n subleq X, NEG1\n halt", "writes the reserved cell NEG1"),
    (".data\nX: 1\n.code\n frob X\n halt", "unknown instruction 'frob'"),
    (".data\nX: 1\n.code\n subleq X\n halt", "2 or 3 operands"),
    (".data\nX: 1\nX: 2\n.code\n halt", "defined twice"),
    (".data\nX: one\n.code\n halt", "is not an integer"),
    (".data\nX:\n.code\n halt", "has no initial value"),
    ("subleq X, X", "before .data or .code"),
    (".frobnicate 3\n.code\nhalt", "unknown directive"),
    (".columns 8\n.data\nA: 1 2 3 4 5\n.code\n halt", "too small"),
    (".columns 24\n.code\n halt", "not a power of two"),
    (".data\nX: 1\n", "no instructions"),
    (".code\nend:\n", "no instructions"),
    (".code\n halt\nend:", "marks no instruction"),
    (".code\n halt\n.expect Q 1", "unknown memory cell 'Q'"),
    (".bits 1\n.code\n halt", "outside 2..64"),
    (".code\n halt 3", "halt takes no operands"),
])
def test_every_error_names_file_line_and_problem(text, message):
    with pytest.raises(ProgramError, match=message) as info:
        parse_program(text, "bad.sbq")
    assert str(info.value).startswith("bad.sbq")


def test_error_line_number_is_the_offending_line():
    with pytest.raises(ProgramError) as info:
        parse_program(".data\nX: 1\n.code\n subleq X, X\n subleq X, Y\n halt", "f.sbq")
    assert str(info.value).startswith("f.sbq:5:")


def test_unreadable_and_unknown_programs(tmp_path):
    with pytest.raises(ProgramError, match="cannot read"):
        load_program(tmp_path)  # a directory
    with pytest.raises(ProgramError, match="no shipped program"):
        resolve_program("no-such-program")
    (tmp_path / "bin.sbq").write_bytes(b"\xff\xfe\x00")
    with pytest.raises(ProgramError, match="not UTF-8"):
        load_program(tmp_path / "bin.sbq")


@pytest.mark.parametrize("name", sorted(shipped_programs()))
def test_shipped_programs_compute_what_they_expect(name):
    p = resolve_program(name)
    assert p.expect, f"{name} states no .expect"
    trace = run(p.initial, 5000)
    assert trace.halted
    for cell, value in p.expect:
        assert p.value(trace.final, cell) == value


def test_factorial_needs_fourteen_bits():
    p = resolve_program("factorial")
    assert p.shape.N == 14 and dict(p.expect)["F"] == 5040


@pytest.mark.parametrize("seed", range(5))
def test_random_programs_round_trip_through_text(seed):
    p = random_program(SubleqShape(2, 5, 16, 6), random.Random(seed))
    q = parse_program(format_program(p), "roundtrip.sbq")
    assert q.shape == p.shape and q.initial == p.initial
