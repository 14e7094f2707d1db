"""Malformed ``.sbq`` programs of every kind: one :class:`ProgramError` naming the offending line, never another
exception and never a silent pass (property-based, hypothesis).

The main property plants exactly one bad line in a good program — a bad token, an out-of-range pointer or
value, a wrong operand count, a duplicate name, a bad directive — and requires the error to name that line.
The others feed arbitrary text, binary garbage and scrambled programs to the parser.
"""
import re
import string

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from constructions.giannou2023.program import MAX_COLUMNS, ProgramError, load_program, parse_program

GOOD = """\
.bits 8
.data
X: 5
L: 1 2 3
.code
top:  subleq X, L[2], end   # comment
      subleq ZERO, ZERO, top
end:  halt
"""
LINES = GOOD.splitlines()
DATA_AT, CODE_AT, HALT_AT = LINES.index(".data"), LINES.index(".code"), len(LINES) - 1
#: the error messages that may name no line: problems of the whole program
WHOLE_PROGRAM = ("the program has no instructions", f"more than {MAX_COLUMNS}")

# derandomized: the same examples on every run (a CI failure is reproducible), no example database on disk
SETTINGS = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow])

_INTEGER = re.compile(r"[+-]?(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|[0-9_]+)")
names = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,12}", fullmatch=True)
fresh = names.filter(lambda n: n not in ("X", "L", "ZERO", "NEG1", "top", "end")
                     and n.lower() not in ("subleq", "halt"))
# one token: printable, no separator, no comment character
tokens = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zs", "Zl", "Zp"),
                                        blacklist_characters="#;,:"), min_size=1, max_size=20)
not_integers = tokens.filter(lambda t: not _INTEGER.fullmatch(t))
huge = st.integers(min_value=2**7, max_value=2**4000) | st.integers(min_value=-(2**4000), max_value=-(2**7) - 1)
as_literal = st.sampled_from(["{}", "{:#x}", "{:#b}"])


def _literal(value: int, form: str) -> str:
    return form.format(value) if value >= 0 else "-" + form.format(-value)


# -- one bad line, by section ------------------------------------------------------------------------------------

directive_lines = st.one_of(
    st.builds(lambda v: f".bits {v}", st.integers(max_value=1) | st.integers(min_value=65, max_value=2**200)),
    st.builds(lambda t: f".bits {t}", not_integers),
    st.builds(lambda v: f".scratch {v}", st.integers(max_value=0) | st.integers(min_value=MAX_COLUMNS + 1)),
    st.builds(lambda v: f".columns {v}", st.integers(max_value=3) | st.integers(min_value=MAX_COLUMNS + 1)),
    st.builds(lambda v: f".columns {v}", st.integers(min_value=4, max_value=8)),  # the program needs 10 columns
    st.builds(lambda v: f".columns {v}", st.integers(min_value=17, max_value=MAX_COLUMNS).filter(
        lambda v: v & (v - 1))),  # not a power of two
    st.builds(lambda w: f".{w} 3", fresh.filter(lambda w: w not in ("bits", "scratch", "columns", "data", "code",
                                                                      "expect"))),
    st.builds(lambda w, t: f"{w} {t}", st.sampled_from([".data", ".code"]), tokens),
    st.builds(lambda parts: " ".join([".expect", *parts]), st.lists(tokens, max_size=4).filter(lambda p: len(p) != 2)),
    st.builds(lambda n: f".expect {n} 1", fresh),
    st.builds(lambda v: f".expect X {v}", huge),
    st.builds(lambda t: f".expect X {t}", not_integers),
)
data_lines = st.one_of(
    st.builds(lambda n, v, f: f"{n}: {_literal(v, f)}", fresh, huge, as_literal),
    st.builds(lambda n, ok, v: f"{n}: {' '.join(map(str, ok))} {v}", fresh, st.lists(st.integers(-128, 127),
                                                                                     max_size=3), not_integers),
    st.builds(lambda n: f"{n}:", fresh),
    st.builds(lambda t: f"{t}", not_integers.filter(lambda t: not t.startswith("."))),
)
operands = st.sampled_from(["X", "L", "L[0]", "L[1]", "L[2]", "ZERO", "NEG1"])
code_lines = st.one_of(
    st.builds(lambda op, a: f"{op} {a}", fresh, st.lists(operands, max_size=3).map(", ".join)),
    st.builds(lambda a: "subleq " + ", ".join(a), st.lists(operands, max_size=1) | st.lists(operands, min_size=4,
                                                                                           max_size=6)),
    st.builds(lambda n, b: f"subleq {n}, {b}", fresh, operands),
    st.builds(lambda k: f"subleq L[{k}], X", st.integers(min_value=3, max_value=10**30)),
    st.builds(lambda k: f"subleq X, X[{k}]", st.integers(min_value=1, max_value=10**30)),
    st.builds(lambda t: f"subleq {t}, X", not_integers.filter(lambda t: not re.fullmatch(r"[A-Za-z_]\w*", t))),
    st.builds(lambda n: f"subleq X, X, {n}", fresh),
    st.builds(lambda a, r: f"subleq {a}, {r}", st.sampled_from(["X", "L[1]", "NEG1"]), st.sampled_from(["ZERO",
                                                                                                           "NEG1"])),
    st.builds(lambda a: f"halt {a}", operands),
)
# a second definition is the bad one: these go after the first (the end of .data, after the line of "top")
duplicate_cells = st.builds(lambda n, v: f"{n}: {v}", st.sampled_from(["X", "L", "ZERO", "NEG1"]),
                            st.integers(-128, 127))
duplicate_labels = st.just("top: subleq X, X")


@st.composite
def one_bad_line(draw):
    """(program text, line number of the only bad line)."""
    kind = draw(st.sampled_from(["directive", "data", "code", "duplicate cell", "duplicate label"]))
    if kind == "directive":
        line, at = draw(directive_lines), draw(st.integers(0, len(LINES)))
    elif kind == "data":
        line, at = draw(data_lines), draw(st.integers(DATA_AT + 1, CODE_AT))
    elif kind == "code":
        line, at = draw(code_lines), draw(st.integers(CODE_AT + 1, HALT_AT))
    elif kind == "duplicate cell":
        line, at = draw(duplicate_cells), CODE_AT
    else:
        line, at = draw(duplicate_labels), draw(st.integers(CODE_AT + 2, HALT_AT))
    lines = LINES[:at] + [line] + LINES[at:]
    return "\n".join(lines) + "\n", at + 1


def _is_one_clear_error(err: ProgramError, source: str, text: str) -> None:
    message = str(err)
    assert "\n" not in message and len(message) < 300, message
    if err.line is None:
        assert any(m in message for m in WHOLE_PROGRAM), message
        assert message.startswith(f"{source}: ")
    else:
        assert 1 <= err.line <= text.count("\n") + 1
        assert message.startswith(f"{source}:{err.line}: ")


def test_the_good_program_parses():
    assert parse_program(GOOD, "good.sbq").shape.n == 16


@SETTINGS
@given(one_bad_line())
@example((GOOD.replace(".code", ".code\n  subleq L[3], X"), CODE_AT + 2))
@example((GOOD.replace("X: 5", "X: 5\nY: 0x" + "f" * 2000), DATA_AT + 3))
@example((GOOD.replace(".bits 8", ".columns 24"), 1))
def test_one_bad_line_is_named(case):
    text, bad = case
    with pytest.raises(ProgramError) as info:
        parse_program(text, "bad.sbq")
    _is_one_clear_error(info.value, "bad.sbq", text)
    assert info.value.line == bad, (str(info.value), text.split("\n")[bad - 1])


@SETTINGS
@given(st.text(max_size=300))
@example("")
@example("\n\n   # only a comment\n")
@example(".code\n\x0c\x0b\u2028 frob\n halt")
@example(".code\n" + "1" * 5000)
def test_any_text_parses_or_is_one_clear_error(text):
    try:
        program = parse_program(text, "any.sbq")
    except ProgramError as err:
        _is_one_clear_error(err, "any.sbq", text)
    else:
        assert program.initial.program[-1].c == len(program.initial.program) - 1  # ends with halt


@st.composite
def scrambled(draw):
    """The good program with lines deleted, duplicated, swapped or with one character replaced."""
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 3))):
        op, i = draw(st.sampled_from(["delete", "duplicate", "swap", "char"])), draw(st.integers(0, len(lines) - 1))
        if op == "delete" and len(lines) > 1:
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif lines[i]:
            k = draw(st.integers(0, len(lines[i]) - 1))
            lines[i] = lines[i][:k] + draw(st.characters(blacklist_categories=("Cs",))) + lines[i][k + 1:]
    return "\n".join(lines)


@SETTINGS
@given(scrambled())
def test_scrambled_programs_parse_or_are_one_clear_error(text):
    try:
        parse_program(text, "scrambled.sbq")
    except ProgramError as err:
        _is_one_clear_error(err, "scrambled.sbq", text)


@settings(max_examples=40, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=200))
@example(b"\xff\xfe\x00")
@example(b".code\r\n halt\r\n")
@example(b"\x00\x01.code\nhalt")
def test_binary_garbage_loads_or_is_one_clear_error(tmp_path_factory, data):
    path = tmp_path_factory.getbasetemp() / "garbage.sbq"
    path.write_bytes(data)
    try:
        load_program(path)
    except ProgramError as err:
        message = str(err)
        assert message.startswith(f"{path}") and "\n" not in message
        assert err.line is not None or "not UTF-8" in message or any(m in message for m in WHOLE_PROGRAM)


def test_line_numbers_count_newlines_only():
    """A form feed or a Unicode line separator inside a line does not shift the reported line number."""
    text = ".data\nX: 1\f2\n.code\n subleq X,\u2028 Y\n halt\n"
    with pytest.raises(ProgramError) as info:
        parse_program(text, "f.sbq")
    assert info.value.line == 4 and "unknown memory cell 'Y'" in str(info.value)


def test_huge_columns_are_refused_before_memory_is_allocated():
    with pytest.raises(ProgramError, match=r"f.sbq:1: .columns 1099511627776 is outside 4..4096"):
        parse_program(".columns 1099511627776\n.code\n halt", "f.sbq")
    with pytest.raises(ProgramError, match=r"f.sbq:1: .scratch 1000000000 is outside 1..4096"):
        parse_program(".scratch 1000000000\n.code\n halt", "f.sbq")
    with pytest.raises(ProgramError, match="needs 4098 columns, more than 4096"):
        parse_program(".scratch 4000\n.data\nA: " + " ".join(["0"] * 95) + "\n.code\n halt", "f.sbq")


@pytest.mark.parametrize("literal", ["١٢", "1e3", "0x", "--1", "1.5", "٣"])
def test_only_ascii_integer_literals(literal):
    with pytest.raises(ProgramError, match="is not an integer"):
        parse_program(f".data\nX: {literal}\n.code\n halt", "f.sbq")
